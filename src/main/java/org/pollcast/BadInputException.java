package org.pollcast;

import java.util.List;

/**
 * A user's input is wrong: a definition, a poll file, an argument. The message names the file, the line or
 * table row, and the field, so the command line can print it as is and exit with status 2. Control characters
 * in it are shown escaped ({@link Printable}).
 */
public class BadInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final List<String> details;

    public BadInputException(String message) {
        this(message, List.of());
    }

    /** A summary line plus one line per problem (e.g. every bad row of a file). */
    public BadInputException(String message, List<String> details) {
        // Messages quote the user's input, which may hold terminal escapes or a cell megabytes long: they are made
        // printable and short here, once.
        super(Printable.clipped(Printable.of(message)));
        this.details =
                details.stream().map(d -> Printable.clipped(Printable.of(d))).toList();
    }

    public List<String> details() {
        return details;
    }
}
