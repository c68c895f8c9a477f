package org.pollcast;

/**
 * Text from a user's file made safe to print: a terminal runs escape sequences (ESC, CSI) and other control
 * characters instead of showing them, so a poll file could rewrite the screen through an error message that
 * quotes it. They are shown as {@code \u001B}-style escapes instead; tab and newline stay.
 */
public final class Printable {
    private Printable() {}

    /** {@code text} with every control character written as a visible {@code \\uXXXX} escape. */
    public static String of(String text) {
        if (text == null || firstControl(text) < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isControl(c)) {
                out.append(String.format("\\u%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** {@code text} with each line break, and the spaces around it, as one space: a name quoted in a one-line message. */
    public static String oneLine(String text) {
        return text == null ? null : LINE_BREAKS.matcher(text).replaceAll(" ");
    }

    /** Longest run of non-space characters a message quotes whole. */
    static final int LONGEST_WORD = 400;

    private static final java.util.regex.Pattern LONG_WORD =
            java.util.regex.Pattern.compile("\\S{" + (LONGEST_WORD + 1) + ",}");

    /**
     * {@code text} with every run of more than {@value #LONGEST_WORD} non-space characters (longer than any path a
     * message names) cut to its first 100 and how long it was: a message quoting a cell quotes it whole, and a 50 MB
     * cell (a file of one endless number) made a 50 MB error message.
     */
    public static String clipped(String text) {
        if (text == null || text.length() <= LONGEST_WORD) {
            return text;
        }
        String words = LONG_WORD
                .matcher(text)
                .replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
                        m.group().substring(0, 100) + "…[" + m.group().length() + " characters]"));
        return words.length() <= LONGEST_MESSAGE
                ? words
                : words.substring(0, LONGEST_MESSAGE) + "…[" + (words.length() - LONGEST_MESSAGE) + " characters more]";
    }

    /**
     * Longest message printed whole: words of a sane length can still add up without end (a table of 200,000
     * columns named each label in one 1.2 MB message), and no one reads past a screenful.
     */
    static final int LONGEST_MESSAGE = 4000;

    private static final java.util.regex.Pattern LINE_BREAKS = java.util.regex.Pattern.compile("\\s*[\\r\\n]+\\s*");

    /** The index of the first control character in {@code text}, or -1. */
    public static int firstControl(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isControl(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * C0 controls but tab and newline (a carriage return rewrites the line); DEL; the C1 controls (U+0080 to U+009F, U+009B is a
     * one-character CSI); and the bidirectional overrides, which reorder what a reader sees.
     */
    private static boolean isControl(char c) {
        return (c < 0x20 && c != '\t' && c != '\n')
                || (c >= 0x7F && c <= 0x9F)
                || (c >= 0x202A && c <= 0x202E)
                || (c >= 0x2066 && c <= 0x2069);
    }
}
