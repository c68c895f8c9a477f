package org.pollcast.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pollcast.election.Scope;
import org.pollcast.election.TransferTable;
import org.pollcast.election.VotingSystem;
import org.pollcast.poll.Poll;
import org.pollcast.poll.PollBuilder;
import org.pollcast.simulate.RunoffSwing;
import org.pollcast.simulate.ShareInput;

/** The polls' run-off questions as evidence on second preferences between the two leaders. */
class RunoffPollLeanTest {
    private static final List<String> IDS = List.of("a", "b", "c", "other");
    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 23);
    private static final VotingSystem SV = VotingSystem.SUPPLEMENTARY_VOTE;
    /** Every other candidate's voters split their second preferences evenly between a and b; a third exhaust. */
    private static final TransferTable EVEN = TransferTable.fromShares(
            IDS, new double[][] {{0, 0.3, 0.3, 0.1}, {0.3, 0, 0.3, 0.1}, {0.3, 0.3, 0, 0.1}, {0.3, 0.3, 0.1, 0}});

    private static ShareInput input() {
        return new ShareInput(
                "x-2025",
                AS_OF,
                1,
                IDS,
                List.of("Alice A", "Bob B", "Cy C", "Others"),
                List.of("p", "p", "p", "p"),
                new double[] {35, 40, 20, 5},
                new double[] {2, 2, 2, 1},
                true,
                "test");
    }

    private static Poll poll(Scope scope, LocalDate end, Map<String, Double> shares) {
        return poll(scope, "", end, shares);
    }

    private static Poll poll(Scope scope, String client, LocalDate end, Map<String, Double> shares) {
        return PollBuilder.of("x-2025", "mayor", scope, "Firm")
                .client(client)
                .started(end.minusDays(2))
                .ended(end)
                .sample(1000)
                .shares(shares)
                .build();
    }

    /** One survey: first preferences a 30, b 40 (a's proportional split 42.86), and a's run-off share {@code runoff}. */
    private static List<Poll> survey(LocalDate end, double runoff) {
        return List.of(
                poll(Scope.FIRST_PREF, end, Map.of("a", 30.0, "b", 40.0, "c", 25.0, "other", 5.0)),
                poll(Scope.RUNOFF, end, Map.of("a", runoff, "b", 100 - runoff)));
    }

    /**
     * GrowSF's poll of 21–26 September 2024 (San Francisco, by FM3) as its page reported it: Breed's first choices
     * alone (33, 11 undecided) and the survey's final round, Breed 51, Lurie 49. With Lurie's first choices unknown no
     * gap can be measured, and the final round was left out of the forecast without a word (the note counted only
     * final rounds with no first preferences at all).
     */
    @Test
    void aFinalRoundWhoseSurveyGaveOneFinalistsFirstChoicesIsSaidToBeLeftOut() {
        LocalDate end = LocalDate.of(2024, 9, 26);
        List<Poll> polls = List.of(
                poll(Scope.FIRST_PREF, end, Map.of("a", 33.0)), poll(Scope.RUNOFF, end, Map.of("a", 51.0, "b", 49.0)));
        assertThat(RunoffPollLean.measure(
                        polls, input(), EVEN, AS_OF, 14, VotingSystem.INSTANT_RUNOFF, RunoffSwing.none()))
                .isEmpty();
        assertThat(RunoffPollLean.aloneNote(polls, AS_OF))
                .isEqualTo("; 1 final-round poll published without its survey's first preferences of both finalists"
                        + " left out (Firm 2024-09-26): a final round is read only against the same survey's first"
                        + " round");
    }

    /**
     * Marist's New York primary poll of 1–8 May 2025 as two listings: its first preferences from its release (Cuomo 37,
     * Mamdani 18, ...) and its last two, Cuomo 60, Mamdani 40, as The Hill reported them (typed with The Hill as the
     * client: src/test/resources/ingest/README.md). The final round has no first preferences of its own listing, so no
     * gap is measured from it; before, it was left out without a word, and the forecast's final round read as if it had
     * used it.
     */
    @Test
    void aFinalRoundPublishedAloneIsSaidToBeLeftOut() {
        LocalDate end = LocalDate.of(2025, 5, 8);
        List<Poll> polls = List.of(
                poll(Scope.FIRST_PREF, end, Map.of("a", 37.0, "b", 18.0)),
                poll(Scope.RUNOFF, "The Hill", end, Map.of("a", 60.0, "b", 40.0)));
        assertThat(RunoffPollLean.measure(
                        polls, input(), EVEN, AS_OF, 14, VotingSystem.INSTANT_RUNOFF, RunoffSwing.none()))
                .isEmpty();
        assertThat(RunoffPollLean.aloneNote(polls, AS_OF))
                .isEqualTo("; 1 final-round poll published without its survey's first preferences left out (Firm"
                        + " 2025-05-08): a final round is read only against the same survey's first round");
        // With its own listing's first preferences beside it, it is no longer alone.
        assertThat(RunoffPollLean.aloneNote(
                        List.of(
                                poll(Scope.FIRST_PREF, end, Map.of("a", 37.0, "b", 18.0)),
                                poll(Scope.RUNOFF, end, Map.of("a", 60.0, "b", 40.0))),
                        AS_OF))
                .isEmpty();
    }

    @Test
    void theFinalRoundAtTheAverageMovesByTheShrunkGapOfTheSurveys() {
        LocalDate day = AS_OF.minusDays(3);
        List<Poll> polls = new java.util.ArrayList<>(survey(day, 52.9)); // 10 points above the split
        polls.addAll(survey(day.minusDays(1), 52.9).stream()
                .map(p -> PollBuilder.of(p.election(), p.contest(), p.scope(), "Other firm")
                        .started(p.fieldworkStart())
                        .ended(p.fieldworkEnd())
                        .sample(1000)
                        .shares(p.shares())
                        .build())
                .toList());
        RunoffPollLean lean = RunoffPollLean.measure(polls, input(), EVEN, AS_OF, 14, SV, RunoffSwing.none())
                .orElseThrow();
        RunoffPairGap pair = lean.pairs().get(0);
        // The leader by the average is b: the gap is b's, -10 points.
        assertThat(pair.a()).isEqualTo(1);
        assertThat(pair.b()).isEqualTo(0);
        assertThat(pair.surveys()).isEqualTo(2);
        assertThat(pair.gap()).isCloseTo(-10.0, within(0.05));
        // The even prior gives the trailing a as much as b in absolute votes, so b's final share under the split.
        double[] mean = input().mean();
        double split = 100 * mean[1] / (mean[0] + mean[1]);
        assertThat(pair.prior())
                .isCloseTo(
                        CandidatePulls.finalShare(EVEN, mean, 1, 0, 3, SV, RunoffSwing.none()) - split, within(1e-9));
        assertThat(pair.prior()).isNegative();
        // Two surveys 3 and 4 days old: an effective number just under 2 against the prior's 1, so just under two
        // thirds of the way to the surveys.
        double w1 = Math.pow(2, -3 / 14.0);
        double w2 = Math.pow(2, -4 / 14.0);
        double effective = (w1 + w2) * (w1 + w2) / (w1 * w1 + w2 * w2);
        assertThat(pair.shrunk())
                .isCloseTo(pair.prior() + effective / (effective + 1) * (pair.gap() - pair.prior()), within(1e-9));
        assertThat(effective).isBetween(1.99, 2.0);
        assertThat(CandidatePulls.finalShare(lean.table(), mean, 1, 0, 3, SV, RunoffSwing.none()))
                .isCloseTo(split + pair.shrunk(), within(1e-6));
        // Only the choice between the two moved: each row's exhausted share and its other choices are kept.
        for (int i = 0; i < IDS.size(); i++) {
            assertThat(lean.table().exhausted(i)).isCloseTo(EVEN.exhausted(i), within(1e-12));
            assertThat(lean.table().share(i, 2)).isEqualTo(EVEN.share(i, 2));
        }
        assertThat(lean.note(input()))
                .contains("in 2 surveys asking both rounds, Bob B's run-off share against"
                        + " Alice A was 10.0 points below the two's first preferences split in proportion");
    }

    @Test
    void onlySurveysDatedByTheForecastThatAskedBothRoundsCount() {
        LocalDate later = AS_OF.plusDays(1);
        assertThat(RunoffPollLean.measure(survey(later, 52.9), input(), EVEN, AS_OF, 14, SV, RunoffSwing.none()))
                .isEmpty();
        // A run-off with no first preferences of the same survey, or of another pair, says nothing of the split.
        assertThat(RunoffPollLean.measure(
                        List.of(survey(AS_OF, 52.9).get(1)), input(), EVEN, AS_OF, 14, SV, RunoffSwing.none()))
                .isEmpty();
        // A run-off of a candidate folded into "other" (no option of the forecast) says nothing of an option's pull.
        List<Poll> folded = List.of(survey(AS_OF, 50).get(0), poll(Scope.RUNOFF, AS_OF, Map.of("a", 60.0, "d", 40.0)));
        assertThat(RunoffPollLean.measure(folded, input(), EVEN, AS_OF, 14, SV, RunoffSwing.none()))
                .isEmpty();
    }

    /** One survey's two questions as listed for {@code client}: first preferences {@code first}, a's run-off share. */
    private static List<Poll> listing(String client, LocalDate end, Map<String, Double> first, double runoff) {
        return List.of(
                poll(Scope.FIRST_PREF, client, end, first),
                poll(Scope.RUNOFF, client, end, Map.of("a", runoff, "b", 100 - runoff)));
    }

    /**
     * One survey listed by two sources under two clients (as the 2012 ComRes eve-of-poll survey is for "Evening
     * Standard" and "Evening Standard/LBC/ITV London Tonight") is one survey: counted twice, it was shrunk towards the
     * prior as two surveys' worth of evidence. The same row read twice counts once too; a firm's two surveys for one
     * client on two days stay two, however alike (SamePoll's tracker rule).
     */
    @Test
    void aSurveyPublishedUnderTwoClientsCountsOnce() {
        LocalDate day = AS_OF.minusDays(3);
        Map<String, Double> first = Map.of("a", 30.0, "b", 40.0, "c", 25.0, "other", 5.0);
        List<Poll> polls = new java.util.ArrayList<>(listing("Evening Standard", day, first, 52.9));
        polls.addAll(listing("Evening Standard/LBC", day, first, 52.9));
        polls.addAll(listing("Evening Standard", day, first, 52.9)); // the first listing's rows read again
        RunoffPollLean lean = RunoffPollLean.measure(polls, input(), EVEN, AS_OF, 14, SV, RunoffSwing.none())
                .orElseThrow();
        RunoffPairGap pair = lean.pairs().get(0);
        assertThat(pair.surveys()).isEqualTo(1);
        assertThat(pair.gap()).isCloseTo(-10.0, within(0.05));
        // One survey's worth: half the way from the prior to the survey, not the two thirds two would give.
        assertThat(pair.shrunk()).isCloseTo(pair.prior() + (pair.gap() - pair.prior()) / 2, within(1e-9));
        assertThat(lean.note(input())).contains("in 1 survey asking both rounds");

        List<Poll> tracker = new java.util.ArrayList<>(listing("Evening Standard", day, first, 52.9));
        tracker.addAll(listing("Evening Standard", day.minusDays(1), first, 52.9));
        assertThat(RunoffPollLean.measure(tracker, input(), EVEN, AS_OF, 14, SV, RunoffSwing.none())
                        .orElseThrow()
                        .pairs()
                        .get(0)
                        .surveys())
                .isEqualTo(2);
    }

    /**
     * Of two listings of one survey, the one that gives both rounds counts, and of two that do, the one whose first
     * preferences name more options: a polling site's listing that folds a candidate into "other" and transcribes
     * the run-off a point off is the same survey, and the fuller listing's figures are the survey's.
     */
    @Test
    void theFullerListingOfASurveyPublishedTwiceIsTheOneCounted() {
        LocalDate day = AS_OF.minusDays(3);
        List<Poll> polls =
                new java.util.ArrayList<>(listing("Standard", day, Map.of("a", 30.0, "b", 40.0, "other", 30.0), 55.0));
        polls.addAll(listing("Evening Standard", day, Map.of("a", 30.0, "b", 40.0, "c", 25.0, "other", 5.0), 52.9));
        // A third listing gives the first preferences alone: it says nothing of the run-off, and is not a survey here.
        polls.add(poll(Scope.FIRST_PREF, "ES", day, Map.of("a", 30.0, "b", 40.0, "c", 24.0, "d", 1.0, "other", 5.0)));
        RunoffPollLean lean = RunoffPollLean.measure(polls, input(), EVEN, AS_OF, 14, SV, RunoffSwing.none())
                .orElseThrow();
        RunoffPairGap pair = lean.pairs().get(0);
        assertThat(pair.surveys()).isEqualTo(1);
        // b's run-off 47.1 against its split 57.14: the fuller listing's -10.0, not the other's -12.1.
        assertThat(pair.gap()).isCloseTo(-10.0, within(0.05));
    }

    /** A counted cross-table is what voters did: the polls' run-off questions leave it as it is. */
    @Test
    void aCountedTableIsNotTilted() {
        TransferChoice counted = new TransferChoice(EVEN, "counted", false);
        assertThat(counted.withRunoffPolls(survey(AS_OF, 60), input(), AS_OF, 14, SV, 1.4, 0, 1.0))
                .isSameAs(counted);
        TransferChoice prior = new TransferChoice(EVEN, "prior", true);
        assertThat(prior.withRunoffPolls(survey(AS_OF, 60), input(), AS_OF, 14, SV, 1.4, 0, 1.0)
                        .table())
                .isNotSameAs(EVEN);
    }

    /**
     * A second round's voters choose between the two whatever their second preferences were: with the prior, every
     * other voter comes back ({@code secondRoundReturn}), and the surveys' pulls are fitted under that count, so the
     * count that uses them lands on the pair's shrunk gap. A counted table says itself who came back.
     */
    @Test
    void aSecondRoundsVotersComeBackWithThePriorButNotWithACountedTable() {
        TransferChoice prior = new TransferChoice(EVEN, "prior", true);
        TransferChoice twoRound =
                prior.withRunoffPolls(survey(AS_OF, 60), input(), AS_OF, 14, VotingSystem.TWO_ROUND, 1.4, 0, 1.0);
        assertThat(twoRound.swing().returning()).isEqualTo(1.0);
        assertThat(twoRound.inSecondRound())
                .contains("they come back as the finalists' own do (the transfer prior's secondRoundReturn, 1.00)");
        TransferChoice counted = new TransferChoice(EVEN, "counted", false)
                .withRunoffPolls(survey(AS_OF, 60), input(), AS_OF, 14, VotingSystem.TWO_ROUND, 1.4, 0, 1.0);
        assertThat(counted.swing().returns()).isFalse();
        assertThat(counted.inSecondRound()).contains("a second preference left unused is a voter staying at home");

        RunoffPollLean lean = RunoffPollLean.measure(
                        survey(AS_OF, 60), input(), EVEN, AS_OF, 14, VotingSystem.TWO_ROUND, twoRound.swing())
                .orElseThrow();
        RunoffPairGap pair = lean.pairs().get(0);
        double[] mean = input().mean();
        int other = input().options().indexOf("other");
        double aim = RunoffPollLean.proportional(mean, pair.a(), pair.b()) + pair.shrunk();
        assertThat(CandidatePulls.finalShare(
                        lean.table(), mean, pair.a(), pair.b(), other, VotingSystem.TWO_ROUND, twoRound.swing()))
                .isCloseTo(aim, within(1e-6));
        // fitted as the Supplementary Vote would count it, the same surveys give another table
        RunoffPollLean single = RunoffPollLean.measure(
                        survey(AS_OF, 60), input(), EVEN, AS_OF, 14, VotingSystem.TWO_ROUND, RunoffSwing.none())
                .orElseThrow();
        assertThat(Math.abs(CandidatePulls.finalShare(
                                single.table(),
                                mean,
                                pair.a(),
                                pair.b(),
                                other,
                                VotingSystem.TWO_ROUND,
                                twoRound.swing())
                        - aim))
                .isGreaterThan(0.1);
    }

    /**
     * A counted table of some candidates' second-round votes alone: the rows it lacks are the prior's, and their voters
     * come back as the prior's do; before, such a row was read as the table's own and its voters went nowhere (review).
     * With a return under 1 the note says how many; with no swing it says nothing of one.
     */
    @Test
    void aCountedTablesMissingRowsAreThePriorsAndComeBack() {
        // a's row alone: all of a's voters to b
        TransferTable partial = TransferTable.fromShares(
                EVEN.ids(), new double[][] {{0, 1, 0, 0}, {0, 0, 0, 0}, {0, 0, 0, 0}, {0, 0, 0, 0}});
        TransferChoice counted =
                new TransferChoice(partial, "counted", false, RunoffSwing.none(), List.of(true, false, false, false));
        TransferChoice twoRound =
                counted.withRunoffPolls(List.of(), input(), AS_OF, 14, VotingSystem.TWO_ROUND, 1.4, 0, 0.5);
        assertThat(twoRound.swing().returns()).isTrue();
        assertThat(twoRound.swing().toFinalist(0, 1, 0)).isEqualTo(1.0);
        assertThat(twoRound.swing().toFinalist(2, 0.3, 0.1)).isCloseTo(0.375, within(1e-12));
        assertThat(twoRound.inSecondRound())
                .contains("(those the counted table has no row for; its own rows say who came back)")
                .contains("0.50 of them vote for a finalist for every one of the finalists' own voters")
                .doesNotContain("as the finalists' own do");
        // a prior file copied before the voters came back states a swing of 2.5: the note says to set it to 1.0
        assertThat(counted.withRunoffPolls(List.of(), input(), AS_OF, 14, VotingSystem.TWO_ROUND, 2.5, 0, 1.0)
                        .swingNote(input()))
                .contains("a swing of 2.50 is wider than the corpus's second rounds support")
                .contains("set secondRoundSwing to 1.0");
        assertThat(counted.withRunoffPolls(List.of(), input(), AS_OF, 14, VotingSystem.TWO_ROUND, 1.0, 0, 1.0)
                        .swingNote(input()))
                .doesNotContain("wider than");
        TransferChoice still =
                counted.withRunoffPolls(List.of(), input(), AS_OF, 14, VotingSystem.TWO_ROUND, 0, 0, 1.0);
        assertThat(still.swing().any()).isTrue();
        assertThat(still.swingNote(input())).isEmpty();
    }

    /**
     * A two-round contest's other candidates' voters lean together between the finalists: every pair by the prior's
     * swing, a pair its surveys asked narrowed as its gap's uncertainty is (the prior worth 1 survey; one survey
     * here). The Supplementary Vote's second preferences, marked on the same ballot, take none.
     */
    @Test
    void aTwoRoundContestsSwingIsNarrowedForTheSurveyedPair() {
        TransferChoice prior = new TransferChoice(EVEN, "prior", true);
        TransferChoice twoRound =
                prior.withRunoffPolls(survey(AS_OF, 60), input(), AS_OF, 14, VotingSystem.TWO_ROUND, 1.4, 1.0, 1.0);
        assertThat(twoRound.swing().sd(0, 1)).isCloseTo(1.4 * Math.sqrt(1.0 / 2), within(1e-9));
        assertThat(twoRound.swing().sd(0, 2)).isCloseTo(1.4, within(1e-12));
        // the lean against the first round's leader is what the surveys measure too: narrowed alike
        assertThat(twoRound.swing().lean(0, 1)).isCloseTo(Math.sqrt(1.0 / 2), within(1e-9));
        assertThat(twoRound.swing().lean(0, 2)).isCloseTo(1.0, within(1e-12));
        assertThat(twoRound.swingNote(input()))
                .contains("standard deviation 1.40")
                .contains("leaning 1.00 towards the first round's runner-up")
                .contains("Alice A v Bob B 0.99");
        TransferChoice unsurveyed =
                prior.withRunoffPolls(List.of(), input(), AS_OF, 14, VotingSystem.TWO_ROUND, 1.4, 0, 1.0);
        assertThat(unsurveyed.swing().sd(0, 1)).isCloseTo(1.4, within(1e-12));
        assertThat(prior.withRunoffPolls(survey(AS_OF, 60), input(), AS_OF, 14, SV, 1.4, 0, 1.0)
                        .swing()
                        .any())
                .isFalse();
        assertThat(prior.withRunoffPolls(survey(AS_OF, 60), input(), AS_OF, 14, SV, 1.4, 0, 1.0)
                        .swingNote(input()))
                .isEmpty();
    }

    // Four candidates and "other", each row's second preferences its own (a prior whose rows differ, as a
    // party-bloc prior's do across blocs): b leads the average, a second.
    private static final List<String> IDS5 = List.of("a", "b", "c", "d", "other");
    private static final TransferTable UNEVEN = TransferTable.fromShares(IDS5, new double[][] {
        {0, 0.30, 0.15, 0.10, 0.05},
        {0.25, 0, 0.10, 0.20, 0.05},
        {0.20, 0.15, 0, 0.25, 0.05},
        {0.10, 0.30, 0.20, 0, 0.05},
        {0.15, 0.15, 0.10, 0.10, 0}
    });
    private static final VotingSystem IRV = VotingSystem.INSTANT_RUNOFF;

    private static ShareInput input5() {
        return new ShareInput(
                "x-2025",
                AS_OF,
                1,
                IDS5,
                List.of("Alice A", "Bob B", "Cy C", "Di D", "Others"),
                List.of("p", "p", "p", "p", "p"),
                new double[] {30, 35, 18, 12, 5},
                new double[] {2, 2, 2, 2, 1},
                true,
                "test");
    }

    /** One firm's survey on {@code end}: first preferences {@code first} and a run-off {@code runoff}. */
    private static List<Poll> asked(String firm, LocalDate end, Map<String, Double> first, Map<String, Double> runoff) {
        return List.of(firmPoll(firm, Scope.FIRST_PREF, end, first), firmPoll(firm, Scope.RUNOFF, end, runoff));
    }

    private static Poll firmPoll(String firm, Scope scope, LocalDate end, Map<String, Double> shares) {
        Poll p = poll(scope, end, shares);
        return PollBuilder.of(p.election(), p.contest(), p.scope(), firm)
                .started(p.fieldworkStart())
                .ended(p.fieldworkEnd())
                .sample(1000)
                .shares(p.shares())
                .build();
    }

    /**
     * Three firms asked three pairs on the forecast's day: b v a (the leaders; b 50 against its split of 56.25), a v c
     * (a 55 against 61.22) and c v d (c 50 against 61.29). All three gaps favour the one behind.
     */
    private static List<Poll> threePairs() {
        List<Poll> polls = new java.util.ArrayList<>();
        polls.addAll(asked(
                "One",
                AS_OF,
                Map.of("a", 28.0, "b", 36.0, "c", 20.0, "d", 11.0, "other", 5.0),
                Map.of("b", 50.0, "a", 50.0)));
        polls.addAll(asked(
                "Two",
                AS_OF,
                Map.of("a", 30.0, "b", 34.0, "c", 19.0, "d", 12.0, "other", 5.0),
                Map.of("a", 55.0, "c", 45.0)));
        polls.addAll(asked(
                "Three",
                AS_OF,
                Map.of("a", 31.0, "b", 33.0, "c", 19.0, "d", 12.0, "other", 5.0),
                Map.of("c", 50.0, "d", 50.0)));
        return polls;
    }

    /**
     * Every pair some survey asked counts, not only the two leading the average: before, the a v c and c v d surveys
     * were left out, and with no b v a survey nothing moved. Each pair's gap is measured and shrunk as the leaders'
     * alone was, and the one table the pulls make gives every pair's final round at the average where its shrunk gap
     * puts it (three pairs in a chain, no cycle: all met), under either count.
     */
    @Test
    void everyPairASurveyAskedCountsAndTheTableMeetsEachPairsShrunkGap() {
        double[] mean = input5().mean();
        for (VotingSystem system : List.of(SV, IRV)) {
            RunoffPollLean lean = RunoffPollLean.measure(
                            threePairs(), input5(), UNEVEN, AS_OF, 14, system, RunoffSwing.none())
                    .orElseThrow();
            assertThat(lean.pairs())
                    .extracting(p -> IDS5.get(p.a()) + "v" + IDS5.get(p.b()))
                    .containsExactly("bva", "avc", "cvd");
            double[] gaps = {50 - 100 * 36 / 64.0, 55 - 100 * 30 / 49.0, 50 - 100 * 19 / 31.0};
            for (int i = 0; i < 3; i++) {
                RunoffPairGap p = lean.pairs().get(i);
                double split = 100 * mean[p.a()] / (mean[p.a()] + mean[p.b()]);
                assertThat(p.surveys()).isEqualTo(1);
                assertThat(p.gap()).isCloseTo(gaps[i], within(1e-9));
                assertThat(p.prior())
                        .isCloseTo(
                                CandidatePulls.finalShare(UNEVEN, mean, p.a(), p.b(), 4, system, RunoffSwing.none())
                                        - split,
                                within(1e-9));
                // One survey on the day against the prior's one: half the way from the prior to it.
                assertThat(p.shrunk()).isCloseTo(p.prior() + (p.gap() - p.prior()) / 2, within(1e-9));
                assertThat(p.fitted()).isCloseTo(p.shrunk(), within(1e-6));
                assertThat(CandidatePulls.finalShare(lean.table(), mean, p.a(), p.b(), 4, system, RunoffSwing.none()))
                        .as("%s, pair %d", system, i)
                        .isCloseTo(split + p.shrunk(), within(1e-6));
            }
            // The one behind in each pair gained: d pulls hardest, b least.
            List<Double> pull = lean.pulls();
            assertThat(pull.get(3)).isGreaterThan(pull.get(2));
            assertThat(pull.get(2)).isGreaterThan(pull.get(0));
            assertThat(pull.get(0)).isGreaterThan(pull.get(1));
            assertThat(pull.get(4)).isZero();
        }
    }

    /**
     * One pull a candidate makes one consistent table: in every row, the log-odds of one paired candidate over
     * another moved by the difference of their pulls, whoever the row's voters are; exhausted shares and shares to
     * candidates no survey paired ("other" here) are as the prior had them.
     */
    @Test
    void thePullsMoveEveryRowsChoiceBetweenTwoPairedCandidatesByTheirDifference() {
        RunoffPollLean lean = RunoffPollLean.measure(threePairs(), input5(), UNEVEN, AS_OF, 14, SV, RunoffSwing.none())
                .orElseThrow();
        TransferTable t = lean.table();
        for (int i = 0; i < IDS5.size(); i++) {
            assertThat(t.exhausted(i)).isCloseTo(UNEVEN.exhausted(i), within(1e-12));
            if (i != 4) {
                assertThat(t.share(i, 4)).isCloseTo(UNEVEN.share(i, 4), within(1e-12));
            }
            for (int x = 0; x < 4; x++) {
                for (int y = 0; y < 4; y++) {
                    if (x != y && x != i && y != i) {
                        double moved = Math.log(t.share(i, x) / t.share(i, y))
                                - Math.log(UNEVEN.share(i, x) / UNEVEN.share(i, y));
                        assertThat(moved)
                                .as("row %s, %s over %s", IDS5.get(i), IDS5.get(x), IDS5.get(y))
                                .isCloseTo(lean.pulls().get(x) - lean.pulls().get(y), within(1e-9));
                    }
                }
            }
        }
    }

    /**
     * Instant-runoff counts the final round through the eliminations: d's pile moves to c before c's moves on, and
     * each pile re-spreads over those still in, so ballots a Supplementary Vote count would exhaust reach a or b.
     * Before, the lean aimed the Supplementary Vote's count at the gap whatever the system, and instant-runoff's own
     * count at the average missed it (it moves more ballots, so it went past the gap).
     */
    @Test
    void underInstantRunoffTheLeadersFinalRoundAtTheAverageIsTheCountsOwn() {
        List<Poll> polls = threePairs().subList(0, 2); // b v a alone
        RunoffPollLean lean = RunoffPollLean.measure(polls, input5(), UNEVEN, AS_OF, 14, IRV, RunoffSwing.none())
                .orElseThrow();
        RunoffPairGap pair = lean.pairs().get(0);
        double[] mean = input5().mean();
        org.pollcast.election.CountSheet sheet = new org.pollcast.election.CountSheet(IDS5.size());
        org.pollcast.election.InstantRunoff.count(mean, 4, lean.table(), sheet, true);
        assertThat(sheet.leader()).isEqualTo(1);
        assertThat(sheet.runnerUp()).isEqualTo(0);
        double counted = 100 * sheet.votes(1) / (sheet.votes(0) + sheet.votes(1));
        assertThat(counted).isCloseTo(100 * 35 / 65.0 + pair.shrunk(), within(1e-6));
        // The Supplementary Vote's single transfer gives another final round on the same table: the counts differ.
        assertThat(Math.abs(CandidatePulls.finalShare(lean.table(), mean, 1, 0, 4, SV, RunoffSwing.none()) - counted))
                .isGreaterThan(0.3);
    }

    /** Several pairs, one line each in the note: their surveys, what they said, what the prior said, what was used. */
    @Test
    void theNoteNamesEachPairAndThePulls() {
        RunoffPollLean lean = RunoffPollLean.measure(threePairs(), input5(), UNEVEN, AS_OF, 14, IRV, RunoffSwing.none())
                .orElseThrow();
        RunoffPairGap ac = lean.pairs().get(1);
        assertThat(lean.note(input5()))
                .startsWith("run-off polls: surveys asking both rounds of 3 pairs")
                .contains("Bob B v Alice A, 1 survey: Bob B's run-off share 6.3 points below the split, prior ")
                .contains("Alice A v Cy C, 1 survey: Alice A's run-off share 6.2 points below the split, prior "
                        + org.pollcast.report.Tables.signed(ac.prior(), 1) + ", used "
                        + org.pollcast.report.Tables.signed(ac.shrunk(), 1))
                .contains("Cy C v Di D, 1 survey")
                .contains("among these 4 are tilted by one log-odds pull each (Di D +")
                .contains("counted by instant-runoff's eliminations")
                .doesNotContain("cannot all be met");
    }

    /**
     * Round a cycle the pairs' gaps may disagree (b gains on a, a on c, yet c on b): no one table meets them all, the
     * fit lands between them, and the note gives what each pair got beside what it aimed at.
     */
    @Test
    void pairsThatDisagreeRoundACycleAreFittedBetweenAndTheNoteSaysSo() {
        Map<String, Double> first = Map.of("a", 30.0, "b", 35.0, "c", 18.0, "d", 12.0, "other", 5.0);
        List<Poll> polls = new java.util.ArrayList<>();
        polls.addAll(asked("One", AS_OF, first, Map.of("b", 62.0, "a", 38.0)));
        polls.addAll(asked("Two", AS_OF, first, Map.of("a", 70.0, "c", 30.0)));
        polls.addAll(asked("Three", AS_OF, first, Map.of("b", 55.0, "c", 45.0)));
        RunoffPollLean lean = RunoffPollLean.measure(polls, input5(), UNEVEN, AS_OF, 14, SV, RunoffSwing.none())
                .orElseThrow();
        assertThat(lean.pairs()).hasSize(3);
        assertThat(lean.pairs())
                .anySatisfy(p -> assertThat(Math.abs(p.fitted() - p.shrunk())).isGreaterThan(0.05));
        assertThat(lean.note(input5()))
                .contains("(the pairs' gaps cannot all be met at once, or the second preferences allow no more)");
    }
}
