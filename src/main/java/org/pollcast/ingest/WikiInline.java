package org.pollcast.ingest;

import java.util.ArrayDeque;
import java.util.Deque;
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
    /** A file's, an image's or a category's link: no text on the page. */
    private static final Pattern DROPPED_LINK = Pattern.compile("(?i)(?:file|image|category|media)\\s*:");

    private WikiInline() {}

    static String html(String text) {
        String t = links(text);
        t = external(t);
        t = BOLD.matcher(t).replaceAll("<b>$1</b>");
        t = ITALIC.matcher(t).replaceAll("<i>$1</i>");
        return PageMarkup.keepTags(t.replace("'''", "").replace("''", ""));
    }

    /**
     * Internal links, as the page shows them: their text. As on the wiki, a link's text holds no link: of links
     * nested, the innermost is a link and those around it text ({@code [[a|b [[c]] d]]}), but for a file or a category,
     * which is left out whole, its caption's links with it. One pass, the open links on a stack of where each began in
     * the output: time and memory grow with the text, however deep it nests.
     */
    private static String links(String text) {
        if (!text.contains("[[")) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        Deque<OpenLink> open = new ArrayDeque<>();
        int n = text.length();
        for (int k = 0; k < n; k++) {
            char c = text.charAt(k);
            char next = k + 1 < n ? text.charAt(k + 1) : 0;
            if (c == '[' && next == '[') {
                open.push(new OpenLink(out.length()));
                out.append("[[");
                k++;
            } else if (c == ']' && next == ']' && !open.isEmpty()) {
                OpenLink link = open.pop();
                String start = out.substring(link.at + 2, Math.min(out.length(), link.at + 2 + 40));
                if (DROPPED_LINK.matcher(start).lookingAt()) {
                    out.setLength(link.at);
                } else if (link.holdsLink) {
                    out.append("]]"); // a link in its text: the wiki prints this one as text
                } else {
                    String shown = out.substring(link.at + 2);
                    out.setLength(link.at);
                    int bar = shown.indexOf('|');
                    String target = bar < 0 ? shown : shown.substring(0, bar);
                    String label = bar < 0 ? shown : shown.substring(bar + 1);
                    out.append("<a href=\"/wiki/")
                            .append(PageMarkup.escape(target.strip().replace(' ', '_')))
                            .append("\">")
                            .append(label)
                            .append("</a>");
                }
                if (!open.isEmpty()) {
                    open.peek().holdsLink = true;
                }
                k++;
            } else {
                out.append(c);
            }
        }
        return out.toString(); // a "[[" never closed stays as written, as the wiki prints it
    }

    /** A "[[" not yet closed: where it is in the output, and whether a link has been written inside it. */
    private static final class OpenLink {
        final int at;
        boolean holdsLink;

        OpenLink(int at) {
            this.at = at;
        }
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
