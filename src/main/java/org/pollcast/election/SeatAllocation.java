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
        for (int p = 0; p < n; p++) {
            if (constituencySeats[p] < 0) {
                throw new IllegalArgumentException("constituency seats of party " + p + " are " + constituencySeats[p] + ", expected ≥ 0");
            }
            if (!(listVotes[p] >= 0) || Double.isInfinite(listVotes[p])) {
                throw new IllegalArgumentException("list votes of party " + p + " are " + listVotes[p] + ", expected ≥ 0");
            }
        }
        boolean[] eligible = new boolean[n];
        double total = thresholdInto(listVotes, null, others, thresholdPercent, eligible);
        int[] seats = new int[n];
        int[] last = {-1};
        double[] lastQ = {Double.NaN};
        allocateInto(method, listVotes, constituencySeats, listSeats, eligible, independent, seats, last, lastQ, new Quotients(n));
        int next = best(method, listVotes, constituencySeats, seats, eligible, independent);
        double nextQ = next < 0 ? Double.NaN : quotient(method, listVotes[next], constituencySeats[next] + seats[next]);
        return new ListResult(seats, eligible, last[0], lastQ[0], next, nextQ, total);
    }

    /**
     * The threshold, allocation-free: {@code eligible[p]} becomes true when party p may win list seats, that
     * is when it is seatable ({@code seatable} null, or {@code seatable[p]}), has votes, and has at least
     * {@code thresholdPercent} of all valid list votes: {@code others} (never seated) plus every party's,
     * unseatable ones included. Returns that total. A party exactly at the threshold is in: the law
     * disregards parties under it.
     */
    public static double thresholdInto(double[] votes, boolean[] seatable, double others, double thresholdPercent,
            boolean[] eligible) {
        double total = others; // others first, then each party: the denominator's summation order
        for (double v : votes) {
            total += v;
        }
        for (int p = 0; p < votes.length; p++) {
            eligible[p] = (seatable == null || seatable[p]) && votes[p] > 0 && votes[p] * 100 >= thresholdPercent * total;
        }
        return total;
    }

    /**
     * The current quotient of each party still in the running, reused from one allocation to the next so that
     * {@link #allocateInto} allocates nothing. Holds at most {@code parties} parties; one per thread.
     */
    public static final class Quotients {
        final int[] party;
        final double[] value;

        public Quotients(int parties) {
            party = new int[parties];
            value = new double[parties];
        }
    }

    /**
     * The allocation loop, allocation-free for the simulator: {@code seats} (zeroed here) receives the list
     * seats; {@code last}/{@code lastQuotient} (length ≥ 1, or null) the final winner and its quotient.
     * Only eligible parties enter the quotient table, each party's quotient is computed once and after each
     * seat only the winner's again; each is still votes ÷ divisor and the parties are scanned in list order,
     * so the result is the textbook allocation's to the bit.
     */
    public static void allocateInto(SeatMethod method, double[] votes, int[] constituencySeats, int listSeats, boolean[] eligible,
            boolean[] independent, int[] seats, int[] last, double[] lastQuotient, Quotients quotients) {
        int n = votes.length;
        int[] party = quotients.party;
        double[] value = quotients.value;
        int running = 0;
        for (int p = 0; p < n; p++) {
            seats[p] = 0;
            if (eligible[p]) {
                party[running] = p;
                value[running] = quotient(method, votes[p], constituencySeats[p]);
                running++;
            }
        }
        for (int s = 0; s < listSeats; s++) {
            int w = -1;
            double bestQ = -1;
            for (int x = 0; x < running; x++) {
                double q = value[x];
                if (q > bestQ || (q == bestQ && q >= 0 && votes[party[x]] > votes[party[w]])) {
                    w = x;
                    bestQ = q;
                }
            }
            if (w < 0) {
                return; // nobody eligible: the seats stay empty (never the case with a real threshold)
            }
            int winner = party[w];
            if (last != null) {
                last[0] = winner;
                lastQuotient[0] = bestQ;
            }
            seats[winner]++;
            // An independent holds at most one list seat.
            value[w] = independent[winner] ? -1 : quotient(method, votes[winner], constituencySeats[winner] + seats[winner]);
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
