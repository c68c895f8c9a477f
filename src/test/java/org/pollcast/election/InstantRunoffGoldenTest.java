package org.pollcast.election;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Instant-runoff against a published count from outside London: Alaska's special US House election of August
 * 2022 (fixture and sources: src/test/resources/golden/alaska-2022-special-us-house.yaml). The transfer table
 * is built from the published transfers (each eliminated candidate's row is that round's transfers over its
 * pile), so a correct count must reproduce every round: which candidate goes out, the totals, the winner.
 * Round totals are whole votes and the only error is floating-point rounding on about 10^5 votes: 1e-6 is ample.
 */
class InstantRunoffGoldenTest {
    private static final Path FIXTURE = Path.of("src/test/resources/golden/alaska-2022-special-us-house.yaml");

    record Round(
            Map<String, Long> votes, String eliminated, Map<String, Long> transfers, Long exhausted, Long overvotes) {}

    record Fixture(List<String> candidates, List<Round> rounds, String winner, String certifiedWinner) {}

    static Fixture read() throws IOException {
        return new ObjectMapper(new YAMLFactory())
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                .readValue(FIXTURE.toFile(), Fixture.class);
    }

    /** First-round votes and a table whose eliminated candidates' rows are their published transfers. */
    static double[] firstRound(Fixture f) {
        List<String> ids = f.candidates();
        double[] first = new double[ids.size()];
        f.rounds().get(0).votes().forEach((id, v) -> first[ids.indexOf(id)] = v);
        return first;
    }

    static TransferTable table(Fixture f) {
        List<String> ids = f.candidates();
        int n = ids.size();
        double[][] rows = new double[n][n];
        for (int r = 1; r < f.rounds().size(); r++) {
            Round before = f.rounds().get(r - 1);
            Round round = f.rounds().get(r);
            int out = ids.indexOf(round.eliminated());
            double pile = before.votes().get(round.eliminated());
            round.transfers().forEach((to, v) -> rows[out][ids.indexOf(to)] = v / pile);
        }
        return TransferTable.fromShares(ids, rows);
    }

    @Test
    void reproducesAlaska2022RoundByRound() throws IOException {
        Fixture f = read();
        List<String> ids = f.candidates();
        double[] first = firstRound(f);
        CountResult count = VoteCount.instantRunoff(first, table(f));

        Round last = f.rounds().get(f.rounds().size() - 1);
        assertThat(ids.get(count.winner())).isEqualTo(f.winner()).isEqualTo(f.certifiedWinner());
        assertThat(count.firstRound()).isFalse(); // 75,761 of 188,462 is 40.2%: no first-round majority
        last.votes()
                .forEach((id, v) ->
                        assertThat(count.finalVotes()[ids.indexOf(id)]).as(id).isCloseTo(v, within(1e-6)));
        assertThat(count.finalVotes()[ids.indexOf(last.eliminated())]).isZero();
        // Ballots that reached no finalist: exhausted plus the overvotes the count could not read.
        assertThat(count.exhausted()).isCloseTo(last.exhausted() + last.overvotes(), within(1e-6));
        assertThat(List.of(ids.get(count.finalists()[0]), ids.get(count.finalists()[1])))
                .containsExactly("peltola", "palin");
    }

    @Test
    void theFixtureAddsUp() throws IOException {
        Fixture f = read();
        Round first = f.rounds().get(0);
        Round last = f.rounds().get(1);
        last.votes()
                .forEach((id, v) -> assertThat(
                                first.votes().get(id) + last.transfers().get(id))
                        .as(id)
                        .isEqualTo(v));
        long moved =
                last.transfers().values().stream().mapToLong(Long::longValue).sum()
                        + last.exhausted()
                        + last.overvotes();
        assertThat(moved).isEqualTo(first.votes().get(last.eliminated()));
    }

    @Test
    void withThreeCandidatesTheSupplementaryVoteCountsTheSame() throws IOException {
        // One elimination of all but two: the Supplementary Vote's second round is this count's second round.
        Fixture f = read();
        CountResult irv = VoteCount.instantRunoff(firstRound(f), table(f));
        CountResult sv = VoteCount.supplementaryVote(firstRound(f), table(f));
        assertThat(sv.winner()).isEqualTo(irv.winner());
        for (int j = 0; j < f.candidates().size(); j++) {
            assertThat(sv.finalVotes()[j]).isCloseTo(irv.finalVotes()[j], within(1e-6));
        }
    }
}
