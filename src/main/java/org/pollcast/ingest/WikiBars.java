package org.pollcast.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Wikitext split at its bars, those outside {@code [[links]]} and {@code {{templates}}} (whose own bars are theirs):
 * a template's name and parameters, or a table line's cells.
 */
final class WikiBars {
    private WikiBars() {}

    /** The text between a template's braces as its name and parameters: split at each "|". */
    static List<String> parameters(String inner) {
        return split(inner, false, false);
    }

    /** A table line's cells: split at "||", and at "!!" too on a header line. */
    static List<String> cells(String line, boolean header) {
        return split(line, true, header);
    }

    private static List<String> split(String s, boolean doubled, boolean header) {
        List<String> parts = new ArrayList<>();
        int braces = 0;
        int brackets = 0;
        int from = 0;
        // An opening with no closing after it anywhere is text, as the wiki prints it: counted, "[[YouGov || ..."
        // joined
        // every later cell into one and the row was passed over.
        int lastBraces = s.lastIndexOf("}}");
        int lastBrackets = s.lastIndexOf("]]");
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            char next = k + 1 < s.length() ? s.charAt(k + 1) : 0;
            if (c == '{' && next == '{' && k < lastBraces) {
                braces++;
                k++;
            } else if (c == '}' && next == '}') {
                braces = Math.max(0, braces - 1);
                k++;
            } else if (c == '[' && next == '[' && k < lastBrackets) {
                brackets++;
                k++;
            } else if (c == ']' && next == ']') {
                brackets = Math.max(0, brackets - 1);
                k++;
            } else if (braces > 0 || brackets > 0) {
                continue;
            } else if (!doubled && c == '|') {
                parts.add(s.substring(from, k));
                from = k + 1;
            } else if (doubled && (c == '|' || (header && c == '!')) && next == c) {
                parts.add(s.substring(from, k));
                from = k + 2;
                k++;
            }
        }
        parts.add(s.substring(from));
        return parts;
    }
}
