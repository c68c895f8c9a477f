package org.pollcast.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.pollcast.election.Scope;

/**
 * What a poll table's own titles say about it: its caption, the line of bold text straight above it, and the
 * section headings it sits under, innermost first ("Constituency vote" inside "London Assembly" inside "Opinion
 * polls"). Encyclopedia pages title a table with section headings; pages made in a blog's editor, as polling
 * sites are, title it with a bold line instead ({@code <p><strong>Mayoral Voting Intention – Projected Second
 * Round Result</strong></p>}), or with a title row inside the table ({@code inTable} below). A section's word for
 * what its tables hold is often a level or two above the nearest heading: tables are split into year sections
 * ("2016") under the heading that names the ballot ("List vote"). The page's own title ({@code h1}) is not a
 * section: one page may hold the tables of several contests. It is read apart, after these and the table's ballots
 * (see {@code HtmlPollTableReader}).
 *
 * @param caption the table's caption, or ""
 * @param titleLine the bold line straight above the table, or ""
 * @param nearestHeading the text of the last heading before the table in page order, or "" (its year dates the
 *     polls: "February to April 2008")
 * @param sections the headings the table sits under, innermost first, without the page title
 */
record TableTitles(String caption, String titleLine, String nearestHeading, List<String> sections) {
    /**
     * A heading or caption over polls of match-ups that were never on the ballot ("Hypothetical polling"). Other
     * wordings ("Including candidates who did not stand") are left to the names: see {@link OtherBallotTables}.
     */
    private static final Pattern HYPOTHETICAL = Pattern.compile("(?i)\\bhypothetical");

    /**
     * A heading or caption over seat projections ("Seat projections", "Seat predictions"): tables in a poll table's
     * columns (pollster, dates, a column per party) whose figures are seats, not shares, as the Scottish Parliament's
     * and the Senedd's polling pages print them under their polls. Read as polls, 129 seats were refused as shares
     * summing to more than 102, and the page with them. ("Projected Second Round Result", a polling site's run-off
     * table, is no seat table: only the word seat says so.)
     */
    private static final Pattern SEATS =
            Pattern.compile("(?i)\\bseats?\\s+(?:projection|prediction|forecast|estimate|allocation)s?\\b"
                    + "|\\bprojected\\s+seats\\b");

    /**
     * A heading or caption over raw answers ("Voting preferences (not voting intention)", as the Spanish polling pages
     * title the direct vote of CIS and other firms under their estimates): the share of everyone asked naming each
     * party, undecided and abstainers in the base, which no firm publishes as its estimate of the vote. Read as polls,
     * a CIS barometer's raw PP 11.6 stood beside its own estimate of 18 and the other firms' 19 to 22.
     */
    private static final Pattern RAW_PREFERENCES =
            Pattern.compile("(?i)\\bvoting\\s+preferences?\\b|\\bnot\\s+voting\\s+intention\\b");

    /** The longest bold line read as a table's title: a title, not a paragraph that happens to be bold. */
    private static final int MAX_TITLE_LINE = 150;

    TableTitles {
        sections = List.copyOf(sections);
    }

    /** The titles of each of {@code tables}, in a pass over {@code page}. */
    static Map<Element, TableTitles> of(Document page, List<Element> tables) {
        Set<Element> wanted = Collections.newSetFromMap(new IdentityHashMap<>());
        wanted.addAll(tables);
        Map<Element, TableTitles> out = new IdentityHashMap<>();
        String[] open = new String[6];
        String nearest = "";
        for (Element e : page.getAllElements()) {
            if (e.tagName().matches("h[1-6]")) {
                int level = e.tagName().charAt(1) - '1';
                nearest = TableText.clean(e.text());
                open[level] = nearest;
                Arrays.fill(open, level + 1, open.length, null);
            } else if (wanted.contains(e)) {
                List<String> sections = new ArrayList<>();
                for (int level = open.length - 1; level >= 1; level--) { // h1 is the page's title
                    if (open[level] != null) {
                        sections.add(open[level]);
                    }
                }
                out.put(e, new TableTitles(caption(e), titleLine(e), nearest, sections));
            }
        }
        return out;
    }

    /**
     * The text whose last year completes dates without one: the nearest heading, the title line, the caption and
     * the title rows inside the table ({@code inTable}), in that order, so the closest gives the year.
     */
    String yearText(String inTable) {
        // A year section may hold sections of months ("2022" over "Jul–Oct"): its year dates them, after the rest.
        String yearSection = sections.stream()
                .filter(h -> YEAR.matcher(h).find())
                .findFirst()
                .orElse("");
        return String.join(" ", yearSection, nearestHeading, titleLine, caption, inTable);
    }

    private static final Pattern YEAR = Pattern.compile("\\b(?:19[5-9]\\d|20\\d{2})\\b");

    /**
     * The ballot the title rows inside the table, else the caption, else the title line, else the innermost heading
     * that names one, names ("List vote", "Projected Second Round Result"), or null.
     */
    Scope scope(String inTable) {
        return firstNamed(inTable, ScopeWords::inText);
    }

    /**
     * The contest ({@link ContestWords#MAYOR}, {@link ContestWords#ASSEMBLY}, {@link ContestWords#WESTMINSTER}) named as {@link #scope} finds a
     * ballot, or null.
     */
    String contest(String inTable) {
        return firstNamed(inTable, ContestWords::inText);
    }

    /**
     * "its heading 'Hypothetical polling'" when the caption, the title line, the title rows ({@code inTable}) or an
     * enclosing heading calls the table's polls hypothetical.
     */
    Optional<String> hypothetical(String inTable) {
        return firstTitleMatching(inTable, HYPOTHETICAL);
    }

    /** "its heading 'Seat projections'" when a title of the table says its figures are seats (see {@link #SEATS}). */
    Optional<String> seatProjection(String inTable) {
        return firstTitleMatching(inTable, SEATS);
    }

    /** "its heading 'Voting preferences'" when a title of the table says its figures are raw answers. */
    Optional<String> rawPreferences(String inTable) {
        return firstTitleMatching(inTable, RAW_PREFERENCES);
    }

    /** The first title, outermost heading first, that {@code pattern} finds in, said as "its caption '...'". */
    private Optional<String> firstTitleMatching(String inTable, Pattern pattern) {
        List<String> titles = new ArrayList<>();
        titles.add("its caption '" + caption + "'");
        titles.add("its title '" + titleLine + "'");
        titles.add("its title '" + inTable + "'");
        for (int i = sections.size() - 1; i >= 0; i--) { // outermost first
            titles.add("its heading '" + sections.get(i) + "'");
        }
        return titles.stream().filter(t -> pattern.matcher(t).find()).findFirst();
    }

    private <T> T firstNamed(String inTable, Function<String, T> reading) {
        List<String> innermostFirst = new ArrayList<>(List.of(inTable, caption, titleLine));
        innermostFirst.addAll(sections);
        for (String title : innermostFirst) {
            T found = reading.apply(title);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    static String caption(Element table) {
        Element caption = table.selectFirst("caption");
        return caption == null ? "" : TableText.clean(caption.text());
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
            if (TableText.clean(e.ownText()).isEmpty()) {
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
        return TableText.clean(e.text());
    }
}
