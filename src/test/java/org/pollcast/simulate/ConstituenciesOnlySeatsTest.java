package org.pollcast.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pollcast.election.SeatMethod;

/**
 * A body of constituencies only (no list seats: the House of Commons) in the seat model: whatever the vote, every
 * simulation fills every seat exactly once, none of them a list seat, and each constituency goes to the party with the
 * most votes there. The inputs are drawn at random from the seed (the whole-area vote, every constituency's baseline
 * and the error sizes), so each seed is a different body; the checks are exact, so none can fail by luck.
 */
class ConstituenciesOnlySeatsTest {
    private static final List<String> PARTIES = List.of("lab", "con", "ld", "grn", "ref", "other");

    @ParameterizedTest
    @ValueSource(longs = {11, 12, 13, 14, 15, 16, 17, 18})
    void everySimulationFillsEverySeatOnceAndNoneFromAList(long seed) {
        UniformRandomProvider rng = RandomSource.XO_SHI_RO_256_PP.create(seed);
        int p = PARTIES.size();
        int k = 5 + rng.nextInt(60);
        double[] vote = shares(rng, p);
        double[] base = new double[k * p];
        for (int c = 0; c < k; c++) {
            System.arraycopy(shares(rng, p), 0, base, c * p, p);
        }
        double[] se = new double[p];
        Arrays.fill(se, rng.nextDouble() * 4);
        List<String> names = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            names.add("c" + c);
        }
        int[] leadOption = {0, 1, 2, 3, 4, -1};
        AssemblyInput in = new AssemblyInput(
                "commons",
                PARTIES,
                PARTIES,
                new boolean[p],
                vote,
                vote.clone(),
                new double[p], // the constituency vote is the lead's draw itself
                se,
                vote.clone(),
                names,
                base,
                new boolean[k],
                leadOption,
                SeatMethod.DHONDT_MODIFIED,
                0,
                0,
                List.of(),
                List.of("test"));
        assertThat(in.seats()).isEqualTo(k);
        ShareInput lead = new ShareInput(
                "test",
                LocalDate.of(2030, 4, 20),
                14,
                PARTIES,
                PARTIES,
                Arrays.asList("lab", "con", "ld", "grn", "ref", null),
                vote.clone(),
                se,
                true,
                "test");
        AssemblyModel model = new AssemblyModel(in, lead.mean(), 3);
        ZigguratSampler.NormalizedGaussian normal = ZigguratSampler.NormalizedGaussian.of(rng);
        AssemblyModel.Draw d = model.newDraw();
        double[] draw = lead.mean().clone();
        for (int s = 0; s < 5_000; s++) {
            for (int j = 0; j < draw.length; j++) {
                draw[j] = Math.max(0.1, lead.mean()[j] + 5 * normal.sample());
            }
            model.draw(normal, draw, lead.mean(), d);
            assertThat(Arrays.stream(d.totalSeats).sum())
                    .as("simulation %d of %d seats", s, k)
                    .isEqualTo(k);
            assertThat(Arrays.stream(d.listSeats).sum()).isZero();
            assertThat(d.totalSeats).isEqualTo(d.constituencySeats);
        }
    }

    /** Shares of 100 for {@code n} options, the last ("other") small. */
    private static double[] shares(UniformRandomProvider rng, int n) {
        double[] s = new double[n];
        double sum = 0;
        for (int j = 0; j < n; j++) {
            s[j] = j == n - 1 ? rng.nextDouble() : 1 + rng.nextDouble() * 50;
            sum += s[j];
        }
        for (int j = 0; j < n; j++) {
            s[j] *= 100 / sum;
        }
        return s;
    }
}
