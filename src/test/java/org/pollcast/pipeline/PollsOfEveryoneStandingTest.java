package org.pollcast.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.aggregate.AggregateSettings;
import org.pollcast.aggregate.Aggregator;
import org.pollcast.aggregate.FinalPollError;
import org.pollcast.aggregate.PollAverage;
import org.pollcast.aggregate.PollsterAccuracy;
import org.pollcast.aggregate.ShareEstimate;
import org.pollcast.backtest.BacktestRow;
import org.pollcast.election.ContestResult;
import org.pollcast.election.Election;
import org.pollcast.election.Scope;
import org.pollcast.ingest.DataHome;
import org.pollcast.ingest.ElectionCatalog;
import org.pollcast.ingest.IngestFixtures;
import org.pollcast.poll.Poll;
import org.pollcast.poll.PollBuilder;

/**
 * A poll that names every candidate standing but prints no don't-knows is stored partial when the definition lists
 * people who withdrew before the ballot, and its shares are of everyone asked. The Irish Independent/Ireland Thinks poll
 * published on 23 October 2025 gave Connolly 40, Humphreys 25 and Gavin 7, the three on the ballot, with its undecided
 * not reported beside them (https://www.echolive.ie/nationalnews/arid-41729613.html). Read as printed, pollster-accuracy
 * scored it 23.4 points under Connolly's 63.4% of the valid poll, the last-poll baseline missed by 9.3 points on
 * average, and in the average it widened every interval. Of those naming a candidate it is 55.6, 34.7 and 9.7. The
 * other polls, as stored after their don't-knows were re-based: Business Post/Red C 2–7 Oct (36, 25, 12, 27
 * undecided), Irish Times/Ipsos B&A 12–14 Oct (38, 20, 5; 18 undecided, 12 would not vote, 6 would spoil), Business
 * Post/Red C published 22 Oct (44, 25, 10; 21 undecided or not voting). Result: Connolly 914,143, Humphreys 424,987,
 * Gavin 103,568 (https://www.rte.ie/news/2025/1025/1540616-election-result-in-numbers).
 */
class PollsOfEveryoneStandingTest {
    private static final LocalDate AS_OF = LocalDate.of(2025, 10, 23);
    private static Election election;

    @BeforeAll
    static void load(@TempDir Path root) throws IOException {
        IngestFixtures.copyDataWith(root, "ie-2025.yaml");
        election = new ElectionCatalog(new DataHome(root)).resolve("ie-2025");
    }

    private static Poll poll(String pollster, LocalDate end, Integer n, boolean partial, double... shares) {
        Map<String, Double> s = new LinkedHashMap<>();
        s.put("connolly", shares[0]);
        s.put("humphreys", shares[1]);
        s.put("gavin", shares[2]);
        return PollBuilder.of("ie-2025", "president", Scope.FIRST_PREF, pollster)
                .ended(end)
                .sample(n)
                .shares(s)
                .partial(partial)
                .build();
    }

    private static final List<Poll> COMPLETE = List.of(
            poll("Red C", LocalDate.of(2025, 10, 7), 1001, false, 36 * 100 / 73.0, 25 * 100 / 73.0, 12 * 100 / 73.0),
            poll(
                    "Ipsos B&A",
                    LocalDate.of(2025, 10, 14),
                    1200,
                    false,
                    38 * 100 / 63.0,
                    20 * 100 / 63.0,
                    5 * 100 / 63.0),
            poll("Red C", LocalDate.of(2025, 10, 22), 1001, false, 44 * 100 / 79.0, 25 * 100 / 79.0, 10 * 100 / 79.0));
    private static final Poll AS_PRINTED = poll("Ireland Thinks", AS_OF, 1430, true, 40, 25, 7);
    private static final Poll OF_THOSE_NAMING_ONE =
            poll("Ireland Thinks", AS_OF, 1430, false, 40 * 100 / 72.0, 25 * 100 / 72.0, 7 * 100 / 72.0);

    private static ContestResult result() {
        Map<String, Long> votes = new LinkedHashMap<>();
        votes.put("connolly", 914_143L);
        votes.put("humphreys", 424_987L);
        votes.put("gavin", 103_568L);
        return new ContestResult("ie-2025", "president", votes, true, List.of(), List.of());
    }

    private static PollAverage average(Poll last) {
        List<Poll> polls = new java.util.ArrayList<>(COMPLETE);
        polls.add(last);
        return Aggregator.average(
                election,
                election.contest("president").orElseThrow(),
                Scope.FIRST_PREF,
                polls,
                AS_OF,
                AggregateSettings.withDefaults(),
                Map.of(),
                Map.of());
    }

    @Test
    void theAverageTakesItOfThoseNamingACandidate() {
        PollAverage printed = average(AS_PRINTED);
        PollAverage byHand = average(OF_THOSE_NAMING_ONE);
        for (ShareEstimate s : byHand.shares()) {
            ShareEstimate got = printed.share(s.option()).orElseThrow();
            assertThat(got.share()).as(s.option()).isCloseTo(s.share(), within(1e-6));
            if (!s.option().equals("other")) { // its remainder says nothing of others, which it is not averaged in
                assertThat(got.se()).as(s.option()).isCloseTo(s.se(), within(1e-6));
            }
        }
        assertThat(printed.notes()).anyMatch(n -> n.startsWith("1 poll names every candidate standing"));
    }

    @Test
    void pollsterAccuracyScoresItOfThoseNamingACandidate() {
        List<FinalPollError> errors = PollsterAccuracy.finalPolls(election, "president", List.of(AS_PRINTED), result());
        assertThat(errors).hasSize(1);
        // 40 of the 72 naming a candidate is 55.6; the result 63.4 of valid votes
        assertThat(errors.get(0).errors().get("connolly")).isCloseTo(40 * 100 / 72.0 - 63.36, within(0.01));
        assertThat(errors.get(0).meanAbsError()).isCloseTo(5.2, within(0.05));
    }

    @Test
    void theLastPollBaselineReadsItOfThoseNamingACandidate() {
        ContestResult r = result();
        BacktestRow row = BacktestScores.baseline(
                election,
                1,
                AS_OF,
                "last-poll",
                List.of(AS_PRINTED),
                List.of(AS_PRINTED),
                r.shares(),
                r.topTwo(),
                "connolly",
                List.of());
        assertThat(row.mae()).isCloseTo(5.2, within(0.05));
        assertThat(row.leadError()).isCloseTo(15 * 100 / 72.0 - (63.36 - 29.46), within(0.05));
    }
}
