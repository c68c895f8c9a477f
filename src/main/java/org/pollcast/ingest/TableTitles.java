package org.pollcast.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.pollcast.election.Scope;

/**
 * What a poll table's own titles say about it: its caption and the section headings it sits under, innermost
 * first ("Constituency vote" inside "London Assembly" inside "Opinion polls"). A section's word for what its
 * tables hold is often a level or two above the nearest heading: tables are split into year sections ("2016")
 * under the heading that names the ballot ("List vote"). The page's own title ({@code h1}) is not a section: one
 * page often holds the tables of both contests, and the title names the election only.
 *
 * @param caption the table's caption, or ""
 * @param nearestHeading the text of the last heading before the table in page order, or "" (its year dates the
 *     polls: "February to April 2008")
 * @param sections the headings the table sits under, innermost first, without the page title
 */
record TableTitles(String caption, String nearestHeading, List<String> sections) {
    /**
     * A heading or caption over polls of match-ups that were never on the ballot ("Hypothetical polling"). Other
     * wordings ("Including candidates who did not stand") are left to the names: see {@link OtherBallotTables}.
     */
    private static final Pattern HYPOTHETICAL = Pattern.compile("(?i)\\bhypothetical");

    TableTitles {
        sections = List.copyOf(sections);
    }

    /** The titles of each of {@code tables}, in a pass over {@code page}. */
    static Map<Element, TableTitles> of(Document page, List<Element> tables) {
        Map<Element, TableTitles> out = new LinkedHashMap<>();
        String[] open = new String[6];
        String nearest = "";
        for (Element e : page.getAllElements()) {
            if (e.tagName().matches("h[1-6]")) {
                int level = e.tagName().charAt(1) - '1';
                nearest = HtmlPollTableReader.clean(e.text());
                open[level] = nearest;
                Arrays.fill(open, level + 1, open.length, null);
            } else if (tables.contains(e)) {
                List<String> sections = new ArrayList<>();
                for (int level = open.length - 1; level >= 1; level--) { // h1 is the page's title
                    if (open[level] != null) {
                        sections.add(open[level]);
                    }
                }
                Element caption = e.selectFirst("caption");
                out.put(
                        e,
                        new TableTitles(
                                caption == null ? "" : HtmlPollTableReader.clean(caption.text()), nearest, sections));
            }
        }
        return out;
    }

    /** The text whose last year completes dates without one: the nearest heading and the caption. */
    String yearText() {
        return nearestHeading + " " + caption;
    }

    /** The ballot the caption, else the innermost heading that names one, names ("List vote"), or null. */
    Scope scope() {
        return firstNamed(ScopeWords::inText);
    }

    /**
     * The contest ({@link ContestWords#MAYOR}, {@link ContestWords#ASSEMBLY}) the caption, else the innermost
     * heading that names one, names, or null.
     */
    String contest() {
        return firstNamed(ContestWords::inText);
    }

    /** "its heading 'Hypothetical polling'" when the caption or an enclosing heading calls the polls so. */
    Optional<String> hypothetical() {
        List<String> titles = new ArrayList<>();
        titles.add("its caption '" + caption + "'");
        for (int i = sections.size() - 1; i >= 0; i--) { // outermost first
            titles.add("its heading '" + sections.get(i) + "'");
        }
        return titles.stream().filter(t -> HYPOTHETICAL.matcher(t).find()).findFirst();
    }

    private <T> T firstNamed(Function<String, T> reading) {
        T found = reading.apply(caption);
        for (int i = 0; found == null && i < sections.size(); i++) {
            found = reading.apply(sections.get(i));
        }
        return found;
    }
}
