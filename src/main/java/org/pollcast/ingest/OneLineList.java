package org.pollcast.ingest;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pollcast.ingest.ReleasePageReader.Line;

/**
 * A poll's figures written on one line, parted by commas, as a tweet quoted in a news page gives them ("Valérie Plante
 * 36%, Denis Coderre 36% (-1), Balarama Holness 12% (+4): LEGER", Cult MTL's report of Léger's Montreal poll of
 * October 2021), or a headline ("Poll: Abinader 42.8%, Fernández 31.2%, Castillo 22.4%"): spread over lines of their
 * own, so that the release page reads them as the list they are. Before, the page was refused as figures in prose,
 * though its one list was this line.
 *
 * <p>Asked only of a page with no list of its own lines: the list a page prints line by line is its poll, and a line
 * of figures beside it may be another's. The line must be three figures or more, each part a whole option line
 * ({@link ReleasePageReader#isOptionText}), the first name no more than a word longer than the longest of the others';
 * and what comes before the first figure must say it is this poll: nothing, a label naming a poll and nothing else
 * ("Poll:", "New YouGov poll:"), or a tweet's attribution and date ("(@JeanMarcLeger1) October 28, 2021"), its date
 * within a week of the page's own where the page prints one, and set above the figures as a line of its own. A
 * sentence running into the figures ("The last poll had Labour 40%, ..."), a label of a group, a round, an earlier
 * poll or another election ("Among Conservative voters:", "Second round:", "Previous YouGov poll (March):", "At the 2019
 * general election in London:") are not read, and neither is a line closed by words that are no name (": excluding
 * don't knows"). A closing name (": LEGER") is kept as a line of its own (the review of 7 December 2026 stored each of
 * those labels' figures as the page's poll before they were refused).
 */
final class OneLineList {
    /** A bullet opening a line: "- ", "• ", "* ". */
    private static final Pattern BULLET = Pattern.compile(ReleasePageReader.BULLET + "\\s+");

    /** A closing name after the last figure (": LEGER"): no figure, no comma. */
    private static final Pattern CLOSING_LABEL = Pattern.compile(":\\s*([^\\d%:,]{1,40})$");

    /** A word of a closing label that is no name: a lower-case word ("excluding", "don't"). */
    private static final Pattern LOWER_WORD = Pattern.compile("(?<![\\p{L}'’])\\p{Ll}");

    /** The first figure's name may follow the words before it: it starts at a capital. */
    private static final Pattern NAME_START = Pattern.compile("(?<=^|\\s)\\p{Lu}");

    /** A tweet's attribution and date closing what comes before the figures: "(@JeanMarcLeger1) October 28, 2021". */
    private static final Pattern TWEET =
            Pattern.compile("\\(@\\w{1,30}\\)\\s+(\\p{L}{3,9}\\.?\\s+\\d{1,2},\\s+(?:19|20)\\d\\d)$");

    /** A label naming the poll: a poll's word in a few words, after a sentence's end or alone ("New YouGov poll:"). */
    private static final Pattern POLL_WORD = Pattern.compile("(?i)\\b(?:poll|survey|sondage|encuesta|sondeo|umfrage"
            + "|peiling|sondaggio|ankieta|anket|pesquisa|enquête|survei)\\b");

    /** Words saying a label's figures are a group's, a round's, an earlier poll's or another election's. */
    private static final Pattern OTHER_FIGURES = Pattern.compile("(?i)\\b(?:previous|last|earlier|prior|before|among"
            + "|if|without|with|second|round|run-?off|final|election|result|results|approv\\w*|rating|voters|men"
            + "|women|aged|region\\w*|inner|outer|\\d{1,4})\\b");

    /** How far a tweet's date may be from the page's own: a week, as a report follows its poll. */
    private static final int MAX_DAYS_APART = 7;

    private OneLineList() {}

    /** {@code lines} with each one-line list spread over lines of its own (the line's number kept); else the same. */
    static List<Line> spread(List<Line> lines) {
        List<Line> out = new ArrayList<>(lines.size());
        boolean any = false;
        LocalDate pageDate = null;
        for (Line l : lines) {
            if (pageDate == null) {
                pageDate = ReleasePageReader.dateAlone(l.text()).orElse(null);
            }
            List<String> items = items(l.text());
            Optional<LocalDate> tweeted =
                    items.isEmpty() ? Optional.empty() : ReleasePageReader.dateAlone(items.get(0));
            if (items.isEmpty()
                    || (tweeted.isPresent()
                            && pageDate != null
                            && Math.abs(ChronoUnit.DAYS.between(tweeted.get(), pageDate)) > MAX_DAYS_APART)) {
                // a tweet of another week quoted on this page is another poll's
                out.add(l);
                continue;
            }
            any = true;
            items.forEach(t -> out.add(new Line(t, l.number())));
        }
        return any ? out : lines;
    }

    /**
     * The line's figures, each as a line of its own, after a tweet's date and before a closing name where it has them;
     * empty for no such list.
     */
    static List<String> items(String text) {
        String body = text.strip();
        if (BULLET.matcher(body).lookingAt()) {
            // a bullet of figures is one of several stories or polls a page lists ("- Survei Pilkada Jakarta: Ridwan
            // Kamil-Suswono 48,3%, ...", a link to another report under the Jakarta trial's page of PolMark's
            // popularity figures, was stored as PolMark's poll): never the page's own poll
            return List.of();
        }
        String label = null;
        Matcher closing = CLOSING_LABEL.matcher(body);
        if (closing.find()) {
            label = closing.group(1).strip();
            if (LOWER_WORD.matcher(label).find()) {
                return List.of();
            }
            body = body.substring(0, closing.start()).strip();
        }
        String[] parts = body.split(",\\s+");
        List<String> items = new ArrayList<>();
        // the first part is the first figure only with what comes before it (below): read whole, "The last poll had
        // Labour 40%" was one
        int i = parts.length - 1;
        while (i >= 1 && ReleasePageReader.isOptionText(parts[i].strip())) {
            items.add(0, parts[i].strip());
            i--;
        }
        if (items.size() < 2) {
            return List.of();
        }
        int longest = items.stream().mapToInt(OneLineList::nameWords).max().orElse(0);
        String before = String.join(", ", List.of(parts).subList(0, i));
        String part = parts[i].strip();
        Matcher start = NAME_START.matcher(part);
        while (start.find()) {
            String tail = part.substring(start.start());
            if (!ReleasePageReader.isOptionText(tail)
                    || nameWords(tail) > longest + 1
                    || name(tail).contains(". ")) {
                continue;
            }
            String lead = (before.isEmpty() ? "" : before + ", ") + part.substring(0, start.start());
            String above = thisPoll(lead.strip());
            if (above == null) {
                continue;
            }
            List<String> out = new ArrayList<>();
            if (!above.isEmpty()) {
                out.add(above);
            }
            out.add(tail);
            out.addAll(items);
            if (label != null) {
                out.add(label);
            }
            return out;
        }
        return List.of();
    }

    /**
     * Whether {@code lead}, what comes before the first figure, says the figures are this poll: "" when it is nothing
     * or a poll's word alone ("Poll:"), the label when it names more ("New YouGov poll"), the tweet's date when it is a
     * tweet's attribution; null when it says nothing of the sort.
     */
    private static String thisPoll(String lead) {
        if (lead.isEmpty()) {
            return "";
        }
        Matcher tweet = TWEET.matcher(lead);
        if (tweet.find()) {
            return tweet.group(1);
        }
        if (!lead.endsWith(":")) {
            return null;
        }
        String[] sentences = lead.split("(?<=[.!?])\\s+");
        String label = sentences[sentences.length - 1];
        label = label.substring(0, label.length() - 1).strip();
        if (label.split("\\s+").length > 4
                || !POLL_WORD.matcher(label).find()
                || OTHER_FIGURES.matcher(label).find()
                || ReleasePageReader.speaksOfRatings(label)) {
            return null;
        }
        // A label that names more than the poll keeps its words above the figures: the firm may be one of them
        // ("Survei PolMark Indonesia:", a headline the Jakarta trial's page opens with, was refused as naming no firm).
        return POLL_WORD.matcher(label).replaceAll("").isBlank() ? "" : label;
    }

    /** A figure's name, before its share. */
    private static String name(String item) {
        return item.split("\\s*[:\\-–|~]?\\s*\\d", 2)[0].strip();
    }

    /** The words of a figure's name: a list's names are alike, a sentence's words run longer. */
    private static int nameWords(String item) {
        String name = name(item);
        return name.isEmpty() ? 0 : name.split("\\s+").length;
    }
}
