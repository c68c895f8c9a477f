package org.pollcast.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pollcast.BadInputException;
import org.pollcast.Printable;
import org.pollcast.election.Contest;
import org.pollcast.election.Election;
import org.pollcast.election.Option;
import org.pollcast.election.Scope;

/**
 * Which contest and scope of its election (see {@link ElectionChoice}) a poll speaks for: from its own columns or
 * {@code --contest}, and when a file names no contest, from its scope or from the one contest whose options name
 * every share (a table's title breaking a tie; a file whose names fit several contests is refused). Each answer
 * is checked against the others (a row may not name another contest than {@code --contest}, nor a scope its
 * contest does not have).
 */
final class ContestChoice {
    private final String source;
    /** {@code --contest}: every poll's contest, or null to read it from the file. */
    private final String explicitContest;

    private final PollNames names;

    ContestChoice(String source, String explicitContest, PollNames names) {
        this.source = source;
        this.explicitContest = explicitContest;
        this.names = names;
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
        List<String> strangers = names.namesOfNoContest(raw, election);
        if (!strangers.isEmpty()
                && strangers.size() < PollNames.reportedNames(raw).size()
                && names.reportStrangers(raw, election, strangers, "", problems)) {
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
     * The refusal of a file whose names fit several contests: the header, what each name would be in each contest,
     * and the two ways to say which.
     */
    private BadInputException undecided(RawPoll raw, Election election, List<Contest> fits) {
        List<String> ids = fits.stream().map(Contest::id).toList();
        List<String> details = new ArrayList<>();
        details.add((raw.location().line() > 0 ? "header: " : "table columns: ")
                + Printable.oneLine(String.join(",", raw.rows().header())));
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
                // An HTML table: its titles are read (see TableTitles), then its ballots, then the page's title.
                : "neither the table's titles (its caption, title rows, the bold line above it or a heading) nor the"
                        + " page's title say which (as 'Mayor', 'Assembly', 'Westminster', 'Constituency vote' or"
                        + " 'List vote' would) and no poll of the table has a run-off;"
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

    static String optionName(Contest contest, String optionId) {
        return contest.pollOptions().stream()
                .filter(o -> o.id().equals(optionId))
                .map(Option::name)
                .findFirst()
                .orElse(optionId);
    }

    /** The scope: the row's, which {@code contest}'s system must have, else the contest's default. */
    Scope scope(RawPoll raw, Contest contest, List<Problem> problems) {
        String text = raw.value("scope");
        if (text.isEmpty() || ScopeWords.isElectionCode(text)) {
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
        // "Not stated" is the contest's default: the list, where the list is the only ballot.
        return scope.get() == Scope.UNSPECIFIED ? contest.defaultScope() : scope.get();
    }

    /** The words of the reported shares' names that name nothing in {@code contest}. */
    private long unknownWords(RawPoll raw, Election election, Contest contest) {
        OptionResolver r = names.options(election, contest);
        return raw.shares().stream()
                .filter(s -> !PollShares.isNotReported(s.value()))
                .mapToLong(s -> r.unknownWords(s.name()))
                .sum();
    }

    /**
     * For a page poll's placement only, where {@link #contest} found none: the one contest whose options name every
     * share but strangers to the whole election, fewer than half the names. Those strangers may be small figures that
     * {@link SurveyPolls#unlistedInOther} counts in the others; once counted there the poll names one contest's options
     * alone and is placed as any other. A London table's column of a candidate the definition lacks fitted neither the
     * Mayor nor the Assembly, and the placement that would have counted it in the others found no contest.
     */
    Optional<Contest> contestButForStrangers(RawPoll raw, Election election) {
        if (explicitContest != null || !raw.value("contest").isEmpty()) {
            return Optional.empty(); // the contest was given: its refusal stands
        }
        List<String> strangers = names.namesOfNoContest(raw, election);
        if (strangers.isEmpty()
                || strangers.size() * 2 >= PollNames.reportedNames(raw).size()) {
            return Optional.empty();
        }
        List<Contest> fits = election.contests().values().stream()
                .filter(c -> resolvesAll(raw, election, c, strangers))
                .toList();
        return fits.size() == 1 ? Optional.of(fits.get(0)) : Optional.empty();
    }

    /** True when every reported share names an option of {@code contest}, a party standing for its candidate. */
    private boolean resolvesAll(RawPoll raw, Election election, Contest contest) {
        return resolvesAll(raw, election, contest, List.of());
    }

    /** As {@link #resolvesAll(RawPoll, Election, Contest)}, the shares named {@code excused} aside. */
    private boolean resolvesAll(RawPoll raw, Election election, Contest contest, List<String> excused) {
        OptionResolver r = names.options(election, contest);
        return raw.shares().stream()
                .allMatch(s -> PollShares.isNotReported(s.value())
                        || excused.contains(s.name())
                        || r.resolve(s.name()).isPresent());
    }
}
