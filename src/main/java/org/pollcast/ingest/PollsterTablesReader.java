package org.pollcast.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pollcast.election.Scope;

/**
 * A pollster's own results tables, as text: what a PDF-to-text tool or a copy out of the PDF gives of the tables a
 * firm publishes for each survey, in YouGov's layout:
 *
 * <pre>
 * YouGov / QMUL Survey Results
 * Sample Size: 1192 adults in London
 * Fieldwork: 29th March - 1st April 2021
 * ...                       16-19 Nov   29 March-1 April   (column labels)
 * Weighted Sample                       1192  201  378 ...
 * Unweighted Sample                     1192  192  429 ...
 * Mayoral Voting Intention - Round 1 [Weighted by likelihood to vote ...]
 * Shaun Bailey              30          26    100    0 ...
 * </pre>
 *
 * Only the first page is read: it holds the headline figures, and the pages after it repeat each question by
 * crossbreak. Each question ("... Voting Intention", "- Round 1", "- Round 2") is one poll. A row's figures are the
 * firm's earlier polls (a trend column per earlier survey), then the total, then a column per crossbreak: the
 * total is the figure that stands under the weighted sample's first number, so it is found by counting the sample
 * row's numbers from the row's end. Line breaks are not relied on: a copy out of a PDF may run a page into one line.
 */
final class PollsterTablesReader {
    /** The most earlier-poll columns a row may carry before its total; more means two rows' figures ran together. */
    static final int MAX_TREND_COLUMNS = 4;
    /** The most characters read: a survey's tables are a few hundred kilobytes of text at most. */
    private static final int MAX_CHARS = 8 << 20;

    private static final Pattern SURVEY_RESULTS = Pattern.compile("Survey Results", Pattern.CASE_INSENSITIVE);
    private static final Pattern SAMPLE_SIZE =
            Pattern.compile("Sample Size:\\s*(\\d[\\d,]*)", Pattern.CASE_INSENSITIVE);
    private static final String MONTH = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?"
            + "|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    /** A word of a fieldwork date; a word ends it, so "May" is not read out of the "Mayoral" after it. */
    private static final String DATE_WORD =
            "(?:(?:\\d{1,2}(?:st|nd|rd|th)?|" + MONTH + "|\\d{4})(?![\\w-])|[-\u2013\u2014])";

    private static final Pattern FIELDWORK =
            Pattern.compile("Fieldwork:\\s*(" + DATE_WORD + "(?:\\s+" + DATE_WORD + ")*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern WEIGHTED_SAMPLE = Pattern.compile("(?<!Un)Weighted Sample((?:\\s+\\d[\\d,]*)+)");
    private static final Pattern UNWEIGHTED_SAMPLE = Pattern.compile("Unweighted Sample((?:\\s+\\d[\\d,]*)+)");
    /** A question: title-case words ending "Voting Intention" (or "VI"), a round, then the base in brackets. */
    private static final Pattern QUESTION = Pattern.compile(
            "((?:[A-Z][a-z'\u2019-]*\\s+){0,4}(?:Voting Intention|VI))(?:\\s*[-\u2013]\\s*(Round\\s+\\d|First round"
                    + "|Second round|Run-?off))?\\s*\\[[^\\]]{0,400}\\]");
    /** A row: its label (words that are not figures), then its figures: numbers, "-" (not asked) or "*" (under 0.5). */
    private static final Pattern ROW =
            Pattern.compile("((?:[^\\s\\d*\u2013-][^\\s]*\\s+)+?)((?:(?:\\d+(?:\\.\\d+)?|[-\u2013*])(?:\\s+|$))+)");

    private static final Pattern PAGE_NUMBER = Pattern.compile("\\s\\d{1,3}\\s*$");
    private static final Pattern OTHER = Pattern.compile("(?i)(some\\s+)?other(\\s+(candidate|party))?s?");
    private static final Pattern DONT_KNOW = Pattern.compile("(?i)don.?t\\s+know");
    private static final Pattern NOT_AN_OPTION = Pattern.compile("(?i)(would\\s+not\\s+vote|refused|none)");

    private PollsterTablesReader() {}

    /** Whether {@code head} (a document's first characters) looks like a pollster's results tables. */
    static boolean looksLike(String head) {
        String h = head.toLowerCase(Locale.ROOT);
        int title = h.indexOf("survey results");
        // The title comes first: a poll CSV whose notes quote a firm's "Sample Size:" is still a CSV.
        return title >= 0 && title < h.indexOf("sample size:") && title < h.indexOf("fieldwork:");
    }

    /** The polls of the document's first page, one per voting-intention question; problems say what is missing. */
    static RawPolls read(SourceDocument doc) {
        // A PDF's first two pages: the first holds the headline questions, and the second's title ends the first.
        Text text = Text.of(doc.isPdf() ? PdfText.firstPages(doc, 2) : doc.text(MAX_CHARS));
        String s = text.flat();
        Matcher title = SURVEY_RESULTS.matcher(s);
        if (!title.find()) {
            throw new org.pollcast.BadInputException(
                    doc.name() + ": no 'Survey Results' title: not a pollster's" + " results tables");
        }
        int pageStart = title.end();
        int pageEnd = s.length();
        Matcher next = SURVEY_RESULTS.matcher(s);
        if (next.find(pageStart)) {
            pageEnd = next.start();
        }
        int copyright = s.indexOf('\u00a9', pageStart);
        if (copyright >= 0 && copyright < pageEnd) {
            pageEnd = copyright;
        }
        // The page's number is printed before its copyright line: it is no figure of the last row above it.
        String page = PAGE_NUMBER.matcher(s.substring(pageStart, pageEnd)).replaceFirst(" ");
        Location top = Location.line(text.lineAt(title.start()));

        Map<String, RawPoll.RawField> fields = new LinkedHashMap<>();
        String[] firm = firmAndClient(text.lineBefore(title.start()));
        fields.put("pollster", new RawPoll.RawField(firm[0], "title", top));
        if (!firm[1].isEmpty()) {
            fields.put("client", new RawPoll.RawField(firm[1], "title", top));
        }
        Matcher sample = SAMPLE_SIZE.matcher(page);
        if (sample.find()) {
            fields.put(
                    "sample_size",
                    new RawPoll.RawField(
                            sample.group(1).replace(",", ""),
                            "Sample Size",
                            Location.line(text.lineAt(pageStart + sample.start()))));
        }
        Matcher fieldwork = FIELDWORK.matcher(page);
        if (fieldwork.find()) {
            DateCell.apply(
                    fieldwork.group(1).trim(),
                    "Fieldwork",
                    Location.line(text.lineAt(pageStart + fieldwork.start())),
                    null,
                    fields);
        }
        Matcher weighted = WEIGHTED_SAMPLE.matcher(page);
        if (!weighted.find()) {
            throw new org.pollcast.BadInputException(doc.name() + ":" + top.line()
                    + ": no 'Weighted Sample' row on the first page: without it the total column cannot be told from"
                    + " the crossbreaks");
        }
        int columns = weighted.group(1).trim().split("\\s+").length;
        int questionsFrom = weighted.end();
        Matcher unweighted = UNWEIGHTED_SAMPLE.matcher(page);
        if (unweighted.find(weighted.end())) {
            questionsFrom = unweighted.end();
        }

        List<java.util.regex.MatchResult> questions = new ArrayList<>();
        Matcher q = QUESTION.matcher(page);
        int from = questionsFrom;
        while (q.find(from)) {
            questions.add(q.toMatchResult());
            from = q.end();
        }
        if (questions.isEmpty()) {
            throw new org.pollcast.BadInputException(doc.name() + ":" + top.line()
                    + ": no voting-intention question on the first page (a heading such as 'Mayoral Voting Intention"
                    + " - Round 1 [...]')");
        }
        List<RawPoll> polls = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            int bodyEnd = i + 1 < questions.size() ? questions.get(i + 1).start() : page.length();
            int bodyStart = questions.get(i).end();
            polls.add(question(
                    doc.name(),
                    questions.get(i),
                    page.substring(bodyStart, bodyEnd),
                    pageStart + bodyStart,
                    columns,
                    fields,
                    text));
        }
        return RawPolls.of(polls);
    }

    /** One question's poll: its rows' totals as shares, the firm's fields, its scope from the heading. */
    private static RawPoll question(
            String source,
            java.util.regex.MatchResult heading,
            String body,
            int bodyStart,
            int columns,
            Map<String, RawPoll.RawField> firm,
            Text text) {
        String title = heading.group(1).trim() + (heading.group(2) == null ? "" : " - " + heading.group(2));
        Location at = Location.line(text.lineAt(bodyStart));
        Map<String, RawPoll.RawField> fields = new LinkedHashMap<>(firm);
        fields.put("notes", new RawPoll.RawField(title + " (total column)", "question", at));
        Scope scope = scopeOf(heading.group(1), heading.group(2));
        if (scope != null) {
            fields.put("scope", new RawPoll.RawField(scope.code(), "question", at));
        }
        String contest = ContestWords.inText(heading.group(1));
        if (contest != null) {
            fields.put(ContestWords.FIELD, new RawPoll.RawField(contest, "question", at));
        }
        List<RawShare> shares = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("pollster", "client", "fieldwork", "sample_size", "scope"));
        List<String> cells = new ArrayList<>(List.of(
                value(firm, "pollster"),
                value(firm, "client"),
                value(firm, "fieldwork_start") + " - " + value(firm, "fieldwork_end"),
                value(firm, "sample_size"),
                scope == null ? "" : scope.code()));
        Matcher row = ROW.matcher(body);
        while (row.find()) {
            String label = row.group(1).trim();
            String[] figures = row.group(2).trim().split("\\s+");
            Location where = Location.line(text.lineAt(bodyStart + row.start()));
            int trend = figures.length - columns;
            if (trend < 0 || trend > MAX_TREND_COLUMNS) {
                problems.add(new Problem(
                        source,
                        where,
                        label,
                        "'" + label + "' has " + figures.length + " figures where the weighted sample has " + columns
                                + " columns"
                                + (trend < 0
                                        ? ": fewer than the table's columns, so its total cannot be placed"
                                        : " and at most " + MAX_TREND_COLUMNS + " earlier polls' columns may come"
                                                + " before them: two rows' figures ran together (a row's label is"
                                                + " missing)")));
                continue;
            }
            String total = figures[trend];
            header.add(label);
            cells.add(total);
            if (DONT_KNOW.matcher(label).matches()) {
                fields.put("dont_know", new RawPoll.RawField(total, label, where));
            } else if (NOT_AN_OPTION.matcher(label).matches()) {
                continue; // outside the headline's base
            } else {
                String name = OTHER.matcher(label).matches() ? "Others" : label;
                shares.add(new RawShare(name, total.equals("-") ? "" : total, label, where));
            }
        }
        if (shares.isEmpty() && problems.isEmpty()) {
            problems.add(new Problem(source, at, "question", "'" + title + "' has no rows of figures under it"));
        }
        SourceRows rows = new SourceRows(header, List.of(new SourceRows.Row(at, cells)));
        return new RawPoll(at, fields, shares, rows, problems);
    }

    /** First preferences, the run-off, or a Westminster question's; null (the contest's default) otherwise. */
    private static Scope scopeOf(String question, String round) {
        if (ContestWords.WESTMINSTER.equals(ContestWords.inText(question))
                || question.trim().endsWith("VI")) {
            return Scope.WESTMINSTER;
        }
        if (round == null) {
            return null;
        }
        String r = round.toLowerCase(Locale.ROOT);
        return r.equals("round 1") || r.startsWith("first") ? Scope.FIRST_PREF : Scope.RUNOFF;
    }

    /**
     * The firm and its client from the words before "Survey Results": "YouGov / QMUL" is YouGov for QMUL. Words that
     * are not a name (a viewer's "Total Page:16 File Type:pdf," run in front of it) are dropped.
     */
    static String[] firmAndClient(String before) {
        String[] parts = before.trim().split("\\s*/\\s*", 2);
        String firm = parts[0];
        String[] words = firm.split("\\s+");
        int from = 0;
        for (int i = 0; i < words.length; i++) {
            if (words[i].matches(".*[:,;0-9].*")) {
                from = i + 1;
            }
        }
        firm = String.join(" ", java.util.Arrays.copyOfRange(words, from, words.length))
                .trim();
        return new String[] {firm, parts.length > 1 ? parts[1].trim() : ""};
    }

    private static String value(Map<String, RawPoll.RawField> fields, String field) {
        RawPoll.RawField f = fields.get(field);
        return f == null || f.value() == null ? "" : f.value();
    }

    /**
     * The document with its whitespace runs made single spaces, and where each character of that flat text stood:
     * messages name the line a figure came from.
     */
    record Text(String flat, int[] offsets, int[] lines, List<String> originalLines) {
        static Text of(String original) {
            StringBuilder flat = new StringBuilder(original.length());
            List<Integer> offsets = new ArrayList<>();
            List<Integer> lines = new ArrayList<>();
            List<String> originalLines = original.lines().toList();
            int line = 1;
            boolean space = true;
            for (int i = 0; i < original.length(); i++) {
                char c = original.charAt(i);
                if (c == '\n') {
                    line++;
                }
                if (Character.isWhitespace(c) || c == '\u00a0') {
                    if (!space) {
                        offsets.add(flat.length());
                        lines.add(line);
                        flat.append(' ');
                        space = true;
                    }
                    continue;
                }
                if (space) {
                    offsets.add(flat.length());
                    lines.add(line);
                }
                flat.append(c);
                space = false;
            }
            return new Text(
                    flat.toString(),
                    offsets.stream().mapToInt(Integer::intValue).toArray(),
                    lines.stream().mapToInt(Integer::intValue).toArray(),
                    originalLines);
        }

        /** The line of the original text that the flat text's character {@code at} came from. */
        int lineAt(int at) {
            int i = java.util.Arrays.binarySearch(offsets, at);
            if (i < 0) {
                i = -i - 2;
            }
            return i < 0 ? 1 : lines[i];
        }

        /** The original line's text before the flat text's character {@code at}, on that line. */
        String lineBefore(int at) {
            int line = lineAt(at);
            String whole = line - 1 < originalLines.size() ? originalLines.get(line - 1) : "";
            int cut = whole.toLowerCase(Locale.ROOT).indexOf("survey results");
            return cut >= 0 ? whole.substring(0, cut) : whole;
        }
    }
}
