package org.pollcast.pipeline;

/**
 * A request to the pipeline names something that does not exist or does not fit (a contest the election
 * does not have, a scope its system does not count). {@link #field()} says which part of the request, so
 * the command line can name its own option for it.
 */
public final class RequestException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String field;

    public RequestException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The request field at fault: "contest", "scope", "transfers", ... */
    public String field() {
        return field;
    }
}
