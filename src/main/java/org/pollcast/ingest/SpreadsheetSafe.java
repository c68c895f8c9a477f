package org.pollcast.ingest;

import java.util.regex.Pattern;

/**
 * CSV cells that a spreadsheet will not run as formulas (OWASP, "CSV Injection"): a text cell that starts with
 * {@code = + - @}, a tab or a carriage return gets a leading apostrophe, which spreadsheets show as text.
 * Numbers are left alone, so a house effect of -1.2 stays the number -1.2. Reading undoes it, so ingesting
 * an exported file gives back the same polls.
 */
public final class SpreadsheetSafe {
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");
    private static final String TRIGGERS = "=+-@\t\r";

    private SpreadsheetSafe() {}

    /** The cell as written: {@code text} unchanged, or with an apostrophe in front when a spreadsheet would run it. */
    public static String cell(String text) {
        if (text == null
                || text.isEmpty()
                || TRIGGERS.indexOf(text.charAt(0)) < 0
                || NUMBER.matcher(text).matches()) {
            return text;
        }
        return "'" + text;
    }

    /** The text a cell written by {@link #cell} stands for. */
    public static String text(String cell) {
        if (cell != null && cell.length() >= 2 && cell.charAt(0) == '\'' && TRIGGERS.indexOf(cell.charAt(1)) >= 0) {
            return cell.substring(1);
        }
        return cell;
    }
}
