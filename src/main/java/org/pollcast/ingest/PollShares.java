package org.pollcast.ingest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pollcast.election.AdditionalMemberContest;
import org.pollcast.election.Contest;
import org.pollcast.election.Option;
import org.pollcast.election.Scope;
import org.pollcast.election.SingleWinnerContest;
import org.pollcast.election.VotingSystem;

/**
 * A poll's figures: each share cell read as a percentage in 0–100 ("44", "44%", "<1", "*") and resolved to
 * one option, named once; the don't-know figure; and what the shares may sum to. They may sum to at most
 * {@value #MAX_SUM}, and to at least {@value #MIN_SUM} unless the poll leaves some options unreported (blank,
 * "–" or absent, and no "Others" figure), in which case it is partial.
 */
public final class PollShares {
    static final double MIN_SUM = 90;
    static final double MAX_SUM = 102;
    /**
     * The least that shares printed with their don't-knows may sum to with them. What is left is those who would not
     * vote or refused, columns pollcast does not keep, which in pollsters' London tables run to about a tenth; a
     * poll missing a fifth or more of its sample is a mistake, not a table of that kind.
     */
    static final double MIN_SUM_WITH_DONT_KNOW = 80;
    /** How far from 100 shares and don't-knows may sum and be all of a poll (the average's SharesOfEveryone's). */
    static final double DONT_KNOWS_MAKE_HUNDRED = 3;
    /**
     * The least that the candidates of a poll whose don't-know cell is blank in a table of them may sum to, for the
     * rest to be read as those who named no one. Irish polls of 2025 left 27 to 37% naming no candidate (undecided,
     * would not vote, would spoil); a poll naming every candidate on under 60 in all is more likely a slip.
     */
    static final double MIN_NAMED_WITH_DONT_KNOW_UNPRINTED = 60;
    /** How a re-based poll's notes begin the sentence that says so; the polls table flags such polls by it. */
    public static final String REBASED_NOTE = org.pollcast.poll.RebasedNote.PREFIX;
    /** How a poll printed in seats says so in its notes ({@link SeatFigures}); the polls table flags it by it. */
    public static final String SEATS_NOTE = "seats read as shares";

    /**
     * How a poll printed in seats beside lists printed as shares says so in its notes (Israel's lists below the
     * threshold, "1.3%": {@link SeatFigures}): its seats share out the rest of the vote, not all of it.
     */
    public static final String SEATS_BESIDE_SHARES = "left by the lists printed as shares";

    /** Whether a poll's notes say its seats shared out what its lists printed as shares left. */
    public static boolean seatsBesideShares(String notes) {
        return notes != null && notes.contains(SEATS_BESIDE_SHARES);
    }

    private static final Pattern SEATS_HOUSE =
            Pattern.compile(Pattern.quote(SEATS_NOTE) + ": printed as seats of (\\d+)");

    /** The size of the house a poll's notes say its seats were read against, or null for a poll of shares. */
    public static Integer seatsHouse(String notes) {
        if (notes == null) {
            return null;
        }
        Matcher m = SEATS_HOUSE.matcher(notes);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    /**
     * A cell giving no figure. The minus sign (U+2212, "−") is the dash the IPFS copy of the 2022 Brazilian page prints
     * for a candidate a scenario did not name: read as a figure, it refused every poll of the table.
     */
    private static final Pattern NOT_REPORTED =
            Pattern.compile("|-|–|—|\u2212|_|n/?a|\\?|not asked|x", Pattern.CASE_INSENSITIVE);

    /** A plain decimal; the sign is let through so that a negative share is reported as out of range. */
    private static final Pattern DECIMAL = Pattern.compile("-?(?:\\d+(?:\\.\\d*)?|\\.\\d+)");

    /**
     * A share written with a decimal comma, as much of Europe prints them ("15,6%", in rows of the Slovak 2020 table
     * beside rows with a point): one comma with one or two digits after it, so never a thousands separator.
     */
    private static final Pattern DECIMAL_COMMA = Pattern.compile("\\d{1,3},\\d{1,2}");

    private final String source;

    PollShares(String source) {
        this.source = source;
    }

    /**
     * True for a cell that reports nothing: blank, a dash, "n/a", "?", "not asked", "x", or an underscore, which some
     * copies of encyclopedia tables print for a dash (the 2018 Brazilian first round's, under "Not affiliated").
     */
    static boolean isNotReported(String value) {
        String t = value.trim();
        // Most cells are figures, and no "not reported" spelling starts with a digit: skip the pattern for them.
        return !(t.length() > 0 && t.charAt(0) >= '0' && t.charAt(0) <= '9')
                && NOT_REPORTED.matcher(t).matches();
    }

    /** The reported shares, resolved by {@code options}, in source order; problems for the cells that fail. */
    Map<String, Double> read(RawPoll raw, OptionResolver options, List<Problem> problems) {
        Map<String, Double> out = new LinkedHashMap<>();
        Map<String, String> fieldOf = new HashMap<>();
        // A joint list's parts named apart (a poll before the parties joined): which parts, and where the last was.
        Map<String, Set<String>> partsNamed = new LinkedHashMap<>();
        Map<String, RawShare> lastPart = new HashMap<>();
        Set<String> namedWhole = new HashSet<>();
        for (RawShare s : raw.shares()) {
            if (isNotReported(s.value())) {
                continue;
            }
            Optional<String> option = options.resolve(s.name());
            if (option.isEmpty() && namesNoOption(s.name())) {
                continue;
            }
            if (option.isEmpty()) {
                problems.add(new Problem(source, s.location(), s.field(), options.explain(s.name())));
                continue;
            }
            if (option.get().equals(Option.OTHER)) {
                // An Others cell of named parts may name a party the election tracks ("Green 3% Other 7%" beside a
                // Green column, or "Liberal 6% Other 8%" beside its blank one): summed, that party was counted twice
                // or lost into Others (review).
                List<String> tracked = ShareBreakdown.namedPartNames(s.value()).stream()
                        .filter(n -> options.resolve(n)
                                .filter(o -> !o.equals(Option.OTHER))
                                .isPresent())
                        .toList();
                if (!tracked.isEmpty()) {
                    problems.add(new Problem(
                            source,
                            s.location(),
                            s.field(),
                            "the Others cell '" + s.value() + "' names " + String.join(", ", tracked)
                                    + ", an option of this election: give its figure in its own column and Others"
                                    + " without it"));
                    continue;
                }
            }
            Double value = percent(s.value(), s.field(), s.location(), option.get(), problems);
            if (value == null) {
                continue;
            }
            Optional<String> part = options.part(s.name());
            if (part.isPresent()) {
                Set<String> named = partsNamed.computeIfAbsent(option.get(), k -> new LinkedHashSet<>());
                if (!named.add(part.get())) {
                    problems.add(new Problem(
                            source,
                            s.location(),
                            s.field(),
                            "names " + part.get() + " again, a part of " + options.displayName(option.get())
                                    + " (already given)"));
                    continue;
                }
                lastPart.put(option.get(), s);
            } else {
                namedWhole.add(option.get());
            }
            String previous = fieldOf.putIfAbsent(option.get(), s.field());
            if (previous != null && part.isPresent() && !namedWhole.contains(option.get())) {
                // The parts of a joint list, in rows or columns of their own: the list's figure is their sum.
                out.merge(option.get(), value, Double::sum);
                continue;
            }
            if (previous != null && isRow(previous) && isRow(s.field())) {
                // Two rows of one poll's list naming one party: a joint list's parts, printed one by one.
                out.merge(option.get(), value, Double::sum);
                continue;
            }
            if (previous != null) {
                problems.add(new Problem(
                        source,
                        s.location(),
                        s.field(),
                        "names option '" + option.get() + "' again (already given by '" + previous + "')"));
                continue;
            }
            out.put(option.get(), value);
        }
        partsNamed.forEach((list, named) -> {
            List<String> all = options.partsOf(list);
            if (namedWhole.contains(list) || named.containsAll(all)) {
                return;
            }
            // One part alone is not the joint list's share, and no share of a party that does not stand.
            RawShare at = lastPart.get(list);
            List<String> missing = all.stream().filter(p -> !named.contains(p)).toList();
            problems.add(new Problem(
                    source,
                    at.location(),
                    at.field(),
                    "'" + at.name() + "' is a part of " + options.displayName(list) + " (which carries on "
                            + String.join(" and ", all) + "), but the poll gives no figure for "
                            + String.join(" and ", missing)
                            + ": the joint list's share cannot be told from part of it (give every part's figure, or"
                            + " the list's own)"));
            out.remove(list);
        });
        return out;
    }

    /**
     * The poll's note for a joint list's parts read apart and added up ("'GroenLinks' 8.0 and 'PvdA' 8.6 added up as
     * GL–PvdA's, the list that carries them on"), or null when none: said, so the stored figure can be traced.
     */
    String partsAdded(RawPoll raw, OptionResolver options) {
        Map<String, List<String>> each = new LinkedHashMap<>();
        for (RawShare s : raw.shares()) {
            if (isNotReported(s.value())) {
                continue;
            }
            Optional<String> part = options.part(s.name());
            Optional<String> option = options.resolve(s.name());
            if (part.isPresent() && option.isPresent()) {
                each.computeIfAbsent(option.get(), k -> new ArrayList<>())
                        .add("'" + s.name() + "' " + s.value().trim());
            }
        }
        List<String> notes = new ArrayList<>();
        each.forEach((list, parts) -> {
            if (parts.size() > 1) {
                notes.add(String.join(" and ", parts) + " added up as " + options.displayName(list)
                        + "'s, the joint list that carries them on");
            }
        });
        return notes.isEmpty() ? null : String.join("; ", notes);
    }

    /**
     * The poll's note for the figures {@link #read} passed over under a citation or no-one header ("'None' 3 passed
     * over: no option of this election"), or null when none: a figure left out is said, in the poll's notes that
     * `polls` prints, never dropped without a word.
     */
    String passedOver(RawPoll raw, OptionResolver options) {
        List<String> each = new ArrayList<>();
        for (RawShare s : raw.shares()) {
            if (!isNotReported(s.value())
                    && !s.value().trim().matches("0+(\\.0+)?%?")
                    && options.resolve(s.name()).isEmpty()
                    && namesNoOption(s.name())) {
                each.add("'" + s.name() + "' " + s.value().trim());
            }
        }
        return each.isEmpty()
                ? null
                : String.join(", ", each) + " passed over: no option of this election (those naming no one, or a"
                        + " column of references)";
    }

    /**
     * Whether a column read as an option's is headed by a citation word ("Ref." is Reform UK in the alias table, and a
     * table's references or its refusals) or one of those backing no one ({@link #NO_ONE}): where the poll's election
     * has no such option, its figures are no one's share and are passed over, as a "Refused" column is. The 2022
     * Philippine tables head their refusals "Ref."; read as Reform UK's, whom that election has no candidate of, every
     * poll of the table was refused.
     */
    private static boolean namesNoOption(String name) {
        return Columns.field(name).filter("citation"::equals).isPresent() || NO_ONE.contains(Columns.normalise(name));
    }

    /**
     * Headers of those backing no one ("None", as the May 2022 revision of the Philippine table heads a column of its
     * own beside "Und./ Ref."): passed over where the election has no such option, as a refusal is. Read as a name
     * (Istanbul's tables head independents' alliance "None"), where nothing resolved it every poll printing a figure
     * under it was refused as naming an unknown candidate. "Against all" (as Ukrainian and Russian polls head those who
     * would vote for no candidate, where the ballot has no such line) is the same: read as a name, Ukraine's 2019 polls
     * were refused whole ("unknown candidate 'Against all' in president"). A definition that lists it (a ballot that
     * had it) still resolves it as its option first.
     */
    private static final Set<String> NO_ONE = Set.of(
            "none",
            "nobody",
            "no_one",
            "against_all",
            "against_everyone",
            "against_all_candidates",
            "none_of_the_above",
            "none_of_them",
            "none_of_the_candidates");

    /** Whether a share was read from a party's row of a one-poll page ({@link OpinionPollPageReader}). */
    private static boolean isRow(String field) {
        return field != null && field.startsWith(OpinionPollPageReader.ROW_FIELD);
    }

    /**
     * Two columns of those naming no candidate as one ("Blank/Null" 4 and "Undec." 2 as 6, under "Blank/Null +
     * Undec."): a figure left unreported in one is the other's alone; a cell that is no figure is kept in the text,
     * so that the don't-know cell is refused naming both columns.
     */
    static RawPoll.RawField together(RawPoll.RawField a, RawPoll.RawField b) {
        if (isNotReported(a.value())) {
            return isNotReported(b.value()) ? a : b;
        }
        if (isNotReported(b.value())) {
            return a;
        }
        return new RawPoll.RawField(
                sumOfFigures(List.of(a.value(), b.value())), a.column() + " + " + b.column(), a.location());
    }

    /**
     * Cells of one figure added up as one (a joint list's parts, "8.1%" and "5.9%" as 14.0; two don't-know columns),
     * exactly, as decimals: "–" where none reports a figure, and the texts joined by " + " where one is no figure, for the share's check to refuse naming them.
     */
    static String sumOfFigures(List<String> texts) {
        List<String> given =
                texts.stream().map(String::trim).filter(t -> !isNotReported(t)).toList();
        if (given.isEmpty()) {
            return "–";
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (String t : given) {
            Matcher m = PLAIN_PERCENT.matcher(t);
            if (!m.matches()) {
                return String.join(" + ", given);
            }
            sum = sum.add(new BigDecimal(m.group(1)));
        }
        return sum.toPlainString();
    }

    private static final Pattern PLAIN_PERCENT = Pattern.compile("(\\d+(?:\\.\\d*)?)\\s*%?");

    /**
     * A cell of a column that joins two kinds of those naming no one in its header ("Und./ None", "Und./ Ref.") printing
     * a figure for each ("6 / 0", "— / 1", "0.1 / 0.04"), as the encyclopedia's 2022 Philippine tables do: the two added
     * up as the poll's don't-knows, a dash as no figure. Read as one figure, every poll of the table was refused as "not
     * a number". Any other text is returned as it is, for the share's check to judge.
     */
    static String figuresOfJoinedColumn(String header, String text) {
        if (header == null || !header.contains("/")) {
            return text;
        }
        Matcher m = TWO_FIGURES.matcher(text.trim());
        if (!m.matches()) {
            return text;
        }
        String a = m.group(1).trim();
        String b = m.group(2).trim();
        boolean eachFigureOrDash = (PLAIN_PERCENT.matcher(a).matches() || isNotReported(a))
                && (PLAIN_PERCENT.matcher(b).matches() || isNotReported(b));
        return eachFigureOrDash ? sumOfFigures(List.of(a, b)) : text;
    }

    /** Two cells' worth of text around one slash: "6 / 0", "— / 1". */
    private static final Pattern TWO_FIGURES = Pattern.compile("([^/]+)/([^/]+)");

    /** The don't-know percentage, or null when not reported or wrong (then with a problem). */
    Double dontKnow(RawPoll raw, List<Problem> problems) {
        String text = raw.value("dont_know");
        return text.isEmpty() || isNotReported(text)
                ? null
                : percent(text, raw.column("dont_know"), raw.where("dont_know"), "don't know", problems);
    }

    /**
     * True when the sum of {@code shares} is allowed for a poll of {@code contest}; otherwise adds the problem.
     * An "Others" figure accounts for everyone not named, as does naming every candidate or party.
     */
    boolean sumAllowed(RawPoll raw, Contest contest, Scope scope, Map<String, Double> shares, List<Problem> problems) {
        double sum = sum(shares);
        boolean unreported = reportsSomeOptionsOnly(contest, shares)
                || (!raw.value(SurveyPolls.REST_IS_OTHERS).isEmpty()
                        && sum + Double.parseDouble(raw.value(SurveyPolls.REST_IS_OTHERS)) >= MIN_SUM - 1e-9);
        String sumText = "shares of this " + scope + " poll sum to " + trim(sum);
        if (looksLikeFractions(shares)) {
            // A spreadsheet's 47% exported as 0.47: stored, it would be a partial poll putting Khan on 0.47%.
            problems.add(new Problem(
                    source,
                    raw.location(),
                    "share",
                    sumText + ": every figure is 1 or less, as if written as fractions of 1 (0.47 for 47%);"
                            + " write percentages (47 or 47%)"));
            return false;
        }
        if (sum > MAX_SUM + 1e-9) {
            problems.add(new Problem(
                    source,
                    raw.location(),
                    "share",
                    sumText + ", more than " + trim(MAX_SUM) + nearSeats(contest, shares, sum)));
            return false;
        }
        if (sum < MIN_SUM - 1e-9 && !unreported) {
            problems.add(new Problem(
                    source,
                    raw.location(),
                    "share",
                    sumText + ", less than "
                            // a whole ballot's poll is re-based from 60 without a don't-know figure
                            // (rebasedCompleteBallot)
                            + trim(
                                    completeBallot(contest)
                                                    && raw.value("dont_know").isEmpty()
                                            ? MIN_NAMED_WITH_DONT_KNOW_UNPRINTED
                                            : MIN_SUM)
                            + ", yet every option is reported"
                            + withDontKnow(raw, sum)
                            + (!shares.containsKey(Option.OTHER)
                                            && raw.value("dont_know").isEmpty()
                                    ? ": if the rest named no one (undecided, would not vote), give that figure in a"
                                            + " don't-know column and the shares are re-based to those naming an"
                                            + " option"
                                            + blankDontKnow(raw)
                                    : "")));
            return false;
        }
        return true;
    }

    /**
     * What to do with whole numbers a few off the seats of the contest's house: a seat poll as a news page printed it,
     * a list left out or a seat too many (Israel's Midgam poll of 11 October 2022 as INN listed it, 119 of 120; a blind
     * trial). Only seats summing to the house are read as seats; the message said "shares" and nothing of the house.
     */
    private static String nearSeats(Contest contest, Map<String, Double> shares, double sum) {
        if (!(contest instanceof AdditionalMemberContest body) || body.seats() <= MAX_SUM) {
            return "";
        }
        boolean whole = shares.values().stream().allMatch(v -> v == Math.rint(v));
        if (!whole || Math.abs(sum - body.seats()) > 3) {
            return "";
        }
        return String.format(
                Locale.ROOT,
                "; whole numbers near the %d seats of %s: if they are seats, a seat poll's figures must sum to %d"
                        + " exactly to be read as seats (add the list the source left out, or correct the figure it"
                        + " printed off by one)",
                body.seats(),
                contest.id(),
                body.seats());
    }

    /**
     * The way out where the row has a don't-know column left blank: a source that printed no such figure (a news
     * report giving the candidates alone, as Taiwan's Cross-Strait Policy Association poll of December 2019 was
     * reported, 56.5, 18.1 and 9.9) is written {@code –}, which re-bases a poll naming every candidate standing as a
     * page's dash does. Before, the message asked for a figure the source never gave.
     */
    private static String blankDontKnow(RawPoll raw) {
        return raw.fields().containsKey("dont_know")
                ? "; where the source printed none, write – in its '" + raw.column("dont_know")
                        + "' column (not reported), and a poll naming every candidate standing is re-based all the same"
                : "";
    }

    /**
     * What the don't-know figure printed beside a poll refused for summing short makes of it: the shares with it over
     * {@value #MAX_SUM} fit neither a poll of everyone asked nor one of those naming someone, and without this the
     * message read as if no don't-know figure were given (Red C's September 2025 Irish poll as reported: seven
     * candidates on 74 and 36 undecided).
     */
    private String withDontKnow(RawPoll raw, double sum) {
        String text = raw.value("dont_know");
        if (text.isEmpty() || isNotReported(text)) {
            return "";
        }
        Double dk = percent(text, raw.column("dont_know"), raw.where("dont_know"), "don't know", new ArrayList<>());
        if (dk == null || sum + dk <= MAX_SUM + 1e-9) {
            return "";
        }
        return ", and to " + trim(sum + dk) + " with the " + trim(dk) + " of its '" + raw.column("dont_know")
                + "' column, more than " + trim(MAX_SUM) + ": the figures fit neither shares of everyone asked nor"
                + " shares of those naming someone; check them against the source";
    }

    /**
     * The shares of those who named an option, when {@code shares} were printed over every respondent, don't-knows
     * included; else empty. Pollsters' own tables often print them so (Khan 36, Hall 18, ..., Don't know 30), where
     * the encyclopedias' tables leave the don't-knows out. Read as printed, such a poll would put every candidate
     * a third too low, or be refused for summing to 70. Which way a poll was printed is told by its sum: the don't-
     * know figure is taken to be inside the base when adding it brings the sum nearer 100 than the shares alone
     * are, and to at least {@value #MIN_SUM_WITH_DONT_KNOW}. Only a poll that reports every option (an "Others" figure, or every candidate, or every candidate still standing) is re-based, and to its
     * own sum, so a "would not vote" column, which pollcast does not keep, cannot skew it; a poll that leaves
     * options out cannot tell its don't-knows from its unreported candidates and is kept as printed.
     */
    Optional<Map<String, Double>> rebasedExcludingDontKnow(
            Contest contest, Map<String, Double> shares, Double dontKnow, LocalDate begun) {
        if (dontKnow == null
                || dontKnow <= 0
                || shares.isEmpty()
                || (reportsSomeOptionsOnly(contest, shares) && !namesEveryoneStanding(contest, shares, begun))) {
            return Optional.empty();
        }
        double sum = sum(shares);
        if (sum <= 0
                || sum + dontKnow > MAX_SUM + 1e-9
                || sum + dontKnow < MIN_SUM_WITH_DONT_KNOW - 1e-9
                || Math.abs(sum + dontKnow - 100) >= Math.abs(sum - 100)) {
            return Optional.empty();
        }
        return Optional.of(ofHundred(shares, sum));
    }

    /**
     * The shares of those who named a candidate, when {@code shares} were printed over everyone asked in a table
     * whose don't-know column this poll leaves unreported ("–"), and name every candidate standing and no "Others":
     * nobody is left for the rest to be but those who named no one. A newspaper's eve-of-poll report gave Ireland
     * Thinks' last 2025 poll as Connolly 40, Humphreys 25, Gavin 7 and no undecided; refused as summing to 72, the
     * race's last poll was lost, and Virginia 2025's VCU poll (Spanberger 49, Earle-Sears 40, the undecided unprinted)
     * took every poll of its file with it. Kept to sums of {@value #MIN_NAMED_WITH_DONT_KNOW_UNPRINTED} to
     * {@value #MIN_SUM}: a lower sum is more likely a figure mistyped, and from {@value #MIN_SUM} up the poll is stored
     * as printed, its remainder "Others": a definition may list only the leading candidates of a long ballot (Toronto
     * 2023's 102), whose other candidates that remainder is.
     */
    Optional<Map<String, Double>> rebasedDontKnowUnprinted(
            RawPoll raw, Contest contest, Map<String, Double> shares, Double dontKnow, boolean wholeBallot) {
        String cell = raw.value("dont_know");
        double sum = sum(shares);
        if (cell.isEmpty() && completeBallot(contest) && dontKnow == null) {
            return rebasedCompleteBallot(contest, shares, sum);
        }
        // A referendum's answers are its whole ballot (Election#answersOnly): no candidate left off a long ballot is
        // there for a remainder of 90 to 99 to be (YouGov's 2-5 September 2014 poll, Yes 47, No 45, was kept with
        // 8 for "Others", and the forecast gave Others up to 4% of a vote of Yes or No).
        if (dontKnow != null
                || cell.isEmpty()
                || !isNotReported(cell)
                || shares.containsKey(Option.OTHER)
                // Every candidate on the ballot, one who stopped campaigning included: without don't-knows printed,
                // the rest may be theirs (Gavin, on the ballot, won 7.2% after polls began leaving him out).
                || !namesEveryoneStanding(contest, shares, null)
                || sum < MIN_NAMED_WITH_DONT_KNOW_UNPRINTED - 1e-9
                || (sum >= MIN_SUM - 1e-9 && !wholeBallot)
                || sum > 100 - 1e-9) {
            return Optional.empty();
        }
        return Optional.of(ofHundred(shares, sum));
    }

    /** Whether the definition says its candidates are everyone on the ballot ({@code ballot: complete}). */
    static boolean completeBallot(Contest contest) {
        return contest instanceof SingleWinnerContest single && single.completeBallot();
    }

    /**
     * The shares of those who named a candidate, where the definition says its candidates are the whole ballot
     * ({@code ballot: complete}) and a poll names every one standing on {@value #MIN_SUM} to 100 with no don't-know
     * figure at all (no such column, or its cell blank) and no "Others": no one else stands for the rest to be, so it is
     * those naming no one (undecided, would not vote, refused). News reports of Indonesia's 2024 polls print the three
     * tickets alone (LSI, 29 January – 5 February: Prabowo 51.9, Anies 23.3, Ganjar 20.3); kept as printed, their
     * remainders made "Others" 3.8% of the eve-of-poll average in a race of three, and Prabowo 49.3% where those naming
     * a ticket gave him about 51. So from {@value #MIN_NAMED_WITH_DONT_KNOW_UNPRINTED}, as a cell marked not reported:
     * the encyclopedia's 2017 Jakarta table prints the three tickets alone (Charta Politika, November 2016: 29.5, 28.9,
     * 26.7; Indikator 30.4, 26.2, 24.5), and under {@value #MIN_SUM} both were refused, the page with them. Under
     * {@value #MIN_NAMED_WITH_DONT_KNOW_UNPRINTED} a figure mistyped is likelier, and the poll is refused.
     */
    private static Optional<Map<String, Double>> rebasedCompleteBallot(
            Contest contest, Map<String, Double> shares, double sum) {
        if (shares.containsKey(Option.OTHER)
                || !namesEveryoneStanding(contest, shares, null)
                || sum < MIN_NAMED_WITH_DONT_KNOW_UNPRINTED - 1e-9
                || sum > 100 - 1e-9) {
            return Optional.empty();
        }
        return Optional.of(ofHundred(shares, sum));
    }

    /** True when the poll names neither "Others" nor every option but one: the rest went unreported. */
    private static boolean reportsSomeOptionsOnly(Contest contest, Map<String, Double> shares) {
        return !shares.containsKey(Option.OTHER)
                && shares.size() < contest.pollOptions().size() - 1;
    }

    /**
     * True when the poll names every candidate still standing. A candidate who withdrew is left out by the polls after
     * (New York 2025: Emerson's 50, 25, 21 and 4% undecided after Adams withdrew): with its don't-knows printed and
     * summing to about 100, such a poll is re-based as one printing "Others" is. Not enough to call its sum complete:
     * without don't-knows its remainder may be them, or candidates the definition does not list.
     */
    private static boolean namesEveryoneStanding(Contest contest, Map<String, Double> shares, LocalDate begun) {
        return contest instanceof SingleWinnerContest single && single.namesEveryCandidate(shares.keySet(), begun);
    }

    /**
     * The most a run-off poll's "Other" may hold and be left out as naming neither finalist: Georgia's run-off polls
     * printed 1 to 3. A larger one is more likely a first round's figures filed under the run-off (Macron 40, Le Pen
     * 35, Other 25), and is refused as three figures, as before.
     */
    static final double MOST_RUNOFF_OTHER = 5;

    /**
     * A run-off poll's figures without its "Other" figure, where the rest are the two finalists: no one else stands
     * in a run-off, so "Other" is those naming neither (someone else, no one, a write-in), as a don't-know is, and
     * the pair is what the poll measures. American run-off tables print an Other column beside the two (Georgia's
     * Senate run-offs of 2021 and 2022: AtlasIntel 51, 47, Other 2); before, every such poll was refused as giving
     * three figures. Empty when there is nothing to take out.
     */
    static Optional<Map<String, Double>> runoffWithoutOther(Scope scope, Map<String, Double> shares) {
        if (scope != Scope.RUNOFF
                || shares.size() != 3
                || !shares.containsKey(Option.OTHER)
                || shares.get(Option.OTHER) > MOST_RUNOFF_OTHER) {
            return Optional.empty();
        }
        Map<String, Double> pair = new LinkedHashMap<>(shares);
        pair.remove(Option.OTHER);
        return Optional.of(pair);
    }

    /**
     * True when a run-off poll gives figures for two options, the two candidates left in the count; otherwise adds
     * the problem, at the first figure too many (or the one figure given). A third figure is a first-round column
     * read as the run-off's, or, under instant-runoff, a pollster's last round where someone passed half with three
     * left (Marist's May 2025 New York poll: Cuomo 53, Mamdani 29, Lander 18), which the forecast's final pair cannot
     * be compared with; one figure alone is no head-to-head.
     */
    boolean runoffPair(RawPoll raw, Contest contest, Scope scope, Map<String, Double> shares, List<Problem> problems) {
        if (scope != Scope.RUNOFF || shares.size() == 2) {
            return true;
        }
        List<RawShare> given =
                raw.shares().stream().filter(s -> !isNotReported(s.value())).toList();
        RawShare at = given.get(Math.min(2, given.size() - 1));
        problems.add(new Problem(
                source,
                at.location(),
                at.field(),
                "a run-off poll gives figures for the two candidates left in the count; this one gives "
                        + given.size() + " ("
                        + String.join(", ", given.stream().map(RawShare::name).toList()) + ")"
                        + (contest.system() == VotingSystem.INSTANT_RUNOFF && given.size() > 2
                                ? "; an instant-runoff round that ended with more than two left is not the final pair"
                                        + " pollcast compares: give the last two's figures, if the pollster published"
                                        + " them, or leave the row's final round blank (--skip-invalid keeps its first"
                                        + " preferences)"
                                : "")));
        return false;
    }

    /**
     * True when two or more figures are all at most 1 and sum to more than a half: shares written as fractions of
     * 1 (0.47, 0.25). No poll reports only options under 1% that add up to more than half a percent.
     */
    static boolean looksLikeFractions(Map<String, Double> shares) {
        return shares.size() >= 2 && shares.values().stream().allMatch(v -> v <= 1) && sum(shares) > 0.5 + 1e-9;
    }

    /**
     * Whether a poll is partial, its remainder of unknown make-up. Options left blank or "–" are not a defect by
     * themselves (minor candidates often go unreported): a poll is partial when what it reports covers less than
     * {@value #MIN_SUM}; or, from {@value #MIN_SUM} up, when it leaves options unreported, prints no "Others" and no
     * don't-knows, and its table has a don't-know column whose cell it leaves "–" (a table that prints the undecided
     * cannot say this poll's remainder is not them), unless the remainder is room for the options left out: at most
     * twice what they won at the baseline and a point of rounding where the baseline measures them ({@code
     * wonAtBaseline}), else at most a point for each option left out and a point of rounding (a nonpartisan race's
     * baseline measures no one: a poll naming eight of nine on 98.5 leaves the ninth its 1.5). A run-off poll, a sum
     * of {@value HeadToHead#PLACES_EVERYONE} or more, a poll naming every option but "Others", a table without a
     * don't-know column and a blank cell keep the remainder as the options left out. The cases behind the rule are in
     * docs/poll-formats.md (Istanbul's June 2019 re-run).
     */
    boolean partial(
            RawPoll raw,
            Contest contest,
            Scope scope,
            Map<String, Double> shares,
            Double dontKnow,
            Supplier<Optional<Double>> wonAtBaseline) {
        double sum = sum(shares);
        // A run-off poll of the pair that prints its undecided is whole, however many are undecided (Chile's 2021
        // run-off polls, Kast 34 Boric 39 and 27 undecided, were flagged partial in `polls`). So is one that leaves its
        // undecided unprinted: a question of two names every option it asked, and its rest can only be those naming
        // neither. Croatia's 2024 blind trial: Promocija plus's run-off of October 2024, Milanović 52.6, Primorac 33.9,
        // was flagged partial.
        if (scope == Scope.RUNOFF && shares.size() == 2 && (dontKnow == null || sum + dontKnow >= MIN_SUM - 1e-9)) {
            return false;
        }
        if (sum < MIN_SUM - 1e-9) {
            return true;
        }
        // Don't-knows printed beside some of the options only, the two making 100 or less: the shares are of everyone
        // asked and the rest is the options left out, as under 90 (CELAG's Colombian poll of 16-20 May 2022: four of
        // seven candidates on 90.5, blank and unsure 6.8). Stored complete, its undecided were read as votes for
        // "Others". Short of 100 too (Emerson's New York primary poll of 18-20 June 2025: five of eleven candidates on
        // 91, undecided 4, the six it left out 5): stored complete, its printed undecided were neither taken out nor
        // kept apart, and its shares sat 4% below those of a poll re-based on the same figures. A poll naming everyone
        // on the ballot leaves out only those who withdrew before it (and "Others"): nothing is left for its rest to
        // be but the don't-knows it prints. The Philippine 2022 polls naming all ten candidates (Pulse Asia 16-21
        // April: 94.5 and 1 undecided) were flagged partial for leaving out the 2021 polls' Sara Duterte, Go and dela
        // Rosa.
        if (scope != Scope.RUNOFF
                && dontKnow != null
                && reportsSomeOptionsOnly(contest, shares)
                && !namesEveryoneStanding(contest, shares, null)
                && sum + dontKnow <= 100 + DONT_KNOWS_MAKE_HUNDRED + 1e-9) {
            return true;
        }
        String cell = raw.value("dont_know");
        if (scope == Scope.RUNOFF
                || dontKnow != null
                || cell.isEmpty()
                || !isNotReported(cell)
                || !reportsSomeOptionsOnly(contest, shares)
                || sum >= HeadToHead.PLACES_EVERYONE - 1e-9) {
            return false;
        }
        Optional<Double> won = wonAtBaseline.get(); // read only for a poll that could be partial
        double room = won.isPresent() ? 2 * won.get() : contest.pollOptions().size() - 1 - shares.size();
        return 100 - sum > room + HeadToHead.ROUNDING + 1e-9;
    }

    /**
     * Parses "44", "44%", "44.5", "<1" (half the bound); names the quantity and value when it fails. Only plain
     * decimals are figures: Java's own parser also takes "45f", "40d", "1e1" and "0x1p5", which no poll prints.
     */
    private Double percent(String text, String field, Location where, String what, List<Problem> problems) {
        Optional<ShareBreakdown.Read> breakdown = ShareBreakdown.of(text);
        if (breakdown.isPresent()) {
            return total(breakdown.get(), text, field, where, what, problems);
        }
        // Only Others is the sum of named parts: a party's or candidate's cell naming others is no share of its own.
        Optional<Double> named = Option.OTHER.equals(what) ? ShareBreakdown.namedPartsSum(text) : Optional.empty();
        if (named.isPresent()) {
            if (named.get() > 100) {
                problems.add(new Problem(
                        source,
                        where,
                        field,
                        "share for '" + what + "' is " + text + ", its parts adding up to more than 100"));
                return null;
            }
            return named.get();
        }
        String t = text.replace("%", "").replace("\u00a0", "").trim();
        boolean below = t.startsWith("<");
        String number = below ? t.substring(1).trim() : t;
        if (DECIMAL_COMMA.matcher(number).matches()) {
            number = number.replace(',', '.');
        }
        double value;
        if (t.equals("*")) {
            value = 0; // pollsters print * for "less than half a percent"
        } else if (DECIMAL.matcher(number).matches()) {
            value = Double.parseDouble(number) / (below ? 2 : 1);
        } else {
            problems.add(new Problem(
                    source,
                    where,
                    field,
                    "share for '" + what + "' is '" + text + "', not a number (write a plain decimal such as 44 or "
                            + "44.5)"));
            return null;
        }
        if (!(value >= 0 && value <= 100)) {
            problems.add(new Problem(source, where, field, "share for '" + what + "' is " + text + ", expected 0–100"));
            return null;
        }
        return value;
    }

    /**
     * The total of a cell that prints its parts after it ("2% Alba on 1% Other on 1%"), when they add up to it; else
     * a problem naming both figures.
     */
    private Double total(
            ShareBreakdown.Read read, String text, String field, Location where, String what, List<Problem> problems) {
        Double total = percent(read.total(), field, where, what, problems);
        if (total == null) {
            return null;
        }
        if (!ShareBreakdown.addsUp(read, total)) {
            problems.add(new Problem(
                    source,
                    where,
                    field,
                    "share for '" + what + "' is '" + text + "': a total of " + trim(total) + " whose parts ("
                            + String.join(", ", read.parts()) + ") add up to " + trim(read.partsSum())
                            + "; write the column's figure alone"));
            return null;
        }
        return total;
    }

    /** {@code shares} scaled from their {@code sum} to 100, each to two decimals, in their order. */
    private static Map<String, Double> ofHundred(Map<String, Double> shares, double sum) {
        Map<String, Double> rebased = new LinkedHashMap<>();
        shares.forEach((option, share) -> rebased.put(option, Math.round(share * 100 / sum * 100) / 100.0));
        return rebased;
    }

    static double sum(Map<String, Double> shares) {
        return shares.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    /** The figures as printed, for a note: "khan 36, hall 18". */
    static String printed(Map<String, Double> shares) {
        StringBuilder out = new StringBuilder();
        shares.forEach((option, share) -> out.append(out.length() == 0 ? "" : ", ")
                .append(option)
                .append(' ')
                .append(trim(share)));
        return out.toString();
    }

    /** A figure as a poll prints it: 30, 4.5. */
    static String trim(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(Math.round(d * 100) / 100.0);
    }
}
