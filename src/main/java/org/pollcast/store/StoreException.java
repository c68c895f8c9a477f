package org.pollcast.store;

/** The store could not be opened, read or written (not a user's input error). */
public class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
