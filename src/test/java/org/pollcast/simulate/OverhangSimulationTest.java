package org.pollcast.simulate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pollcast.election.CountRules;
import org.pollcast.election.ListRules;
import org.pollcast.election.Overhang;
import org.pollcast.election.SeatAllocation;
import org.pollcast.election.SeatMethod;
import org.pollcast.election.VotingSystem;

/**
 * The Assembly model under New Zealand's rules ({@link ListRules}): the small London of {@link AssemblySimulationTest}
 * (6 constituencies, 5 list seats, 5% threshold) with Labour strong in the constituencies, so that it often wins more
 * of them than its list vote is worth. Every simulation is checked, not a summary.
 */
class OverhangSimulationTest {
    private static final ListRules NZ = new ListRules(1, Overhang.KEEP);
    private static final double[] CONSTITUENCY = {46, 30, 9, 10, 3, 2};
    private static final double[] LIST = {34, 30, 13, 10, 4.6, 8.4};

    private static AssemblyInput input(ListRules rules) {
        return sainteLague(AssemblySimulationTest.assembly(CONSTITUENCY, LIST, 2.5), rules);
    }

    /** {@code in} by Sainte-Laguë, New Zealand's method, under {@code rules}. */
    static AssemblyInput sainteLague(AssemblyInput in, ListRules rules) {
        return new AssemblyInput(
                in.contest(),
                in.parties(),
                in.names(),
                in.independent(),
                in.constituencyMean(),
                in.listMean(),
                in.constituencySe(),
                in.listSe(),
                in.baselineLondon(),
                in.constituencies(),
                in.baseline(),
                in.imputed(),
                in.baselineSd(),
                in.mayorOption(),
                SeatMethod.SAINTE_LAGUE_MODIFIED,
                in.threshold(),
                in.listSeats(),
                in.blocs(),
                in.sources(),
                in.regions(),
                in.regionOf(),
                in.regionBaseline(),
                in.baselineList(),
                in.regionLeanSd(),
                in.leanWithRegion(),
                rules,
                ConstituencySwing.BY_AREA_SHARE);
    }

    /**
     * Per simulation: every party keeps its constituency seats, an ineligible party has no list seat, the eligible are
     * those over 5% or with a constituency, the seats sum to the house of 11 plus that simulation's overhang, and with
     * none the eligible parties' seats are Sainte-Laguë's allocation of the house left to them, nearly always within a
     * seat of each one's share. The constituency seats are
     * those the same draws give under the London Assembly's rules: only the allocation differs.
     */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void everySimulationKeepsItsConstituencySeatsAndSumsToTheHousePlusOverhang(long seed) {
        AssemblyInput in = input(NZ);
        AssemblyInput fixed = input(ListRules.FIXED_HOUSE);
        ShareInput m = AssemblySimulationTest.mayor(2);
        AssemblyModel model = new AssemblyModel(in, m.mean(), 3);
        AssemblyModel london = new AssemblyModel(fixed, m.mean(), 3);
        ZigguratSampler.NormalizedGaussian normal = normal(seed);
        ZigguratSampler.NormalizedGaussian same = normal(seed);
        AssemblyModel.Draw d = model.newDraw();
        AssemblyModel.Draw l = london.newDraw();
        double[] mayorShares = m.mean().clone();
        int p = in.size();
        int overhung = 0;
        int without = 0;
        int offQuota = 0;
        for (int s = 0; s < 20_000; s++) {
            for (int j = 0; j < mayorShares.length; j++) {
                mayorShares[j] = m.mean()[j] + 3 * normal.sample();
                same.sample();
            }
            model.draw(normal, mayorShares, m.mean(), d);
            london.draw(same, mayorShares, m.mean(), l);
            assertThat(d.constituencySeats).containsExactly(l.constituencySeats);
            assertThat(Arrays.stream(d.totalSeats).sum()).as("simulation %d", s).isEqualTo(11 + d.overhang);
            assertThat(Arrays.stream(l.totalSeats).sum()).isEqualTo(11);
            int pool = 11;
            double eligibleShare = 0;
            for (int j = 0; j < p; j++) {
                boolean other = in.parties().get(j).equals("other");
                assertThat(d.totalSeats[j]).isGreaterThanOrEqualTo(d.constituencySeats[j]);
                assertThat(d.overThreshold[j]).isEqualTo(!other && d.listShare[j] >= 5);
                assertThat(d.eligible[j]).isEqualTo(!other && (d.listShare[j] >= 5 || d.constituencySeats[j] >= 1));
                if (!d.eligible[j]) {
                    assertThat(d.listSeats[j]).isZero();
                    pool -= d.constituencySeats[j];
                } else {
                    eligibleShare += d.listShare[j];
                }
            }
            if (d.overhang > 0) {
                overhung++;
                continue;
            }
            without++;
            // Sainte-Laguë's own test: every seat's quotient v / (2s − 1) beats every unseated one's v / (2s + 1).
            double lowestIn = Double.POSITIVE_INFINITY;
            double highestOut = 0;
            for (int j = 0; j < p; j++) {
                if (d.eligible[j]) {
                    int e = d.totalSeats[j];
                    if (e > 0) {
                        lowestIn = Math.min(lowestIn, d.listShare[j] / (2 * e - 1));
                    }
                    highestOut = Math.max(highestOut, d.listShare[j] / (2 * e + 1));
                    double share = pool * d.listShare[j] / eligibleShare;
                    offQuota += Math.abs(e - share) < 1 ? 0 : 1;
                }
            }
            assertThat(lowestIn).as("simulation %d", s).isGreaterThanOrEqualTo(highestOut);
        }
        // Within one seat of its exact share, nearly always. Not always: Sainte-Laguë rounds each small party's 0.6 of
        // a
        // seat up, and the seats come from the largest (seed 3, simulation 12: Labour 42.9% of 11 seats is 5.02 of the
        // eligible 94%, and it gets 4, beside four parties of 5% to 25% that round up). The test above is the rule.
        assertThat(offQuota).isLessThan(without / 100);
        // Both kinds of simulation are common, so neither check runs on nothing.
        assertThat(overhung).isGreaterThan(1_000);
        assertThat(without).isGreaterThan(1_000);
    }

    @Test
    void aFixedHouseKeepsOneArrayForBothColumns() {
        AssemblyModel model = new AssemblyModel(
                input(ListRules.FIXED_HOUSE), AssemblySimulationTest.mayor(2).mean(), 3);
        AssemblyModel.Draw d = model.newDraw();
        assertThat(d.overThreshold).isSameAs(d.eligible);
        AssemblyModel.Draw nz =
                new AssemblyModel(input(NZ), AssemblySimulationTest.mayor(2).mean(), 3).newDraw();
        assertThat(nz.overThreshold).isNotSameAs(nz.eligible);
    }

    /**
     * The forecast: the house's mean is the parties' mean seats added up (each simulation's seats sum to its house),
     * its range runs from 11 up, every party's seat distribution sums to 1, and the chance of a list seat counts the
     * waiver. With the rules of a fixed house the forecast has no house and no such chance.
     */
    @Test
    void theForecastSaysHowBigTheHouseWas() {
        SimulationSettings settings = SimulationSettings.withDefaults().withSims(20_000);
        ShareInput m = AssemblySimulationTest.mayor(2);
        AssemblyForecast a = MayorSimulator.run(
                        "test",
                        "mayor",
                        m,
                        CountRules.of(VotingSystem.FPTP),
                        null,
                        RunoffSwing.none(),
                        input(NZ),
                        settings,
                        Conditions.none(),
                        null)
                .assembly();
        AssemblyForecast.House house = a.house();
        assertThat(house).isNotNull();
        assertThat(house.seats()).isEqualTo(11);
        double sum = a.parties().stream()
                .mapToDouble(AssemblyForecast.PartySeats::seatsMean)
                .sum();
        assertThat(house.mean()).isCloseTo(sum, within(1e-9)).isGreaterThan(11);
        assertThat(house.pOverhang()).isBetween(0.05, 0.95);
        assertThat(house.p05()).isGreaterThanOrEqualTo(11).isLessThanOrEqualTo(house.p95());
        assertThat(house.max()).isGreaterThanOrEqualTo(house.p95()).isLessThanOrEqualTo(11 + 6);
        for (AssemblyForecast.PartySeats p : a.parties()) {
            assertThat(Arrays.stream(p.seatDistribution()).sum()).as(p.id()).isCloseTo(1, within(1e-9));
            if (!p.id().equals("other")) {
                assertThat(p.pEligible()).as(p.id()).isGreaterThanOrEqualTo(p.pOverThreshold());
            }
        }
        AssemblyForecast fixed = MayorSimulator.run(
                        "test",
                        "mayor",
                        m,
                        CountRules.of(VotingSystem.FPTP),
                        null,
                        RunoffSwing.none(),
                        input(ListRules.FIXED_HOUSE),
                        settings,
                        Conditions.none(),
                        null)
                .assembly();
        assertThat(fixed.house()).isNull();
        assertThat(fixed.parties()).allMatch(p -> Double.isNaN(p.pEligible()));
        // The same draws: the constituency seats are the same in both; only the allocation differs.
        for (int j = 0; j < a.parties().size(); j++) {
            assertThat(a.parties().get(j).constituencyMean())
                    .isEqualTo(fixed.parties().get(j).constituencyMean());
        }
    }

    /** With no error the simulator gives the calculator's allocation, overhang included. */
    @Test
    void withNoErrorTheSimulatorGivesTheCalculatorsHouse() {
        SimulationSettings s = SimulationSettings.withDefaults()
                .withSims(2000)
                .withPollingErrorSd(0)
                .withDriftPerDay(0)
                .withConstituencyNoiseSd(0);
        AssemblyInput in = sainteLague(AssemblySimulationTest.assembly(CONSTITUENCY, LIST, 0), NZ);
        AssemblyForecast a = MayorSimulator.run(
                        "test",
                        "mayor",
                        AssemblySimulationTest.mayor(0),
                        CountRules.of(VotingSystem.FPTP),
                        null,
                        RunoffSwing.none(),
                        in,
                        s,
                        Conditions.none(),
                        null)
                .assembly();
        int[] constituency = new int[in.size()];
        for (int j = 0; j < in.size(); j++) {
            constituency[j] = (int) Math.round(a.parties().get(j).constituencyMean());
        }
        // With no error the list shares are the means; "other" is never seated: its share counts as others' do.
        double[] list = LIST.clone();
        list[in.size() - 1] = 0;
        boolean[] independent = new boolean[in.size()];
        SeatAllocation.ListResult r = SeatAllocation.allocate(
                SeatMethod.SAINTE_LAGUE_MODIFIED,
                list,
                constituency,
                5,
                11,
                5,
                independent,
                LIST[in.size() - 1],
                NZ,
                null);
        for (int j = 0; j < in.size() - 1; j++) {
            assertThat(a.parties().get(j).seatDistribution()[constituency[j] + r.listSeats()[j]])
                    .as(in.parties().get(j))
                    .isEqualTo(1.0);
        }
        assertThat(a.house().mean()).isEqualTo(11.0 + r.overhang());
    }

    private static ZigguratSampler.NormalizedGaussian normal(long seed) {
        UniformRandomProvider rng = RandomSource.XO_SHI_RO_256_PP.create(seed);
        return ZigguratSampler.NormalizedGaussian.of(rng);
    }
}
