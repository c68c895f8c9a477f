package org.pollcast.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pollcast.election.Bloc;
import org.pollcast.election.CountRules;
import org.pollcast.election.ListRegion;
import org.pollcast.election.SeatAllocation;
import org.pollcast.election.SeatMethod;
import org.pollcast.election.TransferTable;
import org.pollcast.election.VotingSystem;

/** The Assembly model: invariants per simulation, the zero-error limit, and threshold statistics. */
class AssemblySimulationTest {
    private static final List<String> PARTIES = List.of("lab", "con", "grn", "ld", "ref", "other");
    private static final List<String> MAYOR = List.of("lab", "con", "grn", "ld", "other");

    /** A small London: 6 constituencies, 5 list seats (11 in all); threshold 5%. */
    static AssemblyInput assembly(double[] constituency, double[] list, double se) {
        int p = PARTIES.size();
        int k = 6;
        double[] base = new double[k * p];
        double[][] local = {
            {50, 30, 8, 8, 2, 2},
            {30, 50, 6, 10, 2, 2},
            {42, 38, 8, 8, 2, 2},
            {45, 25, 20, 6, 2, 2},
            {28, 30, 6, 33, 2, 1},
            {60, 20, 10, 6, 2, 2}
        };
        for (int c = 0; c < k; c++) {
            System.arraycopy(local[c], 0, base, c * p, p);
        }
        double[] ses = new double[p];
        Arrays.fill(ses, se);
        List<String> names = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            names.add("c" + c);
        }
        return new AssemblyInput(
                "assembly",
                PARTIES,
                PARTIES,
                new boolean[p],
                constituency,
                list,
                ses,
                ses.clone(),
                new double[] {42, 32, 10, 11, 2, 3},
                names,
                base,
                new boolean[k],
                new int[] {0, 1, 2, 3, -1, -1},
                SeatMethod.DHONDT_MODIFIED,
                5,
                5,
                List.of(
                        new Bloc("majority", "majority", "any", List.of(), 6),
                        new Bloc("mayor-6", "mayor's party 6+", "mayor", List.of(), 6),
                        new Bloc("lab-grn", "lab+grn 6+", "parties", List.of("lab", "grn"), 6)),
                List.of("test"));
    }

    static ShareInput mayor(double se) {
        double[] s = new double[5];
        Arrays.fill(s, se);
        return new ShareInput(
                "test",
                LocalDate.of(2030, 4, 20),
                14,
                MAYOR,
                MAYOR,
                Arrays.asList("lab", "con", "grn", "ld", null),
                new double[] {44, 33, 10, 9, 4},
                s,
                true,
                "test");
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void everySimulationFillsEverySeatAndNoPartyUnderTheThresholdGetsAListSeat(long seed) {
        AssemblyInput in = assembly(new double[] {40, 32, 11, 10, 4.5, 2.5}, new double[] {36, 30, 12, 9, 5.2, 7.8}, 2);
        ShareInput m = mayor(2);
        AssemblyModel model = new AssemblyModel(in, m.mean(), 3);
        UniformRandomProvider rng = RandomSource.XO_SHI_RO_256_PP.create(seed);
        ZigguratSampler.NormalizedGaussian normal = ZigguratSampler.NormalizedGaussian.of(rng);
        AssemblyModel.Draw d = model.newDraw();
        double[] mayorShares = m.mean().clone();
        for (int s = 0; s < 20_000; s++) {
            for (int j = 0; j < mayorShares.length; j++) {
                mayorShares[j] = m.mean()[j] + 3 * normal.sample();
            }
            model.draw(normal, mayorShares, m.mean(), d);
            assertThat(Arrays.stream(d.totalSeats).sum()).isEqualTo(11);
            assertThat(Arrays.stream(d.constituencySeats).sum()).isEqualTo(6);
            assertThat(Arrays.stream(d.listShare).sum()).isCloseTo(100, org.assertj.core.data.Offset.offset(1e-9));
            for (int j = 0; j < in.size(); j++) {
                if (d.listShare[j] < in.threshold() || in.parties().get(j).equals("other")) {
                    assertThat(d.listSeats[j])
                            .as("party %s at %.2f%%", in.parties().get(j), d.listShare[j])
                            .isZero();
                }
            }
        }
    }

    @Test
    void withNoErrorTheSimulatorGivesTheDeterministicAllocation() {
        double[] constituency = {42, 32, 10, 11, 2, 3};
        double[] list = {38, 30, 12, 9, 6, 5};
        AssemblyInput in = assembly(constituency, list, 0);
        ShareInput m = mayor(0);
        SimulationSettings s = SimulationSettings.withDefaults()
                .withSims(5000)
                .withPollingErrorSd(0)
                .withDriftPerDay(0)
                .withConstituencyNoiseSd(0);
        ElectionForecast f = MayorSimulator.run(
                "test",
                "mayor",
                m,
                CountRules.of(VotingSystem.FPTP),
                null,
                RunoffSwing.none(),
                in,
                s,
                Conditions.none(),
                null);
        // By hand: the baseline London shares equal the constituency means, so each constituency keeps its
        // baseline winner: lab c0, c2, c3, c5; con c1; ld c4.
        int[] constituencySeats = {4, 1, 0, 1, 0, 0};
        SeatAllocation.ListResult expected =
                SeatAllocation.allocate(SeatMethod.DHONDT_MODIFIED, list, constituencySeats, 5, 5, new boolean[6]);
        for (int j = 0; j < PARTIES.size() - 1; j++) {
            AssemblyForecast.PartySeats party = f.assembly().parties().get(j);
            int total = constituencySeats[j] + expected.listSeats()[j];
            assertThat(party.seatDistribution()[total]).as(PARTIES.get(j)).isEqualTo(1.0);
            assertThat(party.constituencyMean()).isEqualTo(constituencySeats[j]);
        }
        assertThat(f.assembly().constituencies().get(4).pWin()[3]).isEqualTo(1.0); // c4 to the Liberal Democrats
    }

    /**
     * The small London in two list regions (c0 to c2 with 3 list seats, c3 to c5 with 2): region B's Liberal Democrats
     * are far stronger than the whole area's, region A's Conservatives stronger. Each region's list swings from its own
     * baseline by the whole area's change.
     */
    static AssemblyInput regional(double[] constituency, double[] list, double se) {
        AssemblyInput in = assembly(constituency, list, se);
        double[] regionBase = {
            // region A: lab, con, grn, ld, ref, other
            36, 40, 10, 4, 5, 5,
            // region B
            34, 16, 10, 30, 5, 5
        };
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
                in.method(),
                in.threshold(),
                in.listSeats(),
                in.blocs(),
                in.sources(),
                List.of(new ListRegion("a", "A", 3), new ListRegion("b", "B", 2)),
                new int[] {0, 0, 0, 1, 1, 1},
                regionBase,
                new double[] {37, 28, 12, 13, 5, 5});
    }

    /**
     * A constituency whose baseline was imputed (no result of its own) is a guess at where each party starts there:
     * with every other error at zero, the guess's spread alone decides how sure its winner is. Before, an imputed
     * baseline was as certain as a counted one, and the Scottish kit's constituencies at the national shares all went
     * to the national leader.
     */
    @Test
    void anImputedBaselineMakesItsConstituencyLessSure() {
        double[] constituency = {42, 32, 10, 11, 2, 3};
        double[] list = {38, 30, 12, 9, 6, 5};
        AssemblyInput known = assembly(constituency, list, 0);
        double[] sd = new double[known.baseline().length];
        int p = known.size();
        // c2: lab 42, con 38 at its baseline; imputed with the lean spread of a big party (about 10 points).
        Arrays.fill(sd, 2 * p, 3 * p, 10);
        AssemblyInput guessed = new AssemblyInput(
                known.contest(),
                known.parties(),
                known.names(),
                known.independent(),
                known.constituencyMean(),
                known.listMean(),
                known.constituencySe(),
                known.listSe(),
                known.baselineLondon(),
                known.constituencies(),
                known.baseline(),
                new boolean[] {false, false, true, false, false, false},
                sd,
                known.mayorOption(),
                known.method(),
                known.threshold(),
                known.listSeats(),
                known.blocs(),
                known.sources(),
                known.regions(),
                known.regionOf(),
                known.regionBaseline(),
                known.baselineList());
        SimulationSettings s = SimulationSettings.withDefaults()
                .withSims(5000)
                .withPollingErrorSd(0)
                .withDriftPerDay(0)
                .withConstituencyNoiseSd(0);
        double sure = labWins(known, s, 2);
        double unsure = labWins(guessed, s, 2);
        assertThat(sure).isEqualTo(1.0);
        // Lab leads by 4 points, the guess has a spread of about 10 per party: Labour well short of certain.
        assertThat(unsure).isBetween(0.5, 0.8);
        // The constituencies with results of their own are untouched.
        assertThat(labWins(guessed, s, 0)).isEqualTo(1.0);
        assertThat(labWins(guessed, s, 1)).isEqualTo(0.0);
    }

    /**
     * A constituency's simulated shares are shares of its vote: never below 0, and with the parties that cannot win
     * there they sum to 100. Here "ref" (2% London-wide at the baseline, so it swings proportionally) rises to 20%:
     * in c3, where it had 12%, it gains six times London's 18 points while the big parties lose only London's points
     * (uniform swing), and the contenders' shares used to sum to far more than 100, and in the other constituencies
     * to less, some of them below 0. Scaling them does not change who wins.
     */
    @ParameterizedTest
    @ValueSource(longs = {1, 2})
    void constituencySharesAreSharesOfTheVote(long seed) {
        int p = PARTIES.size();
        AssemblyInput small = assembly(new double[] {30, 25, 10, 12, 20, 3}, new double[] {30, 25, 12, 10, 20, 3}, 2);
        double[] base = small.baseline().clone();
        base[3 * p + 4] = 12; // c3: lab 35, con 25, grn 20, ld 6, ref 12 (was lab 45, ref 2)
        base[3 * p] = 35;
        int other = PARTIES.indexOf("other");
        for (int c = 0; c < small.constituencies().size(); c++) {
            // No "other" vote at the baseline, so the contenders (every other party) are the whole constituency.
            base[c * p] += base[c * p + other];
            base[c * p + other] = 0;
        }
        AssemblyInput in = new AssemblyInput(
                small.contest(),
                small.parties(),
                small.names(),
                small.independent(),
                small.constituencyMean(),
                small.listMean(),
                small.constituencySe(),
                small.listSe(),
                small.baselineLondon(),
                small.constituencies(),
                base,
                small.imputed(),
                small.mayorOption(),
                small.method(),
                small.threshold(),
                small.listSeats(),
                small.blocs(),
                small.sources());
        ShareInput m = mayor(2);
        AssemblyModel model = new AssemblyModel(in, m.mean(), 3);
        int[] contenders = model.contenders();
        int[] start = model.contenderStart();
        UniformRandomProvider rng = RandomSource.XO_SHI_RO_256_PP.create(seed);
        ZigguratSampler.NormalizedGaussian normal = ZigguratSampler.NormalizedGaussian.of(rng);
        AssemblyModel.Draw d = model.newDraw();
        double[] mayorShares = m.mean().clone();
        double biggestSum = 0;
        for (int s = 0; s < 5000; s++) {
            for (int j = 0; j < mayorShares.length; j++) {
                mayorShares[j] = m.mean()[j] + 3 * normal.sample();
            }
            model.draw(normal, mayorShares, m.mean(), d);
            for (int c = 0; c < in.constituencies().size(); c++) {
                double sum = 0;
                int best = -1;
                for (int x = start[c]; x < start[c + 1]; x++) {
                    assertThat(contenders[x]).isNotEqualTo(other);
                    assertThat(d.contenderVotes[x]).isGreaterThanOrEqualTo(0);
                    sum += d.contenderVotes[x];
                    best = best < 0 || d.contenderVotes[x] > d.contenderVotes[best] ? x : best;
                }
                assertThat(sum).as("constituency %d", c).isCloseTo(100, org.assertj.core.data.Offset.offset(1e-9));
                assertThat(d.constituencyWinner[c]).isEqualTo(contenders[best]);
                biggestSum = Math.max(biggestSum, sum);
            }
        }
        assertThat(biggestSum).isLessThan(100 + 1e-9);
    }

    /**
     * The share of simulations with a tie for the most seats is counted, not read off the "largest party" column's
     * excess over 100%: a three-way tie puts 200 points into that excess. Four simulations: a three-way tie, a
     * two-way tie and two outright winners: ties in half of them, while the column sums to 100% + 3 × 25%.
     */
    @Test
    void tiesForTheMostSeatsAreCountedOncePerSimulation() {
        AssemblyInput in = assembly(new double[] {40, 32, 11, 10, 4.5, 2.5}, new double[] {36, 30, 12, 9, 5.2, 7.8}, 2);
        AssemblyModel model = new AssemblyModel(in, mayor(2).mean(), 3);
        AssemblyTally tally = new AssemblyTally(
                in.size(),
                6,
                in.seats(),
                in.blocs().size(),
                model.contenders(),
                model.contenderStart(),
                0,
                in.listRules());
        AssemblyModel.Draw d = model.newDraw();
        int[][] outcomes = {{3, 3, 3, 2, 0, 0}, {4, 4, 2, 1, 0, 0}, {5, 3, 2, 1, 0, 0}, {2, 6, 2, 1, 0, 0}};
        for (int[] seats : outcomes) {
            System.arraycopy(seats, 0, d.totalSeats, 0, seats.length);
            tally.add(
                    d,
                    new boolean[in.blocs().size()],
                    Arrays.stream(seats).max().orElseThrow());
        }
        AssemblyForecast f = AssemblyForecastBuilder.build(in, tally, outcomes.length);
        double columnSum = f.parties().stream()
                .mapToDouble(AssemblyForecast.PartySeats::pLargest)
                .sum();
        assertThat(columnSum).isCloseTo(1.75, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(f.pTie()).isEqualTo(0.5);
    }

    private static double labWins(AssemblyInput in, SimulationSettings s, int constituency) {
        ElectionForecast f = MayorSimulator.run(
                "test",
                "mayor",
                mayor(0),
                CountRules.of(VotingSystem.FPTP),
                null,
                RunoffSwing.none(),
                in,
                s,
                Conditions.none(),
                null);
        AssemblyForecast.ConstituencyForecast c = f.assembly().constituencies().get(constituency);
        return c.pWin()[c.parties().indexOf("lab")];
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void everyRegionFillsItsOwnListSeats(long seed) {
        AssemblyInput in = regional(new double[] {40, 32, 11, 10, 4.5, 2.5}, new double[] {36, 30, 12, 9, 5.2, 7.8}, 2);
        ShareInput m = mayor(2);
        AssemblyModel model = new AssemblyModel(in, m.mean(), 3);
        UniformRandomProvider rng = RandomSource.XO_SHI_RO_256_PP.create(seed);
        ZigguratSampler.NormalizedGaussian normal = ZigguratSampler.NormalizedGaussian.of(rng);
        AssemblyModel.Draw d = model.newDraw();
        double[] mayorShares = m.mean().clone();
        for (int s = 0; s < 20_000; s++) {
            for (int j = 0; j < mayorShares.length; j++) {
                mayorShares[j] = m.mean()[j] + 3 * normal.sample();
            }
            model.draw(normal, mayorShares, m.mean(), d);
            assertThat(Arrays.stream(d.totalSeats).sum()).isEqualTo(11);
            assertThat(Arrays.stream(d.listSeats).sum()).isEqualTo(5);
            assertThat(d.listSeats[PARTIES.indexOf("other")]).isZero();
        }
    }

    /** The forecast of {@code in} with no error anywhere: each simulation is the means' own allocation. */
    private static ElectionForecast withoutError(AssemblyInput in) {
        SimulationSettings s = SimulationSettings.withDefaults()
                .withSims(2000)
                .withPollingErrorSd(0)
                .withDriftPerDay(0)
                .withConstituencyNoiseSd(0);
        return MayorSimulator.run(
                "test",
                "mayor",
                mayor(0),
                CountRules.of(VotingSystem.FPTP),
                null,
                RunoffSwing.none(),
                in,
                s,
                Conditions.none(),
                null);
    }

    @Test
    void withNoErrorEachRegionGetsItsOwnDeterministicAllocation() {
        double[] constituency = {42, 32, 10, 11, 2, 3};
        // The whole area's list exactly as at the baseline: every region keeps its baseline list shares.
        double[] list = {37, 28, 12, 13, 5, 5};
        AssemblyInput in = regional(constituency, list, 0);
        ElectionForecast f = withoutError(in);
        // Constituency winners as in the whole-area test: region A lab c0, con c1, lab c2; region B lab c3, ld c4,
        // lab c5. Each region's list by hand from its own shares and seats.
        SeatAllocation.ListResult a = SeatAllocation.allocate(
                SeatMethod.DHONDT_MODIFIED,
                new double[] {36, 40, 10, 4, 5, 5},
                new int[] {2, 1, 0, 0, 0, 0},
                3,
                5,
                new boolean[6]);
        SeatAllocation.ListResult b = SeatAllocation.allocate(
                SeatMethod.DHONDT_MODIFIED,
                new double[] {34, 16, 10, 30, 5, 5},
                new int[] {2, 0, 0, 1, 0, 0},
                2,
                5,
                new boolean[6]);
        int[] constituencySeats = {4, 1, 0, 1, 0, 0};
        for (int j = 0; j < PARTIES.size() - 1; j++) {
            int total = constituencySeats[j] + a.listSeats()[j] + b.listSeats()[j];
            assertThat(f.assembly().parties().get(j).seatDistribution()[total])
                    .as(PARTIES.get(j))
                    .isEqualTo(1.0);
        }
        // The whole-area allocation would differ (a Green seat, not a Liberal Democrat one): the regions decide it.
        SeatAllocation.ListResult whole =
                SeatAllocation.allocate(SeatMethod.DHONDT_MODIFIED, list, constituencySeats, 5, 5, new boolean[6]);
        int[] regional = new int[6];
        for (int j = 0; j < 6; j++) {
            regional[j] = a.listSeats()[j] + b.listSeats()[j];
        }
        assertThat(regional).isNotEqualTo(whole.listSeats());
    }

    /**
     * A party with list votes across the whole area at the baseline but none in a region's rows (the Welsh kit's
     * South Wales Central lists no Reform UK, 1.1% Wales-wide in 2021) starts there at its whole-area share, as a party
     * new since the baseline does everywhere. Before, its proportional swing multiplied that region's 0: Reform, polled
     * at 28%, won no list seat there in any simulation.
     */
    @Test
    void aPartyWithNoListVotesInARegionStartsThereAtItsWholeAreaShare() {
        AssemblyInput given = regional(new double[] {42, 32, 10, 11, 2, 3}, new double[] {30, 24, 10, 11, 20, 5}, 0);
        double[] regionBase = given.regionBaseline().clone();
        regionBase[PARTIES.indexOf("ref")] = 0; // region A: no row for ref
        regionBase[PARTIES.indexOf("other")] += 5;
        AssemblyInput in = new AssemblyInput(
                given.contest(),
                given.parties(),
                given.names(),
                given.independent(),
                given.constituencyMean(),
                given.listMean(),
                given.constituencySe(),
                given.listSe(),
                given.baselineLondon(),
                given.constituencies(),
                given.baseline(),
                given.imputed(),
                given.baselineSd(),
                given.mayorOption(),
                given.method(),
                given.threshold(),
                given.listSeats(),
                given.blocs(),
                given.sources(),
                given.regions(),
                given.regionOf(),
                regionBase,
                given.baselineList());
        ElectionForecast f = withoutError(in);
        // By hand: lab, con, grn and ld (10% or more at the baseline) swing uniformly, ref and other in proportion;
        // region A's ref takes the whole area's 20.
        SeatAllocation.ListResult a = SeatAllocation.allocate(
                SeatMethod.DHONDT_MODIFIED,
                new double[] {29, 36, 8, 2, 20, 10},
                new int[] {2, 1, 0, 0, 0, 0},
                3,
                5,
                new boolean[6]);
        SeatAllocation.ListResult b = SeatAllocation.allocate(
                SeatMethod.DHONDT_MODIFIED,
                new double[] {27, 12, 8, 28, 20, 5},
                new int[] {2, 0, 0, 1, 0, 0},
                2,
                5,
                new boolean[6]);
        int ref = PARTIES.indexOf("ref");
        assertThat(a.listSeats()[ref]).isPositive();
        assertThat(f.assembly().parties().get(ref).seatDistribution()[a.listSeats()[ref] + b.listSeats()[ref]])
                .isEqualTo(1.0);
    }

    @Test
    void aPartyPolledAt4CrossesTheThresholdRarelyAndOneAt6Usually() {
        // "ref" has no mayoral candidate, so its list share moves only by its own error (0.3 points) and the
        // renormalisation. At 4% it must rise 1 point (over 3 sd): expected rate under 0.1%; bound 1%. At 6%
        // it must fall 1 point: expected crossing rate over 99.9%; bound 99%. With 10,000 simulations either
        // bound fails by luck only with ten times the expected 10 misses: probability far below 1e-9.
        for (double[] c : new double[][] {{4, 0.01}, {6, 0.99}}) {
            double share = c[0];
            double[] list = {38, 30, 12, 9, share, 11 - share};
            AssemblyInput in = assembly(new double[] {42, 32, 10, 11, 2, 3}, list, 0.3);
            ShareInput m = mayor(0.5);
            ElectionForecast f = MayorSimulator.run(
                    "test",
                    "mayor",
                    m,
                    CountRules.of(VotingSystem.FPTP),
                    null,
                    RunoffSwing.none(),
                    in,
                    SimulationSettings.withDefaults().withSims(10_000),
                    Conditions.none(),
                    null);
            double over = f.assembly().parties().get(4).pOverThreshold();
            if (share < 5) {
                assertThat(over).isLessThan(c[1]);
            } else {
                assertThat(over).isGreaterThan(c[1]);
            }
        }
    }

    @Test
    void assemblyResultsDoNotDependOnThreads() {
        AssemblyInput in = assembly(new double[] {40, 32, 11, 10, 4.5, 2.5}, new double[] {36, 30, 12, 9, 5.2, 7.8}, 2);
        // Three blocks, the last of one draw: one thread runs them all, two share them unevenly.
        SimulationSettings s = SimulationSettings.withDefaults().withSims(2L * SimulationSettings.BLOCK + 1);
        TransferTable none = TransferTable.fromShares(MAYOR, new double[5][5]);
        ElectionForecast one = MayorSimulator.run(
                "t",
                "mayor",
                mayor(2),
                CountRules.of(VotingSystem.SUPPLEMENTARY_VOTE),
                none,
                RunoffSwing.none(),
                in,
                s.withThreads(1),
                Conditions.none(),
                null);
        ElectionForecast two = MayorSimulator.run(
                "t",
                "mayor",
                mayor(2),
                CountRules.of(VotingSystem.SUPPLEMENTARY_VOTE),
                none,
                RunoffSwing.none(),
                in,
                s.withThreads(2),
                Conditions.none(),
                null);
        for (int j = 0; j < in.size(); j++) {
            assertThat(two.assembly().parties().get(j).seatDistribution())
                    .isEqualTo(one.assembly().parties().get(j).seatDistribution());
        }
        assertThat(two.assembly().blocs()).isEqualTo(one.assembly().blocs());
        // Every seat distribution is a distribution; seats average to the 11 in every simulation.
        double mean = one.assembly().parties().stream()
                .mapToDouble(AssemblyForecast.PartySeats::seatsMean)
                .sum();
        assertThat(mean).isCloseTo(11, org.assertj.core.data.Offset.offset(1e-9));
        for (AssemblyForecast.BlocForecast b : one.assembly().blocs()) {
            assertThat(b.p()).isBetween(0.0, 1.0);
        }
    }

    @Test
    void scenarioOnSeatsKeepsOnlyThoseSimulations() {
        AssemblyInput in = assembly(new double[] {40, 32, 11, 10, 4.5, 2.5}, new double[] {36, 30, 12, 9, 5.2, 7.8}, 2);
        ShareInput m = mayor(2);
        Conditions c = Conditions.parse(List.of("grn.seats>=2", "lab>=40"), m, in);
        ElectionForecast f = MayorSimulator.run(
                "t",
                "mayor",
                m,
                CountRules.of(VotingSystem.FPTP),
                null,
                RunoffSwing.none(),
                in,
                SimulationSettings.withDefaults().withSims(100_000),
                c,
                null);
        assertThat(f.mayor().kept()).isPositive().isLessThan(f.mayor().sims());
        double[] green = f.assembly().parties().get(2).seatDistribution();
        assertThat(green[0] + green[1]).isZero();
        assertThat(f.mayor().candidates().get(0).firstPref().p05()).isGreaterThanOrEqualTo(40.0);
    }
}
