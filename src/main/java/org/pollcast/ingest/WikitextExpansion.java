package org.pollcast.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pollcast.BadInputException;

/**
 * The first pass over an encyclopedia page's source, as the wiki's own preprocessor makes it before it lays out
 * tables: comments dropped, {@code <nowiki>} text kept as text, {@code <ref>} footnotes replaced by the markers a
 * rendered page has (their text kept for the reference list, so a row's citation is found as on the page), and
 * templates expanded by {@link WikitextTemplates}. What comes out is wikitext with no template left, and, for every
 * line of it, the line of the source it came from.
 */
final class WikitextExpansion {
    /** Templates inside templates, deepest: real pages nest three or four (a date in a note in a footnote). */
    static final int MAX_DEPTH = 40;
    /** Templates on one page: a decade of national polls has some tens of thousands. */
    static final int MAX_TEMPLATES = 500_000;

    private static final Pattern REF_OPEN = Pattern.compile("(?i)<ref(\\s[^<>]*?)?(/?)>");
    private static final Pattern REF_NAME =
            Pattern.compile("(?i)\\bname\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'/>]+))");
    private static final Pattern REF_CLOSE = Pattern.compile("(?i)</ref\\s*>");
    private static final Pattern MAGIC_WORD = Pattern.compile("__[A-Z]{3,20}__");

    /** What the pass gave: the text, the source line of each of its lines (index 0 is line 1's), notes and title. */
    record Result(String text, int[] sourceLines, Map<String, String> notes, String title) {}

    private final String name;
    private final Map<String, String> notes = new LinkedHashMap<>();
    private final WikitextTemplates templates;
    private int templateCount;
    private int unnamedNotes;
    /** Characters looked at to find templates' ends, which an unclosed "{{" repeated could make quadratic. */
    private long scanned;

    private long scanBudget;

    private WikitextExpansion(String name) {
        this.name = name;
        this.templates = new WikitextTemplates(this);
    }

    /** Expands {@code source}, named {@code name} in messages. */
    static Result of(String name, String source) {
        WikitextExpansion expansion = new WikitextExpansion(name);
        expansion.scanBudget = 64L * source.length() + (1 << 20);
        Pass top = expansion.new Pass(source, 0, true);
        String text = top.run();
        int[] lines = top.lines.stream().mapToInt(Integer::intValue).toArray();
        return new Result(text, lines, expansion.notes, expansion.templates.title());
    }

    /** {@code text} (a template's argument) expanded at nesting depth {@code depth}. */
    String expand(String text, int depth) {
        return new Pass(text, depth, false).run();
    }

    String name() {
        return name;
    }

    /** One run over a text: the page itself (tracking lines), or a template's argument. */
    private final class Pass {
        private final String src;
        private final int depth;
        private final boolean top;
        private final StringBuilder out = new StringBuilder();
        /** Source line of each output line, for the page itself. */
        final List<Integer> lines = new ArrayList<>();

        private int line = 1;
        /** Whether a search for a {@code </ref>} has already found none to the end of {@code src}. */
        private boolean noMoreRefClose;

        Pass(String src, int depth, boolean top) {
            this.src = src;
            this.depth = depth;
            this.top = top;
            lines.add(1);
        }

        String run() {
            int i = 0;
            int n = src.length();
            while (i < n) {
                char c = src.charAt(i);
                if (c == '<' && src.startsWith("<!--", i)) {
                    int end = src.indexOf("-->", i + 4);
                    int stop = end < 0 ? n : end + 3;
                    skip(i, stop);
                    i = stop;
                } else if (c == '<' && src.regionMatches(true, i, "<nowiki>", 0, 8)) {
                    int end = indexOfIgnoreCase(src, "</nowiki>", i + 8);
                    int stop = end < 0 ? n : end;
                    emit(literal(src.substring(i + 8, stop)));
                    skip(i, Math.min(n, stop + 9));
                    i = Math.min(n, stop + 9);
                } else if (c == '<' && src.regionMatches(true, i, "<ref", 0, 4)) {
                    i = ref(i);
                } else if (c == '{' && src.startsWith("{{", i)) {
                    i = template(i);
                } else if (c == '_' && src.startsWith("__", i)) {
                    Matcher m = MAGIC_WORD.matcher(src).region(i, Math.min(n, i + 26));
                    if (m.lookingAt()) {
                        i = m.end();
                    } else {
                        out.append(c);
                        i++;
                    }
                } else {
                    out.append(c);
                    if (c == '\n') {
                        line++;
                        if (top) {
                            lines.add(line);
                        }
                    }
                    i++;
                }
            }
            return out.toString();
        }

        /** Passes over {@code src[from, to)}, counting its lines. */
        private void skip(int from, int to) {
            for (int k = from; k < to; k++) {
                if (src.charAt(k) == '\n') {
                    line++;
                }
            }
        }

        /** Appends expanded text; its line breaks belong to the source line it stands in. */
        private void emit(String text) {
            for (int k = 0; k < text.length(); k++) {
                char c = text.charAt(k);
                out.append(c);
                if (c == '\n' && top) {
                    lines.add(line);
                }
            }
        }

        private int ref(int i) {
            Matcher open = REF_OPEN.matcher(src).region(i, src.length());
            if (!open.lookingAt()) {
                out.append('<');
                return i + 1;
            }
            int next = open.end();
            String content = null;
            if (open.group(2).isEmpty()) {
                Matcher close = noMoreRefClose ? null : REF_CLOSE.matcher(src).region(next, src.length());
                if (close == null || !close.find()) {
                    // No "</ref>" after it: the wiki prints the tag as text and reads on. Remembered, so that a page
                    // of unclosed tags is not searched to its end once for each.
                    noMoreRefClose = true;
                    skip(i, next); // a tag written over two lines: its line breaks still count
                    emit(literal(open.group()));
                    return next;
                }
                if (depth >= MAX_DEPTH) {
                    throw new BadInputException(name + ":" + line + ": footnotes nested more than " + MAX_DEPTH
                            + " deep, pollcast's limit");
                }
                content = expand(src.substring(next, close.start()), depth + 1);
                next = close.end();
            }
            String attrs = open.group(1) == null ? "" : open.group(1);
            Matcher nameMatch = REF_NAME.matcher(attrs);
            String key = nameMatch.find() ? first(nameMatch.group(1), nameMatch.group(2), nameMatch.group(3)) : null;
            skip(i, next);
            emit(content == null ? marker(key == null ? "auto-" + (++unnamedNotes) : key) : note(key, content));
            return next;
        }

        private int template(int i) {
            int end = closing(src, i);
            scanned += (end < 0 ? src.length() : end) - i;
            if (scanned > scanBudget) {
                throw new BadInputException(name + ":" + line + ": the page's templates are too tangled to read (too"
                        + " many unclosed '{{'); save only the section with the poll tables");
            }
            if (end < 0) {
                // An unclosed "{{" is text, as the wiki prints it; escaped, so that no later pass takes it for a
                // template's start (WikiBars would not split a table line's cells after it).
                out.append(literal("{{"));
                return i + 2;
            }
            if (depth >= MAX_DEPTH) {
                throw new BadInputException(
                        name + ":" + line + ": templates nested more than " + MAX_DEPTH + " deep, pollcast's limit");
            }
            if (++templateCount > MAX_TEMPLATES) {
                throw new BadInputException(name + ": more than " + MAX_TEMPLATES
                        + " templates, pollcast's limit for a page; save only the section with the poll tables");
            }
            String inner = src.substring(i + 2, end);
            skip(i, end + 2);
            emit(templates.expand(inner, depth + 1, src.substring(i, end + 2)));
            return end + 2;
        }
    }

    /** The footnote marker a rendered page puts where a {@code <ref>} is: a link to its note in the list. */
    static String marker(String key) {
        return "<sup class=\"reference\"><a href=\"#cite_note-" + PageMarkup.escape(key) + "\">[n]</a></sup>";
    }

    /** Records a footnote given by a template ({@code #tag:ref}), returning its marker. */
    String note(String key, String content) {
        String k = key == null || key.isBlank() ? "auto-" + (++unnamedNotes) : key.strip();
        notes.putIfAbsent(k, content);
        return marker(k);
    }

    /** Text that must stay text: escaped so that no table bar or markup in it is read as such. */
    static String literal(String text) {
        return PageMarkup.escape(text)
                .replace("|", "&#124;")
                .replace("[", "&#91;")
                .replace("{", "&#123;");
    }

    /**
     * The index of the {@code }}} that closes the {@code {{} at {@code open}, or -1: nested templates and
     * {@code {{{parameters}}}} counted.
     */
    static int closing(String s, int open) {
        int depth = 0;
        for (int k = open; k < s.length() - 1; k++) {
            if (s.charAt(k) == '{' && s.charAt(k + 1) == '{') {
                depth++;
                k++;
            } else if (s.charAt(k) == '}' && s.charAt(k + 1) == '}') {
                depth--;
                if (depth == 0) {
                    return k;
                }
                k++;
            }
        }
        return -1;
    }

    private static int indexOfIgnoreCase(String s, String what, int from) {
        for (int k = from; k <= s.length() - what.length(); k++) {
            if (s.regionMatches(true, k, what, 0, what.length())) {
                return k;
            }
        }
        return -1;
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null) {
                return v.strip();
            }
        }
        return "";
    }
}
