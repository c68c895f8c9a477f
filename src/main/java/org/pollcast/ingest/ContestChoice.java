package org.pollcast.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pollcast.BadInputException;
import org.pollcast.election.Contest;
import org.pollcast.election.Election;
import org.pollcast.election.Option;
import org.pollcast.election.Scope;

/**
 * Which election, contest and scope a poll speaks for: from its own columns or {@code --election} and {@code
 * --contest}, and when a file names no contest, from its scope or from the one contest whose options name every
 * share (a table's title breaking a tie; a file whose names fit several contests is refused). Each answer
 * is checked against the others (a row may not name another election than {@code --election}, nor a scope
 * its contest does not have).
 */
final class ContestChoice {
    /** How far ahead a poll with no election named may be of the election it is about: a term, and a postponement. */
    static final int CYCLE_YEARS = 5;
    /**
     * The raw field holding the title of the page a poll came from, when that title names the election's year: the
     * place it names ("2024 West Midlands mayoral election") tells apart the elections held that year.
     */
    static final String PAGE_TITLE = "page_title";

    private final String source;
    private final ElectionCatalog catalog;
    private final Election explicitElection;
    /** {@code --contest}: every poll's contest, or null to read it from the file. */
    private final String explicitContest;

    private final PollNames names;
    /** Today: a poll dated after it is a typo, whatever election its date would otherwise pick. */
    private final LocalDate today;

    private final Map<String, Election> electionsById = new HashMap<>();

    ContestChoice(
            String source,
            ElectionCatalog catalog,
            Election explicitElection,
            String explicitContest,
            PollNames names,
            LocalDate today) {
        this.source = source;
        this.catalog = catalog;
        this.explicitElection = explicitElection;
        this.explicitContest = explicitContest;
        this.names = names;
        this.today = today;
    }

    /**
     * The election, or null with a problem. A Westminster poll's {@code year} names the general election it asks
     * about, not an election day of the catalogue, so it is not compared: {@code --election} says which mayoral
     * election's trend it informs, and {@link #previousElection} bounds its date.
     */
    Election election(RawPoll raw, List<Problem> problems) {
        String id = raw.value("election");
        String year = raw.value("year");
        boolean westminster = ScopeWords.ofCell(raw.value("scope")).orElse(null) == Scope.WESTMINSTER;
        if (explicitElection != null) {
            if (!id.isEmpty() && !id.equals(explicitElection.id())) {
                problems.add(
                        Problem.at(source, raw, "election", "'" + id + "' but --election is " + explicitElection.id()));
                return null;
            }
            if (!year.isEmpty()
                    && !westminster
                    && !year.equals(Integer.toString(explicitElection.date().getYear()))) {
                problems.add(Problem.at(
                        source,
                        raw,
                        "year",
                        year + " but --election " + explicitElection.id() + " is held in "
                                + explicitElection.date().getYear()));
                return null;
            }
            return explicitElection;
        }
        if (!id.isEmpty()) {
            return electionsById.computeIfAbsent(id, k -> {
                try {
                    return catalog.resolveId(k);
                } catch (BadInputException e) {
                    problems.add(Problem.at(source, raw, "election", e.getMessage()));
                    return null;
                }
            });
        }
        if (!year.isEmpty() && westminster) {
            problems.add(Problem.at(
                    source,
                    raw,
                    "year",
                    year + " is the general election this Westminster poll asks about; "
                            + "give --election, the mayoral election whose trend it informs (e.g. london-2028)"));
            return null;
        }
        if (!year.isEmpty()) {
            if (!year.matches("\\d{4}")) {
                problems.add(Problem.at(source, raw, "year", "'" + year + "' is not a year"));
                return null;
            }
            List<Election> inYear = catalog.inYear(Integer.parseInt(year));
            if (inYear.size() == 1) {
                return inYear.get(0);
            }
            if (inYear.isEmpty()) {
                problems.add(Problem.at(source, raw, "year", "no election defined in " + year));
                return null;
            }
            // Several places vote on one day (London and the West Midlands in 2021 and 2024): the poll is the
            // election's of the place its page's title names, else the election's whose candidates or parties it
            // names, when only one of the year's elections has them all.
            List<Election> titled = inYear.stream()
                    .filter(e -> namesPlace(raw.value(PAGE_TITLE), e))
                    .toList();
            if (titled.size() == 1) {
                return titled.get(0);
            }
            List<Election> fits = inYear.stream().filter(e -> namesAll(raw, e)).toList();
            if (fits.size() == 1) {
                return fits.get(0);
            }
            problems.add(Problem.at(
                    source,
                    raw,
                    "year",
                    "more than one election in " + year + " ("
                            + String.join(
                                    ", ", inYear.stream().map(Election::id).toList()) + ") and "
                            + (fits.isEmpty()
                                    ? "the names of this poll are options of none of them"
                                    : "the names of this poll fit "
                                            + String.join(
                                                    " and ",
                                                    fits.stream()
                                                            .map(Election::id)
                                                            .toList()))
                            + placesNamed(raw.value(PAGE_TITLE), inYear, titled)
                            + "; use --election or an election column"));
            return null;
        }
        if (!westminster) {
            Optional<Dated> dated = fullDate(raw);
            if (dated.isPresent() && dated.get().date().isAfter(today)) {
                // Said here, before the date picks an election: a typo'd year (2027 for 2024) would otherwise pick a
                // later election and be refused for names or a contest that have nothing to do with it.
                problems.add(Problem.at(
                        source,
                        raw,
                        dated.get().field(),
                        dated.get().date() + " is in the future (today is " + today + ")"));
                return null;
            }
            if (dated.isPresent()) {
                return byDate(raw, dated.get().date(), problems);
            }
            Optional<String> unreadable = unreadableDate(raw);
            if (unreadable.isPresent()) {
                // A date with a year that is no date (30 February): that, not the election, is what to correct.
                problems.add(Problem.at(
                        source,
                        raw,
                        unreadable.get(),
                        "'" + raw.value(unreadable.get()) + "' is not a date (YYYY-MM-DD, 30/04/2024 or 30 Apr 2024)"));
                return null;
            }
        }
        problems.add(
                new Problem(source, raw.location(), "election", "no election: give --election or an election column"));
        return null;
    }

    /**
     * With no election, year or page title, a poll's own date and names tell its election: the first election held
     * on or after the poll (within {@value #CYCLE_YEARS} years, a term and a postponement) whose options include
     * every name it reports. A poll of 4 April 2024 naming Sadiq Khan and Susan Hall is london-2024's; a poll of
     * 2025 by party (Labour, Conservative) is the next election's, london-2028, not 2024's, already held. Several
     * places voting on that day and fitting alike are an error that names them.
     */
    private Election byDate(RawPoll raw, LocalDate date, List<Problem> problems) {
        List<Election> fits = catalog.all().stream()
                .filter(e ->
                        !e.date().isBefore(date) && !e.date().isAfter(date.plusYears(CYCLE_YEARS)) && namesAll(raw, e))
                .sorted(java.util.Comparator.comparing(Election::date))
                .toList();
        if (fits.isEmpty()) {
            if (!strangersOfNearest(raw, date, problems)) {
                problems.add(new Problem(
                        source,
                        raw.location(),
                        "election",
                        "no election: none held within " + CYCLE_YEARS + " years after " + date
                                + " has every name of this poll; give --election or an election column"));
            }
            return null;
        }
        List<Election> first =
                fits.stream().filter(e -> e.date().equals(fits.get(0).date())).toList();
        List<Election> titled =
                first.stream().filter(e -> namesPlace(raw.value(PAGE_TITLE), e)).toList();
        if (first.size() == 1 || titled.size() == 1) {
            return first.size() == 1 ? first.get(0) : titled.get(0);
        }
        problems.add(new Problem(
                source,
                raw.location(),
                "election",
                "no election given, and the names of this poll fit "
                        + String.join(" and ", first.stream().map(Election::id).toList()) + ", held on "
                        + first.get(0).date() + "; use --election or an election column"));
        return null;
    }

    /**
     * When no election after {@code date} has every name of the poll, but the first one (in the window) that has
     * some of them has all but a few: those few are most likely misspelt. Adds a problem naming each one's column,
     * with the closest name of that election, and returns true; false when no election has any name of the poll.
     */
    private boolean strangersOfNearest(RawPoll raw, LocalDate date, List<Problem> problems) {
        List<String> reported = reportedNames(raw);
        for (Election e : catalog.all().stream()
                .filter(e -> !e.date().isBefore(date) && !e.date().isAfter(date.plusYears(CYCLE_YEARS)))
                .sorted(java.util.Comparator.comparing(Election::date))
                .toList()) {
            List<String> strangers = namesOfNoContest(raw, e);
            String which = "in " + e.id() + " (" + e.date() + "), the first election after " + date
                    + " with this poll's other names: ";
            if (strangers.size() < reported.size() && reportStrangers(raw, e, strangers, which, problems)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Names {@code strangers}, the names of {@code raw} that are no option of {@code election}, in their own columns
     * with the closest name of the one contest the poll's other names fit, after {@code which} (how the election was
     * chosen, or empty); false (nothing added) when they fit no contest or several.
     */
    private boolean reportStrangers(
            RawPoll raw, Election election, List<String> strangers, String which, List<Problem> problems) {
        List<Contest> fits = election.contests().values().stream()
                .filter(c -> {
                    OptionResolver r = names.options(election, c);
                    return reportedNames(raw).stream()
                            .allMatch(n -> strangers.contains(n) || r.resolve(n).isPresent());
                })
                .toList();
        if (fits.size() != 1) {
            return false;
        }
        OptionResolver r = names.options(election, fits.get(0));
        for (RawShare s : raw.shares()) {
            if (!PollShares.isNotReported(s.value()) && strangers.contains(s.name())) {
                problems.add(new Problem(
                        source,
                        s.location(),
                        s.field(),
                        which
                                + r.explain(s.name())
                                + (which.isEmpty() ? " (is " + election.id() + " the right election?)" : "")));
            }
        }
        return true;
    }

    private static List<String> reportedNames(RawPoll raw) {
        return raw.shares().stream()
                .filter(sh -> !PollShares.isNotReported(sh.value()))
                .map(RawShare::name)
                .toList();
    }

    /** The first date field written with its full year that reads as no date ("2024-02-30"), if any. */
    private static Optional<String> unreadableDate(RawPoll raw) {
        for (String field : List.of("fieldwork_end", "fieldwork_start", "published")) {
            String text = raw.value(field);
            if (!text.isEmpty()
                    && FieldworkDates.hasYear(text)
                    && TwoDigitYear.of(text).isEmpty()
                    && FieldworkDates.parse(text, null).isEmpty()
                    && FieldworkDates.monthOnly(text).isEmpty()) {
                return Optional.of(field);
            }
        }
        return Optional.empty();
    }

    /** A poll's date and the field it was read from. */
    private record Dated(LocalDate date, String field) {}

    /**
     * The poll's date when written with its year (fieldwork end, else start, else the publication date or month):
     * enough to tell its election, not yet checked against it.
     */
    private static Optional<Dated> fullDate(RawPoll raw) {
        for (String field : List.of("fieldwork_end", "fieldwork_start", "published")) {
            String text = raw.value(field);
            if (text.isEmpty()
                    || !FieldworkDates.hasYear(text)
                    || TwoDigitYear.of(text).isPresent()) {
                continue;
            }
            Optional<FieldworkDates.Range> r = FieldworkDates.parse(text, null);
            if (r.isPresent() && r.get().end() != null) {
                return Optional.of(new Dated(r.get().end(), field));
            }
            Optional<java.time.YearMonth> month = FieldworkDates.monthOnly(text);
            if (month.isPresent()) {
                return Optional.of(new Dated(month.get().atDay(1), field));
            }
        }
        return Optional.empty();
    }

    /**
     * The election before {@code election} (its baseline), or null when it has none or it is not in the catalogue.
     * A Westminster poll informs the first mayoral election after it, so it must be dated after that one.
     */
    Election previousElection(Election election) {
        if (election.baseline() == null) {
            return null;
        }
        return electionsById.computeIfAbsent("baseline:" + election.baseline(), k -> {
            try {
                return catalog.resolve(election.baseline());
            } catch (BadInputException e) {
                return null;
            }
        });
    }

    /**
     * The contest of {@code election}, or null with a problem. Throws when the names fit several contests and
     * nothing says which: that is a choice for the whole file, which only its author can make.
     */
    Contest contest(RawPoll raw, Election election, List<Problem> problems) {
        String id = raw.value("contest");
        if (explicitContest != null) {
            if (!id.isEmpty() && !id.equals(explicitContest)) {
                problems.add(Problem.at(source, raw, "contest", "'" + id + "' but --contest is " + explicitContest));
                return null;
            }
            id = explicitContest;
        }
        if (!id.isEmpty()) {
            Optional<Contest> c = election.contest(id);
            if (c.isEmpty()) {
                problems.add(Problem.at(
                        source,
                        raw,
                        "contest",
                        "unknown contest '" + id + "' in " + election.id() + "; known: "
                                + String.join(", ", election.contests().keySet())));
            }
            return c.orElse(null);
        }
        Optional<Scope> scope = ScopeWords.ofCell(raw.value("scope"));
        if (scope.isPresent() && election.contestFor(scope.get()).isPresent()) {
            Contest byScope = election.contestFor(scope.get()).get();
            if (!resolvesAll(raw, election, byScope)) {
                Optional<Contest> byNames = election.contests().values().stream()
                        .filter(c -> c != byScope && resolvesAll(raw, election, c))
                        .findFirst();
                if (byNames.isPresent()) {
                    problems.add(Problem.at(
                            source,
                            raw,
                            "scope",
                            "'" + raw.value("scope") + "' is a scope of " + byScope.id()
                                    + ", but the options named are those of "
                                    + byNames.get().id()));
                    return null;
                }
            }
            return byScope;
        }
        if (election.contests().size() == 1) {
            return election.contests().values().iterator().next();
        }
        // No contest and no scope: the one contest whose options name every share. Among several, the one
        // whose options account for the most words of the names: a column headed "Khan Lab" (candidate over
        // party) is the Mayor's, for whom both words mean Khan, where the Assembly's parties account for "Lab"
        // only. Party names count for a candidate, so "Labour, Conservative" columns still fit the Mayor and the
        // Assembly alike: a table's title may say which, else the file is refused, as either guess files half the
        // party-level polls wrongly.
        List<Contest> fits = new ArrayList<>(election.contests().values().stream()
                .filter(c -> resolvesAll(raw, election, c))
                .toList());
        Map<Contest, Long> unknownWords = new HashMap<>();
        fits.forEach(c -> unknownWords.put(c, unknownWords(raw, election, c)));
        long least =
                unknownWords.values().stream().mapToLong(Long::longValue).min().orElse(0);
        fits.removeIf(c -> unknownWords.get(c) > least);
        if (fits.size() == 1) {
            return fits.get(0);
        }
        if (fits.size() > 1) {
            List<Contest> tied = List.copyOf(fits);
            return ContestWords.pick(raw.value(ContestWords.FIELD), tied)
                    .orElseThrow(() -> undecided(raw, election, tied));
        }
        // None fits: a name that is no option of any contest (misspelt, or a candidate of another year: the wrong
        // election?). When the other names fit one contest, each such name is said in its own column with the
        // closest name of that contest, as when the contest is given.
        List<String> strangers = namesOfNoContest(raw, election);
        if (!strangers.isEmpty()
                && strangers.size() < reportedNames(raw).size()
                && reportStrangers(raw, election, strangers, "", problems)) {
            return null;
        }
        List<String> unknown = strangers.stream().map(n -> "'" + n + "'").toList();
        problems.add(new Problem(
                source,
                raw.location(),
                "contest",
                "cannot tell which contest of " + election.id() + " this poll is about"
                        + (unknown.isEmpty()
                                ? "; add a contest column ("
                                        + String.join(", ", election.contests().keySet()) + ") or a scope column"
                                : ": " + String.join(", ", unknown)
                                        + (unknown.size() == 1
                                                ? " is no candidate or party"
                                                : " are no candidates or parties")
                                        + " of any of its"
                                        + " contests (is " + election.id() + " the right election?)")));
        return null;
    }

    /**
     * What the page title said of the year's places, when it did not pick one: that it names none of them (the
     * page may be about a place whose election is not defined) or several.
     */
    private static String placesNamed(String title, List<Election> inYear, List<Election> titled) {
        if (title.isEmpty() || titled.size() == 1) {
            return "";
        }
        String places = String.join(
                ", ", inYear.stream().map(e -> e.id() + ": " + e.area()).toList());
        return titled.isEmpty()
                ? "; the page title '" + title + "' names none of their places (" + places + "): if it is about"
                        + " another place, define its election (docs/election-definitions.md, with its area)"
                : "; the page title '" + title + "' names several of their places (" + places + ")";
    }

    /**
     * True when {@code title} names {@code election}'s place, its area ("West Midlands", or "Wm" made from an id
     * with no area) folded, spaces aside: "2024 West Midlands mayoral election" names wm-2024, not london-2024.
     */
    private static boolean namesPlace(String title, Election election) {
        String place = Names.fold(election.area()).replace(" ", "");
        return !title.isEmpty()
                && !place.isEmpty()
                && Names.fold(title).replace(" ", "").contains(place);
    }

    /** Whether every reported share of the poll names an option of some contest of {@code election}. */
    private boolean namesAll(RawPoll raw, Election election) {
        return raw.shares().stream().anyMatch(sh -> !PollShares.isNotReported(sh.value()))
                && namesOfNoContest(raw, election).isEmpty();
    }

    /** The names of the poll's reported shares that are no candidate or party of any contest of {@code election}. */
    List<String> namesOfNoContest(RawPoll raw, Election election) {
        return raw.shares().stream()
                .filter(sh -> !PollShares.isNotReported(sh.value()))
                .map(RawShare::name)
                .filter(n -> election.contests().values().stream()
                        .noneMatch(c -> names.options(election, c).resolve(n).isPresent()))
                .toList();
    }

    /**
     * The refusal of a file whose names fit several contests: the header, what each name would be in each contest,
     * and the two ways to say which.
     */
    private BadInputException undecided(RawPoll raw, Election election, List<Contest> fits) {
        List<String> ids = fits.stream().map(Contest::id).toList();
        List<String> details = new ArrayList<>();
        details.add((raw.location().line() > 0 ? "header: " : "table columns: ")
                + org.pollcast.Printable.oneLine(String.join(",", raw.rows().header())));
        for (Contest c : fits) {
            OptionResolver r = names.options(election, c);
            details.add("as " + c.id() + ": "
                    + String.join(
                            ", ",
                            raw.shares().stream()
                                    .filter(sh -> !PollShares.isNotReported(sh.value()))
                                    .map(sh -> sh.name() + " = "
                                            + optionName(c, r.resolve(sh.name()).orElseThrow()))
                                    .toList()));
        }
        String contestOptions = either(ids.stream().map(c -> "--contest " + c).toList(), "or");
        String howToSay = raw.location().line() > 0
                ? "the file does not say which; add a contest column ("
                        + String.join(", ", election.contests().keySet()) + ") or a scope column, or pass "
                        + contestOptions
                // An HTML table: its titles are read (see TableTitles), its page title is not.
                : "neither the table's titles (its caption, title rows, the bold line above it or a heading) say"
                        + " which (as 'Mayor', 'Assembly', 'Constituency vote' or 'List vote' would) and no poll of the"
                        + " table has a run-off;"
                        + " pass " + contestOptions;
        return new BadInputException(
                source + ":" + raw.location() + ": field 'contest': cannot tell which contest of " + election.id()
                        + " this poll is about: its columns name options of " + either(ids, "and") + " alike, and "
                        + howToSay + " (nothing from this file was stored)",
                details);
    }

    /** "a", "a and b", "a, b and c". */
    private static String either(List<String> items, String last) {
        int n = items.size();
        return n == 1 ? items.get(0) : String.join(", ", items.subList(0, n - 1)) + " " + last + " " + items.get(n - 1);
    }

    private static String optionName(Contest contest, String optionId) {
        return contest.pollOptions().stream()
                .filter(o -> o.id().equals(optionId))
                .map(Option::name)
                .findFirst()
                .orElse(optionId);
    }

    /** The scope: the row's, which {@code contest}'s system must have, else the contest's default. */
    Scope scope(RawPoll raw, Contest contest, List<Problem> problems) {
        String text = raw.value("scope");
        if (text.isEmpty()) {
            return contest.defaultScope();
        }
        Optional<Scope> scope = ScopeWords.ofCell(text);
        if (scope.isEmpty() || !contest.scopes().contains(scope.get())) {
            problems.add(Problem.at(
                    source,
                    raw,
                    "scope",
                    "'" + text + "' is not a scope of " + contest.id() + " ("
                            + contest.system().code() + "); expected one of " + contest.scopes()));
            return contest.defaultScope();
        }
        return scope.get();
    }

    /** The words of the reported shares' names that name nothing in {@code contest}. */
    private long unknownWords(RawPoll raw, Election election, Contest contest) {
        OptionResolver r = names.options(election, contest);
        return raw.shares().stream()
                .filter(s -> !PollShares.isNotReported(s.value()))
                .mapToLong(s -> r.unknownWords(s.name()))
                .sum();
    }

    /** True when every reported share names an option of {@code contest}, a party standing for its candidate. */
    private boolean resolvesAll(RawPoll raw, Election election, Contest contest) {
        OptionResolver r = names.options(election, contest);
        return raw.shares().stream()
                .allMatch(s -> PollShares.isNotReported(s.value())
                        || r.resolve(s.name()).isPresent());
    }
}
