package org.pollcast.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The document with its whitespace runs made single spaces, and where each character of that flat text stood:
 * messages name the line a figure came from.
 */
record FlatText(String flat, int[] offsets, int[] lines, List<String> originalLines) {
    static FlatText of(String original) {
        StringBuilder flat = new StringBuilder(original.length());
        List<Integer> offsets = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        List<String> originalLines = original.lines().toList();
        int line = 1;
        boolean space = true;
        for (int i = 0; i < original.length(); i++) {
            char c = original.charAt(i);
            if (c == '\n') {
                line++;
            }
            if (Character.isWhitespace(c) || c == '\u00a0') {
                if (!space) {
                    offsets.add(flat.length());
                    lines.add(line);
                    flat.append(' ');
                    space = true;
                }
                continue;
            }
            if (space) {
                offsets.add(flat.length());
                lines.add(line);
            }
            flat.append(c);
            space = false;
        }
        return new FlatText(
                flat.toString(),
                offsets.stream().mapToInt(Integer::intValue).toArray(),
                lines.stream().mapToInt(Integer::intValue).toArray(),
                originalLines);
    }

    /** The line of the original text that the flat text's character {@code at} came from. */
    int lineAt(int at) {
        int i = Arrays.binarySearch(offsets, at);
        if (i < 0) {
            i = -i - 2;
        }
        return i < 0 ? 1 : lines[i];
    }

    /** The original line's text before the flat text's character {@code at}, on that line. */
    String lineBefore(int at) {
        int line = lineAt(at);
        String whole = line - 1 < originalLines.size() ? originalLines.get(line - 1) : "";
        int cut = whole.toLowerCase(Locale.ROOT).indexOf("survey results");
        return cut >= 0 ? whole.substring(0, cut) : whole;
    }
}
