package org.pollcast.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pollcast.ingest.ReleasePageReader.Line;

/**
 * A poll's figures written on one line, parted by commas, as a tweet quoted in a news page gives them ("Valérie Plante
 * 36%, Denis Coderre 36% (-1), Balarama Holness 12% (+4): LEGER", Cult MTL's report of Léger's Montreal poll of
 * October 2021): spread over lines of their own, so that the release page reads them as the list they are. Before, the
 * page was refused as figures in prose, though its one list was this line.
 *
 * <p>Asked only of a page with no list of its own lines: the list a page prints line by line is its poll, and a line
 * of figures beside it may be another's. Each part must be a whole option line ({@link ReleasePageReader#isOptionText}),
 * and a sentence running into the figures is no such list ("The last poll had Labour 40%, ..."): the text before the
 * first figure must end a sentence, a label (a colon) or a date's year (a tweet's "October 28, 2021"), or be nothing,
 * and the first figure's name may be at most a word longer than the longest of the others'.
 * A label after the last figure (": LEGER") is kept as a line of its own.
 */
final class OneLineList {
    /** A label closing the line: a colon and a few words with no figure ("...: LEGER"). */
    private static final Pattern CLOSING_LABEL = Pattern.compile(":\\s*([^\\d%:,]{1,40})$");

    /** What may end the text before the first figure: a sentence's or a label's end, or a year. */
    private static final Pattern LEAD_END = Pattern.compile("(?:[.!?:]|\\b(?:19|20)\\d\\d)$");

    /** The first part's figure may follow words of the sentence before: its name starts at a capital. */
    private static final Pattern NAME_START = Pattern.compile("(?<=^|\\s)\\p{Lu}");

    private OneLineList() {}

    /** {@code lines} with each one-line list spread over lines of its own (the line's number kept); else the same. */
    static List<Line> spread(List<Line> lines) {
        List<Line> out = new ArrayList<>(lines.size());
        boolean any = false;
        for (Line l : lines) {
            List<String> items = items(l.text());
            if (items.isEmpty()) {
                out.add(l);
                continue;
            }
            any = true;
            items.forEach(t -> out.add(new Line(t, l.number())));
        }
        return any ? out : lines;
    }

    /** The line's figures, each as a line of its own, and its closing label after them; empty for no such list. */
    static List<String> items(String text) {
        String body = text.strip();
        String label = null;
        Matcher closing = CLOSING_LABEL.matcher(body);
        if (closing.find()) {
            label = closing.group(1).strip();
            body = body.substring(0, closing.start()).strip();
        }
        String[] parts = body.split(",\\s+");
        List<String> items = new ArrayList<>();
        int i = parts.length - 1;
        // the first part is the first figure only with what comes before it (firstItem): read here, "The last poll had
        // Labour 40%" was one
        while (i >= 1 && ReleasePageReader.isOptionText(parts[i].strip())) {
            items.add(0, parts[i].strip());
            i--;
        }
        if (items.isEmpty()) {
            return List.of();
        }
        int longest = items.stream().mapToInt(OneLineList::nameWords).max().orElse(0);
        if (i >= 0) {
            // the part before the figures: its tail may be the first figure, else it must end what came before
            String first = firstItem(parts[i].strip(), longest);
            if (first != null) {
                items.add(0, first);
            } else if (!LEAD_END.matcher(parts[i].strip()).find()) {
                return List.of();
            }
        }
        if (items.size() < 2) {
            return List.of();
        }
        if (label != null) {
            items.add(label);
        }
        return items;
    }

    /**
     * The first figure in a part with words before it: its tail from a capital after a sentence's, a label's or a
     * year's end ("2021 Valérie Plante 36%", the part after "October 28," gives "Valérie Plante 36%"); null for none.
     */
    private static String firstItem(String part, int longest) {
        Matcher start = NAME_START.matcher(part);
        while (start.find()) {
            String lead = part.substring(0, start.start()).strip();
            String tail = part.substring(start.start());
            if (ReleasePageReader.isOptionText(tail)
                    && nameWords(tail) <= longest + 1
                    && (lead.isEmpty() || LEAD_END.matcher(lead).find())) {
                return tail;
            }
        }
        return null;
    }

    /** The words of a figure's name, before its share: a list's names are alike, a sentence's words run longer. */
    private static int nameWords(String item) {
        String name = item.split("\\s*[:\\-–|~]?\\s*\\d", 2)[0].strip();
        return name.isEmpty() ? 0 : name.split("\\s+").length;
    }
}
