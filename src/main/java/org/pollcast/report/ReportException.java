package org.pollcast.report;

/** A report could not be written (a disk error, a folder that cannot be created). */
public class ReportException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ReportException(String message) {
        super(message);
    }
}
