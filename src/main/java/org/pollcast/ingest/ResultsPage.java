package org.pollcast.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntUnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One page of a firm's results tables, from its column labels to its foot, read into its questions: each heading
 * with the rows of figures under it, and the total of each row. The text may keep the table's lines or run the
 * page into one line (a viewer's copy), so rows are found by their figures, not by line breaks: a row is a label
 * (words) and then its figures. Between two rows stands whatever is not a row: a section heading ({@code HOLYROOD
 * HEADLINE VOTING INTENTION}), a question's heading ({@code Scottish Regional Vote}), the earlier polls' column
 * labels ({@code Nov Mar '20 '21}), the question's base in brackets ({@code [Weighted by likelihood to vote, ...]}).
 * A row's own label is what follows the last of these.
 *
 * <p>A row's figures are the firm's earlier polls of the question (a column per earlier survey), then the total, then
 * the crossbreaks: the total stands under the weighted sample's first number, so it is counted back from the row's
 * end.
 */
final class ResultsPage {
    /** The most earlier-poll columns a row may carry before its total; more means two rows' figures ran together. */
    static final int MAX_TREND_COLUMNS = 4;

    /**
     * A row: its label (words that are not figures, starting a word), then its figures: percentages of up to three
     * digits ("2019" is a label's year, as in "Vote in 2019 GE"), "-" (not asked) or "*" (under 0.5).
     */
    private static final Pattern ROW = Pattern.compile(
            "(?<!\\S)((?:[^\\s\\d*\u2013-]\\S*\\s+)+?)((?:(?:\\d{1,3}(?:\\.\\d+)?|[-\u2013*])(?:\\s+|$))+)");

    /** A heading's round: "- Round 1", "- Second round"; any other words after a dash, before a base, qualify it. */
    private static final String ROUND = "Round\\s+\\d|First round|Second round|Run-?off";

    private static final String NOT_A_FIGURE = "(?!\\s*(?:\\d{1,3}(?:\\.\\d+)?|[-\u2013*])(?:\\s|$))";
    /**
     * A question's heading: title-case words ending "Voting Intention", "VI", "Vote" or "Non Voters", perhaps a
     * round, and no figure straight after it (a row labelled "Would Not Vote" is followed by its figures).
     */
    private static final Pattern QUESTION =
            Pattern.compile("(?<![\\p{L}\\p{N}'\u2019-])((?:[A-Z][a-z'\u2019-]*\\s+){0,5}?"
                    + "(?:Voting Intention|VI|Vote|Non[- ]?Voters))\\b(?:\\s*[-\u2013]\\s*(" + ROUND
                    + "|(?:[A-Z][\\w'\u2019-]*\\s+){0,3}[A-Z][\\w'\u2019-]*(?=\\s*\\[)))?" + NOT_A_FIGURE);
    /** A section heading in capitals: "HOLYROOD HEADLINE VOTING INTENTION", "WESTMINSTER HEADLINE VOTING INTENTION:". */
    private static final Pattern SECTION =
            Pattern.compile("(?<![\\p{L}'\u2019-])((?:[A-Z][A-Z'\u2019-]+\\s+){0,4}VOTING\\s+INTENTION)\\b:?");

    private static final Pattern LOWER_THEN_CAPITAL = Pattern.compile("(?<=\\s)\\p{Ll}\\S*\\s+(?=\\p{Lu})");

    /** A row: its own label, its total as printed, where it sits; or the problem that kept its total unplaced. */
    record Row(String label, String total, Location at, Problem problem) {}

    /** A question of the page: its heading, where it stands, whether a base in brackets follows it, its rows. */
    record Question(QuestionHeading heading, Location at, boolean hasBase, List<Row> rows) {
        Question {
            rows = List.copyOf(rows);
        }
    }

    /** What stands between two rows: a section heading, a question's heading, its base, a question mark. */
    private enum MarkKind {
        SECTION,
        QUESTION,
        /** A base in brackets, "[...]", or its closing bracket alone when a copy lost the opening one. */
        BASE,
        /** An opening bracket whose base a copy lost the end of: the words after it run into the first row. */
        OPEN,
        QUESTION_MARK
    }

    private record Mark(int start, int end, MarkKind kind, String text, String round) {}

    /** A question being read: its heading and place, whether a base follows it, its rows so far. */
    private record Open(QuestionHeading heading, Location at, boolean[] hasBase, List<Row> rows) {}

    private ResultsPage() {}

    /**
     * The questions of {@code page} (the text of one page, flattened: single spaces) after its sample rows, from
     * {@code from}; {@code columns} is the weighted sample row's count of numbers; {@code lineAt} gives the source
     * line of a character of the page.
     */
    static List<Question> read(String source, String page, int from, int columns, IntUnaryOperator lineAt) {
        List<Mark> marks = marks(page, from);
        // Rows are found with the marks blanked out: a heading's "- Round 1" or a base's "(16+)" is no row's figure.
        char[] masked = page.toCharArray();
        for (Mark m : marks) {
            if (m.kind() != MarkKind.OPEN) {
                Arrays.fill(masked, m.start(), m.end(), ' ');
            }
        }
        List<Open> questions = new ArrayList<>();
        String[] section = {""};
        int next = 0; // the next mark to read
        int gapStart = from;
        Matcher row = ROW.matcher(new String(masked));
        row.region(from, page.length());
        while (row.find()) {
            int figuresStart = row.start(2);
            int cut = gapStart;
            boolean named = false;
            Mark last = null;
            for (; next < marks.size() && marks.get(next).start() < figuresStart; next++) {
                last = marks.get(next);
                named |= mark(last, named, section, lineAt, questions);
                cut = Math.max(cut, last.kind() == MarkKind.OPEN ? last.start() : last.end());
            }
            if (last != null && last.kind() == MarkKind.SECTION) {
                // Rows straight under a section heading, with no question's heading between: the section is their
                // heading, so that they are not read as the question above's.
                questions.add(new Open(
                        new QuestionHeading(last.text(), null, last.text()),
                        Location.line(lineAt.applyAsInt(last.start())),
                        new boolean[1],
                        new ArrayList<>()));
            }
            int labelFrom = Math.max(cut, row.start(1));
            gapStart = row.end();
            if (questions.isEmpty()) {
                continue; // the earlier polls' column labels above the first question ("March- Nov 1 April")
            }
            String label = ownLabel(page.substring(labelFrom, figuresStart));
            int labelAt = label.isEmpty() ? labelFrom : Math.max(labelFrom, page.indexOf(label, labelFrom));
            questions
                    .get(questions.size() - 1)
                    .rows()
                    .add(row(
                            source,
                            label,
                            row.group(2).trim().split("\\s+"),
                            columns,
                            Location.line(lineAt.applyAsInt(labelAt))));
        }
        // Headings after the last row: a question with its base and no row under it is a table cut short (refused
        // by the reader); one with neither is a crossbreak's label at the page's foot ("VI : Westminster").
        boolean named = false;
        for (; next < marks.size(); next++) {
            named |= mark(marks.get(next), named, section, lineAt, questions);
        }
        return questions.stream()
                .map(q -> new Question(q.heading(), q.at(), q.hasBase()[0], q.rows()))
                .toList();
    }

    /**
     * Reads one mark between two rows: a section heading is the section of the questions below it; a question's
     * heading opens a question; a base (or a question mark) that no heading in the same gap stands over opens a
     * question the reader does not know, whose rows are not another's. Returns whether the mark named a question.
     */
    private static boolean mark(
            Mark m, boolean namedInGap, String[] section, IntUnaryOperator lineAt, List<Open> questions) {
        Location at = Location.line(lineAt.applyAsInt(m.start()));
        switch (m.kind()) {
            case SECTION -> section[0] = m.text();
            case QUESTION -> {
                questions.add(new Open(
                        new QuestionHeading(m.text(), m.round(), section[0]), at, new boolean[1], new ArrayList<>()));
                return true;
            }
            default -> {
                if (namedInGap) {
                    questions.get(questions.size() - 1).hasBase()[0] = true;
                } else {
                    questions.add(new Open(
                            new QuestionHeading("", null, section[0]), at, new boolean[] {true}, new ArrayList<>()));
                }
            }
        }
        return false;
    }

    /** The marks of the page from {@code from}, in order; none inside a base in brackets. */
    private static List<Mark> marks(String page, int from) {
        List<Mark> marks = new ArrayList<>();
        for (int i = from; i < page.length(); i++) {
            char c = page.charAt(i);
            if (c == '[') {
                int close = page.indexOf(']', i);
                int reopen = page.indexOf('[', i + 1);
                if (close >= 0 && (reopen < 0 || close < reopen)) {
                    marks.add(new Mark(i, close + 1, MarkKind.BASE, page.substring(i, close + 1), null));
                    i = close;
                } else {
                    marks.add(new Mark(i, i + 1, MarkKind.OPEN, "[", null));
                }
            } else if (c == ']') {
                marks.add(new Mark(i, i + 1, MarkKind.BASE, "]", null));
            } else if (c == '?') {
                marks.add(new Mark(i, i + 1, MarkKind.QUESTION_MARK, "?", null));
            }
        }
        List<Mark> inBrackets = List.copyOf(marks);
        Matcher s = SECTION.matcher(page);
        s.region(from, page.length());
        while (s.find()) {
            if (!inside(s.start(), inBrackets)) {
                marks.add(new Mark(
                        s.start(), s.end(), MarkKind.SECTION, s.group(1).replaceAll("\\s+", " "), null));
            }
        }
        Matcher q = QUESTION.matcher(page);
        q.region(from, page.length());
        q.useTransparentBounds(true);
        while (q.find()) {
            if (!inside(q.start(), inBrackets)) {
                String title = q.group(1).replaceAll("\\s+", " ");
                String round = q.group(2);
                if (round != null && !round.matches("(?i)" + ROUND)) {
                    title = title + " - " + round.replaceAll("\\s+", " "); // "- Second Preference": no round
                    round = null;
                }
                marks.add(new Mark(q.start(), q.end(), MarkKind.QUESTION, title, round));
            }
        }
        marks.sort(Comparator.comparingInt(Mark::start));
        return marks;
    }

    private static boolean inside(int at, List<Mark> brackets) {
        return brackets.stream().anyMatch(b -> b.kind() == MarkKind.BASE && b.start() < at && at < b.end());
    }

    /**
     * The row's own label from the words before its figures that follow every heading: the words after a base in
     * brackets that a copy lost the end of ("[Weighted by ... or refused to Con", the closing "answer]" gone) are the
     * label from the last capitalised word after a lower-case one ("Con", "Lib Dem", "Some other candidate").
     */
    private static String ownLabel(String words) {
        String w = words.trim();
        int open = w.lastIndexOf('[');
        if (open >= 0 && w.indexOf(']', open) < 0) {
            Matcher m = LOWER_THEN_CAPITAL.matcher(w);
            int start = -1;
            while (m.find()) {
                start = m.end();
            }
            return start < open ? "" : w.substring(start).trim();
        }
        return w;
    }

    /** A row's total: its figures counted back from the end by the weighted sample's columns. */
    private static Row row(String source, String label, String[] figures, int columns, Location at) {
        if (label.isEmpty()) {
            return new Row(
                    label,
                    null,
                    at,
                    new Problem(
                            source,
                            at,
                            "label",
                            "a row of " + figures.length + " figures has no label the reader can tell from the"
                                    + " question's heading or base above it"));
        }
        int trend = figures.length - columns;
        if (trend < 0 || trend > MAX_TREND_COLUMNS) {
            return new Row(
                    label,
                    null,
                    at,
                    new Problem(
                            source,
                            at,
                            label,
                            "'" + label + "' has " + figures.length + " figures where the weighted sample has "
                                    + columns + " columns"
                                    + (trend < 0
                                            ? ": fewer than the table's columns, so its total cannot be placed (a row"
                                                    + " cut short)"
                                            : " and at most " + MAX_TREND_COLUMNS + " earlier polls' columns may"
                                                    + " come before them: two rows' figures ran together (a row's"
                                                    + " label is missing)")));
        }
        return new Row(label, figures[trend], at, null);
    }
}
