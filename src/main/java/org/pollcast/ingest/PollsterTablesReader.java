package org.pollcast.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pollcast.BadInputException;
import org.pollcast.election.Scope;

/**
 * A pollster's own results tables, as text: what a PDF-to-text tool or a copy out of the PDF gives of the tables a
 * firm publishes for each survey, in YouGov's layout:
 *
 * <pre>
 * YouGov / The Times Survey Results
 * Sample Size: 1144 Adults in Scotland (16+)
 * Fieldwork: 2nd - 4th May 2021
 * ...                       16-20 Apr   2-4 May   (column labels)
 * Weighted Sample                       1144  187  172 ...
 * Unweighted Sample                     1144  194  175 ...
 * HOLYROOD HEADLINE VOTING INTENTION
 * Constituency Voting Intention [Weighted by likelihood to vote, ...]
 * Con                       21          20    81    4 ...
 * </pre>
 *
 * Each page runs from its "Survey Results" title to its foot (the copyright line); the first is the first with a
 * weighted sample row (a document site or viewer may repeat the title in words of its own above it). Every page is
 * read, each into its questions ({@link ResultsPage}): a question met again on a later page is that page's
 * crossbreaks of it and is passed over, and a question first met on a later page (the regional vote, when the first
 * page is full) is read there. Each voting-intention question is one poll, its scope and contest from its heading and
 * the section above it ({@link QuestionHeading}); a breakdown of a poll's Other goes with that poll ({@link
 * OtherBreakdown}), to be read into it once the election is known ({@link SurveyPolls}). Line breaks are not relied
 * on: a copy out of a PDF may run a page into one line.
 */
final class PollsterTablesReader {
    /** The most characters read: a survey's tables are a few hundred kilobytes of text at most. */
    private static final int MAX_CHARS = 8 << 20;
    /** The most pages of a PDF read: the voting-intention questions come first, in a survey's first pages. */
    static final int MAX_PDF_PAGES = 40;

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
    /** The weighted sample row ("Weighted Sample", "Weighted sample"): its count of numbers is the table's columns. */
    private static final Pattern WEIGHTED_SAMPLE = Pattern.compile("(?<!Un)(?i:Weighted Sample)((?:\\s+\\d[\\d,]*)+)");

    private static final Pattern UNWEIGHTED_SAMPLE = Pattern.compile("(?i:Unweighted Sample)((?:\\s+\\d[\\d,]*)+)");

    /** A page's foot after its last row: the site's address and the page's number ("1 www.yougov.com"). */
    private static final Pattern SITE = Pattern.compile("\\s*www\\.yougov\\.\\S*\\s*$");

    private static final Pattern PAGE_NUMBER = Pattern.compile("\\s\\d{1,3}\\s*$");
    private static final Pattern OTHER = Pattern.compile("(?i)(some\\s+)?other(\\s+(candidate|party))?s?");
    /**
     * The don't-knows, alone or with those who would not say, as one figure ("Don’t Know/Refused", "Don't know or
     * refused", 1 News's lists): read as an option, the poll was refused for an unknown party "Don’t Know/Refused".
     */
    private static final Pattern DONT_KNOW = Pattern.compile(
            "(?i)(don.?t\\s+know|undecided|unsure)(\\s*(/|,|\\bor\\b|\\band\\b)\\s*(refused|would\\s+not\\s+say|no\\s+answer))?");

    /** "Abstain" too, as theinsiderstories.com lists Indikator's 2018 poll ("Abstain : 1 percent"). */
    private static final Pattern NOT_AN_OPTION =
            Pattern.compile("(?i)(refused|none|abstain|abstention|will\\s+abstain)");

    /** A label of those naming no option: a refusal, none, or those who will not vote ({@link Columns#wouldNotVote}). */
    private static boolean notAnOption(String label) {
        return NOT_AN_OPTION.matcher(label).matches() || Columns.wouldNotVote(label);
    }

    /**
     * A survey's polls as read: one per voting-intention question, in the order of the tables; each breakdown of a
     * poll's Other, to be read into it; and breakdowns that break down no poll, left out.
     */
    record Survey(List<RawPoll> polls, List<OtherBreakdown> breakdowns, List<SkippedTable> skipped) {
        Survey {
            polls = List.copyOf(polls);
            breakdowns = List.copyOf(breakdowns);
            skipped = List.copyOf(skipped);
        }
    }

    /** A question, with the page it was first met on. */
    private record PageQuestion(int page, ResultsPage.Question question) {}

    private PollsterTablesReader() {}

    /** Whether {@code head} (a document's first characters) looks like a pollster's results tables. */
    static boolean looksLike(String head) {
        String h = head.toLowerCase(Locale.ROOT);
        int title = h.indexOf("survey results");
        // The title comes first: a poll CSV whose notes quote a firm's "Sample Size:" is still a CSV.
        return title >= 0 && title < h.indexOf("sample size:") && title < h.indexOf("fieldwork:");
    }

    /** The survey's polls, one per voting-intention question; problems say what is missing. */
    static Survey read(SourceDocument doc) {
        FlatText text = FlatText.of(doc.isPdf() ? PdfText.firstPages(doc, MAX_PDF_PAGES) : doc.text(MAX_CHARS));
        String s = text.flat();
        List<Integer> titles = new ArrayList<>();
        Matcher title = SURVEY_RESULTS.matcher(s);
        while (title.find()) {
            titles.add(title.start());
        }
        if (titles.isEmpty()) {
            throw new BadInputException(doc.name() + ": no 'Survey Results' title: not a pollster's results tables");
        }
        Matcher weighted = WEIGHTED_SAMPLE.matcher(s);
        int first = 0;
        if (weighted.find()) {
            while (first + 1 < titles.size() && titles.get(first + 1) < weighted.start()) {
                first++;
            }
        }
        int firstStart = titles.get(first);
        Location top = Location.line(text.lineAt(firstStart));
        String firstPage = page(s, titles, first);
        if (!WEIGHTED_SAMPLE.matcher(firstPage).find()) {
            throw new BadInputException(doc.name() + ":" + top.line()
                    + ": no 'Weighted Sample' row on the first page: without it the total column cannot be told from"
                    + " the crossbreaks");
        }
        Map<String, RawPoll.RawField> fields = surveyFields(text, firstStart, firstPage);

        List<PageQuestion> questions = new ArrayList<>();
        for (int p = first; p < titles.size(); p++) {
            String page = page(s, titles, p);
            int pageStart = titles.get(p);
            int pageNo = p;
            Matcher sample = WEIGHTED_SAMPLE.matcher(page);
            if (!sample.find()) {
                continue; // no table on it: a site's words after the last page ("Transcript of ... Survey Results")
            }
            int columns = sample.group(1).trim().split("\\s+").length;
            int from = sample.end();
            Matcher unweighted = UNWEIGHTED_SAMPLE.matcher(page);
            if (unweighted.find(sample.end())) {
                from = unweighted.end();
            }
            for (ResultsPage.Question q :
                    ResultsPage.read(doc.name(), page, from, columns, i -> text.lineAt(pageStart + i))) {
                boolean again = questions.stream()
                        .anyMatch(k ->
                                k.page() != pageNo && k.question().heading().sameQuestion(q.heading()));
                if (!again) {
                    questions.add(new PageQuestion(p, q));
                }
            }
        }
        return survey(doc.name(), top, fields, questions);
    }

    /**
     * Page {@code p}: from its title to the next, or to its copyright line, whose page number and site address in
     * front of it are no figures of the last row.
     */
    private static String page(String s, List<Integer> titles, int p) {
        int start = titles.get(p);
        int end = p + 1 < titles.size() ? titles.get(p + 1) : s.length();
        int copyright = s.indexOf('\u00a9', start);
        if (copyright >= 0 && copyright < end) {
            String page = s.substring(start, copyright);
            return PAGE_NUMBER.matcher(SITE.matcher(page).replaceFirst(" ")).replaceFirst(" ");
        }
        return s.substring(start, end);
    }

    /** The firm and client from the title line; the sample and the fieldwork dates from the first page. */
    private static Map<String, RawPoll.RawField> surveyFields(FlatText text, int titleStart, String page) {
        Location top = Location.line(text.lineAt(titleStart));
        Map<String, RawPoll.RawField> fields = new LinkedHashMap<>();
        String[] firm = firmAndClient(text.lineBefore(titleStart));
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
                            Location.line(text.lineAt(titleStart + sample.start()))));
        }
        Matcher fieldwork = FIELDWORK.matcher(page);
        if (fieldwork.find()) {
            DateCell.apply(
                    fieldwork.group(1).trim(),
                    "Fieldwork",
                    Location.line(text.lineAt(titleStart + fieldwork.start())),
                    null,
                    fields);
        }
        return fields;
    }

    /**
     * The survey's polls from its questions, in order: each voting-intention question a poll, each breakdown of Other
     * kept for the poll above it on its page. A question that names no ballot is the constituency vote when the survey
     * asks a list question of the same body (YouGov's Scottish tables ask "Holyrood Voting Intention" beside "Scottish
     * Regional Vote"), else of the contest's default scope.
     */
    private static Survey survey(
            String source, Location top, Map<String, RawPoll.RawField> fields, List<PageQuestion> questions) {
        boolean listAsked = questions.stream()
                .map(q -> q.question().heading())
                .anyMatch(h -> h.kind() == QuestionHeading.Kind.POLL && h.scope() == Scope.LIST);
        List<RawPoll> polls = new ArrayList<>();
        List<OtherBreakdown> breakdowns = new ArrayList<>();
        List<SkippedTable> skipped = new ArrayList<>();
        int lastPoll = -1;
        int lastPollPage = -1;
        for (PageQuestion pq : questions) {
            ResultsPage.Question q = pq.question();
            QuestionHeading h = q.heading();
            if (q.rows().isEmpty() && !q.hasBase()) {
                continue; // a heading with neither base nor rows: a crossbreak's label ("VI : Westminster")
            }
            switch (h.kind()) {
                case NOT_A_POLL -> {}
                case POLL -> {
                    Scope scope = h.scope();
                    if (scope == null && listAsked && !h.mayoral()) {
                        scope = Scope.CONSTITUENCY;
                    }
                    polls.add(question(source, q, scope, fields));
                    lastPoll = polls.size() - 1;
                    lastPollPage = pq.page();
                }
                case OTHER_BREAKDOWN -> {
                    if (lastPoll < 0 || lastPollPage != pq.page()) {
                        skipped.add(new SkippedTable(
                                q.at().line(),
                                "line " + q.at().line() + ": '" + h.text() + "'",
                                "it breaks down an Other, and no voting-intention question stands above it on its"
                                        + " page"));
                        continue;
                    }
                    breakdowns.add(breakdown(source, lastPoll, q));
                }
            }
        }
        if (polls.isEmpty()) {
            throw new BadInputException(source + ":" + top.line()
                    + ": no voting-intention question in the tables (a heading such as 'Mayoral Voting Intention"
                    + " - Round 1 [...]' or 'Constituency Voting Intention [...]')");
        }
        return new Survey(polls, breakdowns, skipped);
    }

    /** One question's poll: its rows' totals as shares, the firm's fields, its scope and contest from its heading. */
    private static RawPoll question(
            String source, ResultsPage.Question q, Scope scope, Map<String, RawPoll.RawField> firm) {
        QuestionHeading heading = q.heading();
        Location at = q.at();
        Map<String, RawPoll.RawField> fields =
                questionFields(firm, heading.text() + " (total column)", scope, heading, "question", at);
        List<RawShare> shares = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        List<String> header = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        surveyCells(firm, scope, "sample_size", header, cells);
        for (ResultsPage.Row row : q.rows()) {
            if (row.problem() != null) {
                problems.add(row.problem());
                continue;
            }
            String label = row.label();
            header.add(label);
            cells.add(row.total());
            option(label, row.total().equals("-") ? "" : row.total(), row.at(), optionName(label), fields, shares);
        }
        if (q.rows().isEmpty()) {
            problems.add(
                    new Problem(source, at, "question", "'" + heading.text() + "' has no rows of figures under it"));
        }
        SourceRows rows = new SourceRows(header, List.of(new SourceRows.Row(at, cells)));
        return new RawPoll(at, fields, shares, rows, problems);
    }

    /** A question's fields: the survey's, with its note, and the scope and contest its heading names. */
    static Map<String, RawPoll.RawField> questionFields(
            Map<String, RawPoll.RawField> survey,
            String note,
            Scope scope,
            QuestionHeading heading,
            String column,
            Location at) {
        Map<String, RawPoll.RawField> fields = new LinkedHashMap<>(survey);
        fields.put("notes", new RawPoll.RawField(note, column, at));
        if (scope != null) {
            fields.put("scope", new RawPoll.RawField(scope.code(), column, at));
        }
        String contest = heading.contestWords();
        if (contest != null) {
            fields.put(ContestWords.FIELD, new RawPoll.RawField(contest, column, at));
        }
        return fields;
    }

    /** The survey's own cells of a question's source row (for the rejects file): firm, client, dates, one more, scope. */
    static void surveyCells(
            Map<String, RawPoll.RawField> survey, Scope scope, String more, List<String> header, List<String> cells) {
        header.addAll(List.of("pollster", "client", "fieldwork", more, "scope"));
        cells.addAll(List.of(
                value(survey, "pollster"),
                value(survey, "client"),
                value(survey, "fieldwork_start") + " - " + value(survey, "fieldwork_end"),
                value(survey, more),
                scope == null ? "" : scope.code()));
    }

    /**
     * One labelled figure of a question: the don't-knows, nothing (would not vote, refused: outside the base), or the
     * share of the option {@code name}.
     */
    static void option(
            String label,
            String figure,
            Location at,
            String name,
            Map<String, RawPoll.RawField> fields,
            List<RawShare> shares) {
        // A list's don't-know lines in the vocabulary of poll files too ("En Blanco", "No sabe", "Indecisos": an
        // Argentine release's run-off scenarios), summed when a list gives two (blank 15.7, don't know 12).
        if (DONT_KNOW.matcher(label).matches()
                || "dont_know".equals(Columns.field(label).orElse(null))) {
            fields.merge("dont_know", new RawPoll.RawField(figure, label, at), PollShares::together);
        } else if (!notAnOption(label)) {
            shares.add(new RawShare(name, figure, label, at));
        }
    }

    /** A breakdown of the Other of poll {@code poll}: its rows' totals as parts. */
    private static OtherBreakdown breakdown(String source, int poll, ResultsPage.Question q) {
        List<RawShare> parts = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (ResultsPage.Row row : q.rows()) {
            if (row.problem() != null) {
                problems.add(row.problem());
            } else if (!DONT_KNOW.matcher(row.label()).matches() && !notAnOption(row.label())) {
                parts.add(new RawShare(optionName(row.label()), row.total(), row.label(), row.at()));
            }
        }
        if (q.rows().isEmpty()) {
            problems.add(new Problem(
                    source, q.at(), "question", "'" + q.heading().text() + "' has no rows of figures under it"));
        }
        return new OtherBreakdown(poll, q.heading(), q.at(), parts, problems);
    }

    /** "Some other candidate", "Other party" are Others; any other label is an option's name as printed. */
    static String optionName(String label) {
        return OTHER.matcher(label).matches() ? "Others" : label;
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
        firm = String.join(" ", Arrays.copyOfRange(words, from, words.length)).trim();
        return new String[] {firm, parts.length > 1 ? parts[1].trim() : ""};
    }

    private static String value(Map<String, RawPoll.RawField> fields, String field) {
        RawPoll.RawField f = fields.get(field);
        return f == null || f.value() == null ? "" : f.value();
    }
}
