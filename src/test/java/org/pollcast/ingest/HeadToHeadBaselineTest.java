package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pollcast.election.BaselinePartyShares;
import org.pollcast.election.Candidate;
import org.pollcast.election.Scope;
import org.pollcast.election.SingleWinnerContest;
import org.pollcast.election.VotingSystem;

class HeadToHeadBaselineTest {
    private static SingleWinnerContest race(String... ids) {
        return new SingleWinnerContest(
                "mayor",
                VotingSystem.FPTP,
                java.util.Arrays.stream(ids)
                        .map(id -> new Candidate(id, id, "np"))
                        .toList(),
                List.of(),
                Set.of(Scope.FIRST_PREF));
    }

    /**
     * A nonpartisan race's baseline carries no share to this election's candidates (they share no party, and the
     * earlier race had others), so it says nothing of what the others win: Forum's Toronto 2018 poll (Tory 56,
     * Keesmaat 29, others 15, everyone placed) is the race, as it is with no baseline. The baseline's "others won 100"
     * left it out (review).
     */
    @Test
    void aBaselineThatCarriesNothingToTheTwoDoesNotOverruleTheOthersColumn() {
        SingleWinnerContest earlier = race("tory", "chow", "ford");
        BaselinePartyShares shares = BaselinePartyShares.of(earlier, Map.of("tory", 40.3, "chow", 23.2, "ford", 33.7));
        SingleWinnerContest now = race("tory2", "keesmaat", "goldy");
        Map<String, Double> figures = new LinkedHashMap<>();
        figures.put("tory2", 56.0);
        figures.put("keesmaat", 29.0);
        figures.put("other", 15.0);

        HeadToHead.Verdict verdict = HeadToHead.judge(
                "toronto-2018",
                now,
                figures,
                null,
                () -> Optional.of(new BaselineShares.Baseline("toronto-2014", shares)));

        assertThat(verdict).isInstanceOf(HeadToHead.Verdict.Read.class);
    }
}
