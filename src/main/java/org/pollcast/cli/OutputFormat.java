package org.pollcast.cli;

import java.util.Locale;
import org.pollcast.BadInputException;

/** What a listing command prints: a table for people, CSV or JSON for machines. */
enum OutputFormat {
    TABLE, CSV, JSON;

    static OutputFormat parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--format: unknown format '" + text + "'; expected table, csv or json");
        }
    }
}
