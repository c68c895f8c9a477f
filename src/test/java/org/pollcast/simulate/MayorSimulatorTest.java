package org.pollcast.simulate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.pollcast.election.CountRules;
import org.pollcast.election.TransferTable;
import org.pollcast.election.VotingSystem;

/**
 * Statistical and structural tests of the simulator. Each statistical test states its chance of failing by
 * luck for an arbitrary seed; the seeds here are fixed, so runs are reproducible.
 */
class MayorSimulatorTest {
    private static final List<String> IDS = List.of("a", "b", "c", "d", "other");
    private static final List<String> PARTIES = Arrays.asList("lab", "con", "grn", "ld", null);

    static ShareInput input(double[] mean, double se) {
        double[] s = new double[mean.length];
        Arrays.fill(s, se);
        return new ShareInput("test", LocalDate.of(2030, 4, 20), 14, IDS, IDS, PARTIES, mean, s, true, "test input");
    }

    static TransferTable symmetric() {
        // c and d split evenly between a and b; "other" likewise; half exhausts.
        double[][] rows = new double[5][5];
        for (int i = 2; i < 5; i++) {
            rows[i][0] = 0.25;
            rows[i][1] = 0.25;
        }
        rows[0][2] = 0.3;
        rows[1][3] = 0.3;
        return TransferTable.fromShares(IDS, rows);
    }

    /** Two rounds take the bundled prior's swing between the finalists, as a forecast does. */
    static MayorForecast run(ShareInput in, VotingSystem system, SimulationSettings s) {
        return MayorSimulator.run(
                        "test",
                        "mayor",
                        in,
                        CountRules.of(system),
                        symmetric(),
                        system == VotingSystem.TWO_ROUND ? RunoffSwing.uniform(in.size(), 1.4) : RunoffSwing.none(),
                        null,
                        s,
                        Conditions.none(),
                        null)
                .mayor();
    }

    static SimulationSettings quiet() {
        return SimulationSettings.withDefaults()
                .withPollingErrorSd(0)
                .withDriftPerDay(0)
                .withSims(20_000);
    }

    @ParameterizedTest
    @EnumSource(
            value = VotingSystem.class,
            names = {"SUPPLEMENTARY_VOTE", "INSTANT_RUNOFF"})
    void eachPairHasItsOwnSplitAndTheCandidatesShareIsTheirMixture(VotingSystem system) {
        // a leads; b and c, level, take turns as its opponent. c's voters prefer a, b's do not, so a beats b (c out,
        // transferring) by more than it beats c. The candidate's final-round share mixes the two; each pair's split is
        // its own. The mixture identity is exact arithmetic on the same bins (no chance of failing by luck); the order
        // of the two
        // splits fails only if a 1.5-point gap between them vanished in some 9,000 draws each.
        double[][] rows = new double[5][5];
        rows[2][0] = 0.5;
        rows[2][1] = 0.1;
        rows[1][0] = 0.1;
        rows[1][2] = 0.1;
        rows[3][1] = 0.3;
        rows[3][2] = 0.3;
        rows[4][1] = 0.2;
        rows[4][2] = 0.2;
        MayorForecast f = MayorSimulator.run(
                        "test",
                        "mayor",
                        input(new double[] {40, 25, 25, 7, 3}, 2),
                        CountRules.of(system),
                        TransferTable.fromShares(IDS, rows),
                        RunoffSwing.none(),
                        null,
                        quiet().withTransferConcentration(1e9),
                        Conditions.none(),
                        null)
                .mayor();
        RunoffPair ab = pair(f, "a", "b");
        RunoffPair ac = pair(f, "a", "c");
        assertThat(ab.p()).isGreaterThan(0.3);
        assertThat(ac.p()).isGreaterThan(0.3);
        assertThat(ab.aShare().mean()).isGreaterThan(ac.aShare().mean() + 1.5);
        double mixed = 0;
        double weight = 0;
        for (RunoffPair p : f.runoffPairs()) {
            if (p.a().equals("a") || p.b().equals("a")) {
                double share =
                        p.a().equals("a") ? p.aShare().mean() : 100 - p.aShare().mean();
                mixed += p.p() * share;
                weight += p.p();
            }
        }
        assertThat(f.candidates().get(0).runoffShare().mean()).isCloseTo(mixed / weight, within(1e-9));
        // The quantiles of a pair's other side are the mirror of its a's.
        ShareDistribution d = ab.aShare();
        ShareDistribution b = ShareDistribution.mirrored(d);
        assertThat(b.p05()).isCloseTo(100 - d.p95(), within(1e-12));
        assertThat(b.mean()).isCloseTo(100 - d.mean(), within(1e-12));
        assertThat(ab.shareOf("b").orElseThrow().mean()).isCloseTo(100 - d.mean(), within(1e-12));
    }

    /**
     * The same race with the leader listed second: the tally keeps the lower index's share, so every split of a pair
     * the later-listed candidate leads is turned round (the pair's a, its share, the margin chart's histogram). The
     * mixture identity is exact (bins); the chart's histogram mean matches the pair's split to the bin.
     */
    @Test
    void aPairLedByTheLaterListedCandidateIsTurnedRound() {
        double[][] rows = new double[5][5];
        rows[2][1] = 0.5;
        rows[2][0] = 0.1;
        rows[0][1] = 0.1;
        rows[0][2] = 0.1;
        rows[3][0] = 0.3;
        rows[3][2] = 0.3;
        rows[4][0] = 0.2;
        rows[4][2] = 0.2;
        MayorForecast f = MayorSimulator.run(
                        "test",
                        "mayor",
                        input(new double[] {25, 40, 25, 7, 3}, 2),
                        CountRules.of(VotingSystem.INSTANT_RUNOFF),
                        TransferTable.fromShares(IDS, rows),
                        RunoffSwing.none(),
                        null,
                        quiet().withTransferConcentration(1e9),
                        Conditions.none(),
                        null)
                .mayor();
        RunoffPair ba = pair(f, "b", "a");
        assertThat(ba.a()).as("the pair's leader in the average comes first").isEqualTo("b");
        assertThat(ba.aShare().mean()).isGreaterThan(50);
        double mixed = 0;
        double weight = 0;
        for (RunoffPair p : f.runoffPairs()) {
            if (p.a().equals("b") || p.b().equals("b")) {
                mixed += p.p() * p.shareOf("b").orElseThrow().mean();
                weight += p.p();
            }
        }
        assertThat(f.candidates().get(1).runoffShare().mean()).isCloseTo(mixed / weight, within(1e-9));
        RunoffPair top = f.runoffPairs().get(0);
        assertThat(top.a()).isEqualTo("b");
        long n = 0;
        double sum = 0;
        for (int bin = 0; bin < MayorForecast.BINS; bin++) {
            n += f.topPairHist()[bin];
            sum += f.topPairHist()[bin] * (bin + 0.5) * 100.0 / MayorForecast.BINS;
        }
        assertThat(sum / n).isCloseTo(top.aShare().mean(), within(0.1));
    }

    private static RunoffPair pair(MayorForecast f, String a, String b) {
        return f.runoffPairs().stream()
                .filter(p -> p.a().equals(a) && p.b().equals(b) || p.a().equals(b) && p.b().equals(a))
                .findFirst()
                .orElseThrow();
    }

    @ParameterizedTest
    @EnumSource(
            value = VotingSystem.class,
            names = {"FPTP", "SUPPLEMENTARY_VOTE", "INSTANT_RUNOFF"})
    void withNoErrorTheFavouriteAlwaysWins(VotingSystem system) {
        // No randomness reaches the outcome (52% wins outright under any system): false-failure rate 0.
        MayorForecast f = run(input(new double[] {52, 30, 10, 5, 3}, 0), system, quiet());
        assertThat(f.candidates().get(0).pWin()).isEqualTo(1.0);
        assertThat(f.candidates().get(0).pFirstRoundWin()).isEqualTo(1.0);
        // With no error the first preferences are exactly the means, in every simulation.
        assertThat(f.candidates().get(0).firstPref().mean()).isCloseTo(52, within(1e-9));
        // FPTP: a plurality favourite always wins too.
        MayorForecast plurality = run(input(new double[] {40, 35, 15, 7, 3}, 0), VotingSystem.FPTP, quiet());
        assertThat(plurality.candidates().get(0).pWin()).isEqualTo(1.0);
    }

    @ParameterizedTest
    @EnumSource(
            value = VotingSystem.class,
            names = {"FPTP", "SUPPLEMENTARY_VOTE", "INSTANT_RUNOFF"})
    void symmetricCandidatesWinEquallyOften(VotingSystem system) {
        // a and b are exchangeable; with N = 262,144 the difference of their win rates has sd about
        // √(1/N) = 0.002. Bound 0.0098 is 5 sd: false-failure rate about 6e-7.
        MayorForecast f = run(
                input(new double[] {40, 40, 10, 6, 4}, 1.5),
                system,
                SimulationSettings.withDefaults().withSims(262_144));
        double pa = f.candidates().get(0).pWin();
        double pb = f.candidates().get(1).pWin();
        assertThat(Math.abs(pa - pb)).isLessThan(5 * Math.sqrt(1.0 / f.kept()));
        assertThat(pa + pb).isGreaterThan(0.99);
    }

    @Test
    void simulatedMeanFirstPreferencesMatchTheAverage() {
        // The log-ratio model is centred to first order; the remaining bias is under 0.3 points for these
        // errors (polling 3, se 1.5, 14 days' drift). Monte Carlo error of a mean over 131,072 draws is
        // about 0.01 points, so luck alone cannot fail this (over 20 sd).
        double[] mean = {42, 38, 10, 6, 4};
        MayorForecast f = run(
                input(mean, 1.5),
                VotingSystem.SUPPLEMENTARY_VOTE,
                SimulationSettings.withDefaults().withSims(131_072));
        for (int j = 0; j < mean.length; j++) {
            assertThat(f.candidates().get(j).firstPref().mean()).as(IDS.get(j)).isCloseTo(mean[j], within(0.3));
            assertThat(f.candidates().get(j).firstPref().p05()).isLessThan(mean[j]);
            assertThat(f.candidates().get(j).firstPref().p95()).isGreaterThan(mean[j]);
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = VotingSystem.class,
            names = {"FPTP", "SUPPLEMENTARY_VOTE", "INSTANT_RUNOFF"})
    void theSimulationsCountAgreesWithVoteCount(VotingSystem system) {
        // The hot loop runs the election package's counts (VoteCount's too); end to end, with no error and
        // transfers pinned to the table (concentration 1e9), both must name the same winner. Here transfers
        // decide: b trails a on first preferences but c's and d's ballots favour b.
        double[] mean = {38, 34, 16, 9, 3};
        double[][] rows = new double[5][5];
        rows[2][1] = 0.6;
        rows[2][0] = 0.1;
        rows[3][1] = 0.5;
        rows[3][2] = 0.3;
        rows[4][0] = 0.2;
        rows[4][1] = 0.2;
        TransferTable table = TransferTable.fromShares(IDS, rows);
        MayorForecast f = MayorSimulator.run(
                        "test",
                        "mayor",
                        input(mean, 0),
                        CountRules.of(system),
                        table,
                        RunoffSwing.none(),
                        null,
                        quiet().withSims(1000).withTransferConcentration(1e9),
                        Conditions.none(),
                        null)
                .mayor();
        // "other" is never a candidate in the simulation; VoteCount sees it as a fifth name, so give it no chance.
        org.pollcast.election.CountResult expected = org.pollcast.election.VoteCount.count(system, mean, table);
        assertThat(f.candidates().get(expected.winner()).pWin())
                .as(system.code())
                .isEqualTo(1.0);
    }

    @Test
    void instantRunoffReportsItsFinalTwoAsTheRunoffPair() {
        // No error, transfers pinned: every count is the same. d, then c, are eliminated; c's ballots put b ahead.
        double[] mean = {38, 34, 16, 9, 3};
        double[][] rows = new double[5][5];
        rows[2][1] = 0.6;
        rows[2][0] = 0.1;
        rows[3][1] = 0.5;
        rows[3][2] = 0.3;
        TransferTable table = TransferTable.fromShares(IDS, rows);
        MayorForecast f = MayorSimulator.run(
                        "test",
                        "mayor",
                        input(mean, 0),
                        CountRules.of(VotingSystem.INSTANT_RUNOFF),
                        table,
                        RunoffSwing.none(),
                        null,
                        quiet().withSims(1000).withTransferConcentration(1e9),
                        Conditions.none(),
                        null)
                .mayor();
        org.pollcast.election.CountResult expected =
                org.pollcast.election.VoteCount.count(VotingSystem.INSTANT_RUNOFF, mean, table);
        assertThat(f.candidates().get(0).pRunoff()).isEqualTo(1.0);
        assertThat(f.candidates().get(1).pRunoff()).isEqualTo(1.0);
        assertThat(f.candidates().get(2).pRunoff()).isEqualTo(0.0);
        assertThat(f.runoffPairs())
                .singleElement()
                .satisfies(p -> assertThat(p.p()).isEqualTo(1.0));
        assertThat(f.candidates().get(expected.winner()).runoffShare().mean()).isGreaterThan(50);
        // First past the post has no final two.
        MayorForecast plurality = MayorSimulator.run(
                        "test",
                        "mayor",
                        input(mean, 0),
                        CountRules.of(VotingSystem.FPTP),
                        table,
                        RunoffSwing.none(),
                        null,
                        quiet().withSims(1000),
                        Conditions.none(),
                        null)
                .mayor();
        assertThat(plurality.runoffPairs()).isEmpty();
        assertThat(plurality.candidates())
                .allSatisfy(c -> assertThat(c.pRunoff()).isZero());
    }

    @Test
    void anInstantRunoffWonEarlyIsStillCountedToItsLastTwo() {
        // "other" (2) is set aside; a has 46 of 98, no majority. d's 4 all go to a: 50 of 98 continuing, a majority
        // with three still in. The final pair must be the last two after c goes too (a v b), its share a's of those
        // two, not a's share of a and b in a round with c still in.
        double[] mean = {46, 30, 18, 4, 2};
        double[][] rows = new double[5][5];
        rows[3][0] = 1; // d's ballots all go to a
        rows[2][1] = 0.5; // c's: half to b, half exhausted
        TransferTable table = TransferTable.fromShares(IDS, rows);
        MayorForecast f = MayorSimulator.run(
                        "test",
                        "mayor",
                        input(mean, 0),
                        CountRules.of(VotingSystem.INSTANT_RUNOFF),
                        table,
                        RunoffSwing.none(),
                        null,
                        quiet().withSims(500).withTransferConcentration(1e9),
                        Conditions.none(),
                        null)
                .mayor();
        assertThat(f.candidates().get(0).pWin()).isEqualTo(1.0);
        assertThat(f.runoffPairs()).singleElement().satisfies(p -> {
            assertThat(p.a()).isEqualTo(IDS.get(0));
            assertThat(p.b()).isEqualTo(IDS.get(1));
        });
        // a 50, b 30 + 9 = 39: a's share of the two 56.2%, where stopping at a's majority gave 50/80 = 62.5%
        assertThat(f.candidates().get(0).runoffShare().mean()).isCloseTo(56.2, within(0.2));
    }

    @Test
    void instantRunoffTransfersAreUncertainAsTheSupplementaryVotesAre() {
        // No first-preference error: only the transfers can move the count. At the table's means c's ballots put b
        // 0.55 points ahead of a (47.80 v 47.25); drawn with concentration 100, c's split to b has a standard
        // deviation of about 5 points of c's pile (0.6 of 13 points), so a wins a real share of counts. Over 20,000
        // counts each chance has a Monte Carlo error under 0.4 points, far inside the bounds.
        double[] mean = {44, 40, 13, 2, 1};
        double[][] rows = new double[5][5];
        rows[2][1] = 0.6;
        rows[2][0] = 0.25;
        TransferTable table = TransferTable.fromShares(IDS, rows);
        MayorForecast drawn = MayorSimulator.run(
                        "test",
                        "mayor",
                        input(mean, 0),
                        CountRules.of(VotingSystem.INSTANT_RUNOFF),
                        table,
                        RunoffSwing.none(),
                        null,
                        quiet().withSims(20_000).withTransferConcentration(100),
                        Conditions.none(),
                        null)
                .mayor();
        assertThat(drawn.candidates().get(1).pWin()).isBetween(0.5, 0.95);
        assertThat(drawn.candidates().get(0).pWin()).isBetween(0.05, 0.5);
        MayorForecast pinned = MayorSimulator.run(
                        "test",
                        "mayor",
                        input(mean, 0),
                        CountRules.of(VotingSystem.INSTANT_RUNOFF),
                        table,
                        RunoffSwing.none(),
                        null,
                        quiet().withSims(2_000).withTransferConcentration(1e9),
                        Conditions.none(),
                        null)
                .mayor();
        assertThat(pinned.candidates().get(1).pWin()).isEqualTo(1.0);
    }

    @ParameterizedTest
    @EnumSource(
            value = VotingSystem.class,
            names = {"SUPPLEMENTARY_VOTE", "INSTANT_RUNOFF"})
    void probabilitiesAreProbabilities(VotingSystem system) {
        for (long seed = 1; seed <= 4; seed++) {
            MayorForecast f = run(
                    input(new double[] {35, 33, 18, 10, 4}, 2),
                    system,
                    SimulationSettings.withDefaults().withSims(50_000).withSeed(seed));
            double total = 0;
            for (CandidateForecast c : f.candidates()) {
                assertThat(c.pWin()).isBetween(0.0, 1.0);
                assertThat(c.pRunoff()).isBetween(0.0, 1.0);
                assertThat(c.pFirstRoundWin()).isBetween(0.0, c.pWin());
                total += c.pWin();
            }
            assertThat(total).isCloseTo(1.0, within(1e-12));
            assertThat(f.candidates().get(4).pWin()).isZero(); // "other" never wins
            double pairs = f.runoffPairs().stream().mapToDouble(RunoffPair::p).sum();
            double outright = f.candidates().stream()
                    .mapToDouble(CandidateForecast::pFirstRoundWin)
                    .sum();
            assertThat(pairs + outright).isCloseTo(1.0, within(1e-12));
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = VotingSystem.class,
            names = {"SUPPLEMENTARY_VOTE", "INSTANT_RUNOFF", "TWO_ROUND"})
    void threadCountNeverChangesTheResult(VotingSystem system) {
        ShareInput in = input(new double[] {41, 38, 11, 6, 4}, 1.5);
        // Three blocks, the last of one draw: two threads share them unevenly, three take one each, eight are more
        // threads than blocks.
        SimulationSettings s = SimulationSettings.withDefaults().withSims(2L * SimulationSettings.BLOCK + 1);
        MayorForecast one = run(in, system, s.withThreads(1));
        for (int threads : new int[] {2, 3, 8}) {
            MayorForecast many = run(in, system, s.withThreads(threads));
            assertThat(many.candidates()).isEqualTo(one.candidates());
            assertThat(many.runoffPairs()).isEqualTo(one.runoffPairs());
            assertThat(many.firstHist()).isEqualTo(one.firstHist());
            assertThat(many.runoffHist()).isEqualTo(one.runoffHist());
        }
        MayorForecast other = run(in, system, s.withSeed(12345));
        assertThat(other.candidates()).isNotEqualTo(one.candidates());
    }

    /**
     * A pundit's two commonest questions: what if the race tightens (one option's lead over another), and what if the
     * runner-up wins. Every kept simulation meets the condition, and only those: the runner-up elected in all of them.
     */
    @Test
    void scenarioOnALeadOrOnWhoIsElected() {
        ShareInput in = input(new double[] {41, 38, 11, 6, 4}, 1.5);
        SimulationSettings settings = SimulationSettings.withDefaults().withSims(100_000);
        MayorForecast all = MayorSimulator.run(
                        "test",
                        "mayor",
                        in,
                        CountRules.of(VotingSystem.FPTP),
                        symmetric(),
                        RunoffSwing.none(),
                        null,
                        settings,
                        Conditions.none(),
                        null)
                .mayor();
        MayorForecast bWins = MayorSimulator.run(
                        "test",
                        "mayor",
                        in,
                        CountRules.of(VotingSystem.FPTP),
                        symmetric(),
                        RunoffSwing.none(),
                        null,
                        settings,
                        Conditions.parse(List.of("b.wins"), in),
                        null)
                .mayor();
        assertThat(bWins.kept()).isEqualTo(Math.round(all.candidates().get(1).pWin() * all.sims()));
        assertThat(bWins.candidates().get(1).pWin()).isEqualTo(1.0);
        // Under first past the post, b elected means b's first preferences at least a's, in every kept simulation.
        MayorForecast tight = MayorSimulator.run(
                        "test",
                        "mayor",
                        in,
                        CountRules.of(VotingSystem.FPTP),
                        symmetric(),
                        RunoffSwing.none(),
                        null,
                        settings,
                        Conditions.parse(List.of("a - b < 0"), in),
                        null)
                .mayor();
        // (b ahead of a but behind c would count here and not there: c, on 11, never gets near.)
        assertThat(tight.kept()).isBetween(bWins.kept(), bWins.kept() + tight.sims() / 1000);
        assertThat(tight.candidates().get(1).pWin()).isGreaterThan(0.999);
        Conditions loses = Conditions.parse(List.of("a.loses", "a-b>=-2.5"), in);
        assertThat(loses.text()).containsExactly("a loses", "a-b>=-2.5");
        assertThatThrownBy(() -> Conditions.parse(List.of("a-zz<5"), in))
                .hasMessageContaining("unknown option 'zz' in 'a-zz<5'");
        assertThatThrownBy(() -> Conditions.parse(List.of("zz.wins"), in)).hasMessageContaining("unknown option 'zz'");
        assertThatThrownBy(() -> Conditions.parse(List.of("a-b<-101"), in)).hasMessageContaining("beyond 100");
    }

    /**
     * Few kept draws are said to be few, and how likely the scenario is stays the kept share's to say: 4% of 20,000
     * is 800 draws, too few to read a 100% from, but a 4% scenario is not "near impossible" beside a 4% chance of
     * winning. c (11%) reaches 18 in about 2.8% of draws (559 of 20,000 with the default seed): 19 binomial standard
     * errors (23 draws) from either bound, so another seed would not fail it by luck either.
     */
    @Test
    void aScenarioOnFewDrawsSaysSoWithoutCallingItImpossible() {
        ShareInput in = input(new double[] {41, 38, 11, 6, 4}, 1.5);
        MayorForecast f = MayorSimulator.run(
                        "test",
                        "mayor",
                        in,
                        CountRules.of(VotingSystem.FPTP),
                        symmetric(),
                        RunoffSwing.none(),
                        null,
                        SimulationSettings.withDefaults().withSims(20_000),
                        Conditions.parse(List.of("c>=18"), in),
                        null)
                .mayor();
        assertThat(f.kept()).isBetween(100L, 999L);
        assertThat(f.notes())
                .anySatisfy(n -> assertThat(n)
                        .startsWith("only " + f.kept() + " simulations met the conditions (")
                        .contains("rest on those " + f.kept() + " draws alone"))
                .noneSatisfy(n -> assertThat(n).contains("impossible"));
    }

    @Test
    void scenarioKeepsOnlyTheSimulationsMeetingItsConditions() {
        ShareInput in = input(new double[] {41, 38, 11, 6, 4}, 1.5);
        Conditions c = Conditions.parse(List.of("c>=12", "b < 40"), in);
        MayorForecast f = MayorSimulator.run(
                        "test",
                        "mayor",
                        in,
                        CountRules.of(VotingSystem.SUPPLEMENTARY_VOTE),
                        symmetric(),
                        RunoffSwing.none(),
                        null,
                        SimulationSettings.withDefaults().withSims(100_000),
                        c,
                        null)
                .mayor();
        assertThat(f.kept()).isPositive().isLessThan(f.sims());
        assertThat(f.candidates().get(2).firstPref().p05()).isGreaterThanOrEqualTo(12.0);
        assertThat(f.candidates().get(1).firstPref().p95()).isLessThanOrEqualTo(40.0);
        assertThat(f.notes())
                .anySatisfy(n -> assertThat(n)
                        .startsWith("scenario: c>=12 and b<40 held in "
                                + String.format(java.util.Locale.ROOT, "%,d", f.kept())));
        // By party id too; unknown options and malformed conditions are clear errors.
        assertThat(Conditions.parse(List.of("grn>=10"), in).text()).containsExactly("c>=10");
        assertThatThrownBy(() -> Conditions.parse(List.of("zz>=10"), in)).hasMessageContaining("unknown option 'zz'");
        assertThatThrownBy(() -> Conditions.parse(List.of("c=>10"), in)).hasMessageContaining("is not a condition");
        assertThatThrownBy(() -> Conditions.parse(List.of("c>=101"), in)).hasMessageContaining("over 100");
    }

    @Test
    void targetStandardErrorAddsSimulations() {
        ShareInput in = input(new double[] {41, 38, 11, 6, 4}, 1.5);
        MayorForecast f = run(
                in,
                VotingSystem.SUPPLEMENTARY_VOTE,
                SimulationSettings.withDefaults().withSims(10_000).withTargetSe(0.001));
        assertThat(f.sims()).isGreaterThan(10_000);
        assertThat(f.candidates()).allSatisfy(c -> assertThat(c.pWinSe()).isLessThan(0.001));
    }

    /** A target the limit of simulations cannot reach is said, not left to be read from the ± as met. */
    @Test
    void aTargetStandardErrorNotReachedIsSaid() {
        ShareInput in = input(new double[] {41, 38, 11, 6, 4}, 1.5);
        SimulationSettings d = SimulationSettings.withDefaults().withSims(10_000);
        SimulationSettings capped = new SimulationSettings(
                d.sims(),
                d.seed(),
                d.threads(),
                d.pollingErrorSd(),
                d.studentDf(),
                d.leaderCorrelation(),
                d.driftPerDay(),
                d.baselineErrorSd(),
                d.transferConcentration(),
                0.0001,
                300_000,
                d.constituencyNoiseSd(),
                d.listPollingErrorSd());
        MayorForecast f = run(in, VotingSystem.SUPPLEMENTARY_VOTE, capped);
        assertThat(f.sims()).isGreaterThan(10_000).isLessThanOrEqualTo(300_000);
        assertThat(f.notes())
                .anySatisfy(n -> assertThat(n)
                        .startsWith("the target standard error of 1.0E-4 was not reached: stopped after "
                                + String.format(java.util.Locale.ROOT, "%,d", f.sims())
                                + " simulations at the limit of 300,000"));
        MayorForecast met = run(in, VotingSystem.SUPPLEMENTARY_VOTE, d.withTargetSe(0.01));
        assertThat(met.notes()).noneSatisfy(n -> assertThat(n).contains("target standard error"));
    }

    /** "Others" that hold nothing get no row ("Others 0.0 (0.0–0.2)" beside a referendum's answers); others that do keep theirs. */
    @Test
    void othersHoldingNothingAreNotListed() {
        SimulationSettings s = SimulationSettings.withDefaults().withSims(20_000);
        ShareInput whole = new ShareInput(
                "test",
                LocalDate.of(2030, 4, 20),
                14,
                IDS,
                IDS,
                PARTIES,
                new double[] {52, 45, 2, 1, 0},
                new double[] {1.5, 1.5, 1.5, 1.5, 0},
                true,
                "test input");
        MayorForecast none = run(whole, VotingSystem.FPTP, quiet());
        assertThat(none.candidates()).extracting(CandidateForecast::id).contains("other");
        assertThat(none.listed()).extracting(CandidateForecast::id).doesNotContain("other");
        MayorForecast some = run(input(new double[] {50, 40, 5, 2, 3}, 1.5), VotingSystem.FPTP, s);
        assertThat(some.listed()).extracting(CandidateForecast::id).contains("other");
    }

    @Test
    void invalidSettingsAreClear() {
        assertThatThrownBy(() -> SimulationSettings.withDefaults().withSims(-5)).hasMessageContaining("sims is -5");
        assertThatThrownBy(() -> SimulationSettings.withDefaults().withStudentDf(0))
                .hasMessageContaining("degrees of freedom is 0.0");
        assertThatThrownBy(() -> SimulationSettings.withDefaults().withThreads(0))
                .hasMessageContaining("threads is 0");
        assertThatThrownBy(() -> input(new double[] {50, 30, 10, 5, Double.NaN}, 1))
                .hasMessageContaining("mean share of other is NaN");
        assertThatThrownBy(() -> input(new double[] {50, 30, 10, 5, 1}, 1)).hasMessageContaining("sum to 96");
    }
}
