package org.pollcast.report;

/** A report was to go into a folder that pollcast did not write; nothing was changed. A user's choice to fix. */
public final class FolderNotOursException extends ReportException {
    private static final long serialVersionUID = 1L;

    FolderNotOursException(String message) {
        super(message);
    }
}
