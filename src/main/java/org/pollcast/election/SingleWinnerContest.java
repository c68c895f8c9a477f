package org.pollcast.election;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A contest with one winner (a mayor), counted by {@link #system()}. {@code withdrawn} lists candidates who
 * withdrew: polls may give them a share (kept with the poll) but they are not options of the count.
 *
 * @param areas       the areas it is counted and declared by on election night, when the definition lists them; empty
 *                    otherwise ({@link Election#countAreas} then falls back on the Assembly's constituencies)
 * @param secondRound the day of the second round under {@link VotingSystem#TWO_ROUND} (the first round is the
 *                    election's date), else null: run-off polls may be dated up to it
 * @param outright    a two-round contest's rules of an outright first-round win ({@link OutrightRule}); empty: over
 *                    half of the valid votes
 * @param leftSecondRound finalists of a two-round contest who withdrew from its second round, off its ballot, by
 *                    candidate id with the day (Boston 2025's Josh Kraft, 11 September): the other finalist then
 *                    stands unopposed
 * @param completeBallot whether {@code candidates} are everyone on the ballot (the definition's {@code ballot:
 *                    complete}): no one else stands for a poll's unprinted remainder to be, so it is those naming no
 *                    one, where otherwise a definition may list only a long ballot's leaders and the rest is "Others"
 */
public record SingleWinnerContest(
        String id,
        VotingSystem system,
        List<Candidate> candidates,
        List<WithdrawnCandidate> withdrawn,
        Set<Scope> scopes,
        List<CountArea> areas,
        LocalDate secondRound,
        List<OutrightRule> outright,
        java.util.Map<String, LocalDate> leftSecondRound,
        boolean completeBallot)
        implements Contest {

    public SingleWinnerContest {
        candidates = List.copyOf(candidates);
        withdrawn = List.copyOf(withdrawn);
        areas = List.copyOf(areas);
        if (scopes.isEmpty() || !system.scopes().containsAll(scopes)) {
            throw new IllegalArgumentException("scopes " + scopes + " are not scopes of " + system.code());
        }
        scopes = Collections.unmodifiableSet(EnumSet.copyOf(scopes));
        if ((secondRound != null) != (system == VotingSystem.TWO_ROUND)) {
            throw new IllegalArgumentException("a second round's date goes with two-round counting, and only with it");
        }
        outright = new CountRules(system, outright).outright(); // checks the rules go with the system
        leftSecondRound = java.util.Map.copyOf(leftSecondRound);
        if (!leftSecondRound.isEmpty() && secondRound == null) {
            throw new IllegalArgumentException("only a two-round contest has a second round to withdraw from");
        }
    }

    public SingleWinnerContest(
            String id,
            VotingSystem system,
            List<Candidate> candidates,
            List<WithdrawnCandidate> withdrawn,
            Set<Scope> scopes,
            List<CountArea> areas,
            LocalDate secondRound,
            List<OutrightRule> outright) {
        this(id, system, candidates, withdrawn, scopes, areas, secondRound, outright, java.util.Map.of(), false);
    }

    /**
     * The finalist of {@code pair} who withdrew from the second round by {@code day} (its ballot then names the other
     * alone), if any.
     */
    public Optional<String> leftSecondRoundBy(java.util.Collection<String> pair, LocalDate day) {
        return pair.stream()
                .filter(id -> leftSecondRound.containsKey(id)
                        && !leftSecondRound.get(id).isAfter(day))
                .findFirst();
    }

    /** How this contest is counted: its system with its outright rules, as one value for the simulator. */
    public CountRules countRules() {
        return new CountRules(system, outright);
    }

    /**
     * This contest with {@code kept} as its candidates, every rule of its count as it is: rebuilt by hand from the
     * seven-part constructor, {@code count} of a results file that lumps small candidates into Others dropped
     * Argentina's outright rule and called a 48-40 first round undecided.
     */
    public SingleWinnerContest withCandidates(List<Candidate> kept) {
        return new SingleWinnerContest(
                id, system, kept, withdrawn, scopes, areas, secondRound, outright, leftSecondRound, completeBallot);
    }

    public SingleWinnerContest(
            String id,
            VotingSystem system,
            List<Candidate> candidates,
            List<WithdrawnCandidate> withdrawn,
            Set<Scope> scopes,
            List<CountArea> areas,
            LocalDate secondRound) {
        this(id, system, candidates, withdrawn, scopes, areas, secondRound, List.of());
    }

    /**
     * Whether a first round whose leader has {@code leader} percent of the valid votes and the runner-up
     * {@code runnerUp} elects the leader with no second round: over half, or a two-round contest's own rules.
     */
    public boolean electsInFirstRound(double leader, double runnerUp) {
        return countRules().electsOutright(leader, runnerUp, 100);
    }

    public SingleWinnerContest(
            String id,
            VotingSystem system,
            List<Candidate> candidates,
            List<WithdrawnCandidate> withdrawn,
            Set<Scope> scopes,
            List<CountArea> areas) {
        this(id, system, candidates, withdrawn, scopes, areas, null);
    }

    public SingleWinnerContest(
            String id,
            VotingSystem system,
            List<Candidate> candidates,
            List<WithdrawnCandidate> withdrawn,
            Set<Scope> scopes) {
        this(id, system, candidates, withdrawn, scopes, List.of());
    }

    public SingleWinnerContest(
            String id, VotingSystem system, List<Candidate> candidates, List<WithdrawnCandidate> withdrawn) {
        this(id, system, candidates, withdrawn, system.defaultScopes());
    }

    public SingleWinnerContest(String id, VotingSystem system, List<Candidate> candidates) {
        this(id, system, candidates, List.of());
    }

    /**
     * Whether the definition lists this contest's own count areas: then election night, the area baseline and the
     * map are its own, not the Assembly's constituencies.
     */
    public boolean hasOwnAreas() {
        return !areas.isEmpty();
    }

    /**
     * The last day a poll of {@code scope} may be dated, given the election's day {@code first}: a two-round contest's
     * run-off polls run to its second round, since that round is a later day with a campaign and polls of its own.
     */
    public LocalDate lastPollDay(Scope scope, LocalDate first) {
        return secondRound != null && scope == Scope.RUNOFF ? secondRound : first;
    }

    /** First preferences when this contest takes them, else its first scope (a Westminster contest: westminster). */
    @Override
    public Scope defaultScope() {
        return scopes.contains(Scope.FIRST_PREF)
                ? Scope.FIRST_PREF
                : scopes.iterator().next();
    }

    @Override
    public List<Option> options() {
        List<Option> options = new ArrayList<>(candidates.size() + 1);
        for (Candidate c : candidates) {
            options.add(new Option(c.id(), c.name(), c.party()));
        }
        options.add(Option.other());
        return List.copyOf(options);
    }

    /** The candidate standing with this id, if any. */
    public Optional<Candidate> candidate(String id) {
        return candidates.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** The name of the candidate with this id, or the id itself for an option that is no candidate ("other"). */
    public String nameOf(String id) {
        return candidate(id).map(Candidate::name).orElse(id);
    }

    /**
     * Whether {@code named} (a poll's option ids) includes every candidate standing, with at least two standing: such a
     * poll leaves no one on the ballot out, whoever it leaves out who withdrew. What its shares leave of 100 is then no
     * candidate's but those who named no one (undecided, would not vote) or candidates the definition does not list.
     */
    public boolean namesEveryCandidate(Set<String> named) {
        return namesEveryCandidate(named, null);
    }

    /**
     * As {@link #namesEveryCandidate(Set)}, for a poll begun on {@code begun} (null: not known): a candidate who stopped
     * campaigning before that day ({@code withdrew:}) stays on the ballot, but the polls after leave them out, as they
     * leave out one who withdrew (Margarita Zavala, Mexico 2018, withdrew on 16 May: Mitofsky's 3–5 June survey named
     * the four others, 77.8, and 22.2 undecided). Without this such a poll was kept as printed, a partial poll of
     * everyone asked, and its own "effective vote" printing beside it, the same survey re-based, was refused as a
     * conflict with it, and the page with it.
     */
    public boolean namesEveryCandidate(Set<String> named, LocalDate begun) {
        return candidates.size() >= 2
                && candidates.stream()
                        .allMatch(c -> named.contains(c.id())
                                || (begun != null && c.withdrew() != null && begun.isAfter(c.withdrew())));
    }

    @Override
    public List<Option> pollOptions() {
        List<Option> options = new ArrayList<>(options());
        int at = options.size() - 1; // before "other"
        for (WithdrawnCandidate w : withdrawn) {
            options.add(at++, new Option(w.id(), w.name(), w.party()));
        }
        return List.copyOf(options);
    }
}
