package org.pollcast.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Inline wikitext as the wiki renders it, for a cell, a caption, a heading or a line of text: {@code [[Target|text]]}
 * links (files and categories dropped), {@code [https://address text]} external links (kept as links: a row's
 * citation may be its pollster's link), {@code '''bold'''} and {@code ''italic''}, and the allowed HTML tags
 * ({@code <br />}, {@code <small>}); entities ({@code &ndash;}) are left for the HTML parser.
 */
final class WikiInline {
    private static final Pattern EXTERNAL = Pattern.compile("\\[((?:https?:)?//[^\\s\\]<>\"]+)(?:\\s+([^\\]]*))?]");
    private static final Pattern BOLD = Pattern.compile("'''(.+?)'''");
    private static final Pattern ITALIC = Pattern.compile("''(.+?)''");
    private static final Pattern DROPPED_LINK =
            Pattern.compile("(?i)^(?:file|image|category|media)\\s*:.*", Pattern.DOTALL);

    private WikiInline() {}

    static String html(String text) {
        String t = links(text);
        t = external(t);
        t = BOLD.matcher(t).replaceAll("<b>$1</b>");
        t = ITALIC.matcher(t).replaceAll("<i>$1</i>");
        return PageMarkup.keepTags(t.replace("'''", "").replace("''", ""));
    }

    /** Internal links, innermost first (a file's caption may hold links): their text, as the page shows it. */
    private static String links(String text) {
        if (!text.contains("[[")) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            int open = text.indexOf("[[", i);
            if (open < 0) {
                out.append(text, i, text.length());
                break;
            }
            int close = closing(text, open);
            if (close < 0) {
                out.append(text, i, text.length());
                break;
            }
            out.append(text, i, open);
            String inner = text.substring(open + 2, close);
            if (!DROPPED_LINK.matcher(inner).matches()) {
                String shown = links(inner);
                int bar = shown.indexOf('|');
                String target = bar < 0 ? shown : shown.substring(0, bar);
                String label = bar < 0 ? shown : shown.substring(bar + 1);
                out.append("<a href=\"/wiki/")
                        .append(PageMarkup.escape(target.strip().replace(' ', '_')))
                        .append("\">")
                        .append(label)
                        .append("</a>");
            }
            i = close + 2;
        }
        return out.toString();
    }

    private static int closing(String s, int open) {
        int depth = 0;
        for (int k = open; k < s.length() - 1; k++) {
            if (s.charAt(k) == '[' && s.charAt(k + 1) == '[') {
                depth++;
                k++;
            } else if (s.charAt(k) == ']' && s.charAt(k + 1) == ']') {
                if (--depth == 0) {
                    return k;
                }
                k++;
            }
        }
        return -1;
    }

    /** "[https://address text]" as a link; a bare "[https://address]" (printed "[1]") as a link with no text. */
    private static String external(String text) {
        if (!text.contains("//")) {
            return text;
        }
        Matcher m = EXTERNAL.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String label = m.group(2) == null ? "" : m.group(2);
            m.appendReplacement(
                    out,
                    Matcher.quoteReplacement(
                            "<a class=\"external\" href=\"" + PageMarkup.escape(m.group(1)) + "\">" + label + "</a>"));
        }
        m.appendTail(out);
        return out.toString();
    }
}
