package org.pollcast.election;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

/**
 * The allocation-free counts (the simulator's) against {@link TextbookCounts} on many random ballots, seeded
 * by the repetition number so a failure names its case. Comparisons are exact: the references do the same
 * arithmetic in the same order, so nothing here can fail by luck. Ballots are drawn in five shapes that
 * reach the edge cases: small integers (ties everywhere, zeros), continuous shares, all equal, one candidate
 * over half, one candidate at exactly half.
 */
class CountPropertiesTest {
    private static final int CASES = 400;

    static UniformRandomProvider rng(RepetitionInfo info) {
        return RandomSource.XO_SHI_RO_256_PP.create(0xC0_0017L + info.getCurrentRepetition());
    }

    /** Votes for k candidates in one of five shapes. */
    static double[] ballots(UniformRandomProvider rng, int k) {
        double[] v = new double[k];
        switch (rng.nextInt(5)) {
            case 0 -> {
                for (int j = 0; j < k; j++) {
                    v[j] = rng.nextInt(6); // 0–5: ties and zeros
                }
                v[rng.nextInt(k)] += 1; // never all zero
            }
            case 1 -> {
                for (int j = 0; j < k; j++) {
                    v[j] = 100 * rng.nextDouble();
                }
            }
            case 2 -> Arrays.fill(v, 1 + rng.nextInt(1000));
            case 3 -> {
                for (int j = 0; j < k; j++) {
                    v[j] = rng.nextInt(100);
                }
                int big = rng.nextInt(k);
                v[big] = 0;
                v[big] = Arrays.stream(v).sum() + 1 + rng.nextInt(50); // over half of the total
            }
            default -> {
                for (int j = 0; j < k; j++) {
                    v[j] = rng.nextInt(100);
                }
                int half = rng.nextInt(k);
                v[half] = 0;
                v[half] = Arrays.stream(v).sum(); // exactly half: not more than half
            }
        }
        return v;
    }

    /** Rows of second preferences: random splits, some rows empty, some summing to exactly 1. */
    static TransferTable table(UniformRandomProvider rng, int k) {
        double[][] rows = new double[k][k];
        for (int i = 0; i < k; i++) {
            int shape = rng.nextInt(4);
            if (shape == 0) {
                continue; // everything exhausts
            }
            double[] w = new double[k];
            double sum = 0;
            for (int j = 0; j < k; j++) {
                w[j] = j == i ? 0 : (shape == 1 ? rng.nextInt(3) : rng.nextDouble());
                sum += w[j];
            }
            double keep = shape == 3 ? 1 : rng.nextDouble();
            for (int j = 0; j < k; j++) {
                rows[i][j] = sum == 0 ? 0 : Math.min(1, w[j] / sum * keep);
            }
        }
        List<String> ids = new ArrayList<>();
        for (int j = 0; j < k; j++) {
            ids.add("c" + j);
        }
        return TransferTable.fromShares(ids, rows);
    }

    static int excluded(UniformRandomProvider rng, int k) {
        return rng.nextBoolean() ? -1 : rng.nextInt(k);
    }

    static void assertSame(CountSheet sheet, TextbookCounts.Outcome expected, String what) {
        assertThat(sheet.winner()).as(what + " winner").isEqualTo(expected.winner());
        assertThat(sheet.firstRound()).as(what + " first round").isEqualTo(expected.firstRound());
        assertThat(sheet.leader()).as(what + " leader").isEqualTo(expected.leader());
        assertThat(sheet.runnerUp()).as(what + " runner-up").isEqualTo(expected.runnerUp());
        for (int j = 0; j < expected.votes().length; j++) {
            assertThat(sheet.votes(j)).as(what + " votes of " + j).isEqualTo(expected.votes()[j]);
        }
    }

    @RepeatedTest(CASES)
    void countsMatchTheTextbook(RepetitionInfo info) {
        UniformRandomProvider rng = rng(info);
        int k = 2 + rng.nextInt(8);
        double[] first = ballots(rng, k);
        TransferTable t = table(rng, k);
        int excluded = excluded(rng, k);
        // A sheet that has just counted other ballots: reuse must leave nothing behind.
        CountSheet sheet = new CountSheet(k);
        InstantRunoff.count(ballots(rng, k), -1, table(rng, k), sheet);
        String what = "case " + info.getCurrentRepetition() + " " + Arrays.toString(first) + " excluding " + excluded;

        FirstPastThePost.count(first, excluded, sheet);
        assertSame(sheet, TextbookCounts.firstPastThePost(first, excluded), what + " FPTP");
        SupplementaryVote.count(first, excluded, t, sheet);
        assertSame(sheet, TextbookCounts.supplementaryVote(first, excluded, t), what + " SV");
        InstantRunoff.count(first, excluded, t, sheet);
        assertSame(sheet, TextbookCounts.instantRunoff(first, excluded, t), what + " IRV");
    }

    @RepeatedTest(CASES)
    void recordsMatchTheSheet(RepetitionInfo info) {
        // VoteCount's records are the sheet's outcome, frozen.
        UniformRandomProvider rng = rng(info);
        int k = 2 + rng.nextInt(8);
        double[] first = ballots(rng, k);
        TransferTable t = table(rng, k);
        CountSheet sheet = new CountSheet(k);
        SupplementaryVote.count(first, -1, t, sheet);
        CountResult r = VoteCount.supplementaryVote(first, t);
        assertThat(r.winner()).isEqualTo(sheet.winner());
        assertThat(r.finalists()).containsExactly(sheet.leader(), sheet.runnerUp());
        assertThat(r.exhausted()).isEqualTo(sheet.exhausted());
        // Ballots are conserved: final votes plus exhausted make the total (to rounding).
        double total = Arrays.stream(first).sum();
        assertThat(Arrays.stream(r.finalVotes()).sum() + r.exhausted())
                .isCloseTo(total, org.assertj.core.data.Offset.offset(1e-9 * (1 + total)));
        InstantRunoff.count(first, -1, t, sheet);
        CountResult irv = VoteCount.instantRunoff(first, t);
        assertThat(irv.winner()).isEqualTo(sheet.winner());
        assertThat(Arrays.stream(irv.finalVotes()).sum() + irv.exhausted())
                .isCloseTo(total, org.assertj.core.data.Offset.offset(1e-9 * (1 + total)));
    }

    @Test
    void overHalfWinsOutrightWithoutAskingForTransfers() {
        RunoffTransfers refuse = (from, a, b, into) -> {
            throw new AssertionError("transfers asked for with an outright winner");
        };
        CountSheet sheet = new CountSheet(4);
        SupplementaryVote.count(new double[] {10, 51, 30, 9}, -1, refuse, sheet);
        assertThat(sheet.winner()).isEqualTo(1);
        assertThat(sheet.firstRound()).isTrue();
        // Exactly half is not more than half: a second round, and only candidates with votes are asked.
        List<Integer> asked = new ArrayList<>();
        RunoffTransfers record = (from, a, b, into) -> {
            asked.add(from);
            into[0] = 1;
            into[1] = 0;
            into[2] = 1;
        };
        SupplementaryVote.count(new double[] {10, 50, 40, 0}, -1, record, sheet);
        assertThat(sheet.firstRound()).isFalse();
        assertThat(asked).containsExactly(0); // not the finalists, not the candidate with no votes
        assertThat(sheet.winner()).isEqualTo(1); // 50 + 10 = 60 against 40
    }

    @Test
    void allEqualSharesGoToTheFirstListed() {
        double[] equal = {25, 25, 25, 25};
        TransferTable none = TransferTable.fromShares(List.of("a", "b", "c", "d"), new double[4][4]);
        CountSheet sheet = new CountSheet(4);
        FirstPastThePost.count(equal, -1, sheet);
        assertThat(sheet.winner()).isZero();
        assertThat(sheet.runnerUp()).isEqualTo(1);
        SupplementaryVote.count(equal, -1, none, sheet);
        assertThat(sheet.winner()).isZero();
        assertThat(sheet.votes(2)).isZero();
        // Instant-runoff eliminates the last listed of the equals (d, then c): a and b remain, a wins the tie.
        InstantRunoff.count(equal, -1, none, sheet);
        assertThat(sheet.winner()).isZero();
        assertThat(sheet.leader()).isZero();
        assertThat(sheet.runnerUp()).isEqualTo(1);
        assertThat(sheet.exhausted()).isEqualTo(50);
        // The excluded lump can lead and still never win.
        FirstPastThePost.count(new double[] {20, 30, 0, 50}, 3, sheet);
        assertThat(sheet.winner()).isEqualTo(1);
    }

    @Test
    void zeroSharesNeverWinAndAreEliminatedFirst() {
        // a has nothing and goes first, then d; b and c remain and nobody transfers: b wins 40 to 35.
        TransferTable t = TransferTable.fromShares(List.of("a", "b", "c", "d"), new double[4][4]);
        CountSheet sheet = new CountSheet(4);
        InstantRunoff.count(new double[] {0, 40, 35, 30}, -1, t, sheet);
        assertThat(sheet.winner()).isEqualTo(1);
        assertThat(sheet.firstRound()).isFalse();
        assertThat(sheet.leader()).isEqualTo(1);
        assertThat(sheet.runnerUp()).isEqualTo(2);
        assertThat(sheet.exhausted()).isEqualTo(30);
        // First past the post and the Supplementary Vote never pick a candidate with no votes over one with some.
        FirstPastThePost.count(new double[] {0, 0, 1, 0}, -1, sheet);
        assertThat(sheet.winner()).isEqualTo(2);
        assertThat(sheet.runnerUp()).isZero();
    }

    @RepeatedTest(CASES)
    void seatAllocationMatchesTheLargestQuotients(RepetitionInfo info) {
        UniformRandomProvider rng = rng(info);
        int n = 1 + rng.nextInt(12);
        double[] votes = new double[n];
        int[] constituency = new int[n];
        boolean[] independent = new boolean[n];
        boolean integers = rng.nextBoolean();
        for (int p = 0; p < n; p++) {
            // Multiples of 60 make equal quotients common (360/3 = 240/2 = 120/1), to test the tie rules.
            votes[p] = integers ? 60 * rng.nextInt(9) : 1000 * rng.nextDouble();
            constituency[p] = rng.nextInt(4) == 0 ? rng.nextInt(6) : 0;
            independent[p] = rng.nextInt(8) == 0;
        }
        if (rng.nextBoolean()) {
            // One party at exactly the threshold: 5% of a total that is a multiple of 20.
            int at = rng.nextInt(n);
            votes[at] = 0;
            double rest = Arrays.stream(votes).sum();
            double total = Math.ceil(rest / 19 * 20 / 20) * 20;
            if (n > 1 && total > rest) {
                votes[(at + 1) % n] += total - rest - total / 20;
                votes[at] = total / 20;
            }
        }
        int listSeats = rng.nextInt(16);
        SeatMethod method = rng.nextBoolean() ? SeatMethod.DHONDT_MODIFIED : SeatMethod.SAINTE_LAGUE_MODIFIED;
        boolean[] seatable = new boolean[n];
        for (int p = 0; p < n; p++) {
            seatable[p] = rng.nextInt(6) != 0;
        }
        double others = rng.nextBoolean() ? 0 : rng.nextInt(100);

        boolean[] eligible = new boolean[n];
        double total = SeatAllocation.thresholdInto(votes, seatable, others, 5, eligible);
        int[] seats = new int[n];
        Arrays.fill(seats, 7); // left over from an earlier simulation: must be cleared
        SeatAllocation.allocateInto(
                method,
                votes,
                constituency,
                listSeats,
                eligible,
                independent,
                seats,
                null,
                null,
                new SeatAllocation.Quotients(n),
                0);

        double expectedTotal = others;
        for (double v : votes) {
            expectedTotal += v;
        }
        assertThat(total).isEqualTo(expectedTotal);
        for (int p = 0; p < n; p++) {
            boolean in = seatable[p] && votes[p] > 0 && votes[p] * 100 >= 5 * total;
            assertThat(eligible[p])
                    .as("party %d with %s of %s", p, votes[p], total)
                    .isEqualTo(in);
        }
        assertThat(seats)
                .as("case %d %s %s", info.getCurrentRepetition(), method, Arrays.toString(votes))
                .containsExactly(
                        TextbookCounts.listSeats(method, votes, constituency, listSeats, eligible, independent));
    }

    @Test
    void thresholdExactlyFivePercentIsIn() {
        boolean[] eligible = new boolean[3];
        // 500 of 10,000 is exactly 5%; an unseatable party's 400 still counts in the total.
        SeatAllocation.thresholdInto(
                new double[] {5000, 500, 4100}, new boolean[] {true, true, false}, 400, 5, eligible);
        assertThat(eligible).containsExactly(true, true, false);
        SeatAllocation.thresholdInto(new double[] {5000, 499, 4101}, null, 400, 5, eligible);
        assertThat(eligible).containsExactly(true, false, true);
        // A party with no votes is never eligible, even under a 0% threshold.
        SeatAllocation.thresholdInto(new double[] {0, 1}, null, 0, 0, new boolean[2]);
        boolean[] zero = new boolean[2];
        SeatAllocation.thresholdInto(new double[] {0, 1}, null, 0, 0, zero);
        assertThat(zero).containsExactly(false, true);
    }
}
