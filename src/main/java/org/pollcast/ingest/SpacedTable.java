package org.pollcast.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A poll table printed as text with its cells parted by single spaces, as polling sites' pages read when saved as text
 * (270toWin's, purepolling's), rebuilt as HTML for {@link HtmlPollTableReader}:
 *
 * <pre>
 * Source Date Sample Harris Trump Other
 * Average of 25 Polls† 48.4% 47.2% -
 * NPR/PBS/Marist 11/04/2024 1,297 LV ±3.5% 51% 47% 2%
 * ABC News Tracking 10/20 - 10/22 874 LV 53 41 12        (under "POLLSTER DATE SAMPLE CLINTON TRUMP CLINTON +")
 * </pre>
 *
 * A space parts words as well as cells, so the cells are told by what they hold, never by counting spaces: the header
 * is the firm's column ("Source", "Poll", "Pollster"), perhaps the date's, the sample's and the margin's, then the
 * options, a name of several words ("Yesh Atid") kept whole where the election names it so. In a row, the date is the
 * first text shaped as one after the firm's name, the sample and margin follow it, and what is left must be one figure
 * for each option, no more and no fewer (or, where the header names columns after the options, as Ballotpedia's margin,
 * sample and sponsor, the figures run to the first word that is none). A row that does not split so is kept with
 * {@link PageMarkup#UNSPLIT_ROW} and
 * refused, naming it: the copy keeps no empty cell, so a row with a figure missing would put each figure after it
 * under the wrong option. Before, such a page was refused as a release page with no list of figures (the usa kit's
 * 270toWin and purepolling pages, a blind trial's Georgia run-off page).
 */
final class SpacedTable {
    /** The firm's column, first in the header: one word, or two ("Poll source", "Polling firm"). */
    private static final Set<String> FIRM_HEADINGS = Set.of(
            "source",
            "poll",
            "polls",
            "pollster",
            "pollsters",
            "firm",
            "company",
            "institute",
            "poll source",
            "polling firm",
            "polling company",
            "polling organisation",
            "polling organization");

    private static final Set<String> DATE_HEADINGS = Set.of(
            "date", "dates", "date(s)", "fieldwork", "dates conducted", "field dates", "fieldwork date", "end date");
    private static final Set<String> SAMPLE_HEADINGS = Set.of("sample", "sample size", "size", "n");
    private static final Set<String> MARGIN_HEADINGS = Set.of("moe", "margin of error", "error", "±");

    /** A lead column: "Lead", "Spread", or an option's name again with "+" or "lead" after it ("CLINTON +"). */
    private static final Set<String> LEAD_WORDS = Set.of("lead", "spread", "margin", "+", "net");

    /** A figure cell: a share with or without its % sign, a signed lead, or a dash for none. */
    private static final Pattern FIGURE =
            Pattern.compile("(?i)[+\\-−]?\\d{1,3}(?:[.,]\\d{1,2})?%?|[-–—]|--|n/a|n\\.a\\.?|tie|even");

    /** A figure cell for an option not asked, as the sites print it ("--", "n.a."): the dash the reader knows. */
    private static final Pattern NOT_ASKED = Pattern.compile("(?i)--|n/a|n\\.a\\.?");

    /** A lead cell naming who leads: "Biden +7", as RealClearPolitics prints its spread. */
    private static final Pattern NAMED_LEAD = Pattern.compile("\\p{L}[\\p{L}.'’\\-]*");

    private static final Pattern SIGNED = Pattern.compile("[+\\-−]\\d{1,3}(?:[.,]\\d{1,2})?");

    private static final String MONTH = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\\.?";

    /**
     * A fieldwork date or range, in the shapes polling sites print: "11/04/2024", "10/20 - 10/22", "10/29 - 11/2",
     * "Oct 20-22", "Oct 30 - Nov 2, 2024", "20–22 Oct 2024", "2024-10-20".
     */
    private static final Pattern DATE = Pattern.compile("(?i)(?<=^|\\s)(?:"
            // "1 - 3/11/2020" (a British site's range of days) and "30 Oct – 2 Nov 2020" before the shorter shapes,
            // which would take their ends alone and leave the start in the firm's name (review).
            + "\\d{1,2}\\s*[-–]\\s*\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?"
            + "|\\d{1,2}\\s+" + MONTH + "\\s*[-–]\\s*\\d{1,2}\\s+" + MONTH + "(?:,?\\s+\\d{4})?"
            + "|\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?(?:\\s*[-–]\\s*\\d{1,2}(?:/\\d{1,2}(?:/\\d{2,4})?)?)?"
            + "|" + MONTH + "\\s+\\d{1,2}(?:\\s*[-–]\\s*(?:" + MONTH + "\\s+)?\\d{1,2})?(?:,?\\s+\\d{4})?"
            + "|\\d{1,2}(?:\\s*[-–]\\s*\\d{1,2}(?:\\s+" + MONTH + ")?)?\\s+" + MONTH + "(?:,?\\s+\\d{4})?"
            + "|\\d{4}-\\d{2}-\\d{2}(?:\\s*[-–]\\s*\\d{4}-\\d{2}-\\d{2})?"
            + ")(?=\\s|$)");

    /**
     * A sample: "1,297", "874", with the voters it is of ("LV", "RV", "A"), or "--" for none. Of a hundred or more: a
     * figure under it is a share where a row prints no sample (review: "50" was taken for one, and the header's names
     * parted to fit the figures left).
     */
    private static final Pattern SAMPLE = Pattern.compile(
            "(?i)^(?:(?<n>\\d{1,3}(?:,\\d{3})+|\\d{3,6})(?:\\s+(?<who>lv|rv|a|v|adults))?|--|n/a)(?=\\s|$)");

    /** A margin of error: "±3.5%", "3.7", or "--" for none given. */
    private static final Pattern MARGIN =
            Pattern.compile("^(?:(?:±|\\+/-|\\+-)?\\s*\\d{1,2}(?:\\.\\d{1,2})?%?|--)(?=\\s|$)");

    /** A footnote mark ending a name: "Warnock*" (the incumbent), "Polls†". */
    private static final Pattern MARK = Pattern.compile("[*†‡]+$");

    private SpacedTable() {}

    /**
     * The header's columns: which of firm, date, sample and margin it has, the words after them (a bracket joined to
     * the word before it, a lead marked "Lead"), and the options' names those words were parted into.
     */
    private record Header(
            boolean date,
            boolean sample,
            boolean margin,
            List<String> words,
            List<String> options,
            List<String> trailing) {
        int leading() {
            return 1 + (date ? 1 : 0) + (sample ? 1 : 0) + (margin ? 1 : 0);
        }

        int width() {
            return leading() + options.size() + trailing.size();
        }

        List<String> names() {
            List<String> names = new ArrayList<>(List.of("Pollster"));
            if (date) {
                names.add("Fieldwork date");
            }
            if (sample) {
                names.add("Sample size");
            }
            if (margin) {
                names.add("Margin of error");
            }
            names.addAll(options);
            names.addAll(trailing);
            return names;
        }

        boolean lastIsLead() {
            return !words.isEmpty() && words.get(words.size() - 1).equals("Lead");
        }

        Header with(List<String> options) {
            return new Header(date, sample, margin, words, options, trailing);
        }
    }

    /** A row's words read before the options are known: the cells before its figures, and its figures. */
    private record Parsed(List<String> cells, List<String> figures, List<String> after, String why) {
        Parsed(List<String> cells, List<String> figures, String why) {
            this(cells, figures, List.of(), why);
        }

        static Parsed failed(String why) {
            return new Parsed(null, List.of(), why);
        }
    }

    /**
     * A row: its cells; why its line could not be split into them, or null; and where the copy ends inside it, its
     * figures of the header's options ("2 of 3"), or null.
     */
    private record Row(List<String> cells, String unsplit, String cut) {}

    /** A table found on the page: its header's line, the header, and its rows with their lines. */
    private record Table(int headerLine, Header header, List<Row> rows, List<Integer> rowLines) {}

    /**
     * Whether {@code text} holds such a table: a line headed by a firm's column and two or more words after it, then
     * two rows (a blank line may come between) each ending in two or more figures. Release pages print one figure a
     * line, so none is taken for one.
     */
    static boolean looksLike(String text) {
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            Header shape = shape(words(lines[i]));
            if (shape != null && firstRow(lines, i, shape) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The page as HTML: each table as one, the lines around them as paragraphs, a short line over a table its heading. */
    static String html(SourceDocument doc, Predicate<String> mayNameOption) {
        String[] lines = doc.text(HtmlPollTableReader.MAX_PAGE_CHARS).split("\\R", -1);
        String title = null;
        List<Object> blocks = new ArrayList<>(); // the page's lines (String) and tables, in order
        for (int i = 0; i < lines.length; i++) {
            String s = lines[i].replace('\u00a0', ' ').strip();
            Header shape = shape(words(s));
            int first = shape == null ? -1 : firstRow(lines, i, shape);
            if (first < 0) {
                if (title == null && !s.isEmpty()) {
                    title = s;
                } else if (!s.isEmpty()) {
                    blocks.add(s);
                }
                continue;
            }
            List<Parsed> parsed = new ArrayList<>();
            List<Integer> rowLines = new ArrayList<>();
            int k = first;
            for (; k < lines.length; k++) {
                // A blank line between rows, as a copy keeps a page's spacing (review: the rows after it were lost
                // without a word).
                if (lines[k].isBlank() && k + 1 < lines.length && figures(lines[k + 1], shape) >= 2) {
                    continue;
                }
                if (figures(lines[k], shape) < 2) {
                    break;
                }
                parsed.add(parse(words(lines[k]), shape));
                rowLines.add(k + 1);
            }
            Header header = shape.with(options(shape.words(), parsed, mayNameOption));
            List<Row> rows = new ArrayList<>();
            for (int r = 0; r < parsed.size(); r++) {
                int line = rowLines.get(r) - 1;
                rows.add(row(words(lines[line]), parsed.get(r), header, lastLine(lines, line)));
            }
            blocks.add(new Table(i + 1, header, rows, rowLines));
            i = k - 1;
        }
        Boolean monthFirst = slashOrder(blocks);
        StringBuilder body = new StringBuilder();
        List<String> pending = new ArrayList<>(); // the lines since the last table
        for (Object block : blocks) {
            if (block instanceof String line) {
                pending.add(line);
                continue;
            }
            Table t = (Table) block;
            flush(body, pending, true);
            pending.clear();
            body.append("<table class=\"wikitable\">\n");
            row(body, t.header().names(), t.headerLine(), "th", "");
            for (int r = 0; r < t.rows().size(); r++) {
                Row row = t.rows().get(r);
                List<String> cells = new ArrayList<>(row.cells());
                if (row.unsplit() == null && row.cut() == null && t.header().date()) {
                    String days = SlashDates.dayRange(cells.get(1));
                    if (days != null) {
                        cells.set(1, days);
                    } else if (monthFirst != null) {
                        cells.set(1, SlashDates.written(cells.get(1), monthFirst));
                    }
                }
                row(
                        body,
                        cells,
                        t.rowLines().get(r),
                        "td",
                        row.unsplit() != null
                                ? PageMarkup.UNSPLIT_ROW + "=\"" + PageMarkup.escape(row.unsplit()) + "\" "
                                : row.cut() != null ? PageMarkup.CUT_ROW + "=\"" + row.cut() + "\" " : "");
            }
            body.append("</table>\n");
        }
        flush(body, pending, false);
        StringBuilder html = new StringBuilder();
        PageMarkup.open(html, title);
        html.append(body).append("</body></html>\n");
        return html.toString();
    }

    /**
     * Whether the page's slashed dates are month first (true), day first (false), or neither tells (null): the page's
     * every date together, since a table of the last two days ("11/02/2020", "11/01/2020") reads either way and the
     * table under it ("10/31/2020") does not. Polling sites print them month first, and some without a year ("10/20 -
     * 10/22"), which no reader after this one takes; so they are written out here with the month's name.
     */
    private static Boolean slashOrder(List<Object> blocks) {
        List<String> dates = new ArrayList<>();
        for (Object block : blocks) {
            if (block instanceof Table t && t.header().date()) {
                t.rows().stream()
                        .filter(r -> r.unsplit() == null && r.cut() == null)
                        .forEach(r -> dates.add(r.cells().get(1)));
            }
        }
        Boolean told = SlashDates.order(dates);
        if (told == null && !dates.isEmpty() && americanSamples(blocks)) {
            // Nothing tells (a table of the first twelve days of a month), but its samples are of likely or
            // registered voters, as American polling sites print them, and those print dates month first: read day
            // first, "11/02/2020" was stored as 11 February (review).
            return true;
        }
        return told;
    }

    /** Whether a table's rows give their samples as American sites do: "1,297 LV", "809 RV". */
    private static boolean americanSamples(List<Object> blocks) {
        for (Object block : blocks) {
            if (block instanceof Table t && t.header().date() && t.header().sample()) {
                for (Row r : t.rows()) {
                    if (r.unsplit() == null
                            && r.cut() == null
                            && r.cells().get(2).matches("(?i).*\\b(LV|RV)\\b.*")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * The lines before a table, as paragraphs; the last short one that is no sentence and holds no figure ("Harris vs.
     * Trump", "Including Third Parties") as the table's heading, which tells a pair's question from the fuller one.
     */
    private static void flush(StringBuilder body, List<String> pending, boolean beforeTable) {
        int heading = -1;
        if (beforeTable) {
            for (int j = pending.size() - 1; j >= 0 && j >= pending.size() - 3; j--) {
                String p = pending.get(j);
                if (p.length() <= 60 && !p.endsWith(".") && !p.matches(".*\\d\\s*%.*")) {
                    heading = j;
                    break;
                }
            }
        }
        for (int j = 0; j < pending.size(); j++) {
            String tag = j == heading ? "h3" : "p";
            body.append('<')
                    .append(tag)
                    .append('>')
                    .append(PageMarkup.escape(pending.get(j)))
                    .append("</")
                    .append(tag)
                    .append(">\n");
        }
    }

    /** Whether nothing but blank lines follows line {@code at}. */
    private static boolean lastLine(String[] lines, int at) {
        for (int k = at + 1; k < lines.length; k++) {
            if (!lines[k].isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** The line of the table's first row under a header on line {@code at}, or -1 when two rows do not follow. */
    private static int firstRow(String[] lines, int at, Header shape) {
        int first = at + 1;
        if (first < lines.length && lines[first].isBlank()) {
            first++; // purepolling prints a line of spaces under its header
        }
        if (first + 1 >= lines.length) {
            return -1;
        }
        return figures(lines[first], shape) >= 2 && figures(lines[first + 1], shape) >= 2 ? first : -1;
    }

    /**
     * How many figures a line holds as a row of {@code shape}'s table: those ending it, or, where columns follow the
     * options, those after its date.
     */
    private static int figures(String line, Header shape) {
        List<String> words = words(line);
        if (shape.trailing().isEmpty()) {
            return trailingFigures(words);
        }
        Parsed p = parse(words, shape);
        return p.why() == null ? p.figures().size() : 0;
    }

    /**
     * The header a line is, its options not yet parted, or null: the firm's column first, then perhaps the date's,
     * the sample's and the margin's, then two or more words, none with a digit.
     */
    private static Header shape(List<String> words) {
        int at = leadingColumns(words);
        if (at == 0 || words.stream().anyMatch(w -> w.matches(".*\\d.*"))) {
            return null;
        }
        // Column headings are names and capitalised words; a sentence ("Poll conducted by Redfield and Wilton
        // Strategies among likely voters", a release page's line over its list) is mostly words in lower case.
        long lower = words.subList(at, words.size()).stream()
                .filter(w -> Character.isLowerCase(w.codePointAt(0)))
                .count();
        if (lower * 3 > words.size() - at) {
            return null;
        }
        boolean date = false;
        boolean sample = false;
        boolean margin = false;
        while (at < words.size()) {
            String one = words.get(at).toLowerCase(Locale.ROOT);
            String two = at + 1 < words.size() ? one + " " + words.get(at + 1).toLowerCase(Locale.ROOT) : "";
            String three = at + 2 < words.size() ? two + " " + words.get(at + 2).toLowerCase(Locale.ROOT) : "";
            if (!date && DATE_HEADINGS.contains(two)) {
                date = true;
                at += 2;
            } else if (!date && DATE_HEADINGS.contains(one)) {
                date = true;
                at++;
            } else if (!sample && SAMPLE_HEADINGS.contains(two)) {
                sample = true;
                at += 2;
            } else if (!sample && SAMPLE_HEADINGS.contains(one)) {
                sample = true;
                at++;
            } else if (!margin && MARGIN_HEADINGS.contains(three)) {
                margin = true;
                at += 3;
            } else if (!margin && MARGIN_HEADINGS.contains(one)) {
                margin = true;
                at++;
            } else {
                break;
            }
        }
        List<String> rest = new ArrayList<>(words.subList(at, words.size()));
        // Columns after the options, as Ballotpedia prints them ("... Other Margin of error Sample size Sponsor"), with
        // the names the table reader knows them by.
        List<String> trailing = new ArrayList<>();
        for (boolean found = true; found && date; ) {
            found = false;
            for (var t : TRAILING.entrySet()) {
                List<String> heading = List.of(t.getKey().split(" "));
                int n = heading.size();
                if (rest.size() > n
                        && String.join(" ", rest.subList(rest.size() - n, rest.size()))
                                .toLowerCase(Locale.ROOT)
                                .equals(t.getKey())
                        && !trailing.contains(t.getValue())
                        && !(t.getValue().equals("Sample size") && sample)
                        && !(t.getValue().equals("Margin of error") && margin)) {
                    trailing.add(0, t.getValue());
                    rest.subList(rest.size() - n, rest.size()).clear();
                    found = true;
                    break;
                }
            }
        }
        List<String> options = optionWords(rest);
        return options.size() < 2 ? null : new Header(date, sample, margin, options, null, List.copyOf(trailing));
    }

    /**
     * Columns a table may print after its options (Ballotpedia's "Margin of error Sample size Sponsor"), by their
     * heading, and the heading the rebuilt table gives them. Only under a header with a date column: its rows'
     * figures then end where a margin ("± 3.0") or a word begins.
     */
    private static final java.util.Map<String, String> TRAILING = java.util.Map.of(
            "margin of error", "Margin of error",
            "moe", "Margin of error",
            "sample size", "Sample size",
            "sample", "Sample size",
            "sponsor", "Client",
            "sponsors", "Client",
            "client", "Client");

    /**
     * The words after the header's other columns, a bracket joined to the word before it ("Biden (D)"), and an option's
     * name again with "+" or "lead" after it ("CLINTON +", "CLINTON LEAD") one word "Lead", as a lone "Lead" or
     * "Spread" is.
     */
    private static List<String> optionWords(List<String> words) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            String word = words.get(i);
            String lower = word.toLowerCase(Locale.ROOT);
            if (!out.isEmpty() && word.startsWith("(")) {
                int n = bracketLength(words, i);
                out.add(out.remove(out.size() - 1) + " " + String.join(" ", words.subList(i, i + n)));
                i += n;
            } else if (LEAD_WORDS.contains(lower)
                    && !out.isEmpty()
                    && (lower.equals("+") || out.subList(0, out.size() - 1).contains(out.get(out.size() - 1)))) {
                out.set(out.size() - 1, "Lead");
                i++;
            } else {
                out.add(LEAD_WORDS.contains(lower) ? "Lead" : word);
                i++;
            }
        }
        return out;
    }

    private static int bracketLength(List<String> words, int from) {
        for (int k = from; k < words.size(); k++) {
            if (words.get(k).endsWith(")")) {
                return k - from + 1;
            }
        }
        return 1;
    }

    /**
     * The options' names, the header's words parted into as many as the rows print figures. Each count the rows give
     * is tried, and the parting kept whose names the election (or the column vocabulary) knows best: the Israeli
     * "Likud Yesh Atid New Hope Yamina Shas Joint List UTJ Labor Others" over rows of nine figures (and rows of ten,
     * whose firm is "Channel 13") is nine names, "Yesh Atid", "New Hope" and "Joint List" among them. Where no count
     * parts them, each word is a name, and the rows, none of the header's width, are refused.
     */
    private static List<String> options(List<String> words, List<Parsed> rows, Predicate<String> mayNameOption) {
        java.util.TreeMap<Integer, Integer> counts = new java.util.TreeMap<>();
        for (Parsed p : rows) {
            if (p.why() == null && p.figures().size() >= 2 && p.figures().size() <= words.size()) {
                counts.merge(p.figures().size(), 1, Integer::sum);
            }
        }
        List<String> best = null;
        int bestCost = Integer.MAX_VALUE;
        int bestRows = 0;
        for (var e : counts.entrySet()) {
            Parting parting = part(words, e.getKey(), mayNameOption);
            if (parting.cost() < bestCost || (parting.cost() == bestCost && e.getValue() > bestRows)) {
                best = parting.names();
                bestCost = parting.cost();
                bestRows = e.getValue();
            }
        }
        return best != null ? best : words;
    }

    private record Parting(List<String> names, int cost) {}

    /**
     * {@code words} parted into {@code groups} runs of one to four words, the runs the election does not know as a name
     * costing 1 a word (a run of several unknown words costs more than the words apart), the known costing nothing.
     */
    private static Parting part(List<String> words, int groups, Predicate<String> mayNameOption) {
        int n = words.size();
        int[][] cost = new int[n + 1][groups + 1];
        int[][] take = new int[n + 1][groups + 1];
        for (int[] row : cost) {
            java.util.Arrays.fill(row, Integer.MAX_VALUE);
        }
        cost[n][0] = 0;
        for (int i = n - 1; i >= 0; i--) {
            for (int g = 1; g <= groups; g++) {
                for (int len = 1; len <= 4 && i + len <= n; len++) {
                    if (cost[i + len][g - 1] == Integer.MAX_VALUE) {
                        continue;
                    }
                    int c = cost[i + len][g - 1] + runCost(words.subList(i, i + len), mayNameOption);
                    if (c < cost[i][g]) {
                        cost[i][g] = c;
                        take[i][g] = len;
                    }
                }
            }
        }
        if (cost[0][groups] == Integer.MAX_VALUE) {
            return new Parting(words, Integer.MAX_VALUE - 1);
        }
        List<String> names = new ArrayList<>();
        for (int i = 0, g = groups; g > 0; g--) {
            int len = take[i][g];
            names.add(String.join(" ", words.subList(i, i + len)));
            i += len;
        }
        return new Parting(names, cost[0][groups]);
    }

    /**
     * What a run of header words costs as one name: nothing when the election or the column vocabulary knows it
     * ("Yesh Atid", "Don't know", "Lead"), else a point a word. A run of several words whose first word is a name of
     * its own ("Likud Yesh") is not known as one: a lenient match of its first word is no name of the run.
     */
    private static int runCost(List<String> run, Predicate<String> mayNameOption) {
        String joined = String.join(" ", run);
        boolean known = joined.equals("Lead")
                || mayNameOption.test(joined)
                || Columns.field(joined).filter(f -> !f.equals("option")).isPresent();
        // A run whose first word is a name of its own and whose last is none ("Likud Yesh") is a lenient match of the
        // first; a party's name before its candidate's ("Democratic Party Jones", Ballotpedia's) is the candidate's.
        if (known
                && run.size() > 1
                && ((mayNameOption.test(run.get(0)) && !mayNameOption.test(run.get(run.size() - 1)))
                        || run.contains("Lead"))) {
            known = false;
        }
        return known ? 0 : run.size();
    }

    /** How many words of the header's start name the firm's column: 1 or 2, else 0 (no such header). */
    private static int leadingColumns(List<String> words) {
        if (words.size() >= 2 && FIRM_HEADINGS.contains((words.get(0) + " " + words.get(1)).toLowerCase(Locale.ROOT))) {
            return 2;
        }
        return !words.isEmpty() && FIRM_HEADINGS.contains(words.get(0).toLowerCase(Locale.ROOT)) ? 1 : 0;
    }

    /** A line's words, without footnote marks. */
    private static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        for (String w : line.replace('\u00a0', ' ').strip().split("\\s+")) {
            String word = MARK.matcher(w).replaceAll("");
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    /** Whether the last two of {@code words} up to {@code end} are a lead naming who leads: "Biden +7". */
    private static boolean namedLeadAt(List<String> words, int end) {
        return end >= 2
                && SIGNED.matcher(words.get(end - 1)).matches()
                && NAMED_LEAD.matcher(words.get(end - 2)).matches();
    }

    /** How many figures end a line's words, a lead naming who leads ("Biden +7") one of them; 0 if it names no firm. */
    private static int trailingFigures(List<String> words) {
        int n = 0;
        int k = words.size();
        if (namedLeadAt(words, k)) {
            n++;
            k -= 2;
        }
        for (; k > 0 && FIGURE.matcher(words.get(k - 1)).matches(); k--) {
            n++;
        }
        return k == 0 ? 0 : n; // a line of figures alone names no firm
    }

    /**
     * A row's cells before its figures, and its figures, read without the options: with a date column, the firm is
     * what comes before the first date, the sample and margin follow it, and every word left must be a figure; without
     * one, the figures are the row's last words.
     */
    private static Parsed parse(List<String> words, Header shape) {
        List<String> figures = new ArrayList<>();
        int end = words.size();
        if (shape.lastIsLead() && namedLeadAt(words, end)) {
            figures.add(words.get(end - 2) + " " + words.get(end - 1)); // "Biden +7"
            end -= 2;
        }
        if (!shape.date()) {
            int k = end;
            while (k > 1 && FIGURE.matcher(words.get(k - 1)).matches()) {
                k--;
            }
            figures.addAll(0, words.subList(k, end));
            return new Parsed(List.of(String.join(" ", words.subList(0, k))), figures, null);
        }
        String left = String.join(" ", words.subList(0, end));
        Matcher d = DATE.matcher(left);
        if (!d.find() || d.start() == 0) {
            return Parsed.failed("no fieldwork date after the firm's name");
        }
        List<String> cells = new ArrayList<>();
        cells.add(left.substring(0, d.start()).strip());
        cells.add(d.group());
        String rest = left.substring(d.end()).strip();
        if (shape.sample()) {
            Matcher s = SAMPLE.matcher(rest);
            String sample = "";
            if (s.find()) {
                sample = NOT_ASKED.matcher(s.group()).matches() ? "" : s.group();
                rest = rest.substring(s.end()).strip();
                Matcher m = MARGIN.matcher(rest);
                if (!shape.margin() && rest.startsWith("±") && m.find()) {
                    sample += " " + m.group(); // the margin printed beside the sample, in its cell
                    rest = rest.substring(m.end()).strip();
                }
            }
            cells.add(sample);
        }
        if (shape.margin()) {
            Matcher m = MARGIN.matcher(rest);
            String margin = "";
            if (m.find()) {
                margin = m.group();
                rest = rest.substring(m.end()).strip();
            }
            cells.add(margin);
        }
        if (!shape.trailing().isEmpty()) {
            return withTrailing(cells, rest, shape);
        }
        List<String> tail = rest.isEmpty() ? List.of() : List.of(rest.split("\\s+"));
        if (tail.stream().anyMatch(w -> !FIGURE.matcher(w).matches())) {
            return Parsed.failed(
                    "'" + rest + "' after its " + (shape.sample() ? "sample" : "date") + " is not figures");
        }
        figures.addAll(0, tail);
        return new Parsed(cells, figures, null);
    }

    /**
     * A row's figures and the columns after them (Ballotpedia's "44% 56% 0% ± 3.0 1,045 --"): the figures run to the
     * first word that is none (a margin's "±"), then the margin, the sample and the sponsor, in the header's order.
     */
    private static Parsed withTrailing(List<String> cells, String rest, Header shape) {
        List<String> words = rest.isEmpty() ? List.of() : List.of(rest.split("\\s+"));
        int k = 0;
        while (k < words.size()
                && !words.get(k).startsWith("±")
                && FIGURE.matcher(words.get(k)).matches()) {
            k++;
        }
        List<String> figures = new ArrayList<>(words.subList(0, k));
        String after = String.join(" ", words.subList(k, words.size()));
        List<String> trailing = new ArrayList<>();
        for (String column : shape.trailing()) {
            Matcher m = switch (column) {
                case "Margin of error" -> MARGIN.matcher(after);
                case "Sample size" -> SAMPLE.matcher(after);
                default -> null;
            };
            if (m == null) {
                trailing.add(after.equals("--") || after.equals("-") ? "" : after); // the sponsor: the rest
                after = "";
            } else if (m.find()) {
                trailing.add(m.group().equals("--") ? "" : m.group());
                after = after.substring(m.end()).strip();
            } else {
                trailing.add("");
            }
        }
        if (!after.isEmpty()) {
            return Parsed.failed("'" + after + "' after its figures is none of its columns");
        }
        return new Parsed(cells, figures, trailing, null);
    }

    /**
     * A row's cells under {@code header}. One that does not split (no date where the header has one, a figure too many
     * or too few) is kept for the reader to refuse, its last figures under the last options; one the copy ends inside
     * ({@code last}, a figure short) is marked cut.
     */
    private static Row row(List<String> words, Parsed parsed, Header header, boolean last) {
        int options = header.options().size();
        String why = parsed.why();
        if (why == null && parsed.figures().size() == options) {
            List<String> cells = new ArrayList<>(parsed.cells());
            while (cells.size() < header.leading()) {
                cells.add(""); // no date column: no sample or margin either
            }
            // "--", as Ballotpedia prints a figure not asked, is the dash the table reader knows as one
            parsed.figures().forEach(f -> cells.add(NOT_ASKED.matcher(f).matches() ? "–" : f));
            cells.addAll(parsed.after());
            return new Row(cells, null, null);
        }
        int trailing = trailingFigures(words);
        if (!header.date() && parsed.figures().size() > options) {
            return fitted(words, null, header, null, null); // "Channel 13 30 18 ...": the firm's number is no figure
        }
        if (why != null && trailing == options) {
            // No date: an average's line ("Average of 25 Polls† 48.4% 47.2% -"), which the reader leaves out, or a
            // poll's, which it refuses for its missing date; either way its last figures are the options'.
            return fitted(words, null, header, null, null);
        }
        if (why == null) {
            why = parsed.figures().size() + " figures for the header's " + options + " options";
        }
        if (trailing < options && last) {
            // The copy was saved part-way, inside this row ("Fox News 9/11 - 9/14 867 LV 45 46", purepolling's last
            // line, before its lead): no poll, said so, as a Markdown copy's cut row is.
            return fitted(words, null, header, null, trailing + " of " + options);
        }
        return fitted(
                words,
                parsed.why() == null ? parsed : null,
                header,
                "the row's words ('" + String.join(" ", words) + "') do not split into the header's " + header.width()
                        + " columns: " + why + "; the copy keeps no empty cell, so which figure is under which"
                        + " option cannot be told",
                null);
    }

    /**
     * A row's last figures under the last options, the cells between blank; before them the firm, date and sample as
     * {@code parsed} read them, or (null) the row's other words in the firm's cell.
     */
    private static Row fitted(List<String> words, Parsed parsed, Header header, String unsplit, String cut) {
        int figures = Math.min(trailingFigures(words), header.options().size());
        int end = words.size();
        List<String> tail = new ArrayList<>();
        if (figures > 0 && header.lastIsLead() && namedLeadAt(words, end)) {
            tail.add(words.get(end - 2) + " " + words.get(end - 1));
            end -= 2;
            figures--;
        }
        tail.addAll(0, words.subList(end - figures, end));
        List<String> cells = new ArrayList<>();
        if (parsed != null) {
            cells.addAll(parsed.cells());
        } else {
            cells.add(String.join(" ", words.subList(0, end - figures)));
        }
        while (cells.size() < header.width() - tail.size()) {
            cells.add("");
        }
        cells.addAll(tail);
        return new Row(cells, unsplit, cut);
    }

    private static void row(StringBuilder html, List<String> cells, int line, String tag, String attributes) {
        html.append("<tr ")
                .append(attributes)
                .append(PageMarkup.SOURCE_LINE)
                .append("=\"")
                .append(line)
                .append("\">");
        for (String cell : cells) {
            html.append('<')
                    .append(tag)
                    .append('>')
                    .append(PageMarkup.escape(cell))
                    .append("</")
                    .append(tag)
                    .append('>');
        }
        html.append("</tr>\n");
    }
}
