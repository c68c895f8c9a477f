package org.pollcast.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pollcast.BadInputException;
import org.pollcast.Printable;

/**
 * A poll aggregator's page about one poll, as politpro.eu prints every European poll it lists: each party's short name,
 * its share and its change since the firm's last poll on lines of their own, and under them one line giving the firm,
 * the sample and the fieldwork:
 *
 * <pre>
 * KOK
 * 19.8
 * -1.0
 * SDP
 * 19.2
 * -0.1
 * ...
 * Others
 * 3.3
 * +0.6
 * Kantar TNS – 2002 respondents – 09.03.2023-25.03.2023
 * </pre>
 *
 * Only the list straight above that line (at most {@value #MAX_GAP} lines between) is the poll: the page's seat
 * projections and coalition sums below it are the aggregator's, not the firm's. A change is never a figure. "Sonst."
 * (the German "Sonstige", which the site's English pages print for some countries) is the poll's others. The blind
 * trial on Finland found these pages the only stored copies of the 2023 polls; read as a release page they were refused.
 */
final class PollCardReader {
    /**
     * "09.03.2023-25.03.2023": the first and last day of fieldwork, as the site prints them, or the one day of a poll
     * run in a day ("31.10.2022", Gallup's final Danish poll of 2022; "03.06.2019", Greens Analyseinstitut's of 2019).
     * Before, only a range was read, and such a page was refused as a release page with no list of figures; the review
     * found the one-line layout of a poll's page still asking for a range after a firm's page had learned the one day.
     */
    private static final String FIELDWORK_DAYS =
            "(?<from>\\d{1,2})\\.(?<fromM>\\d{1,2})\\.(?<fromY>\\d{4})(?:\\s*[–—-]\\s*"
                    + "(?<to>\\d{1,2})\\.(?<toM>\\d{1,2})\\.(?<toY>\\d{4}))?";

    /**
     * "Kantar TNS – 2002 respondents – 09.03.2023-25.03.2023": firm, sample, first and last day of fieldwork. Where the
     * firm stated no sample the site says so in the sample's place, its template's field name left in: "Ipsos –
     * :sample_size respondent count unknown – 26.08.2022-30.08.2022" (read as no sample: before, the page was refused
     * as a release page with no list of figures, the blind trial on Sweden's 2022 election found).
     */
    private static final Pattern FIELDWORK_LINE =
            Pattern.compile("(?<firm>\\S.*?)\\s+[–—-]\\s+(?:(?<n>\\d{1,3}(?:[,.]?\\d{3})*)"
                    // The site's pages in other languages: German "1002 Befragte" (politpro.eu/de, the Bavarian
                    // trial's GMS poll), French, Spanish, Italian.
                    + "\\s+(?:respondents|Befragte|répondants|encuestados|intervistati)"
                    + "|(?::sample_size\\s+)?respondent count unknown)\\s+[–—-]\\s+" + FIELDWORK_DAYS);

    /**
     * The site's page about a firm ("Current election polls and polling data from Alpha Research") prints its latest
     * poll with the fieldwork over the list, on three lines: "1000 participants", "18.09.2024 - 24.09.2024", the firm.
     */
    private static final Pattern PARTICIPANTS = Pattern.compile("(?<n>\\d{1,3}(?:[,.]?\\d{3})*)\\s+participants");

    /** The fieldwork on a firm's page, as on a poll's ({@link #FIELDWORK_DAYS}). */
    private static final Pattern DATES = Pattern.compile(FIELDWORK_DAYS);

    /**
     * A firm's page with no sample printed says so in German in the sample's place ("Unbekannt"), over the dates and
     * the firm; a client line ("RÚV") may stand between the firm and the list.
     */
    private static final Pattern NO_SAMPLE = Pattern.compile("(?i)unbekannt|unknown|respondent count unknown");

    /**
     * The summary the site writes under every poll, which is all that many stored copies of its pages keep: "Iceland -
     * The latest poll for the Parliamentary Election in Iceland from Maskína shows the following results: Samfylkingin
     * 20.1%, Viðreisn 19.9%, ..., L 2.1% and Y 0.6%." The list is the poll's (the site's own seat sums are in other
     * sentences); a blind trial on Iceland's 2024 election found seven of its twelve stored pages so, each refused as
     * figures in prose.
     */
    private static final Pattern PROSE_LIST =
            Pattern.compile("\\bfrom (?<firm>\\S.*?) shows the following results: (?<list>.+?%)\\.(?=\\s|$)");

    /** The firm's page says it so: "conducted by Maskína, the parties received the following results: ...". */
    private static final Pattern FIRM_PROSE_LIST =
            Pattern.compile("\\bconducted by (?<firm>\\S.*?), the parties received the following results:"
                    + " (?<list>.+?%)\\.(?=\\s|$)");

    /** One party of such a list: ", Viðreisn 19.9%", " and Y 0.6%"; a name may hold "and" ("Law and Justice"). */
    private static final Pattern PROSE_ITEM =
            Pattern.compile("\\s*(?:,\\s*|\\band\\s+)?(?<name>[^,%\\d][^,%]*?)\\s+(?<share>\\d{1,2}(?:\\.\\d{1,2})?)%");

    /**
     * The summary's last sentence: firm, sample and fieldwork. "0 persons" is the site's way of saying the firm gave no
     * sample (the page says "Respondent number unknown" above), read as none.
     */
    private static final Pattern PROSE_SURVEY = Pattern.compile(
            "The election survey was collected by (?<firm>\\S.*?)\\. For this purpose, (?<n>\\d{1,3}(?:,?\\d{3})*)"
                    + " persons were asked about their party preference in a period of \\d+ days?"
                    + " \\((?<dates>[^)]*)\\)");

    /**
     * A party's short name: letters, perhaps digits, a dot, a dash or a space, with a letter somewhere. Digits are part
     * of some names ("MeRA25", Greece's; "50PLUS", the Netherlands'): a name without them stopped the list there, and
     * a Greek poll read as its last four parties (13.6 points) was refused. An exclamation mark ends some ("AP!" and
     * "S!", Latvia's Development/For! and For Stability!): a name without it stopped the list there, and a Latvian poll
     * read as its last seven parties (22.8 points) was refused. A name may begin with a plus (Italy's More Europe,
     * "+E"): one that had to begin with a letter stopped an Italian list at "+E", and Quorum's poll of September 2022
     * was read as its last four parties (5.2 points). An en dash joins some ("PS–SP", Slovakia's Progressive Slovakia
     * and Together; "MOST–HÍD"): a name without it was taken for a logo's missing name (review). A share, a change
     * ("+0.3") and a date hold no letter, and the fieldwork line is longer than 40 characters, so none of them reads
     * as a name.
     */
    private static final Pattern NAME =
            Pattern.compile("(?=[^\\p{L}]{0,39}\\p{L})\\+?[\\p{L}\\d][\\p{L}\\d.'’&/\\-–! ]{0,39}");

    /** A share: "19.8", "4", "0.5". */
    private static final Pattern SHARE = Pattern.compile("\\d{1,2}(?:\\.\\d{1,2})?");

    /** A change since the last poll: "-1.0", "+0.6", "±0.0", "0.0". */
    private static final Pattern CHANGE = Pattern.compile("[+\\-−±]?\\d{1,3}(?:\\.\\d{1,2})?");

    /** The most lines between the list's last change and the fieldwork line ("Development since the last ..."). */
    static final int MAX_GAP = 2;

    /** Others as the site prints them. */
    private static final List<String> OTHERS = List.of("others", "other", "sonst.", "sonstige");

    private PollCardReader() {}

    /** A line of the page's text, with its line number. */
    private record Line(String text, int number) {}

    /** One party's lines: its name, its share, and where. */
    private record Entry(String name, String share, int line) {}

    /**
     * The page's fieldwork line, the firm, the sample and the dates it gives (day, month, year of each end), and the
     * list of two parties or more that is the poll.
     */
    private record Card(Line fieldwork, String firm, String n, Matcher dates, List<Entry> entries, Line nameless) {
        Card(Line fieldwork, String firm, String n, Matcher dates, List<Entry> entries) {
            this(fieldwork, firm, n, dates, entries, null);
        }
    }

    /** Whether {@code text} is such a page: a fieldwork line with a list of two parties or more above it. */
    static boolean looksLike(String text) {
        return card(lines(text)).isPresent();
    }

    /** The page's poll. */
    static RawPoll read(SourceDocument doc) {
        String source = doc.name();
        List<Line> lines = lines(doc.text(ReleasePageReader.MAX_CHARS));
        Card card = card(lines)
                .orElseThrow(() -> new BadInputException(source + ": no line giving the poll's firm, sample and"
                        + " fieldwork ('Kantar TNS – 2002 respondents – 09.03.2023-25.03.2023') under a list of the"
                        + " parties' shares (each party's name, share and change on lines of their own)"));
        if (card.nameless() != null) {
            Optional<Line> unread = lineAbove(lines, card.nameless())
                    .filter(l -> !l.text().isBlank()
                            && !SHARE.matcher(l.text()).matches()
                            && !CHANGE.matcher(l.text()).matches());
            if (unread.isPresent()) {
                // A name there that is no short name as this reader knows one: say so, not that a logo hid it.
                throw new BadInputException(source + ":" + unread.get().number() + ": '"
                        + Printable.oneLine(unread.get().text()) + "' over the share "
                        + card.nameless().text()
                        + " is not read as a party's short name (letters, digits, spaces and . ' & / - – ! +, a letter"
                        + " among them, up to 40 characters), so the list over the fieldwork line "
                        + card.fieldwork().number() + " stops there (nothing from this file was stored)");
            }
            throw new BadInputException(source + ":" + card.nameless().number() + ": a share ("
                    + card.nameless().text() + ") with no party's name above it, in the list over the fieldwork line "
                    + card.fieldwork().number() + ": the copy left the name out (the page prints some parties as a"
                    + " logo), and the page's summary sentence, which names every party, was not kept either; the"
                    + " parties above it cannot be placed (nothing from this file was stored)");
        }
        Line fieldwork = card.fieldwork();
        Matcher m = card.dates();
        List<Entry> entries = card.entries();
        Location where = Location.line(fieldwork.number());
        Map<String, RawPoll.RawField> fields = new LinkedHashMap<>();
        fields.put("pollster", new RawPoll.RawField(card.firm(), "firm", where));
        if (card.n() != null) {
            fields.put("sample_size", new RawPoll.RawField(card.n(), "respondents", where));
        }
        String from = iso(m.group("fromY"), m.group("fromM"), m.group("from"));
        String to = m.group("to") == null ? from : iso(m.group("toY"), m.group("toM"), m.group("to"));
        fields.put("fieldwork_start", new RawPoll.RawField(from, "fieldwork", where));
        fields.put("fieldwork_end", new RawPoll.RawField(to, "fieldwork", where));
        List<RawShare> shares = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("pollster", "sample_size", "fieldwork_start", "fieldwork_end"));
        List<String> cells = new ArrayList<>(List.of(card.firm(), card.n() == null ? "" : card.n(), from, to));
        for (Entry e : entries) {
            String name = OTHERS.contains(e.name().toLowerCase(Locale.ROOT)) ? "Others" : e.name();
            shares.add(new RawShare(name, e.share(), e.name(), Location.line(e.line())));
            header.add(e.name());
            cells.add(e.share());
        }
        Location first = Location.line(entries.get(0).line());
        SourceRows rows = new SourceRows(header, List.of(new SourceRows.Row(first, cells)));
        return new RawPoll(first, fields, shares, rows, List.of());
    }

    /** A date of the page's "09.03.2023", as the reader's fields take it (2023-03-09); checked when normalised. */
    private static String iso(String year, String month, String day) {
        return year + "-" + (month.length() == 1 ? "0" + month : month) + "-" + (day.length() == 1 ? "0" + day : day);
    }

    private static List<Line> lines(String text) {
        List<Line> out = new ArrayList<>();
        String[] raw = text.split("\r?\n", -1);
        for (int i = 0; i < raw.length; i++) {
            String t = raw[i].strip();
            if (!t.isEmpty()) {
                out.add(new Line(t, i + 1));
            }
        }
        return out;
    }

    /**
     * The first fieldwork line that has a list above it, with that list; else the first "N participants", dates and
     * firm lines of a firm's page with a list under them.
     */
    private static Optional<Card> card(List<Line> lines) {
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = FIELDWORK_LINE.matcher(lines.get(i).text());
            if (m.matches()) {
                List<Entry> entries = list(lines, i);
                if (!entries.isEmpty()) {
                    String firm = m.group("firm").trim();
                    Optional<Line> nameless = namelessAbove(lines, entries.get(0));
                    if (nameless.isPresent()) {
                        // A party printed as a logo left a share with no name, and reading upwards stopped there:
                        // the list is only the parties under it. The summary sentence names every party.
                        List<Entry> prose = proseList(lines, PROSE_LIST, firm);
                        if (prose.size() <= entries.size()) {
                            return Optional.of(new Card(lines.get(i), firm, m.group("n"), m, entries, nameless.get()));
                        }
                        entries = prose;
                    }
                    return Optional.of(new Card(lines.get(i), firm, m.group("n"), m, entries));
                }
            }
        }
        for (int i = 0; i + 3 < lines.size(); i++) {
            Matcher n = PARTICIPANTS.matcher(lines.get(i).text());
            boolean unknown = NO_SAMPLE.matcher(lines.get(i).text()).matches();
            Matcher d = DATES.matcher(lines.get(i + 1).text());
            String firm = lines.get(i + 2).text();
            if ((n.matches() || unknown) && d.matches() && !isShare(firm)) {
                String sample = unknown ? null : n.group("n");
                // The list under the firm, or under a client's line ("RÚV") below it.
                List<Entry> entries = listFrom(lines, i + 3);
                if (entries.isEmpty()
                        && i + 4 < lines.size()
                        && isName(lines.get(i + 3).text())) {
                    entries = listFrom(lines, i + 4);
                }
                if (entries.isEmpty()) {
                    // A copy that keeps the page's summary but not the list: the summary's list, dated by the lines
                    // (the summary's own "period 20.11.2024 - 20.11.2024" is the publication day).
                    entries = proseList(lines, FIRM_PROSE_LIST, firm);
                }
                if (!entries.isEmpty()) {
                    return Optional.of(new Card(lines.get(i + 1), firm, sample, d, entries));
                }
            }
        }
        return proseCard(lines);
    }

    /** The poll of a page kept as its summary only: the list sentence and the survey sentence ({@link #PROSE_LIST}). */
    private static Optional<Card> proseCard(List<Line> lines) {
        for (Line line : lines) {
            Matcher s = PROSE_SURVEY.matcher(line.text());
            if (!s.find()) {
                continue;
            }
            Matcher d = DATES.matcher(s.group("dates").strip());
            String firm = s.group("firm").strip();
            List<Entry> entries = proseList(lines, PROSE_LIST, firm);
            if (d.matches() && !entries.isEmpty()) {
                String n = s.group("n").replace(",", "");
                return Optional.of(new Card(line, firm, n.matches("0+") ? null : s.group("n"), d, entries));
            }
        }
        return Optional.empty();
    }

    /**
     * The parties of the first summary sentence ({@code sentence}) about {@code firm}: each "NAME SHARE%", parted by
     * commas and a last "and"; none unless the whole list reads so and names two parties or more.
     */
    private static List<Entry> proseList(List<Line> lines, Pattern sentence, String firm) {
        for (Line line : lines) {
            Matcher m = sentence.matcher(line.text());
            if (!m.find() || !m.group("firm").strip().equalsIgnoreCase(firm)) {
                continue;
            }
            String list = m.group("list");
            Matcher item = PROSE_ITEM.matcher(list);
            List<Entry> entries = new ArrayList<>();
            int at = 0;
            while (at < list.length()) {
                item.region(at, list.length());
                if (!item.lookingAt()) {
                    return List.of(); // words that are no "NAME SHARE%": not such a list
                }
                entries.add(new Entry(item.group("name").strip(), item.group("share"), line.number()));
                at = item.end();
            }
            return entries.size() >= 2 ? entries : List.of();
        }
        return List.of();
    }

    private static boolean isShare(String text) {
        return SHARE.matcher(text).matches() || CHANGE.matcher(text).matches();
    }

    /**
     * The parties listed from line {@code from} down, each a name over a share over a change (the change may be
     * missing), ending at the first line that is none of these (the page's "This poll is more than 3 months old." over
     * the site's seat projection).
     */
    private static List<Entry> listFrom(List<Line> lines, int from) {
        List<Entry> entries = new ArrayList<>();
        int i = from;
        while (i + 1 < lines.size()
                && isName(lines.get(i).text())
                && SHARE.matcher(lines.get(i + 1).text()).matches()) {
            boolean change = i + 2 < lines.size()
                    && CHANGE.matcher(lines.get(i + 2).text()).matches();
            entries.add(new Entry(
                    lines.get(i).text(), lines.get(i + 1).text(), lines.get(i).number()));
            i += change ? 3 : 2;
        }
        return entries.size() >= 2 ? entries : List.of();
    }

    /**
     * The parties listed straight above line {@code at}: read upwards, each a name over a share over a change (the
     * change may be missing), ending at the first line that is none of these; none when more than {@value #MAX_GAP}
     * other lines stand between the list and line {@code at}.
     */
    private static List<Entry> list(List<Line> lines, int at) {
        for (int end = at; end >= Math.max(0, at - MAX_GAP); end--) {
            List<Entry> found = listEndingBefore(lines, end);
            if (!found.isEmpty()) {
                return found;
            }
        }
        return List.of();
    }

    private static List<Entry> listEndingBefore(List<Line> lines, int end) {
        List<Entry> entries = new ArrayList<>();
        int i = end - 1;
        while (i >= 1) {
            int shareAt;
            if (i >= 2
                    && CHANGE.matcher(lines.get(i).text()).matches()
                    && SHARE.matcher(lines.get(i - 1).text()).matches()
                    && isName(lines.get(i - 2).text())) {
                shareAt = i - 1; // name, share, change
            } else if (SHARE.matcher(lines.get(i).text()).matches()
                    && isName(lines.get(i - 1).text())) {
                shareAt = i; // name, share
            } else {
                break;
            }
            Line name = lines.get(shareAt - 1);
            entries.add(0, new Entry(name.text(), lines.get(shareAt).text(), name.number()));
            i = shareAt - 2;
        }
        return entries.size() >= 2 ? entries : List.of();
    }

    /**
     * The share straight above the list's first party, where one stands there with no name over it (a share, or a share
     * over its change): a party the copy printed as a logo, whose name was lost. A stored copy of politpro's page on
     * Focus's Slovak poll of 6–12 February 2020 prints Za ľudí so ("PS–SP", "9.3", "-0.5", "8.2", "-2.6", "SR"): read
     * upwards the list stopped at it, and the poll was its nine parties under it (40 points), refused as summing to 40.
     */
    private static Optional<Line> namelessAbove(List<Line> lines, Entry first) {
        int k = 0;
        while (k < lines.size() && lines.get(k).number() != first.line()) {
            k++;
        }
        if (k >= 2
                && CHANGE.matcher(lines.get(k - 1).text()).matches()
                && SHARE.matcher(lines.get(k - 2).text()).matches()) {
            return Optional.of(lines.get(k - 2));
        }
        if (k >= 1 && SHARE.matcher(lines.get(k - 1).text()).matches()) {
            return Optional.of(lines.get(k - 1));
        }
        return Optional.empty();
    }

    /** The line above {@code line} in {@code lines}, if any. */
    private static Optional<Line> lineAbove(List<Line> lines, Line line) {
        int k = lines.indexOf(line);
        return k > 0 ? Optional.of(lines.get(k - 1)) : Optional.empty();
    }

    /** A party's name; never a fieldwork line, which holds digits. */
    private static boolean isName(String text) {
        return NAME.matcher(text).matches();
    }
}
