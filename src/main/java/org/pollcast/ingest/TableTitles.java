package org.pollcast.ingest;

import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a page says each of its tables is about: the headings it sits under, the line of bold text straight above
 * it, and its caption. Encyclopedia pages title a table with a section heading ("Opinion polling", "London-wide
 * list vote"); pages made in a blog's editor, as polling sites are, title it with a bold line instead
 * ({@code <p><strong>Mayoral Voting Intention – Projected Second Round Result</strong></p>}). Either may name the
 * contest, the scope or the year of the table's polls, or call them hypothetical.
 */
final class TableTitles {
    /**
     * A heading or caption over polls of match-ups that were never on the ballot ("Hypothetical polling"). Other
     * wordings ("Including candidates who did not stand") are left to the names: see {@link OtherBallotTables}.
     */
    private static final Pattern HYPOTHETICAL = Pattern.compile("(?i)\\bhypothetical");

    /** The longest bold line read as a table's title: a title, not a paragraph that happens to be bold. */
    private static final int MAX_TITLE_LINE = 150;

    private final Map<Element, String> nearestHeading = new IdentityHashMap<>();
    private final Map<Element, List<String>> outlines = new IdentityHashMap<>();

    private TableTitles(Document page, List<Element> tables) {
        Set<Element> wanted = Collections.newSetFromMap(new IdentityHashMap<>());
        wanted.addAll(tables);
        String[] open = new String[6];
        String heading = "";
        for (Element e : page.getAllElements()) {
            if (e.tagName().matches("h[1-6]")) {
                int level = e.tagName().charAt(1) - '1';
                heading = HtmlPollTableReader.clean(e.text());
                open[level] = heading;
                Arrays.fill(open, level + 1, open.length, null);
            } else if (wanted.contains(e)) {
                nearestHeading.put(e, heading);
                outlines.put(e, Arrays.stream(open).filter(h -> h != null).toList());
            }
        }
    }

    static TableTitles of(Document page, List<Element> tables) {
        return new TableTitles(page, tables);
    }

    /**
     * The words that say what {@code table} holds: the nearest heading before it, its title line, its caption and
     * {@code inTable} (title rows inside the table), in that order, so a year among them comes from the closest.
     */
    String context(Element table, String inTable) {
        return String.join(" ", nearestHeading.getOrDefault(table, ""), titleLine(table), caption(table), inTable);
    }

    /**
     * "its heading 'Hypothetical polling'" when the caption, the title line, the title rows ({@code inTable}) or an
     * enclosing heading calls the table's polls hypothetical.
     */
    Optional<String> hypothetical(Element table, String inTable) {
        return Stream.of(
                        Stream.of("its caption '" + caption(table) + "'"),
                        Stream.of("its title '" + titleLine(table) + "'", "its title '" + inTable + "'"),
                        outlines.getOrDefault(table, List.of()).stream().map(h -> "its heading '" + h + "'"))
                .flatMap(s -> s)
                .filter(title -> HYPOTHETICAL.matcher(title).find())
                .findFirst();
    }

    static String caption(Element table) {
        Element caption = table.selectFirst("caption");
        return caption == null ? "" : HtmlPollTableReader.clean(caption.text());
    }

    /**
     * The line of bold text straight above {@code table} (blank paragraphs between are passed over), or "": a
     * paragraph or block all of whose text is bold, and short. A table wrapped alone in a box ({@code <div>}) is
     * titled above the box.
     */
    static String titleLine(Element table) {
        Element at = table;
        while (at.previousElementSibling() == null
                && at.parent() != null
                && at.parent().tagName().equals("div")
                && at.parent().childrenSize() == 1) {
            at = at.parent();
        }
        Element before = at.previousElementSibling();
        while (before != null && before.tagName().equals("p") && text(before).isEmpty()) {
            before = before.previousElementSibling();
        }
        if (before == null || !before.tagName().matches("p|div|strong|b")) {
            return "";
        }
        String line = text(before);
        return !line.isEmpty() && line.length() <= MAX_TITLE_LINE && allBold(before) ? line : "";
    }

    /** True when every word of {@code block} is inside a {@code strong} or {@code b} element. */
    private static boolean allBold(Element block) {
        for (Element e : block.getAllElements()) {
            if (HtmlPollTableReader.clean(e.ownText()).isEmpty()) {
                continue;
            }
            boolean bold = false;
            for (Element up = e; up != null && !bold; up = up == block ? null : up.parent()) {
                bold = up.tagName().matches("strong|b");
            }
            if (!bold) {
                return false;
            }
        }
        return true;
    }

    private static String text(Element e) {
        return HtmlPollTableReader.clean(e.text());
    }
}
