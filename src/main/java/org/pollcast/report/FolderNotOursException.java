package org.pollcast.report;

import java.io.IOException;

/** A report was to go into a folder that pollcast did not write; nothing was changed. */
public final class FolderNotOursException extends IOException {
    private static final long serialVersionUID = 1L;

    FolderNotOursException(String message) {
        super(message);
    }
}
