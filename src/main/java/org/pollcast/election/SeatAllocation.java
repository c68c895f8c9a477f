package org.pollcast.election;

/**
 * Top-up (list) seats of an additional-member system, pure and deterministic. Seats go one at a time to the
 * highest quotient {@code votes / divisor}, where the divisor counts the constituency seats a party already
 * won: modified D'Hondt {@code c + l + 1}, modified Sainte-Laguë {@code 2(c + l) + 1} (l: list seats so far).
 * Parties under the threshold (percent of all valid list votes) get none; an independent candidate on the
 * list holds at most one list seat.
 *
 * <p>Ties (equal quotients) go to the party with more list votes, then to the one listed first in the
 * definition, so a re-run never differs. (The law settles exact ties by lot; a model cannot.)
 */
public final class SeatAllocation {
    private SeatAllocation() {
    }

    /**
     * The allocation and the last quotient that won a seat and the next that would have; {@code totalVotes} is
     * the threshold's denominator (others plus every party's list votes).
     */
    public record ListResult(int[] listSeats, boolean[] eligible, int lastWinner, double lastQuotient, int nextParty,
            double nextQuotient, double totalVotes) {
    }

    /** As {@link #allocate(SeatMethod, double[], int[], int, double, boolean[], double)} with no others. */
    public static ListResult allocate(SeatMethod method, double[] listVotes, int[] constituencySeats, int listSeats,
            double thresholdPercent, boolean[] independent) {
        return allocate(method, listVotes, constituencySeats, listSeats, thresholdPercent, independent, 0);
    }

    /**
     * The allocation when {@code others} list votes (parties not listed, or lumped together) count in the
     * threshold's denominator but never win a seat.
     */
    public static ListResult allocate(SeatMethod method, double[] listVotes, int[] constituencySeats, int listSeats,
            double thresholdPercent, boolean[] independent, double others) {
        int n = listVotes.length;
        if (constituencySeats.length != n || independent.length != n) {
            throw new IllegalArgumentException("list votes, constituency seats and independents must have one entry per party");
        }
        if (listSeats < 0) {
            throw new IllegalArgumentException("list seats is " + listSeats + ", expected ≥ 0");
        }
        if (!(thresholdPercent >= 0 && thresholdPercent <= 100)) {
            throw new IllegalArgumentException("threshold is " + thresholdPercent + "%, expected 0–100");
        }
        if (!(others >= 0) || Double.isInfinite(others)) {
            throw new IllegalArgumentException("others' list votes are " + others + ", expected ≥ 0");
        }
        double total = others; // others first, then each party: the denominator's summation order
        for (int p = 0; p < n; p++) {
            if (constituencySeats[p] < 0) {
                throw new IllegalArgumentException("constituency seats of party " + p + " are " + constituencySeats[p] + ", expected ≥ 0");
            }
            if (!(listVotes[p] >= 0) || Double.isInfinite(listVotes[p])) {
                throw new IllegalArgumentException("list votes of party " + p + " are " + listVotes[p] + ", expected ≥ 0");
            }
            total += listVotes[p];
        }
        boolean[] eligible = new boolean[n];
        for (int p = 0; p < n; p++) {
            eligible[p] = listVotes[p] > 0 && listVotes[p] * 100 >= thresholdPercent * total;
        }
        int[] seats = new int[n];
        int[] last = {-1};
        double[] lastQ = {Double.NaN};
        allocateInto(method, listVotes, constituencySeats, listSeats, eligible, independent, seats, last, lastQ);
        int next = best(method, listVotes, constituencySeats, seats, eligible, independent);
        double nextQ = next < 0 ? Double.NaN : quotient(method, listVotes[next], constituencySeats[next] + seats[next]);
        return new ListResult(seats, eligible, last[0], lastQ[0], next, nextQ, total);
    }

    /**
     * The allocation loop, allocation-free for the simulator: {@code seats} (zeroed here) receives the list
     * seats; {@code last}/{@code lastQuotient} (length ≥ 1, or null) the final winner and its quotient.
     */
    public static void allocateInto(SeatMethod method, double[] votes, int[] constituencySeats, int listSeats, boolean[] eligible,
            boolean[] independent, int[] seats, int[] last, double[] lastQuotient) {
        allocateInto(method, votes, constituencySeats, listSeats, eligible, independent, seats, last, lastQuotient,
                new double[votes.length]);
    }

    /**
     * As above with a caller's scratch array (length ≥ parties) for the current quotients: each party's
     * quotient is computed once, and after each seat only the winner's again, instead of every party's every
     * round. Each quotient is still votes ÷ divisor, so the result is the same to the bit.
     */
    public static void allocateInto(SeatMethod method, double[] votes, int[] constituencySeats, int listSeats, boolean[] eligible,
            boolean[] independent, int[] seats, int[] last, double[] lastQuotient, double[] quotients) {
        int n = votes.length;
        for (int p = 0; p < n; p++) {
            seats[p] = 0;
            quotients[p] = eligible[p] ? quotient(method, votes[p], constituencySeats[p]) : -1;
        }
        for (int s = 0; s < listSeats; s++) {
            int winner = -1;
            double bestQ = -1;
            for (int p = 0; p < n; p++) {
                double q = quotients[p];
                if (q > bestQ || (q == bestQ && q >= 0 && votes[p] > votes[winner])) {
                    winner = p;
                    bestQ = q;
                }
            }
            if (winner < 0 || bestQ < 0) {
                return; // nobody eligible: the seats stay empty (never the case with a real threshold)
            }
            if (last != null) {
                last[0] = winner;
                lastQuotient[0] = bestQ;
            }
            seats[winner]++;
            // An independent holds at most one list seat.
            quotients[winner] = independent[winner] ? -1 : quotient(method, votes[winner], constituencySeats[winner] + seats[winner]);
        }
    }

    private static int best(SeatMethod method, double[] votes, int[] constituencySeats, int[] seats, boolean[] eligible,
            boolean[] independent) {
        int best = -1;
        double bestQ = -1;
        for (int p = 0; p < votes.length; p++) {
            if (!eligible[p] || (independent[p] && seats[p] > 0)) {
                continue;
            }
            double q = quotient(method, votes[p], constituencySeats[p] + seats[p]);
            if (q > bestQ || (q == bestQ && votes[p] > votes[best])) {
                best = p;
                bestQ = q;
            }
        }
        return best;
    }

    static double quotient(SeatMethod method, double votes, int seatsHeld) {
        return method == SeatMethod.DHONDT_MODIFIED ? votes / (seatsHeld + 1) : votes / (2.0 * seatsHeld + 1);
    }
}
