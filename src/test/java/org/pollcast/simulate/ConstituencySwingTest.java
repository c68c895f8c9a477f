package org.pollcast.simulate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.pollcast.election.SeatMethod;

/**
 * How a constituency follows the whole area under each {@link ConstituencySwing}, with no noise at all (no errors, no
 * local noise), so every simulation is the swing itself and the figures are exact. Parties: a big one, a middle one and
 * a small concentrated one, as the Scottish Liberal Democrats of 2017–2019 or the Greens who stood in two constituencies
 * of 59 in 2017 (docs/forecast-model.md).
 */
class ConstituencySwingTest {
    private static final List<String> PARTIES = List.of("big", "mid", "small");

    @Test
    void aSmallPartysStrongholdGainsTheAreasPointsNotAMultipleOfThem() {
        // Whole area: big 55 → 50, mid 40 → 40, small 5 → 10 (it doubles).
        double[] then = {55, 40, 5};
        double[] now = {50, 40, 10};
        // A: the small party's stronghold (30%); B: where it is weak (1%).
        double[] base = {45, 25, 30, 70, 29, 1};

        double[] byShare = shares(ConstituencySwing.BY_AREA_SHARE, then, now, base);
        // Uniform for big (55% ≥ 10), proportional for small (5% < 10): A is big 40, mid 25, small 60 (30 × 2).
        assertThat(byShare[2]).isCloseTo(100 * 60 / 125.0, within(1e-9));
        assertThat(byShare[0]).isCloseTo(100 * 40 / 125.0, within(1e-9));

        double[] byStrength = shares(ConstituencySwing.BY_LOCAL_STRENGTH, then, now, base);
        // Small is stronger in A than across the area (30 ≥ 5): uniform, 35. Big is weaker (45 < 55): proportional,
        // 45 × 50/55. Mid is weaker too (25 < 40), and its area share does not move: 25.
        double big = 45 * 50 / 55.0;
        double total = big + 25 + 35;
        assertThat(byStrength[2]).isCloseTo(100 * 35 / total, within(1e-9));
        assertThat(byStrength[0]).isCloseTo(100 * big / total, within(1e-9));

        // Where the small party is weak (1 < 5) both rules are proportional, and big is at least as strong as across
        // the area (70 ≥ 55): uniform in both. B comes out alike.
        for (int j = 0; j < 3; j++) {
            assertThat(byStrength[3 + j]).as("B, party %d", j).isCloseTo(byShare[3 + j], within(1e-9));
        }
    }

    @Test
    void aPartyThatStoodInOneConstituencyDoesNotWinItByGrowingElsewhere() {
        // The Scottish Greens of the kit: 0.2% of Scotland in 2017 (two candidates; 9.7% in Glasgow North), 1.5% in the
        // 2019 polls. Proportional swing multiplied Glasgow North's 9.7% by 7.5.
        double[] then = {50, 49.8, 0.2};
        double[] now = {49, 49.5, 1.5};
        double[] base = {45, 45.3, 9.7};

        double[] byShare = shares(ConstituencySwing.BY_AREA_SHARE, then, now, base);
        assertThat(byShare[2]).as("proportional: the small party leads").isGreaterThan(byShare[0]);

        double[] byStrength = shares(ConstituencySwing.BY_LOCAL_STRENGTH, then, now, base);
        // Uniform where it stood: 9.7 + 1.3 = 11.0; the two others are weaker there than across the area: proportional.
        double total = 45 * 49 / 50.0 + 45.3 * 49.5 / 49.8 + 11.0;
        assertThat(byStrength[2]).isCloseTo(100 * 11.0 / total, within(1e-9));
        assertThat(byStrength[2]).isLessThan(byStrength[0]);
    }

    @Test
    void byAreaShareIsUniformFromTenPercentAndByLocalStrengthFromTheAreaShare() {
        assertThat(ConstituencySwing.BY_AREA_SHARE.uniformAt(2, 10)).isTrue();
        assertThat(ConstituencySwing.BY_AREA_SHARE.uniformAt(40, 9.9)).isFalse();
        assertThat(ConstituencySwing.BY_LOCAL_STRENGTH.uniformAt(40, 9.9)).isTrue();
        assertThat(ConstituencySwing.BY_LOCAL_STRENGTH.uniformAt(9.8, 9.9)).isFalse();
        assertThat(ConstituencySwing.BY_LOCAL_STRENGTH.uniformAt(9.9, 9.9)).isTrue();
    }

    /**
     * The constituencies' shares (constituency-major, {@link #PARTIES} order) of one simulation of a body with no noise
     * whose whole area goes from {@code then} to {@code now}.
     */
    private static double[] shares(ConstituencySwing rule, double[] then, double[] now, double[] base) {
        int p = PARTIES.size();
        int k = base.length / p;
        List<String> names = k == 1 ? List.of("A") : List.of("A", "B");
        AssemblyInput in = new AssemblyInput(
                        "commons",
                        PARTIES,
                        PARTIES,
                        new boolean[p],
                        now.clone(),
                        now.clone(),
                        new double[p],
                        new double[p],
                        then.clone(),
                        names,
                        base.clone(),
                        new boolean[k],
                        new int[] {-1, -1, -1},
                        SeatMethod.DHONDT_MODIFIED,
                        0,
                        0,
                        List.of(),
                        List.of("test"))
                .withSwing(rule);
        AssemblyModel model = new AssemblyModel(in, new double[0], 0);
        AssemblyModel.Draw d = model.newDraw();
        model.draw(
                ZigguratSampler.NormalizedGaussian.of(RandomSource.XO_SHI_RO_256_PP.create(1L)),
                new double[0],
                new double[0],
                d);
        int[] contenders = model.contenders();
        int[] start = model.contenderStart();
        double[] out = new double[k * p];
        for (int c = 0; c < k; c++) {
            for (int x = start[c]; x < start[c + 1]; x++) {
                out[c * p + contenders[x]] = d.contenderVotes[x];
            }
        }
        return out;
    }
}
