package org.pollcast.ingest;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.pollcast.BadInputException;
import org.pollcast.election.BaselinePartyShares;
import org.pollcast.election.Candidate;
import org.pollcast.election.ContestResult;
import org.pollcast.election.Election;
import org.pollcast.election.SingleWinnerContest;
import org.pollcast.election.WithdrawnCandidate;

/**
 * What each party won at an election's baseline, for judging a poll by what the parties it leaves out won there
 * ({@link HeadToHead}). Read once per election and contest of a source, from the data folder's results.
 */
final class BaselineShares {
    /** A baseline contest's first-preference shares (percent) by party, from a complete result of {@code election}. */
    record Baseline(String election, BaselinePartyShares shares) {
        /**
         * What everyone but {@code named}'s candidates' parties won here, when the baseline carries a share to one of
         * them at least; empty otherwise (a nonpartisan race's candidates share no party, and "the others won 100"
         * would measure nothing).
         */
        Optional<Double> leftOut(SingleWinnerContest contest, Collection<String> named) {
            double others = 100;
            Set<String> parties = new HashSet<>();
            for (Candidate c : contest.candidates()) {
                if (named.contains(c.id())) {
                    others -= shares.carriedBy(contest, c);
                    parties.add(c.party());
                }
            }
            // A named nominee who withdrew (Biden, replaced by Harris) polled for their party as its candidate then:
            // the others are everyone but that party too. Left as others, a Biden v Trump poll of July 2024 was
            // measured against "the others, who won 53.2 at us-2020" (Biden's own party's vote among them).
            for (WithdrawnCandidate w : contest.withdrawn()) {
                if (named.contains(w.id()) && w.party() != null && !w.party().equals("ind") && parties.add(w.party())) {
                    others -= shares.byParty().getOrDefault(w.party(), 0.0);
                }
            }
            return others < 100 - 1e-9 ? Optional.of(others) : Optional.empty();
        }
    }

    private final ElectionCatalog catalog;
    private final Map<String, Optional<Baseline>> read = new HashMap<>();
    private ResultsCatalog results;

    BaselineShares(ElectionCatalog catalog) {
        this.catalog = catalog;
    }

    /** The baseline of {@code election}'s {@code contest}, when it has one with a complete result. */
    Optional<Baseline> of(Election election, String contest) {
        return read.computeIfAbsent(election.id() + "\u0000" + contest, k -> load(election, contest));
    }

    private Optional<Baseline> load(Election election, String contest) {
        if (election.baseline() == null) {
            return Optional.empty();
        }
        try {
            Election baseline = catalog.resolve(election.baseline());
            Optional<SingleWinnerContest> base = baseline.singleWinner(contest);
            if (base.isEmpty()) {
                return Optional.empty();
            }
            if (results == null) {
                results = new ResultsCatalog(catalog.home(), catalog);
            }
            Optional<ContestResult> result =
                    results.firstPreferences(baseline, contest).filter(ContestResult::complete);
            if (result.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Baseline(
                    baseline.id(),
                    BaselinePartyShares.of(base.get(), result.get().shares()).carriedOverTo(election)));
        } catch (BadInputException e) {
            // A results file that does not read is reported by the commands that count or forecast from it; here
            // the poll is judged as with no baseline, the stricter way, rather than failing an ingest over it.
            return Optional.empty();
        }
    }
}
