package org.pollcast.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pollcast.election.Scope;

/**
 * A poll aggregator's posts, one per question of a poll, as Europe Elects prints every European poll on its channels
 * (and as mirrors of them keep the posts, many to a page):
 *
 * <pre>
 * #Romania, Sociopol poll:
 *
 * Presidential run-off election
 *
 * Simion (AUR-ECR): 52%
 * Dan (*-RE): 48%
 *
 * +/- vs. 10-15 March 2025
 *
 * Fieldwork: 17-21 March 2025
 * Sample size: 1,003
 *
 * europeelects.eu/romania
 * </pre>
 *
 * The line under the heading names the question: a presidential (or mayoral) election's first round, or its run-off
 * ("run-off", "second round"); a post with no such line is the country's parliament, which its lines' parties
 * ({@code AUR-ECR: 32% (+9)}) say, read as a general election's question ({@link Scope#WESTMINSTER}: left out, with a
 * note, of an election that has no such contest). Other questions (a region's parliament, a seat projection) are left
 * out with a note. A candidate's line gives the surname, the party and its European group in brackets; a party's line
 * gives the group after a dash ({@code -}), a tilde ({@code ~}, close to) or an arrow ({@code →}, joining), never part
 * of its name. A change in brackets is never a figure. A mirror that prints a post twice (the message and its preview)
 * gives the same poll twice: it is read once. A post cut off before its {@code Fieldwork:} line is refused naming its
 * first figure's line. A scenario line ({@code Scenario: Georgescu is not running}) names which of a survey's
 * scenarios the post gives, each its own poll, as a table's scenario rows are. Read as a release page these posts were
 * refused at a party's line (the blind trial on Romania's 2025 election found them the stored copies of its polls).
 */
final class PollPostReader {
    /** "#Romania, Sociopol poll:", "Romania, BCS poll:": the country, the firm. */
    private static final Pattern HEADING =
            Pattern.compile("#?(?<place>\\p{Lu}[\\p{L} .()'’\\-]{1,40}?),\\s+(?<firm>\\S.{0,60}?)\\s+poll:?");

    /**
     * An option line: a name, a colon, a share, perhaps a change in brackets ("(+5)", "(new)", "(n.a.)", "(-40)").
     * The name holds no colon and starts with no digit, so no fieldwork or sample line is an option; digits inside it
     * are a name's ("MeRA25~LEFT", "Polska 2050-RE"), which a name of no digit at all dropped from the list.
     */
    static final Pattern OPTION = Pattern.compile(
            "(?<name>[^:\\d][^:]{0,79}?):\\s*(?<share><\\s?1|\\d{1,2}(?:[.,]\\d{1,2})?)\\s?%(?:\\s*\\([^()]{0,12}\\))?");

    private static final Pattern FIELDWORK = Pattern.compile("(?i)Fieldwork:\\s*(?<dates>.+)");
    private static final Pattern SAMPLE =
            Pattern.compile("(?i)Sample(?: size)?:\\s*(?<n>\\d{1,3}(?:[,.]\\d{3})+|\\d+)");
    private static final Pattern SCENARIO = Pattern.compile("(?i)Scenario:\\s*(?<what>.+)");
    private static final Pattern CHANGE_BASIS = Pattern.compile("(?i)\\+/[-–−] vs\\..*");
    /** The aggregator's link under a post ("➤ europeelects.eu/romania"): the post's end. */
    private static final Pattern LINK = Pattern.compile("(?i).*\\b[\\w-]+\\.(eu|com|org|net)/\\S*");

    /** A question of a single-winner election: the president's, a mayor's, a governor's. */
    private static final Pattern CANDIDATES =
            Pattern.compile("(?i).*\\b(presidential|president|mayoral|mayor|governor|gubernatorial)\\b.*");

    private static final Pattern RUNOFF = Pattern.compile("(?i).*\\b(run-?off|second round|2nd round|round two)\\b.*");

    /**
     * The European group after a party's name ("PSD-S&amp;D", "POT-*", "PUSL~S&amp;D", "SENS→G/EFA",
     * "Antonescu (PSD/PNL/UDMR-S&amp;D|EPP)"), groups joined by "|" where the party's lists sit in two.
     */
    private static final Pattern GROUP =
            Pattern.compile("\\s*[-~→]\\s*(?:\\*|[\\p{Lu}][\\p{L}&/]{0,9})(?:\\|(?:\\*|[\\p{Lu}][\\p{L}&/]{0,9}))*$");

    private PollPostReader() {}

    private record Line(String text, int number) {}

    /** Whether {@code text} holds such posts: a heading line, then option lines and a fieldwork line under it. */
    static boolean looksLike(String text) {
        boolean heading = false;
        boolean option = false;
        for (String raw : text.split("\\R")) {
            String t = raw.strip();
            // A heading as the aggregator writes it: "#Country, Firm poll:" (a mirror may drop the '#', never both it
            // and the colon): "London, new YouGov poll" over a release's "Labour: 45%" lines is no post.
            if (HEADING.matcher(t).matches() && (t.startsWith("#") || t.endsWith(":"))) {
                heading = true;
            } else if (heading && OPTION.matcher(t).matches()) {
                option = true;
            } else if (heading && option && FIELDWORK.matcher(t).matches()) {
                return true;
            }
        }
        return false;
    }

    /** The posts' polls, each its own survey's question. */
    static PollsterTablesReader.Survey read(SourceDocument doc) {
        String source = doc.name();
        List<Line> lines = lines(doc.text(ReleasePageReader.MAX_CHARS));
        List<RawPoll> polls = new ArrayList<>();
        List<SkippedTable> skipped = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Post post = null;
        String firm = null;
        Line firmAt = null;
        for (Line l : lines) {
            String t = l.text();
            Matcher heading = HEADING.matcher(t);
            if (heading.matches()) {
                close(source, post, polls, skipped, seen);
                firm = heading.group("firm").trim();
                firmAt = l;
                post = new Post(firm, firmAt);
                continue;
            }
            if (firm == null) {
                continue; // the page's own words above the first post
            }
            if (LINK.matcher(t).matches()) {
                close(source, post, polls, skipped, seen);
                post = new Post(firm, firmAt); // a mirror's copy of the post may follow, with no heading of its own
                continue;
            }
            if (post == null) {
                post = new Post(firm, firmAt);
            }
            Matcher option = OPTION.matcher(t);
            Matcher fieldwork = FIELDWORK.matcher(t);
            Matcher sample = SAMPLE.matcher(t);
            Matcher scenario = SCENARIO.matcher(t);
            if (fieldwork.matches()) {
                post.fieldwork = fieldwork.group("dates").trim();
                post.fieldworkAt = l;
            } else if (sample.matches()) {
                post.sample = sample.group("n").replaceAll("[,.]", "");
                post.sampleAt = l;
            } else if (option.matches()) {
                if (post.fieldwork != null) {
                    // A post's figures after its fieldwork: the next post, its heading and link not copied.
                    close(source, post, polls, skipped, seen);
                    post = new Post(firm, firmAt);
                }
                post.options.add(new Option(option.group("name").trim(), option.group("share"), l));
            } else if (CHANGE_BASIS.matcher(t).matches()) {
                continue;
            } else {
                if (post.fieldwork != null) {
                    // A question or scenario under a finished post opens the next one, its heading and link not
                    // copied: kept on the finished post, a run-off after a first round was read as the parliament's.
                    close(source, post, polls, skipped, seen);
                    post = new Post(firm, firmAt);
                }
                if (scenario.matches()) {
                    post.scenario = scenario.group("what").trim();
                } else if (post.options.isEmpty()) {
                    post.question = t;
                    post.questionAt = l;
                }
            }
        }
        close(source, post, polls, skipped, seen);
        return new PollsterTablesReader.Survey(polls, List.of(), skipped);
    }

    /** One post as read so far. */
    private static final class Post {
        final String firm;
        final Line firmAt;
        String question;
        Line questionAt;
        String scenario;
        String fieldwork;
        Line fieldworkAt;
        String sample;
        Line sampleAt;
        final List<Option> options = new ArrayList<>();

        Post(String firm, Line firmAt) {
            this.firm = firm;
            this.firmAt = firmAt;
        }
    }

    private record Option(String label, String share, Line at) {}

    /** Adds the post's poll, once; a question of no contest this reader places, and a post cut short, said so. */
    private static void close(
            String source, Post post, List<RawPoll> polls, List<SkippedTable> skipped, Set<String> seen) {
        if (post == null || post.options.isEmpty()) {
            return;
        }
        Line first = post.options.get(0).at();
        Location at = Location.line(first.number());
        String what = "line " + first.number() + ": '" + first.text() + "' ...";
        Scope scope;
        if (post.question == null) {
            scope = Scope.WESTMINSTER; // the aggregator heads only its national-parliament posts with no question
        } else if (CANDIDATES.matcher(post.question).matches()) {
            scope = RUNOFF.matcher(post.question).matches() ? Scope.RUNOFF : Scope.FIRST_PREF;
        } else {
            skipped.add(new SkippedTable(
                    first.number(),
                    what,
                    "the post's question ('" + post.question + "') is no election's this reader"
                            + " places: a presidential or mayoral election, its run-off, or the national parliament"));
            return;
        }
        StringBuilder key = new StringBuilder(
                post.firm + "|" + post.question + "|" + post.scenario + "|" + post.fieldwork + "|" + post.sample);
        post.options.forEach(o -> key.append('|').append(o.label()).append('=').append(o.share()));
        if (!seen.add(key.toString())) {
            skipped.add(new SkippedTable(
                    first.number(),
                    what,
                    "the same post printed again (a mirror's copy of the message and its" + " preview): read once"));
            return;
        }
        Map<String, RawPoll.RawField> fields = new LinkedHashMap<>();
        Location firmAt = Location.line(post.firmAt.number());
        fields.put("pollster", new RawPoll.RawField(post.firm, "post heading", firmAt));
        List<Problem> problems = new ArrayList<>();
        if (post.fieldwork == null) {
            problems.add(new Problem(
                    source,
                    at,
                    "Fieldwork",
                    "the post's figures have no 'Fieldwork:' line under them (the copy is cut"
                            + " short?): its dates are unknown"));
        } else {
            Location fwAt = Location.line(post.fieldworkAt.number());
            Optional<FieldworkDates.Range> range = FieldworkDates.parse(post.fieldwork, null);
            if (range.isEmpty()) {
                problems.add(new Problem(
                        source,
                        fwAt,
                        "Fieldwork",
                        "'" + post.fieldwork + "' is no fieldwork dates (as '17-21 March" + " 2025')"));
            } else {
                FieldworkDates.Range r = range.get();
                fields.put(
                        "fieldwork_start",
                        new RawPoll.RawField((r.start() != null ? r.start() : r.end()).toString(), "Fieldwork", fwAt));
                fields.put("fieldwork_end", new RawPoll.RawField(r.end().toString(), "Fieldwork", fwAt));
            }
        }
        if (post.sample != null) {
            fields.put(
                    "sample_size",
                    new RawPoll.RawField(post.sample, "Sample size", Location.line(post.sampleAt.number())));
        }
        String note = post.question == null
                ? "national parliament"
                : post.question + (post.scenario == null ? "" : " (scenario: " + post.scenario + ")");
        fields.put("notes", new RawPoll.RawField(note, "post", at));
        fields.put("scope", new RawPoll.RawField(scope.code(), "post", at));
        List<RawShare> shares = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("pollster", "fieldwork", "sample_size", "question"));
        List<String> cells = new ArrayList<>(List.of(
                post.firm, post.fieldwork == null ? "" : post.fieldwork, post.sample == null ? "" : post.sample, note));
        for (Option o : post.options) {
            String share = o.share().replace(',', '.');
            header.add(o.label());
            cells.add(share);
            PollsterTablesReader.option(
                    o.label(), share, Location.line(o.at().number()), optionName(o.label()), fields, shares);
        }
        SourceRows rows = new SourceRows(header, List.of(new SourceRows.Row(at, cells)));
        polls.add(new RawPoll(at, fields, shares, rows, problems));
    }

    /**
     * The option a line names: a candidate's surname without the party and group in brackets ("Simion (AUR-ECR)" is
     * Simion), a party without its European group ("PSD-S&amp;D" is PSD, "S.O.S.RO-NI" is S.O.S.RO).
     */
    static String optionName(String label) {
        String name = label.trim();
        int bracket = name.indexOf('(');
        if (bracket > 0 && name.endsWith(")")) {
            name = name.substring(0, bracket).trim();
        } else {
            name = GROUP.matcher(name).replaceFirst("").trim();
        }
        return name.toLowerCase(Locale.ROOT).matches("others?") ? "Others" : PollsterTablesReader.optionName(name);
    }

    private static List<Line> lines(String text) {
        List<Line> out = new ArrayList<>();
        String[] all = text.split("\\R", -1);
        for (int i = 0; i < all.length; i++) {
            String t = all[i].replace('\u00a0', ' ').strip();
            if (!t.isEmpty()) {
                out.add(new Line(t, i + 1));
            }
        }
        return out;
    }
}
