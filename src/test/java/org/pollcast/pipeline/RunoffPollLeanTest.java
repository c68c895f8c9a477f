package org.pollcast.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pollcast.election.Scope;
import org.pollcast.election.TransferTable;
import org.pollcast.poll.DatePrecision;
import org.pollcast.poll.Poll;
import org.pollcast.simulate.ShareInput;

/** The polls' run-off questions as evidence on second preferences between the two leaders. */
class RunoffPollLeanTest {
    private static final List<String> IDS = List.of("a", "b", "c", "other");
    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 23);
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
        return new Poll(
                "x-2025",
                "mayor",
                scope,
                "Firm",
                client,
                end.minusDays(2),
                end,
                null,
                DatePrecision.EXACT,
                1000,
                null,
                null,
                shares,
                null,
                false,
                null,
                null,
                null,
                null);
    }

    /** One survey: first preferences a 30, b 40 (a's proportional split 42.86), and a's run-off share {@code runoff}. */
    private static List<Poll> survey(LocalDate end, double runoff) {
        return List.of(
                poll(Scope.FIRST_PREF, end, Map.of("a", 30.0, "b", 40.0, "c", 25.0, "other", 5.0)),
                poll(Scope.RUNOFF, end, Map.of("a", runoff, "b", 100 - runoff)));
    }

    @Test
    void theFinalRoundAtTheAverageMovesByTheShrunkGapOfTheSurveys() {
        LocalDate day = AS_OF.minusDays(3);
        List<Poll> polls = new java.util.ArrayList<>(survey(day, 52.9)); // 10 points above the split
        polls.addAll(survey(day.minusDays(1), 52.9).stream()
                .map(p -> new Poll(
                        p.election(),
                        p.contest(),
                        p.scope(),
                        "Other firm",
                        "",
                        p.fieldworkStart(),
                        p.fieldworkEnd(),
                        null,
                        DatePrecision.EXACT,
                        1000,
                        null,
                        null,
                        p.shares(),
                        null,
                        false,
                        null,
                        null,
                        null,
                        null))
                .toList());
        RunoffPollLean lean =
                RunoffPollLean.measure(polls, input(), EVEN, AS_OF, 14).orElseThrow();
        // The leader by the average is b: the gap is b's, -10 points.
        assertThat(lean.a()).isEqualTo(1);
        assertThat(lean.b()).isEqualTo(0);
        assertThat(lean.surveys()).isEqualTo(2);
        assertThat(lean.gap()).isCloseTo(-10.0, within(0.05));
        // The even prior gives the trailing a as much as b in absolute votes, so b's final share under the split.
        double[] mean = input().mean();
        double split = 100 * mean[1] / (mean[0] + mean[1]);
        assertThat(lean.prior()).isCloseTo(RunoffPollLean.finalShare(EVEN, mean, 1, 0) - split, within(1e-9));
        assertThat(lean.prior()).isNegative();
        // Two surveys 3 and 4 days old: an effective number just under 2, so just under half the way to the surveys.
        double w1 = Math.pow(2, -3 / 14.0);
        double w2 = Math.pow(2, -4 / 14.0);
        double effective = (w1 + w2) * (w1 + w2) / (w1 * w1 + w2 * w2);
        assertThat(lean.shrunk())
                .isCloseTo(lean.prior() + effective / (effective + 2) * (lean.gap() - lean.prior()), within(1e-9));
        assertThat(effective).isBetween(1.99, 2.0);
        assertThat(RunoffPollLean.finalShare(lean.table(), mean, 1, 0)).isCloseTo(split + lean.shrunk(), within(1e-6));
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
    void onlySurveysDatedByTheForecastThatAskedBothRoundsOfTheLeadingPairCount() {
        LocalDate later = AS_OF.plusDays(1);
        assertThat(RunoffPollLean.measure(survey(later, 52.9), input(), EVEN, AS_OF, 14))
                .isEmpty();
        // A run-off with no first preferences of the same survey, or of another pair, says nothing of the split.
        assertThat(RunoffPollLean.measure(List.of(survey(AS_OF, 52.9).get(1)), input(), EVEN, AS_OF, 14))
                .isEmpty();
        List<Poll> otherPair =
                List.of(survey(AS_OF, 50).get(0), poll(Scope.RUNOFF, AS_OF, Map.of("a", 60.0, "c", 40.0)));
        assertThat(RunoffPollLean.measure(otherPair, input(), EVEN, AS_OF, 14)).isEmpty();
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
        RunoffPollLean lean =
                RunoffPollLean.measure(polls, input(), EVEN, AS_OF, 14).orElseThrow();
        assertThat(lean.surveys()).isEqualTo(1);
        assertThat(lean.gap()).isCloseTo(-10.0, within(0.05));
        // One survey's worth: a third of the way from the prior to the survey, not the half two would give.
        assertThat(lean.shrunk()).isCloseTo(lean.prior() + (lean.gap() - lean.prior()) / 3, within(1e-9));
        assertThat(lean.note(input())).contains("in 1 survey asking both rounds");

        List<Poll> tracker = new java.util.ArrayList<>(listing("Evening Standard", day, first, 52.9));
        tracker.addAll(listing("Evening Standard", day.minusDays(1), first, 52.9));
        assertThat(RunoffPollLean.measure(tracker, input(), EVEN, AS_OF, 14)
                        .orElseThrow()
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
        RunoffPollLean lean =
                RunoffPollLean.measure(polls, input(), EVEN, AS_OF, 14).orElseThrow();
        assertThat(lean.surveys()).isEqualTo(1);
        // b's run-off 47.1 against its split 57.14: the fuller listing's -10.0, not the other's -12.1.
        assertThat(lean.gap()).isCloseTo(-10.0, within(0.05));
    }

    /** A counted cross-table is what voters did: the polls' run-off questions leave it as it is. */
    @Test
    void aCountedTableIsNotTilted() {
        TransferChoice counted = new TransferChoice(EVEN, "counted", false);
        assertThat(counted.withRunoffPolls(survey(AS_OF, 60), input(), AS_OF, 14))
                .isSameAs(counted);
        TransferChoice prior = new TransferChoice(EVEN, "prior", true);
        assertThat(prior.withRunoffPolls(survey(AS_OF, 60), input(), AS_OF, 14).table())
                .isNotSameAs(EVEN);
    }
}
