package org.pollcast.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pollcast.BadInputException;
import org.pollcast.Printable;
import org.pollcast.election.Contest;
import org.pollcast.election.Election;
import org.pollcast.election.Option;
import org.pollcast.election.Scope;
import org.pollcast.election.SingleWinnerContest;
import org.pollcast.poll.Poll;
import org.pollcast.poll.RollingSample;

/**
 * Turns a {@link RawPoll} into a validated {@link Poll}, or into the list of everything wrong with it. This is
 * the single place where poll validation is put together, whatever format the poll came in; each part has its
 * own class:
 * <ul>
 * <li>{@link ElectionChoice}: the election known and consistent;
 * <li>{@link ContestChoice}: contest and scope known and consistent with it;
 * <li>{@link PollNames}: pollster and option names known (aliases applied);
 * <li>{@link PollDates}: fieldwork end not before its start, not after the election, not in the future; a
 * Westminster poll also after the election before this one;
 * <li>{@link PollShares}: shares are numbers in 0–100 and sum to what a poll may sum to, else it is partial; a
 * run-off names two options;
 * <li>here: the sample size, a positive whole number.
 * </ul>
 */
final class PollNormaliser {
    private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d{1,9}");
    /**
     * A note naming whom a printing counts, as British tables say it beside a survey printed twice ("Definite voters
     * only", "All respondents"): the turnout-filtered figures are its likely voters', the others all adults'.
     */
    private static final Pattern NOTE_LIKELY =
            Pattern.compile("(?i)^\\s*(?:(?:definite|certain|likely)(?: to vote)? voters?"
                    + "(?: only)?|certain to vote(?: only)?)(?:\\s*\\([^)]*\\))?\\s*$");

    private static final Pattern NOTE_ALL =
            Pattern.compile("(?i)^\\s*all (?:respondents|adults|voters)(?: \\(unfiltered\\))?\\s*$");
    /**
     * A sample the source gave as near as it knew: "c. 1,500" (published as "almost 1,500"), "~1,500", "about
     * 1,500", "2,000+", "7,000-" (as the Dutch tables print Peil.nl's panel: near that size), "(1000)" (Europe Elects'
     * files bracket a sample they assumed, the firm having published none). Group 1 is the number, which is read as
     * the sample.
     */
    private static final Pattern APPROXIMATE = Pattern.compile("(?i)(?:c\\.?|ca\\.?|circa|approx\\.?|approximately"
            + "|about|around|~|≈)?\\s*\\(?\\s*([\\d,]+)\\s*[+\\-–]?\\s*\\)?");
    /**
     * A sample the source gave as a range ("600–700", as the encyclopedia's Estonian tables print Turu-uuringute's
     * polls): read as its smaller figure, so the poll's standard error is never smaller than the source allows.
     * Before, the cell was "not a positive whole number" and refused the whole page.
     */
    private static final Pattern RANGE = Pattern.compile("([\\d,]+)\\s*[\\-–—]\\s*([\\d,]+)");

    /**
     * The population an American table writes after the sample, "1,350 (LV)": likely voters, registered voters,
     * adults, voters. The figure is the sample; the letters go to the poll's population. Polling sites write the
     * letters without brackets and the margin of error after them ("1,297 LV ±3.5%", "995 LV"): read the same, the
     * margin being a derived figure, as a "Margin of error" column is. Before, such a cell was refused as no number.
     */
    private static final Pattern SAMPLE_POPULATION = Pattern.compile("(?i)^(.*?\\d)\\s*(?:\\(\\s*(LV|RV|A|V)\\s*\\)"
            + "|\\b(LV|RV|A|V)\\b(?:\\s*(?:±|\\+/-)\\s*\\d+(?:\\.\\d+)?\\s*%?)?)$");

    /**
     * A rolling tracker's sample, "2,211 (1/4)": the release's whole sample, then the share of it that is new since
     * the firm's last release, as the encyclopedia's Canadian tables print it. Group 1 is the sample, groups 2 and 3
     * the share's two numbers, kept in the poll's notes ({@link RollingSample}). Before, the cell was refused as no
     * whole number and the page stored nothing.
     */
    private static final Pattern ROLLING_SHARE =
            Pattern.compile("^(.*?\\d)\\s*\\(\\s*(\\d+(?:\\.\\d+)?)\\s*/\\s*(\\d+(?:\\.\\d+)?)\\s*\\)$");

    /**
     * A population with no sample, "– (LV)" or "(LV)" alone: the encyclopedia's cell for a survey that published whom
     * it asked but not how many. Group 1 is the letters. The sample is unknown; the population still tells the
     * survey's likely voters' row from its registered voters' (before, the cell was refused as no whole number).
     */
    private static final Pattern POPULATION_ONLY = Pattern.compile("(?i)^(?:[-–—]|n/a)?\\s*\\(\\s*(LV|RV|A|V)\\s*\\)$");

    /**
     * A sample cell read once, by the one rule the sample, the population and the readers' test of a population line
     * share: {@code figure} is the sample's text without the population letters (the cell as written when it names
     * none; null when it names a population alone, "– (LV)"), {@code letters} those letters (null when none), and
     * {@code rollingNote} a rolling tracker's note where it prints the share new since the firm's last release ("2,211
     * (1/4)"; null otherwise, and for a share no tracker's window has, "(0.01/1)", whose figure is still the sample).
     */
    private record SampleCell(String figure, String letters, String rollingNote) {
        static SampleCell of(String text) {
            String cell = text.replace("\u00a0", " ").trim();
            Matcher rolling = ROLLING_SHARE.matcher(cell);
            if (rolling.matches()) {
                return new SampleCell(
                        rolling.group(1),
                        null,
                        RollingSample.share(rolling.group(2), rolling.group(3)).isPresent()
                                ? RollingSample.note(rolling.group(2), rolling.group(3), text)
                                : null);
            }
            Matcher withPopulation = SAMPLE_POPULATION.matcher(cell);
            if (withPopulation.matches()) {
                return new SampleCell(
                        withPopulation.group(1),
                        withPopulation.group(2) != null ? withPopulation.group(2) : withPopulation.group(3),
                        null);
            }
            Matcher alone = POPULATION_ONLY.matcher(cell);
            return alone.matches() ? new SampleCell(null, alone.group(1), null) : new SampleCell(text, null, null);
        }
    }

    private static final String CONTROL =
            "holds a control character (NUL or a terminal escape sequence, shown escaped here); remove it";

    record Normalised(Poll poll, Location location) {}

    private final String source;
    private final PollNames names;
    private final ElectionChoice elections;
    private final ElectionCatalog catalog;
    private final ContestChoice contests;
    private final PollDates dates;
    private final PollShares shares;
    private final SeatFigures seatFigures;
    private final Election explicitElection;
    private final List<SkippedTable> leftOut = new ArrayList<>();
    private final BaselineShares baselines;

    /**
     * Each election and contest of which this source has read a first-preference poll naming a third candidate on
     * {@value HeadToHead#OTHERS_ASKED}% or more: its two-name rows with a point or two for the others are then match-ups
     * of a field with more than two contenders, not a polarised race's polls ({@link HeadToHead#judge}).
     */
    private final Set<String> fieldPolled = new HashSet<>();

    PollNormaliser(
            String source,
            ElectionCatalog catalog,
            Election explicitElection,
            String explicitContest,
            AliasTable aliases,
            LocalDate today,
            boolean acceptNewPollsters,
            List<String> storedHouses) {
        this.source = source;
        this.names = new PollNames(source, aliases, acceptNewPollsters, storedHouses);
        this.elections = new ElectionChoice(source, catalog, explicitElection, names, today);
        names.baselines(elections::previousElection);
        this.contests = new ContestChoice(source, explicitContest, names);
        this.dates = new PollDates(source, today);
        this.shares = new PollShares(source);
        this.seatFigures = new SeatFigures(source);
        this.explicitElection = explicitElection;
        this.baselines = new BaselineShares(catalog);
        this.catalog = catalog;
    }

    /** The firms stored as written because the alias table does not know them. */
    List<String> newPollsters() {
        return names.newPollsters();
    }

    /** {@link PollNames#nearHouses}. */
    Map<String, String> nearHouses() {
        return names.nearHouses();
    }

    /** {@link PollNames#joinedSpellings}. */
    List<String> joinedSpellings() {
        return names.joinedSpellings();
    }

    /**
     * The polls left out without a fault, each with why (a hypothetical head-to-head: see {@link HeadToHead}); taken
     * once.
     */
    List<SkippedTable> takeLeftOut() {
        List<SkippedTable> out = List.copyOf(leftOut);
        leftOut.clear();
        return out;
    }

    /**
     * The cell that says a row is an average of the polls, not a poll, or null: its pollster cell, or its date cell,
     * where a table's average row spans the date and pollster columns with one word (Left Foot Forward's 2024 tracker:
     * {@code AVERAGE | 20% | 41% | ...}, a cell short of its polls' rows, the word under the dates). Read as a poll, the
     * row was refused as "'AVERAGE' is not a date" and the page's ten polls with it.
     */
    private String averageCell(RawPoll given) {
        String pollster = given.value("pollster");
        if (PollAverages.isAverage(pollster) && !names.namesAFirm(pollster)) {
            return pollster;
        }
        for (String dated : List.of("dates", "fieldwork_end", "fieldwork_start", "published")) {
            String cell = given.value(dated);
            if (PollAverages.isAverage(cell) && !cell.matches(".*\\d.*")) {
                return cell;
            }
        }
        return null;
    }

    /** Whether {@code e} elects members of the European Parliament, as its name or office says. */
    private static boolean europeanParliament(Election e) {
        String said = (e.name() + " " + (e.office() == null ? "" : e.office())).toLowerCase(java.util.Locale.ROOT);
        return said.contains("european parliament");
    }

    /**
     * The poll, or the problems; or neither, when the poll is left out with a note (see {@link #takeLeftOut}).
     */
    Optional<Normalised> normalise(RawPoll given, List<Problem> problems) {
        int before = problems.size();
        if (!given.value(CountRounds.LEFT_OUT).isEmpty()) {
            // A line its reader read as no poll of its own (an intermediate round of a pollster's count).
            leftOut.add(SkippedTable.at(given.location(), given.value(CountRounds.LEFT_OUT)));
            return Optional.empty();
        }
        String average = averageCell(given);
        if (average != null) {
            leftOut.add(SkippedTable.at(
                    given.location(),
                    "'" + average + "' is an average of polls, not a poll: stored, it would count the"
                            + " polls it averages a second time"));
            return Optional.empty();
        }
        RawPoll raw = names.withClientFromPollster(given);
        if (hasControlCharacters(raw, problems)) {
            return Optional.empty();
        }
        Election election = elections.election(raw, problems);
        if (election == null) {
            return Optional.empty();
        }
        boolean european = europeanParliament(election);
        if (ScopeWords.isOtherElectionsCode(raw.value("scope"), european)) {
            leftOut.add(SkippedTable.at(
                    raw.location(),
                    "scope '" + raw.value("scope") + "' is a poll of "
                            + (european ? "a national vote" : "the European Parliament's vote")
                            + ", not of " + election.id()));
            return Optional.empty();
        }
        Contest contest = contests.contest(raw, election, problems);
        if (contest == null) {
            return Optional.empty();
        }
        raw = SecondLines.ofContest(raw, contest);
        Scope scope = betweenTheRounds(raw, election, contest, contests.scope(raw, contest, problems));
        String pollster = names.pollster(raw, problems);
        String client = names.withPartner(
                PollNames.withBracket(PollNames.client(raw.value("client")), raw.value("pollster"), pollster),
                raw.value("pollster"),
                pollster);
        // A two-round contest's run-off polls run to its second round; every other poll to the election's day.
        LocalDate lastDay = contest instanceof SingleWinnerContest single && scope != null
                ? single.lastPollDay(scope, election.date())
                : election.date();
        PollDates.Dates when = dates.read(raw, election, lastDay, problems);
        afterPreviousElection(raw, election, scope == Scope.WESTMINSTER, when, problems);
        Integer sample = sampleSize(raw, problems);
        shareAsCitation(raw, problems);
        Double dontKnow = shares.dontKnow(raw, problems);
        OptionResolver options = names.options(election, contest);
        Map<String, Double> figures = shares.read(raw, options, problems);
        if (problems.size() > before || !given.problems().isEmpty()) {
            // A poll its reader already refused a figure of: the rest would only be refused again for summing short.
            return Optional.empty();
        }
        if (figures.isEmpty()) {
            problems.add(new Problem(source, raw.location(), null, "no shares: every option is blank"));
            return Optional.empty();
        }
        if (scope == Scope.FIRST_PREF && raw.value("scope").isEmpty()) {
            // A scope the source did not give: a poll of two names may be a match-up, no first-preference poll.
            HeadToHead.Verdict verdict = judgeHeadToHead(election, contest, figures, dontKnow);
            if (verdict instanceof HeadToHead.Verdict.LeaveOut out) {
                Location at = raw.location();
                leftOut.add(SkippedTable.at(at, out.why()));
                return Optional.empty();
            }
            if (verdict instanceof HeadToHead.Verdict.SecondRound) {
                scope = Scope.RUNOFF;
            }
        }
        String notes = emptyToNull(raw.value("notes"));
        String rollingNote = SampleCell.of(raw.value("sample_size")).rollingNote();
        if (rollingNote != null) {
            notes = join(notes, rollingNote);
        }
        String partsAdded = shares.partsAdded(raw, options);
        if (partsAdded != null) {
            notes = join(notes, partsAdded);
        }
        String passedOver = shares.passedOver(raw, options);
        if (passedOver != null) {
            notes = join(notes, passedOver);
        }
        Optional<Map<String, Double>> rebased =
                shares.rebasedExcludingDontKnow(contest, figures, dontKnow, begun(when));
        if (rebased.isPresent()) {
            notes = join(
                    notes,
                    PollShares.REBASED_NOTE + ": printed over all respondents, "
                            + PollShares.trim(dontKnow) + "% don't know included (printed "
                            + PollShares.printed(figures) + ")");
            figures = rebased.get();
        } else if (scope == Scope.FIRST_PREF) {
            Optional<Map<String, Double>> unprinted = shares.rebasedDontKnowUnprinted(
                    raw, contest, figures, dontKnow, election.answersOnly() || PollShares.completeBallot(contest));
            if (unprinted.isPresent()) {
                String cell = raw.value("dont_know").isEmpty()
                        ? "no don't-know figure, the ballot complete (ballot: complete)"
                        : "the " + raw.column("dont_know") + " cell '" + raw.value("dont_know") + "'";
                notes = join(
                        notes,
                        PollShares.REBASED_NOTE + ": every candidate standing printed, on "
                                + PollShares.trim(PollShares.sum(figures)) + " in all, and " + cell
                                + ": the rest taken as those naming no one (printed " + PollShares.printed(figures)
                                + ")");
                figures = unprinted.get();
            }
        }
        Optional<SeatFigures.Converted> seats = seatFigures.read(
                raw, election.id(), contest, figures, printedAsShares(raw, election, contest), problems);
        if (seats.isPresent()) {
            if (seats.get().shares().isEmpty()) {
                return Optional.empty();
            }
            notes = join(notes, seats.get().note());
            figures = seats.get().shares();
        }
        Optional<Map<String, Double>> pair = PollShares.runoffWithoutOther(scope, figures);
        if (pair.isPresent()) {
            notes = join(
                    notes,
                    "run-off: Other " + PollShares.trim(figures.get(Option.OTHER))
                            + "% left out, as naming neither finalist (printed " + PollShares.printed(figures) + ")");
            figures = pair.get();
        }
        if (!shares.runoffPair(raw, contest, scope, figures, problems)
                || !shares.sumAllowed(raw, contest, scope, figures, problems)) {
            return Optional.empty();
        }
        Map<String, Double> read = figures; // as stored, for the baseline's measure read only when needed
        Poll poll = new Poll(
                election.id(),
                contest.id(),
                scope,
                pollster,
                client,
                when.start(),
                when.end(),
                when.published(),
                when.precision(),
                sample,
                population(raw),
                likelyVoters(raw.value("mode")) ? null : emptyToNull(raw.value("mode")),
                figures,
                dontKnow,
                shares.partial(raw, contest, scope, figures, dontKnow, () -> wonAtBaseline(election, contest, read)),
                notes,
                citation(raw.value("citation")),
                emptyToNull(raw.value("poll_id")),
                raw.value("pollster"),
                null); // held back by a blackout only as read for a run (PollSource.read)
        if (scope == Scope.FIRST_PREF && HeadToHead.namesAThirdWhoPolls(figures)) {
            fieldPolled.add(election.id() + "\u0000" + contest.id());
        }
        return Optional.of(new Normalised(poll, raw.location()));
    }

    /**
     * The options {@code raw} prints as shares among seats ("1.3%" for a list below the threshold, in a table of seats
     * of a seat-printed table: {@link SeatFigures#BELOW_THRESHOLD_SHARE}); none in a table of shares, never read as seats.
     */
    private Set<String> printedAsShares(RawPoll raw, Election election, Contest contest) {
        if (raw.value(SeatFigures.FIELD).isEmpty()) {
            return Set.of();
        }
        OptionResolver options = names.options(election, contest);
        Set<String> out = new HashSet<>();
        for (RawShare s : raw.shares()) {
            if (SeatFigures.BELOW_THRESHOLD_SHARE.matcher(s.value().trim()).matches()) {
                options.resolve(s.name()).ifPresent(out::add);
            }
        }
        return out;
    }

    /** What the options {@code figures} leave out won at {@code election}'s baseline, where it measures them. */
    private Optional<Double> wonAtBaseline(Election election, Contest contest, Map<String, Double> figures) {
        return contest instanceof SingleWinnerContest single
                ? baselines.of(election, contest.id()).flatMap(b -> b.leftOut(single, figures.keySet()))
                : Optional.empty();
    }

    private static String join(String notes, String more) {
        return notes == null ? more : notes + "; " + more;
    }

    /**
     * Where {@code raw} would be stored: its election and contest, with the options of that contest its names
     * resolve against; empty when either cannot be told, which validation then reports.
     */
    Optional<Placement> placement(RawPoll raw) {
        List<Problem> ignored = new ArrayList<>();
        RawPoll r = names.withClientFromPollster(raw);
        // A small party the definition leaves out must not hide the election whose parties the page names: the Greek
        // trial's pages listing National Creation (1.7%) were refused as of no election without --election.
        Election election = elections.electionForSmallParties(r, ignored);
        if (election == null) {
            return Optional.empty();
        }
        Contest contest;
        try {
            contest = contests.contest(r, election, ignored);
        } catch (BadInputException undecided) {
            return Optional.empty(); // names fitting several contests: validation refuses the file, saying so
        }
        if (contest == null) {
            contest = contests.contestButForStrangers(r, election).orElse(null);
        }
        return contest == null
                ? Optional.empty()
                : Optional.of(new Placement(election, contest, names.options(election, contest)));
    }

    /**
     * A poll with no scope given, dated between a two-round contest's rounds and naming two candidates at most, is a
     * poll of the second round: only the two finalists stand then. A CSV of the finalists' polls between the rounds
     * was refused as dated after the election, its first round, until a scope column was added (Peru 2016, 2021),
     * where a page's table titled "Second round" needed none.
     */
    private Scope betweenTheRounds(RawPoll raw, Election election, Contest contest, Scope scope) {
        if (scope != Scope.FIRST_PREF
                || !raw.value("scope").isEmpty()
                || !(contest instanceof SingleWinnerContest single)
                || single.secondRound() == null) {
            return scope;
        }
        PollDates.Dates peek = dates.read(raw, election, single.secondRound(), new ArrayList<>());
        LocalDate day = peek.end() != null ? peek.end() : peek.published();
        if (day == null || !day.isAfter(election.date()) || day.isAfter(single.secondRound())) {
            return scope;
        }
        OptionResolver options = names.options(election, contest);
        long candidates = raw.shares().stream()
                .filter(sh -> !PollShares.isNotReported(sh.value()))
                .map(sh -> options.resolve(sh.name()))
                .filter(id -> id.isEmpty() || !id.get().equals(Option.OTHER))
                .count();
        return candidates <= 2 ? Scope.RUNOFF : scope;
    }

    /** A poll's election and contest, and that contest's options. */
    record Placement(Election election, Contest contest, OptionResolver options) {}

    /**
     * The options {@code raw} gives a figure, and why it is a hypothetical head-to-head where {@link #normalise} would
     * leave it out as one ({@link HeadToHead}); judged the same way, with nothing recorded. Empty when its election,
     * contest or figures cannot be read, or its source gives it a scope.
     */
    Optional<Judged> headToHead(RawPoll given) {
        Optional<Placement> placed = placement(given);
        if (placed.isEmpty()) {
            return Optional.empty();
        }
        Contest contest = placed.get().contest();
        if (!SecondLines.ofContest(given, contest).value("scope").isEmpty()) {
            return Optional.empty();
        }
        List<Problem> ignored = new ArrayList<>();
        RawPoll raw = SecondLines.ofContest(names.withClientFromPollster(given), contest);
        Election election = placed.get().election();
        try {
            if (contests.scope(raw, contest, ignored) != Scope.FIRST_PREF) {
                return Optional.empty();
            }
        } catch (BadInputException unplaced) {
            return Optional.empty(); // validation says why
        }
        Double dontKnow = shares.dontKnow(raw, ignored);
        Map<String, Double> figures = shares.read(raw, placed.get().options(), ignored);
        if (!ignored.isEmpty() || figures.isEmpty()) {
            return Optional.empty();
        }
        HeadToHead.Verdict verdict = judgeHeadToHead(election, contest, figures, dontKnow);
        return Optional.of(new Judged(
                Set.copyOf(figures.keySet()),
                verdict instanceof HeadToHead.Verdict.LeaveOut out ? Optional.of(out.why()) : Optional.empty(),
                HeadToHead.leavesItOpen(figures, dontKnow)));
    }

    /** {@link HeadToHead#judge} of a poll of this source, with what the source has read so far. */
    private HeadToHead.Verdict judgeHeadToHead(
            Election election, Contest contest, Map<String, Double> figures, Double dontKnow) {
        return HeadToHead.judge(
                election.id(),
                contest,
                figures,
                dontKnow,
                () -> baselines.of(election, contest.id()),
                fieldPolled.contains(election.id() + "\u0000" + contest.id()));
    }

    /**
     * The options a poll gives a figure, why it is a head-to-head if it is one, and whether its figures leave that
     * open ({@link HeadToHead#leavesItOpen}).
     */
    record Judged(Set<String> named, Optional<String> headToHead, boolean open) {}

    /**
     * The election {@code raw} is about and the names of its shares that are no candidate or party of that
     * election; empty when its election cannot be told (validation then says why).
     */
    Optional<Strangers> strangers(RawPoll raw) {
        Election election = elections.election(raw, new ArrayList<>());
        if (election == null) {
            return Optional.empty();
        }
        List<String> ofNoContest = names.namesOfNoContest(raw, election);
        return Optional.of(new Strangers(
                election.id(),
                ofNoContest,
                names.namesEveryCandidate(raw, election),
                !ofNoContest.isEmpty() && names.fieldOfStrangers(raw, election, ofNoContest)));
    }

    /**
     * Names of a poll that are no option of {@code election}, whether the poll names every candidate on its ballot
     * beside them, and whether it names more strangers than options ({@link PollNames#fieldOfStrangers}).
     */
    record Strangers(String election, List<String> names, boolean everyCandidate, boolean fieldOfStrangers) {}

    /**
     * True when a column header may name a candidate or party: one of the alias table's, or an option of the
     * election given. Headers are read before the page says which election it is about.
     */
    boolean mayNameOption(String header) {
        if (Columns.field(header).filter("dont_know"::equals).isEmpty()) {
            return names.mayNameOption(header, explicitElection);
        }
        // A party whose short name is a don't-know word (Hungary's DK, the Democratic Coalition) is read before its
        // election is known: where no election is given, any definition of the data folder naming it as a party (not
        // as its Others: "Undecided / Other") makes its column a party's. Read as "Don't know", DK's 5 to 9 points
        // were dropped and each poll re-based without them.
        return explicitElection != null
                ? names.namesParty(header, explicitElection)
                : catalog.all().stream().anyMatch(e -> names.namesParty(header, e));
    }

    /** The first day of a poll's fieldwork, else its last, else the day it was published (null: none given). */
    private static LocalDate begun(PollDates.Dates when) {
        return when.start() != null ? when.start() : when.end() != null ? when.end() : when.published();
    }

    /**
     * A poll belongs to an election after the one before it (its baseline): it must be dated after that one's polling
     * day. A Westminster poll informs the first mayoral election after it; any other poll given an election four years
     * on (a 2019 poll ingested with --election london-2028, two elections later) was stored as that election's and
     * averaged into its forecast.
     */
    private void afterPreviousElection(
            RawPoll raw, Election election, boolean westminster, PollDates.Dates when, List<Problem> problems) {
        Election previous = elections.previousElection(election);
        LocalDate date = when.end() != null ? when.end() : when.published();
        if (previous != null && date != null && !date.isAfter(previous.date())) {
            problems.add(Problem.at(
                    source,
                    raw,
                    when.end() != null ? "fieldwork_end" : "published",
                    date + " is not after "
                            + previous.id() + " (" + previous.date() + ")"
                            + (westminster
                                    ? ": a Westminster poll informs the first mayoral election after it, so this one"
                                            + " belongs to " + previous.id() + " or earlier"
                                    : ", the election before " + election.id() + " (its baseline): a poll of "
                                            + previous.id() + " or an earlier election, not of " + election.id()
                                            + " (is the date or the election wrong?)")));
        }
    }

    /**
     * Control characters (NUL, terminal escapes) are refused in every cell of a poll: stored, they would reach a
     * terminal through {@code pollcast polls} or a report; nothing a poll prints needs them.
     */
    private boolean hasControlCharacters(RawPoll raw, List<Problem> problems) {
        int before = problems.size();
        raw.fields().forEach((field, f) -> {
            if (f.value() != null && Printable.firstControl(f.value()) >= 0) {
                problems.add(Problem.at(source, raw, field, CONTROL));
            }
        });
        for (RawShare s : raw.shares()) {
            if (Printable.firstControl(s.name()) >= 0 || Printable.firstControl(s.value()) >= 0) {
                problems.add(new Problem(source, s.location(), s.field(), CONTROL));
            }
        }
        return problems.size() > before;
    }

    /**
     * Whether a sample cell names whom the survey asked ({@code 1,003 (RV)}, {@code – (LV)}): a line of a survey's
     * figures that says so is that survey among another population, not its run-off.
     */
    static boolean namesPopulation(String sampleCell) {
        return SampleCell.of(sampleCell).letters() != null;
    }

    /**
     * A sample with its thousands grouped by dots, as Indonesian, German, Spanish and Italian writing has it ("1.200"
     * respondents): a sample is a whole number, so a dot before exactly three digits can only group them. Before, the
     * encyclopedia's Indonesian tables (sample cells "1.200") were refused as "not a positive whole number".
     */
    private static final Pattern DOT_GROUPED = Pattern.compile("\\d{1,3}(?:\\.\\d{3})+");

    private Integer sampleSize(RawPoll raw, List<Problem> problems) {
        String text = raw.value("sample_size");
        if (text.isEmpty() || PollShares.isNotReported(text)) {
            return null;
        }
        String figure = SampleCell.of(text).figure();
        if (figure == null) {
            return null; // whom the survey asked, not how many
        }
        String plain = figure.replace("\u00a0", " ").trim();
        Matcher approximate = APPROXIMATE.matcher(plain);
        Matcher range = RANGE.matcher(plain);
        String digits = (approximate.matches()
                        ? approximate.group(1)
                        : range.matches() && lowerFirst(range) ? range.group(1) : figure)
                .replace(",", "")
                .replace("\u00a0", "")
                .replace(" ", "");
        if (DOT_GROUPED.matcher(digits).matches()) {
            digits = digits.replace(".", "");
        }
        if (!WHOLE_NUMBER.matcher(digits).matches() || Long.parseLong(digits) == 0) {
            // A share under the sample column is a row printed a cell short, its figures shifted left (the mirror of
            // South Africa's next-election table: IRR's row of September–October 2024 with no sample cell).
            String shifted = text.strip().endsWith("%")
                    ? " (a share: the row may be a cell short, its figures one column to the left)"
                    : "";
            problems.add(
                    Problem.at(source, raw, "sample_size", "'" + text + "' is not a positive whole number" + shifted));
            return null;
        }
        return Integer.valueOf(digits);
    }

    /** Whether a range's first figure is no larger than its second, as a sample range's must be. */
    private static boolean lowerFirst(Matcher range) {
        String low = range.group(1).replace(",", "");
        String high = range.group(2).replace(",", "");
        return WHOLE_NUMBER.matcher(low).matches()
                && WHOLE_NUMBER.matcher(high).matches()
                && Long.parseLong(low) <= Long.parseLong(high);
    }

    /** The population column's text, else the one the sample cell names ("1,350 (LV)": likely voters). */
    private static String population(RawPoll raw) {
        String given = emptyToNull(raw.value("population"));
        if (given != null) {
            // A polling site's "Pop" column prints the letters a sample cell brackets ("LV", "RV"): the same
            // population, spelt as the sample cell's is, so that one survey's two lines are told apart alike.
            String letters = given.replaceAll("[()\\s]", "");
            return POPULATION_LETTERS.matcher(letters).matches() ? spelledOut(letters) : given;
        }
        String letters = SampleCell.of(raw.value("sample_size")).letters();
        if (letters == null) {
            String note = raw.value("notes");
            // Or the "Type of poll" cell, as Chilean tables print a survey's likely voters' row ("Likely voter
            // (51.6%)") under its whole sample's.
            if (likelyVoters(note) || likelyVoters(raw.value("mode"))) {
                return "likely voters";
            }
            return note != null && NOTE_ALL.matcher(note).matches() ? "adults" : null;
        }
        return spelledOut(letters);
    }

    /** The letters American tables give a population in. */
    private static final Pattern POPULATION_LETTERS = Pattern.compile("(?i)LV|RV|A|V");

    /** The population that letters name: "LV" likely voters. */
    private static String spelledOut(String letters) {
        return switch (letters.toUpperCase(Locale.ROOT)) {
            case "LV" -> "likely voters";
            case "RV" -> "registered voters";
            case "A" -> "adults";
            default -> "voters";
        };
    }

    /** Whether a note or a type-of-poll cell says the figures are likely voters' ("Definite voters only"). */
    private static boolean likelyVoters(String text) {
        return text != null && NOTE_LIKELY.matcher(text).matches();
    }

    /**
     * A share where the poll's source belongs is a row printed a cell short, its figures shifted left: a copy that
     * drops the Link column's cells (its links are icons) but keeps the heading puts the first candidate's share under
     * it, and every other one a column to the left. Sri Lanka's 2024 table (kiwix's Markdown copy, a blind trial) stored
     * IHP's July 2023 row as Dissanayake 47.8 and Premadasa 27.5, the Lead column's 8 as the SLPP's share (it printed 39,
     * 33, 19 and 9) once its last heading was one the reader knew.
     */
    private void shareAsCitation(RawPoll raw, List<Problem> problems) {
        String cell = raw.value("citation").strip();
        // "Ref." may head the refused ("Und./ Ref.", Philippine tables), whose cell is a share of its own
        String heading = raw.column("citation").strip().toLowerCase(Locale.ROOT);
        if (SHARE_ONLY.matcher(cell).matches() && !heading.startsWith("ref")) {
            problems.add(Problem.at(
                    source,
                    raw,
                    "citation",
                    "'" + cell + "' is a share where the poll's source belongs: the row may be a cell short, its"
                            + " figures one column to the left (a copy that drops the links' cells)"));
        }
    }

    private static final Pattern SHARE_ONLY = Pattern.compile("\\d{1,3}(?:[.,]\\d+)?\\s?%");

    /**
     * A poll's citation, or null where its cell holds only a link's label: a copy of a page that keeps the Link
     * column's text but not its address ({@code HTML}, {@code PDF}, as the Canadian tables label each poll's source,
     * in wikimili's Markdown and datadosen's text copies of the 2018 Quebec page) cites nothing, and stored as the
     * poll's citation it read as a source named "HTML".
     */
    private static String citation(String cell) {
        String c = emptyToNull(cell);
        return c == null || LINK_LABEL.matcher(c.strip()).matches() ? null : c;
    }

    private static final Pattern LINK_LABEL = Pattern.compile("(?i)html|pdf|link|web|\\[\\d+]");

    private static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
