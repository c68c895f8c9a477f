package org.pollcast.election;

import java.util.Arrays;

/**
 * Top-up (list) seats of an additional-member system, pure and deterministic. Seats go one at a time to the
 * highest quotient {@code votes / divisor}, where the divisor counts the constituency seats a party already
 * won: modified D'Hondt {@code c + l + 1}, modified Sainte-Laguë {@code 2(c + l) + 1} (l: list seats so far).
 * Parties under the threshold (percent of all valid list votes) get none; an independent candidate on the
 * list holds at most one list seat.
 *
 * <p>Ties (equal quotients) go to the party with more list votes, then to the one listed first in the
 * definition, so a re-run never differs. (The law settles exact ties by lot; a model cannot.)
 *
 * <p>Under {@link ListRules} a party with enough constituency seats may win list seats whatever its share
 * ({@link #waiveInto}), and under {@link Overhang#KEEP} the whole house is allocated instead of the list seats
 * ({@link #keepInto}): New Zealand's rule, whose house grows by any party's constituency seats beyond its entitlement.
 */
public final class SeatAllocation {
    private SeatAllocation() {}

    /**
     * The allocation and the last quotient that won a seat and the next that would have; {@code totalVotes} is
     * the threshold's denominator (others plus every party's list votes).
     *
     * @param eligible      per party, whether it could win list seats: over the threshold, or through the waiver
     * @param overThreshold per party, whether its list share reached the threshold (without a waiver, {@code eligible})
     * @param overhang      the seats by which the house grew (always 0 when overhang is absorbed); under {@link
     *                      Overhang#KEEP} the quotients are those of the whole house's allocation
     */
    public record ListResult(
            int[] listSeats,
            boolean[] eligible,
            int lastWinner,
            double lastQuotient,
            int nextParty,
            double nextQuotient,
            double totalVotes,
            boolean[] overThreshold,
            int overhang) {}

    /** As {@link #allocate(SeatMethod, double[], int[], int, double, boolean[], double)} with no others. */
    public static ListResult allocate(
            SeatMethod method,
            double[] listVotes,
            int[] constituencySeats,
            int listSeats,
            double thresholdPercent,
            boolean[] independent) {
        return allocate(method, listVotes, constituencySeats, listSeats, thresholdPercent, independent, 0);
    }

    /**
     * The allocation when {@code others} list votes (parties not listed, or lumped together) count in the
     * threshold's denominator but never win a seat.
     */
    public static ListResult allocate(
            SeatMethod method,
            double[] listVotes,
            int[] constituencySeats,
            int listSeats,
            double thresholdPercent,
            boolean[] independent,
            double others) {
        return allocate(
                method,
                listVotes,
                constituencySeats,
                listSeats,
                0,
                thresholdPercent,
                independent,
                others,
                ListRules.FIXED_HOUSE,
                null);
    }

    /**
     * The allocation under {@code rules}. With overhang absorbed, {@code listSeats} list seats are allocated counting
     * the constituency seats as won; with {@link Overhang#KEEP}, the {@code house} seats by {@link #keepInto}. The
     * waiver counts {@code waiverSeats}, the constituency seats across the whole area where the list seats go region
     * by region (null: {@code constituencySeats}).
     */
    public static ListResult allocate(
            SeatMethod method,
            double[] listVotes,
            int[] constituencySeats,
            int listSeats,
            int house,
            double thresholdPercent,
            boolean[] independent,
            double others,
            ListRules rules,
            int[] waiverSeats) {
        double[] thresholds = new double[listVotes.length];
        Arrays.fill(thresholds, thresholdPercent);
        return allocate(
                method,
                listVotes,
                constituencySeats,
                listSeats,
                house,
                thresholds,
                independent,
                others,
                rules,
                waiverSeats,
                null);
    }

    /**
     * As {@link #allocate(SeatMethod, double[], int[], int, int, double, boolean[], double, ListRules, int[])}, each
     * party under a threshold of its own ({@code thresholds}, percent, one per party: a coalition's list may need more
     * than a party's, {@link ListRules#partyThresholds}), passed or failed on {@code thresholdVotes} (one per party,
     * others none: the whole area's list votes, where a region's seats go to the lists over a threshold across the
     * whole area, {@link ListRules#thresholdAcrossArea}); null: on {@code listVotes}.
     */
    public static ListResult allocate(
            SeatMethod method,
            double[] listVotes,
            int[] constituencySeats,
            int listSeats,
            int house,
            double[] thresholds,
            boolean[] independent,
            double others,
            ListRules rules,
            int[] waiverSeats,
            double[] thresholdVotes) {
        int n = listVotes.length;
        if (thresholdVotes != null && thresholdVotes.length != n) {
            throw new IllegalArgumentException("the threshold's votes must have one entry per party");
        }
        if (constituencySeats.length != n || independent.length != n || thresholds.length != n) {
            throw new IllegalArgumentException(
                    "list votes, constituency seats, thresholds and independents must have one entry per party");
        }
        if (listSeats < 0) {
            throw new IllegalArgumentException("list seats is " + listSeats + ", expected ≥ 0");
        }
        for (double t : thresholds) {
            if (!(t >= 0 && t <= 100)) {
                throw new IllegalArgumentException("threshold is " + t + "%, expected 0–100");
            }
        }
        if (!(others >= 0) || Double.isInfinite(others)) {
            throw new IllegalArgumentException("others' list votes are " + others + ", expected ≥ 0");
        }
        for (int p = 0; p < n; p++) {
            if (constituencySeats[p] < 0) {
                throw new IllegalArgumentException(
                        "constituency seats of party " + p + " are " + constituencySeats[p] + ", expected ≥ 0");
            }
            if (!(listVotes[p] >= 0) || Double.isInfinite(listVotes[p])) {
                throw new IllegalArgumentException(
                        "list votes of party " + p + " are " + listVotes[p] + ", expected ≥ 0");
            }
        }
        boolean[] eligible = new boolean[n];
        double total = thresholdInto(listVotes, null, others, thresholds, eligible);
        if (thresholdVotes != null) {
            thresholdInto(thresholdVotes, null, 0, thresholds, eligible);
        }
        boolean[] overThreshold = eligible.clone();
        if (rules.waives()) {
            int[] counted = waiverSeats == null ? constituencySeats : waiverSeats;
            if (counted.length != n) {
                throw new IllegalArgumentException("the waiver's constituency seats must have one entry per party");
            }
            waiveInto(rules.thresholdWaiver(), counted, null, eligible);
        }
        int[] seats = new int[n];
        int[] last = {-1};
        double[] lastQ = {Double.NaN};
        if (rules.keepsOverhang()) {
            if (!method.isDivisor()) {
                throw new IllegalArgumentException(
                        method.code() + " cannot keep overhang: it counts no constituency seats");
            }
            int won = Arrays.stream(constituencySeats).sum();
            if (house < won) {
                throw new IllegalArgumentException(
                        "the house is " + house + " seats, fewer than the " + won + " constituency seats won");
            }
            int[] none = new int[n];
            int[] entitled = new int[n];
            int overhang = keepInto(
                    method,
                    listVotes,
                    constituencySeats,
                    house,
                    eligible,
                    independent,
                    none,
                    entitled,
                    seats,
                    last,
                    lastQ,
                    new Quotients(n));
            int next = best(method, listVotes, none, entitled, eligible, independent);
            double nextQ = next < 0 ? Double.NaN : quotient(method, listVotes[next], entitled[next]);
            return new ListResult(seats, eligible, last[0], lastQ[0], next, nextQ, total, overThreshold, overhang);
        }
        Quotients scratch = new Quotients(n);
        // A majority bonus (Greece's) goes to the first list before the rest of the house is shared out by the method.
        int[] bonus = new int[n];
        int given = rules.bonusInto(listVotes, eligible, total, bonus);
        allocateInto(
                method,
                listVotes,
                constituencySeats,
                listSeats - given,
                eligible,
                independent,
                seats,
                last,
                lastQ,
                scratch,
                unseatedInQuota(thresholds, others));
        // The next seat is the method's, read before the bonus is added: the first list's quotient counts the seats the
        // method gave it, not the bonus, or `seats` would never name it as taking the next one.
        int next;
        double nextQ;
        if (!method.isDivisor()) {
            next = nextRemainder(listVotes, independent, seats, scratch.next);
            nextQ = next < 0 ? Double.NaN : scratch.next[next];
        } else {
            next = best(method, listVotes, constituencySeats, seats, eligible, independent);
            nextQ = next < 0 ? Double.NaN : quotient(method, listVotes[next], constituencySeats[next] + seats[next]);
        }
        for (int p = 0; p < n; p++) {
            seats[p] += bonus[p];
        }
        return new ListResult(seats, eligible, last[0], lastQ[0], next, nextQ, total, overThreshold, 0);
    }

    /**
     * The votes of lists never seated that a quota counts: {@code others} where no list faces a threshold (every one of
     * {@code thresholds} 0), none where one does (a threshold's quota is of the lists over it, as Slovakia's and
     * Denmark's). South Africa's National Assembly has no threshold and its quota is all valid votes over 401: its
     * 2019 minor parties' 309,451 votes, none winning a seat, left out of the quota gave the ANC 235 seats, where it won
     * 230 (the count's remainder seats then go to the named lists, round after round).
     */
    public static double unseatedInQuota(double[] thresholds, double others) {
        return noThreshold(thresholds) ? others : 0;
    }

    /** Whether no list faces a threshold: every one of {@code thresholds} is 0. */
    public static boolean noThreshold(double[] thresholds) {
        for (double t : thresholds) {
            if (t > 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * The threshold's waiver: {@code eligible[p]} becomes true as well when party p is seatable ({@code seatable} null,
     * or {@code seatable[p]}) and won at least {@code waiver} constituency seats, whatever its list share (New
     * Zealand: 1 electorate). The law asks nothing of its party vote: a party with none is entitled to no seat.
     */
    public static void waiveInto(int waiver, int[] constituencySeats, boolean[] seatable, boolean[] eligible) {
        for (int p = 0; p < eligible.length; p++) {
            if (constituencySeats[p] >= waiver && (seatable == null || seatable[p])) {
                eligible[p] = true;
            }
        }
    }

    /**
     * New Zealand's allocation (Electoral Act 1993, s 191), allocation-free for the simulator; returns the overhang.
     * The {@code house} less the constituency seats won by parties that may not win list seats (and by independents,
     * who are candidates, not lists: their {@code eligible} is cleared here) is allocated by the plain divisor method
     * among the eligible parties, into {@code entitled} ({@link #allocateInto} counting {@code noSeats}, all 0, as
     * held); each then takes {@code entitled − constituency seats} list seats, at least 0, into {@code listSeats}. A
     * party whose constituency seats exceed its entitlement keeps them, the others are unchanged, and the house grows
     * by the excess: the seats always sum to {@code house} plus the returned overhang.
     *
     * <p>With no overhang this is {@link #allocateInto} with the constituency seats counted as held (the divisor
     * method's largest quotients are the same set either way), so the modified method codes name it too.
     */
    public static int keepInto(
            SeatMethod method,
            double[] votes,
            int[] constituencySeats,
            int house,
            boolean[] eligible,
            boolean[] independent,
            int[] noSeats,
            int[] entitled,
            int[] listSeats,
            int[] last,
            double[] lastQuotient,
            Quotients quotients) {
        int n = votes.length;
        int pool = house;
        for (int p = 0; p < n; p++) {
            if (independent[p]) {
                eligible[p] = false;
            }
            if (!eligible[p]) {
                pool -= constituencySeats[p];
            }
        }
        allocateInto(method, votes, noSeats, pool, eligible, independent, entitled, last, lastQuotient, quotients, 0);
        int overhang = 0;
        for (int p = 0; p < n; p++) {
            int beyond = eligible[p] ? entitled[p] - constituencySeats[p] : 0;
            listSeats[p] = beyond > 0 ? beyond : 0;
            overhang += eligible[p] && beyond < 0 ? -beyond : 0;
        }
        return overhang;
    }

    /** {@link #thresholdInto(double[], boolean[], double, double[], boolean[])} with one threshold for every party. */
    public static double thresholdInto(
            double[] votes, boolean[] seatable, double others, double thresholdPercent, boolean[] eligible) {
        double[] thresholds = new double[votes.length];
        Arrays.fill(thresholds, thresholdPercent);
        return thresholdInto(votes, seatable, others, thresholds, eligible);
    }

    /**
     * The threshold, allocation-free: {@code eligible[p]} becomes true when party p may win list seats, that
     * is when it is seatable ({@code seatable} null, or {@code seatable[p]}), has votes, and has at least
     * {@code thresholds[p]} percent of all valid list votes: {@code others} (never seated) plus every party's,
     * unseatable ones included. Returns that total. A party exactly at the threshold is in: the law
     * disregards parties under it.
     */
    public static double thresholdInto(
            double[] votes, boolean[] seatable, double others, double[] thresholds, boolean[] eligible) {
        double total = others; // others first, then each party: the denominator's summation order
        for (double v : votes) {
            total += v;
        }
        for (int p = 0; p < votes.length; p++) {
            eligible[p] = (seatable == null || seatable[p]) && votes[p] > 0 && votes[p] * 100 >= thresholds[p] * total;
        }
        return total;
    }

    /**
     * The eligible parties of the current allocation and the quotients of their next seat and of their last
     * list seat, reused from one allocation to the next so that {@link #allocateInto} allocates nothing. Holds
     * at most {@code parties} parties; one per thread.
     */
    public static final class Quotients {
        final int[] party;
        /** Quotient of the party's next seat, −1 when it can take no more (an independent with its seat). */
        final double[] next;
        /** Quotient of the party's last list seat; meaningless when it holds none. */
        final double[] last;

        public Quotients(int parties) {
            party = new int[parties];
            next = new double[parties];
            last = new double[parties];
        }
    }

    /**
     * The allocation, allocation-free for the simulator: {@code seats} (zeroed here) receives the list seats;
     * {@code last}/{@code lastQuotient} (length ≥ 1, or null) the final winner and its quotient.
     *
     * <p>Seat by seat, the highest quotient wins; since each party's quotients fall as it wins, the seats go
     * to the {@code listSeats} highest of all quotients, ordered by quotient, then votes, then list order.
     * That set is found without the seat-by-seat chain of divisions: a first guess from the votes per seat
     * ({@code votes / (votes per seat)} seats in all, less those already held), then whole seats added at the
     * highest next quotient or taken back at the lowest held until there are {@code listSeats}, then the lowest
     * held swapped for the highest next until no next quotient beats a held one. The quotients compared are
     * the seat-by-seat ones (votes ÷ divisor) under the same order, so the result is the same to the bit
     * whatever the guess; a good guess leaves little to correct (well under one seat a simulation in London).
     *
     * <p>{@code unseated} are the votes of lists that no threshold excludes but that are never seated (a results file's
     * "Others", a forecast's parties no poll names; 0 for none): a quota method counts them in its quota, as the law
     * counts every valid vote ({@link #unseatedInQuota}); a divisor method has no quota and ignores them.
     */
    public static void allocateInto(
            SeatMethod method,
            double[] votes,
            int[] constituencySeats,
            int listSeats,
            boolean[] eligible,
            boolean[] independent,
            int[] seats,
            int[] last,
            double[] lastQuotient,
            Quotients quotients,
            double unseated) {
        if (!method.isDivisor()) {
            for (int c : constituencySeats) {
                if (c != 0) {
                    throw new IllegalArgumentException(method.code() + " counts no constituency seats");
                }
            }
            largestRemainderInto(
                    votes,
                    listSeats,
                    method.quotaDivisor(listSeats),
                    eligible,
                    independent,
                    seats,
                    last,
                    lastQuotient,
                    quotients.next,
                    unseated);
            return;
        }
        int n = votes.length;
        int[] party = quotients.party;
        int running = 0;
        double runningVotes = 0;
        int held = 0;
        for (int p = 0; p < n; p++) {
            seats[p] = 0;
            if (eligible[p]) {
                party[running++] = p;
                runningVotes += votes[p];
                held += constituencySeats[p];
            }
        }
        if (running == 0 || listSeats == 0) {
            return; // nobody eligible (never the case with a real threshold), or nothing to give
        }
        int given = guess(
                method, votes, constituencySeats, listSeats, independent, seats, party, running, runningVotes, held);
        for (int x = 0; x < running; x++) {
            update(method, votes, constituencySeats, independent, seats, quotients, x);
        }
        // One loop for the three corrections (one copy of each step keeps the compiled code small).
        int in = next(votes, quotients, running);
        int out = lowestHeld(votes, seats, quotients, running);
        while (true) {
            if (given < listSeats && in >= 0) {
                out = -1; // seat in
            } else if (given > listSeats) {
                in = -1; // seat out back
            } else if (given == 0
                    || in < 0
                    || !beats(votes, party[in], quotients.next[in], party[out], quotients.last[out])) {
                break; // no next quotient beats a held one: the largest quotients hold the seats
            }
            if (in >= 0) {
                seats[party[in]]++;
                given++;
                update(method, votes, constituencySeats, independent, seats, quotients, in);
            }
            if (out >= 0) {
                seats[party[out]]--;
                given--;
                update(method, votes, constituencySeats, independent, seats, quotients, out);
            }
            in = next(votes, quotients, running);
            out = lowestHeld(votes, seats, quotients, running);
        }
        if (last != null && given > 0) {
            last[0] = party[out];
            lastQuotient[0] = quotients.last[out];
        }
    }

    /**
     * The first guess at each party's list seats, into {@code seats}; returns their sum. D'Hondt's seats are
     * votes per seat rounded down, which loses about half a seat a party; Sainte-Laguë's are rounded to the
     * nearest. A party already over its share through constituency seats takes no list seat, so it is left
     * out of the votes per seat.
     */
    private static int guess(
            SeatMethod method,
            double[] votes,
            int[] constituencySeats,
            int listSeats,
            boolean[] independent,
            int[] seats,
            int[] party,
            int running,
            double runningVotes,
            int held) {
        boolean dhondt = method.kind() == SeatMethod.Kind.DHONDT;
        double round = dhondt ? 0 : 0.5;
        double lost = dhondt ? 0.5 : 0;
        double perSeat = runningVotes / (held + listSeats + lost * running);
        double sharingVotes = runningVotes;
        int sharingHeld = held;
        int sharing = running;
        for (int x = 0; x < running; x++) {
            int p = party[x];
            if (votes[p] / perSeat + round < constituencySeats[p]) {
                sharingVotes -= votes[p];
                sharingHeld -= constituencySeats[p];
                sharing--;
            }
        }
        if (sharing > 0) {
            perSeat = sharingVotes / (sharingHeld + listSeats + lost * sharing);
        }
        int given = 0;
        for (int x = 0; x < running; x++) {
            int p = party[x];
            int g = perSeat > 0 ? (int) Math.min(listSeats, votes[p] / perSeat + round) - constituencySeats[p] : 0;
            g = Math.max(0, Math.min(g, independent[p] ? 1 : listSeats));
            seats[p] = g;
            given += g;
        }
        return given;
    }

    /** Recomputes the quotients of running party x's next and last list seats after its seats changed. */
    private static void update(
            SeatMethod method,
            double[] votes,
            int[] constituencySeats,
            boolean[] independent,
            int[] seats,
            Quotients quotients,
            int x) {
        int p = quotients.party[x];
        int s = seats[p];
        int c = constituencySeats[p];
        quotients.next[x] = independent[p] && s > 0 ? -1 : quotient(method, votes[p], c + s);
        quotients.last[x] = s > 0 ? quotient(method, votes[p], c + s - 1) : 0;
    }

    /** True when party a's quotient qa comes before party b's qb: higher, or equal with more votes, or listed first. */
    private static boolean beats(double[] votes, int a, double qa, int b, double qb) {
        return qa > qb || (qa == qb && (votes[a] > votes[b] || (votes[a] == votes[b] && a < b)));
    }

    /** The running party (its place in the table) whose next seat comes first, or −1 when all are full. */
    private static int next(double[] votes, Quotients quotients, int running) {
        int best = -1;
        for (int x = 0; x < running; x++) {
            double q = quotients.next[x];
            if (q >= 0
                    && (best < 0 || beats(votes, quotients.party[x], q, quotients.party[best], quotients.next[best]))) {
                best = x;
            }
        }
        return best;
    }

    /** The running party holding list seats whose last one comes last (the first to be taken back). */
    private static int lowestHeld(double[] votes, int[] seats, Quotients quotients, int running) {
        int worst = -1;
        for (int x = 0; x < running; x++) {
            int p = quotients.party[x];
            if (seats[p] > 0
                    && (worst < 0
                            || beats(votes, quotients.party[worst], quotients.last[worst], p, quotients.last[x]))) {
                worst = x;
            }
        }
        return worst;
    }

    private static int best(
            SeatMethod method,
            double[] votes,
            int[] constituencySeats,
            int[] seats,
            boolean[] eligible,
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

    /**
     * Surplus-vote agreements (Israel's Knesset Elections Law, s. 81): the {@code seats} already allocated to the lists
     * {@code eligible} marks are allocated again, each agreement's pair of lists ({@code pairs}, indices) whose two both
     * passed the threshold taking seats as one list on their votes together, then splitting its seats between the two
     * by the same method; a list whose partner failed stands alone. {@code seats} is overwritten. Without them the
     * Knesset's count gave Likud 31 seats in 2022 and Labor 5 (published: 32 and 4, by Likud's agreement with Religious
     * Zionism), and in 2021 Likud 31 and Meretz 5 (30 and 6, by Meretz's with Labor). Ties go to more votes, then to the
     * list or pair listed first.
     */
    public static void agreementsInto(
            SeatMethod method, double[] votes, boolean[] eligible, int[][] pairs, int[] seats) {
        agreementsInto(method, votes, eligible, pairs, seats, new Agreements(votes.length));
    }

    /**
     * What {@link #agreementsInto} works in, kept by a simulation's worker so that a draw allocates nothing (the
     * Knesset's simulation counted them in every draw).
     */
    public static final class Agreements {
        /** Per unit (a pair that both passed, or a list alone): its first list, and its second (−1 alone). */
        final int[] first;

        final int[] second;
        final int[] unitOf;
        final double[] unitVotes;
        final int[] unitSeats;

        public Agreements(int parties) {
            first = new int[parties];
            second = new int[parties];
            unitOf = new int[parties];
            unitVotes = new double[parties];
            unitSeats = new int[parties];
        }
    }

    /** As {@link #agreementsInto(SeatMethod, double[], boolean[], int[][], int[])}, working in {@code work}. */
    public static void agreementsInto(
            SeatMethod method, double[] votes, boolean[] eligible, int[][] pairs, int[] seats, Agreements work) {
        int n = votes.length;
        int total = 0;
        for (int s : seats) {
            total += s;
        }
        int units = 0;
        Arrays.fill(work.unitOf, 0, n, -1);
        for (int[] pair : pairs) {
            if (eligible[pair[0]] && eligible[pair[1]] && work.unitOf[pair[0]] < 0 && work.unitOf[pair[1]] < 0) {
                work.unitOf[pair[0]] = units;
                work.unitOf[pair[1]] = units;
                work.first[units] = pair[0];
                work.second[units++] = pair[1];
            }
        }
        for (int j = 0; j < n; j++) {
            if (eligible[j] && work.unitOf[j] < 0) {
                work.unitOf[j] = units;
                work.first[units] = j;
                work.second[units++] = -1;
            }
        }
        for (int u = 0; u < units; u++) {
            work.unitVotes[u] = votes[work.first[u]] + (work.second[u] < 0 ? 0 : votes[work.second[u]]);
        }
        divide(method, work.unitVotes, units, total, work.unitSeats);
        Arrays.fill(seats, 0);
        for (int u = 0; u < units; u++) {
            int a = work.first[u];
            int b = work.second[u];
            if (b < 0) {
                seats[a] = work.unitSeats[u];
                continue;
            }
            // The pair's seats split between its two by the same method: each next seat to the larger quotient.
            for (int s = 0; s < work.unitSeats[u]; s++) {
                double qa = quotient(method, votes[a], seats[a]);
                double qb = quotient(method, votes[b], seats[b]);
                if (qa > qb || (qa == qb && votes[a] >= votes[b])) {
                    seats[a]++;
                } else {
                    seats[b]++;
                }
            }
        }
    }

    /**
     * {@code total} seats among the first {@code units} of {@code votes} by the divisor {@code method}, into {@code out}:
     * ties to more votes, then the first.
     */
    private static void divide(SeatMethod method, double[] votes, int units, int total, int[] out) {
        Arrays.fill(out, 0, units, 0);
        for (int s = 0; s < total; s++) {
            int best = -1;
            double bestQ = -1;
            for (int u = 0; u < units; u++) {
                double q = quotient(method, votes[u], out[u]);
                if (q > bestQ || (q == bestQ && best >= 0 && votes[u] > votes[best])) {
                    best = u;
                    bestQ = q;
                }
            }
            if (best < 0 || bestQ <= 0) {
                break;
            }
            out[best]++;
        }
    }

    static double quotient(SeatMethod method, double votes, int seatsHeld) {
        return votes / method.divisor(seatsHeld);
    }

    /**
     * The largest-remainder (Hare quota) allocation, allocation-free: each eligible party takes the whole quotas of
     * the eligible parties' votes ({@code votes × listSeats / their total}), then the seats left go one each to the
     * largest remainders, ties to more votes, then to the party listed first. An independent takes one seat at most;
     * were seats still left once every party had one from its remainder, another round of remainders gives them. It
     * counts no constituency seats: the definition allows it only where there are none. {@code last}/{@code
     * lastQuotient} receive the party whose remainder won the last remainder seat and that remainder, as a share of a
     * quota (none: -1 and NaN). The quota is the eligible votes divided by {@code quotaDivisor}: the seats (Hare), or the
     * seats plus one (Hagenbach-Bischoff), whose whole quotas may pass the seats; then a seat is taken back from each
     * party with the smallest remainder in turn (of those holding one; ties from fewer votes, then the party listed
     * last), as Slovakia's count does.
     */
    static void largestRemainderInto(
            double[] votes,
            int listSeats,
            int quotaDivisor,
            boolean[] eligible,
            boolean[] independent,
            int[] seats,
            int[] last,
            double[] lastQuotient,
            double[] remainder,
            double unseated) {
        int n = votes.length;
        double total = unseated;
        for (int p = 0; p < n; p++) {
            seats[p] = 0;
            if (eligible[p]) {
                total += votes[p];
            }
        }
        if (total <= 0 || listSeats == 0) {
            return;
        }
        int given = 0;
        for (int p = 0; p < n; p++) {
            remainder[p] = -1;
            if (!eligible[p]) {
                continue;
            }
            double quotas = votes[p] * quotaDivisor / total;
            int whole = (int) Math.floor(quotas);
            seats[p] = independent[p] ? Math.min(whole, 1) : whole;
            given += seats[p];
            remainder[p] = quotas - whole;
        }
        while (given > listSeats) {
            int worst = smallestRemainder(votes, seats, remainder);
            seats[worst]--;
            given--;
            remainder[worst] = -1; // one seat a party, and none back from the remainders
        }
        while (given < listSeats) {
            int best = nextRemainder(votes, independent, seats, remainder);
            if (best < 0) {
                boolean any = false;
                for (int p = 0; p < n; p++) {
                    if (eligible[p] && !(independent[p] && seats[p] > 0)) {
                        double quotas = votes[p] * quotaDivisor / total;
                        remainder[p] = quotas - Math.floor(quotas);
                        any = true;
                    }
                }
                if (!any) {
                    return; // only independents with their seat: nobody can take more
                }
                continue;
            }
            seats[best]++;
            given++;
            if (last != null) {
                last[0] = best;
                lastQuotient[0] = remainder[best];
            }
            remainder[best] = -1;
        }
    }

    /**
     * The party holding a seat whose remainder is the smallest, fewer votes first on a tie, then the party listed last:
     * the one to give back a seat when whole quotas pass the seats; a party gives back one seat at most.
     */
    private static int smallestRemainder(double[] votes, int[] seats, double[] remainder) {
        int worst = -1;
        for (int p = 0; p < votes.length; p++) {
            if (seats[p] > 0
                    && remainder[p] >= 0 // not one that gave a seat back already
                    && (worst < 0
                            || remainder[p] < remainder[worst]
                            || (remainder[p] == remainder[worst] && votes[p] <= votes[worst]))) {
                worst = p;
            }
        }
        return worst;
    }

    /** The party whose remainder would win the next seat under largest remainder, or −1 (none left). */
    private static int nextRemainder(double[] votes, boolean[] independent, int[] seats, double[] remainder) {
        int best = -1;
        for (int p = 0; p < votes.length; p++) {
            if (remainder[p] >= 0
                    && !(independent[p] && seats[p] > 0)
                    && (best < 0 || beats(votes, p, remainder[p], best, remainder[best]))) {
                best = p;
            }
        }
        return best;
    }
}
