package org.pollcast.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pollcast.election.CountResult;
import org.pollcast.election.TransferPrior;
import org.pollcast.election.VoteCount;

class TransferPriorFitTest {
    private static final List<String> PARTIES = List.of("lab", "con", "ld", "green", "ukip", "ind", "respect");
    private static final Map<String, String> BLOCS =
            Map.of("lab", "left", "green", "left", "respect", "left", "con", "right", "ukip", "right");

    /**
     * The fit's gains are what counting the prior's table gives, to the last bit: the fit's choice of values must not
     * depend on how it computes them. Random fields of 3 to 12 candidates, some on no votes, with the finalists the
     * two with most first preferences, as the fit takes them from a result.
     */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void theGainsAreTheCountOfTheTable(long seed) {
        UniformRandomProvider rng = RandomSource.XO_SHI_RO_256_PP.create(seed);
        for (int trial = 0; trial < 200; trial++) {
            int n = 3 + rng.nextInt(10);
            List<String> ids = new ArrayList<>();
            List<String> parties = new ArrayList<>();
            double[] first = new double[n];
            for (int i = 0; i < n; i++) {
                ids.add("c" + i);
                parties.add(rng.nextInt(8) == 0 ? null : PARTIES.get(rng.nextInt(PARTIES.size())));
                first[i] = rng.nextInt(6) == 0 ? 0 : Math.floor(rng.nextDouble() * 1_000_000);
            }
            int a = 0;
            int b = 1;
            if (first[b] > first[a]) {
                a = 1;
                b = 0;
            }
            for (int i = 2; i < n; i++) {
                if (first[i] > first[a]) {
                    b = a;
                    a = i;
                } else if (first[i] > first[b]) {
                    b = i;
                }
            }
            double no = 0.1 + 0.6 * rng.nextDouble();
            double affinity = 1 + 5 * rng.nextDouble();
            TransferPrior prior = new TransferPrior(no, affinity, 100, 0, 0, 1, BLOCS);
            CountResult counted = VoteCount.supplementaryVote(first, prior.table(ids, parties, first));
            TransferPriorFit.Count c = TransferPriorFit.Count.of(first, prior.sameBloc(ids, parties), a, b, 1, 1);

            double[] rowTotals = c.rowTotals(affinity);
            assertThat(c.gain(a, no, affinity, rowTotals)).isEqualTo(counted.finalVotes()[a] - first[a]);
            assertThat(c.gain(b, no, affinity, rowTotals)).isEqualTo(counted.finalVotes()[b] - first[b]);
        }
    }
}
