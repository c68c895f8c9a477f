package org.pollcast.ingest;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.pollcast.BadInputException;
import org.pollcast.election.AdditionalMemberContest;
import org.pollcast.election.Election;
import org.pollcast.election.Scope;

/**
 * Which election a poll speaks for: {@code --election}, else its own election or year column (the place its page's
 * title names, or the names it reports, telling apart the elections held that year), else its own date and names
 * (the first election after it whose options include every name). Each answer is checked against the others (a
 * row may not name another election than {@code --election}, nor a year it is not held in). {@link ContestChoice}
 * then says which contest and scope of that election.
 */
final class ElectionChoice {
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

    private final PollNames names;
    /** Today: a poll dated after it is a typo, whatever election its date would otherwise pick. */
    private final LocalDate today;

    private final Map<String, Election> electionsById = new HashMap<>();
    /**
     * The catalogue's elections in date order ({@link ElectionCatalog#all}), read once per file: telling a poll's election by its date asks for
     * them at every row, and reading them lists the definitions folder and checks every file.
     */
    private List<Election> all;

    ElectionChoice(
            String source, ElectionCatalog catalog, Election explicitElection, PollNames names, LocalDate today) {
        this.source = source;
        this.catalog = catalog;
        this.explicitElection = explicitElection;
        this.names = names;
        this.today = today;
    }

    private List<Election> all() {
        if (all == null) {
            all = catalog.all();
        }
        return all;
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
                    if (catalog.ids().contains(k)) {
                        // The definition is there but cannot be read: no row of this election can be stored, and
                        // the trial's kit repeated one YAML error (a duplicated alias) on each of its 15 rows as
                        // the CSV's "field 'election'". Stop once, naming the definition's file, line and field.
                        throw e;
                    }
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
            List<Election> fits =
                    inYear.stream().filter(e -> names.namesAll(raw, e)).toList();
            if (fits.size() == 1) {
                return fits.get(0);
            }
            Election byDay = firstStillPolled(raw, titled.size() > 1 ? titled : fits);
            if (byDay != null) {
                return byDay;
            }
            problems.add(Problem.at(
                    source,
                    raw,
                    "year",
                    "more than one election in " + year + " ("
                            + String.join(
                                    ", ", inYear.stream().map(Election::id).toList()) + ") and "
                            + (fits.isEmpty()
                                    ? "the names of this poll are options of none of them" + nearestFit(raw, inYear)
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
            Optional<PollDates.Dated> dated = PollDates.fullDate(raw);
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
            Optional<String> unreadable = PollDates.unreadableDate(raw);
            if (unreadable.isPresent()) {
                // A date with a year that is no date (30 February): that, not the election, is what to correct.
                problems.add(Problem.at(
                        source,
                        raw,
                        unreadable.get(),
                        SlashDateOrder.contradiction(raw.value(unreadable.get()))
                                .orElse("'" + raw.value(unreadable.get())
                                        + "' is not a date (YYYY-MM-DD, 30/04/2024 or 30 Apr 2024)")));
                return null;
            }
        }
        Optional<RawPoll.RawField> yearless = westminster ? Optional.empty() : dateWithoutYear(raw);
        if (yearless.isPresent()) {
            // A polling site's dates without a year ("Jun 10–16"): the date is what cannot pick the election, and the
            // bare "no election" sent a user looking for a missing column.
            problems.add(new Problem(
                    source,
                    raw.location(),
                    yearless.get().column(),
                    "'" + yearless.get().value().strip() + "' gives no year, so no election is known by its date: give"
                            + " --election or an election column"));
            return null;
        }
        problems.add(
                new Problem(source, raw.location(), "election", "no election: give --election or an election column"));
        return null;
    }

    /** The poll's first date cell that holds a date's words but no year of four digits, if any. */
    private static Optional<RawPoll.RawField> dateWithoutYear(RawPoll raw) {
        for (String f : List.of("dates", "fieldwork_end", "fieldwork_start", "published")) {
            RawPoll.RawField cell = raw.fields().get(f);
            if (cell != null
                    && cell.value() != null
                    && !cell.value().isBlank()
                    && cell.column() != null
                    && !FOUR_DIGITS.matcher(cell.value()).find()) {
                return Optional.of(cell);
            }
        }
        return Optional.empty();
    }

    private static final Pattern FOUR_DIGITS = Pattern.compile("\\d{4}");

    /**
     * Of one place's elections of a year that a poll fits alike (a vote annulled and re-run three months later:
     * Istanbul's of 31 March and 23 June 2019), the first still polled on the poll's date, as for a poll with no year:
     * a March poll is the first vote's, a May poll the re-run's. Null when the poll has no date or that leaves none,
     * or several held on one day (two places, which the title or names must tell apart).
     */
    private static Election firstStillPolled(RawPoll raw, List<Election> alike) {
        Optional<PollDates.Dated> dated = PollDates.fullDate(raw);
        // One place's only: a federal poll of January fits a province's February election as well as the federal
        // one of April by its parties, and the date alone would give it to the province (review).
        if (alike.size() < 2
                || dated.isEmpty()
                || alike.stream().map(Election::series).distinct().count() > 1) {
            return null;
        }
        List<Election> open = alike.stream()
                .filter(e -> !e.lastPollDay().isBefore(dated.get().date()))
                .sorted(Comparator.comparing(Election::date))
                .toList();
        if (open.isEmpty()
                || (open.size() > 1 && open.get(1).date().equals(open.get(0).date()))) {
            return null;
        }
        return open.get(0);
    }

    /**
     * With no election, year or page title, a poll's own date and names tell its election: the first election held
     * on or after the poll (within {@value #CYCLE_YEARS} years, a term and a postponement) whose options include
     * every name it reports. A poll of 4 April 2024 naming Sadiq Khan and Susan Hall is london-2024's; a poll of
     * 2025 by party (Labour, Conservative) is the next election's, london-2028, not 2024's, already held. Several
     * places voting on that day and fitting alike are an error that names them.
     */
    private Election byDate(RawPoll raw, LocalDate date, List<Problem> problems) {
        List<Election> fits =
                stillPolledOn(date).stream().filter(e -> names.namesAll(raw, e)).toList();
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
        List<Election> first = earliest(fits);
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
     * The elections a poll of {@code date} may be about, in date order: still polled for on that day, and held within
     * {@value #CYCLE_YEARS} years of it (a term and a postponement).
     */
    private List<Election> stillPolledOn(LocalDate date) {
        return all().stream()
                .filter(e -> !e.lastPollDay().isBefore(date) && !e.date().isAfter(date.plusYears(CYCLE_YEARS)))
                .toList();
    }

    /** Of {@code fits}, in date order, those held on the first of their days (empty for none). */
    private static List<Election> earliest(List<Election> fits) {
        return fits.isEmpty()
                ? fits
                : fits.stream().filter(e -> e.date().equals(fits.get(0).date())).toList();
    }

    /**
     * The election a page's poll is placed in to count its small unlisted parties in Others ({@link
     * SurveyPolls#unlistedInOther}): as {@link #election}, else, with no election or year to tell it and no election
     * naming every party of the poll, the first on or after its date whose parties it names but for small ones ({@link
     * #allButSmallParties}); null when none. Only a page's placement asks this: once those parties are in Others the
     * poll names the election's parties alone, and is placed as any other. A file of polls (a CSV) never counts a
     * stranger in Others, and its refusal still names the election it was read against.
     */
    Election electionForSmallParties(RawPoll raw, List<Problem> problems) {
        Election found = election(raw, problems);
        if (found != null || explicitElection != null || !raw.value("year").isEmpty()) {
            return found;
        }
        Optional<PollDates.Dated> dated = PollDates.fullDate(raw);
        if (dated.isEmpty()) {
            return null;
        }
        LocalDate date = dated.get().date();
        List<Election> first = earliest(stillPolledOn(date).stream()
                .filter(e -> allButSmallParties(raw, e))
                .toList());
        return first.size() == 1 ? first.get(0) : null;
    }

    /**
     * Whether {@code election} is a vote between parties (a parliament's list, or {@code office: none}) whose options
     * the poll names but for a few small parties, each of at most {@value SurveyPolls#MAX_UNLISTED} points and
     * {@value SurveyPolls#MAX_UNLISTED_TOTAL} together: the parties its definition leaves to Others, which the poll's
     * placement counts there with a note, as it does where the election is given. A Greek poll page listing National
     * Creation at 1.7% (no party of the May 2023 definition) was refused as of no election unless {@code --election}
     * was given, where the same page with it was read, that party in Others.
     */
    private boolean allButSmallParties(RawPoll raw, Election election) {
        if (!election.partyVote()
                && election.contests().values().stream().noneMatch(AdditionalMemberContest.class::isInstance)) {
            return false;
        }
        List<String> reported = PollNames.reportedNames(raw);
        List<String> strangers = names.namesOfNoContest(raw, election);
        if (strangers.isEmpty() || strangers.size() * 2 >= reported.size()) {
            return false;
        }
        double sum = 0;
        for (RawShare s : raw.shares()) {
            if (!strangers.contains(s.name())) {
                continue;
            }
            Double v = SurveyPolls.figure(s.value());
            if (v == null || v > SurveyPolls.MAX_UNLISTED) {
                return false;
            }
            sum += v;
        }
        return sum <= SurveyPolls.MAX_UNLISTED_TOTAL;
    }

    /**
     * When no election after {@code date} has every name of the poll, but the first one (in the window) that has
     * some of them has all but a few: those few are most likely misspelt. Adds a problem naming each one's column,
     * with the closest name of that election, and returns true; false when no election has any name of the poll.
     */
    private boolean strangersOfNearest(RawPoll raw, LocalDate date, List<Problem> problems) {
        List<String> reported = PollNames.reportedNames(raw);
        for (Election e : stillPolledOn(date)) {
            List<String> strangers = names.namesOfNoContest(raw, e);
            String which = "in " + e.id() + " (" + e.date() + "), the first election still polled on " + date
                    + " with this poll's other names: ";
            if (strangers.size() < reported.size() && names.reportStrangers(raw, e, strangers, which, problems)) {
                return true;
            }
        }
        return false;
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
     * Of the year's elections, the one whose options the poll names all but fewest of, and those it lacks: a party
     * column the definition leaves out (the SNP's on a Great Britain table) is then the thing to correct, where "none
     * of them" sent the user looking for the wrong election. Empty when none names any of the poll's names.
     */
    private String nearestFit(RawPoll raw, List<Election> inYear) {
        int reported = PollNames.reportedNames(raw).size();
        Map<Election, List<String>> lacking = new LinkedHashMap<>();
        inYear.forEach(e -> lacking.put(e, names.namesOfNoContest(raw, e)));
        int fewest = lacking.values().stream().mapToInt(List::size).min().orElse(reported);
        if (fewest >= reported) {
            return "";
        }
        // Several alike (two places' parties of one year): each is named, none chosen for the user.
        List<Election> nearest =
                inYear.stream().filter(e -> lacking.get(e).size() == fewest).toList();
        return " (" + String.join(" and ", nearest.stream().map(Election::id).toList())
                + (nearest.size() == 1 ? " has" : " have") + " every name of this poll but "
                + String.join(
                        ", ",
                        lacking.get(nearest.get(0)).stream()
                                .map(n -> "'" + n + "'")
                                .toList())
                + ": add what it lacks to the definition of the election the poll is about)";
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
                && (Names.fold(title).replace(" ", "").contains(place) || namesPlaceAsAdjective(title, place));
    }

    /**
     * True when a word of {@code title} is {@code place} (folded, one word) as an adjective: the place less its last
     * vowel or "y", then up to four letters ("Mexican" for Mexico, "Argentine" for Argentina, "Canadian" for Canada,
     * "German" for Germany), the stem at least five letters. Encyclopedia titles name a country so ("Opinion polling for
     * the 2024 Mexican general election"); before, such a title named no place, and a poll that fit no election of its
     * year was refused saying the title names none of their places (mx-2024: Mexico).
     */
    static boolean namesPlaceAsAdjective(String title, String place) {
        String stem = place.replaceFirst("[aeiouy]$", "");
        if (stem.length() < 5 || stem.equals(place)) {
            return false;
        }
        // A country in "-ia" whose adjective drops both letters: "Czech" for Czechia, "Slovak" for Slovakia. Before, a
        // Czech table's title named no place, and a poll that fit two elections of its year could not be placed.
        String shortened = place.endsWith("ia") ? place.substring(0, place.length() - 2) : null;
        for (String word : Names.fold(title).split(" ")) {
            if ((word.startsWith(stem) && word.length() <= stem.length() + 4)
                    || (shortened != null && shortened.length() >= 5 && word.equals(shortened))) {
                return true;
            }
        }
        return false;
    }
}
