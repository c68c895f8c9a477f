package org.pollcast.report;

/**
 * Another run was writing the same report folder: nothing was changed. Not a user's mistake to correct in the input
 * but a clash of runs, so a failure (exit 1), not bad input; the message says how to avoid it.
 */
public final class FolderBusyException extends ReportException {
    private static final long serialVersionUID = 1L;

    FolderBusyException(String message) {
        super(message);
    }
}
