package org.pollcast.election;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pollcast.election.SeatAllocation.ListResult;

/**
 * A divisor method's first divisor (Sweden's Sainte-Laguë divides by 1.2 for a party's first seat, Norway's by 1.4) and
 * the largest-remainder method (Hare quota; Denmark's national totals), each for a body of lists only.
 */
class ListMethodsTest {
    private static final SeatMethod SWEDEN = SeatMethod.SAINTE_LAGUE_MODIFIED.withFirstDivisor(1.2);

    private static ListResult allocate(SeatMethod method, double[] votes, int seats, double threshold, double others) {
        int n = votes.length;
        return SeatAllocation.allocate(method, votes, new int[n], seats, threshold, new boolean[n], others);
    }

    /**
     * The Riksdag of 2022 (Valmyndigheten; votes as the 2022 Swedish general election article's infobox prints them,
     * others 1.54% of the valid votes): 349 seats among the parties with 4%, by Sainte-Laguë from 1.2.
     */
    @Test
    void reproducesTheRiksdagOf2022() {
        // S, SD, M, V, C, KD, MP, L
        double[] votes = {1964474, 1330325, 1237428, 437050, 434945, 345712, 329242, 298542};
        ListResult r = allocate(SWEDEN, votes, 349, 4, 99753);
        assertThat(r.listSeats()).containsExactly(107, 73, 68, 24, 24, 19, 18, 16);
    }

    /**
     * The Knesset of 2022 (Central Elections Committee: 4,764,742 valid votes, 71,294 for lists not named here): D'Hondt
     * among the lists with 3.25% gives Likud 31 and Labor 5; with Likud's surplus agreement with Religious Zionism and
     * Labor's with Meretz (under the threshold, so Labor stands alone), the published 32 and 4.
     */
    @Test
    void surplusAgreementsReproduceTheKnessetOf2022() {
        // Likud, Yesh Atid, RZ, National Unity, Shas, UTJ, Yisrael Beiteinu, Ra'am, Hadash–Ta'al, Labor, Meretz, Balad,
        // Jewish Home
        double[] votes = {
            1115336, 847435, 516470, 432482, 392964, 280194, 213687, 194047, 178735, 175992, 150696, 138617, 56793
        };
        ListResult r = allocate(SeatMethod.DHONDT_MODIFIED, votes, 120, 3.25, 71294);
        assertThat(r.listSeats()).containsExactly(31, 24, 14, 12, 11, 7, 6, 5, 5, 5, 0, 0, 0);
        SeatAllocation.agreementsInto(
                SeatMethod.DHONDT_MODIFIED, votes, r.eligible(), new int[][] {{0, 2}, {9, 10}}, r.listSeats());
        assertThat(r.listSeats()).containsExactly(32, 24, 14, 12, 11, 7, 6, 5, 5, 4, 0, 0, 0);
    }

    /**
     * The Knesset of 2021 (4,410,052 valid votes, 64,752 for lists not named): plain D'Hondt gives Likud 31 and Meretz
     * 5; the agreements (Likud–Religious Zionism, Yesh Atid–Yisrael Beiteinu, Yamina–New Hope, Labor–Meretz, Shas–UTJ)
     * give the published 30 and 6, every other list unchanged.
     */
    @Test
    void surplusAgreementsReproduceTheKnessetOf2021() {
        // Likud, Yesh Atid, Shas, Blue and White, Yamina, Labor, UTJ, Yisrael Beiteinu, RZ, Joint List, New Hope,
        // Meretz, Ra'am
        double[] votes = {
            1066892, 614112, 316008, 292257, 273836, 268767, 248391, 248370, 225641, 212583, 209161, 202218, 167064
        };
        ListResult r = allocate(SeatMethod.DHONDT_MODIFIED, votes, 120, 3.25, 64752);
        assertThat(r.listSeats()).containsExactly(31, 17, 9, 8, 7, 7, 7, 7, 6, 6, 6, 5, 4);
        int[][] pairs = {{0, 8}, {1, 7}, {4, 10}, {5, 11}, {2, 6}};
        SeatAllocation.agreementsInto(SeatMethod.DHONDT_MODIFIED, votes, r.eligible(), pairs, r.listSeats());
        assertThat(r.listSeats()).containsExactly(30, 17, 9, 8, 7, 7, 7, 7, 6, 6, 6, 6, 4);
    }

    /** 2 seats, 100 and 38 votes: from 1, the second party's 38 beats the first's 100/3; from 1.2 (31.7) it does not. */
    @Test
    void aFirstDivisorOverOneMakesAFirstSeatDearer() {
        double[] votes = {100, 38};
        assertThat(allocate(SeatMethod.SAINTE_LAGUE_MODIFIED, votes, 2, 0, 0).listSeats())
                .containsExactly(1, 1);
        assertThat(allocate(SWEDEN, votes, 2, 0, 0).listSeats()).containsExactly(2, 0);
        assertThat(allocate(SeatMethod.SAINTE_LAGUE_MODIFIED.withFirstDivisor(1.4), votes, 2, 0, 0)
                        .listSeats())
                .containsExactly(2, 0);
    }

    /**
     * Hare quota 10,000 of 100,000 votes for 10 seats: whole quotas 4, 1, 1, 1, 0, 0 (7 seats), remainders .70, .60,
     * .58, .20, .61, .31, so the three seats left go to the first, fifth and second. Sainte-Laguë gives 4, 2, 2, 1, 1, 0.
     */
    @Test
    void largestRemainderGivesWholeQuotasThenTheLargestRemainders() {
        double[] votes = {47000, 16000, 15800, 12000, 6100, 3100};
        ListResult r = allocate(SeatMethod.LARGEST_REMAINDER, votes, 10, 0, 0);
        assertThat(r.listSeats()).containsExactly(5, 2, 1, 1, 1, 0);
        assertThat(r.nextParty()).isEqualTo(2); // .58 of a quota, the largest remainder left without a seat
        assertThat(r.nextQuotient()).isCloseTo(0.58, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(allocate(SeatMethod.SAINTE_LAGUE_MODIFIED, votes, 10, 0, 0).listSeats())
                .containsExactly(4, 2, 2, 1, 1, 0);
    }

    /**
     * The Folketing of 2022, Denmark proper (votes: Statistics Denmark as https://ispd.org.cy/denmark-2 gives them; valid
     * votes 3,533,951, electionguide.org): largest remainder among the twelve parties with 2% gives the Social Democrats
     * 49 and Venstre 24. The official totals are 50 and 23: the Social Democrats won 50 constituency seats, one more
     * than their national share, and constituency seats are final (nordiskpost.com, 14 Aug 2025 and 26 Feb 2026), which
     * a body of lists only cannot know. Every other party's total is the official one.
     */
    @Test
    void reproducesTheFolketingOf2022ButTheSocialDemocratsConstituencySeat() {
        // A, V, M, F, Æ, I, C, Ø, B, D, Å, O
        double[] votes = {971995, 470546, 327699, 293186, 286796, 278656, 194820, 181452, 133931, 129524, 117567, 93428
        };
        double others = 3533951 - Arrays.stream(votes).sum();
        ListResult r = allocate(SeatMethod.LARGEST_REMAINDER, votes, 175, 2, others);
        assertThat(r.listSeats()).containsExactly(49, 24, 16, 15, 14, 14, 10, 9, 7, 6, 6, 5);
    }

    /**
     * The National Council of Slovakia, 2023 (votes: the Statistical Office's results as Wikipedia's table prints them,
     * valid votes 2,967,896): 150 seats among the seven lists with 5%, by whole quotas of the Hagenbach-Bischoff quota
     * (their votes divided by 151, pravda.sk 2023) and the largest remainders: Smer 42, PS 32, Hlas 27, OĽaNO and Friends
     * 16, KDH 12, SaS 11, SNS 10, the official seats. The Hare quota (divided by 150) gives Smer 41 and SaS 12.
     */
    @Test
    void reproducesTheSlovakNationalCouncilOf2023ByTheHagenbachBischoffQuota() {
        // Smer, PS, Hlas, OĽaNO and Friends, KDH, SaS, SNS
        double[] votes = {681017, 533136, 436415, 264137, 202515, 187645, 166995};
        double others = 2967896 - Arrays.stream(votes).sum();
        assertThat(allocate(SeatMethod.HAGENBACH_BISCHOFF, votes, 150, 5, others)
                        .listSeats())
                .containsExactly(42, 32, 27, 16, 12, 11, 10);
        assertThat(allocate(SeatMethod.LARGEST_REMAINDER, votes, 150, 5, others).listSeats())
                .containsExactly(41, 32, 27, 16, 12, 12, 10);
    }

    /**
     * South Africa's National Assembly, 2019 (the IEC's national ballot: the fourteen lists that won seats, and 309,451
     * votes of the rest, none of which won one; valid votes 17,436,144): no threshold, and a quota of all valid votes
     * over 401. Left out of the quota as never seated, the rest's votes gave the ANC 235 seats and the DA 85, where they
     * won 230 and 84. Counted in it, the Hagenbach-Bischoff quota's largest remainders come within a seat of the
     * official result (ANC 231 and COPE 1 beside 230 and 2: the Act gives five remainder seats by largest remainder and
     * the rest by highest average), and a threshold still keeps the rest out of the quota (Slovakia, above).
     */
    @Test
    void withNoThresholdTheUnseatedListsCountInTheQuota() {
        // ANC, DA, EFF, IFP, FF+, ACDP, UDM, ATM, GOOD, NFP, AIC, COPE, PAC, Al Jama-ah
        double[] votes = {
            10026475, 3622531, 1881521, 588839, 414864, 146262, 78030, 76830, 70408, 61220, 48107, 47461, 32677, 31468
        };
        assertThat(allocate(SeatMethod.HAGENBACH_BISCHOFF, votes, 400, 0, 309451)
                        .listSeats())
                .containsExactly(231, 84, 44, 14, 10, 4, 2, 2, 2, 2, 2, 1, 1, 1);
        assertThat(SeatAllocation.unseatedInQuota(new double[] {5, 5}, 309451)).isZero();
        assertThat(SeatAllocation.unseatedInQuota(new double[] {0, 0}, 309451)).isEqualTo(309451);
    }

    /**
     * The Hagenbach-Bischoff quota can give more whole quotas than seats: 3 seats, 50, 25 and 25 votes, quota 100/4 = 25,
     * whole quotas 2, 1, 1. The seat too many is taken from the smallest remainder (all 0), the fewest votes among them
     * first (the Slovak count's "odpočítané mandáty"), then the party listed last: 2, 1, 0.
     */
    @Test
    void theHagenbachBischoffQuotaTakesASeatTooManyFromTheSmallestRemainder() {
        double[] votes = {50, 25, 25};
        assertThat(allocate(SeatMethod.HAGENBACH_BISCHOFF, votes, 3, 0, 0).listSeats())
                .containsExactly(2, 1, 0);
        assertThat(SeatMethod.HAGENBACH_BISCHOFF.shownFor(0)).isEqualTo("hagenbach-bischoff");
        assertThat(SeatMethod.HAGENBACH_BISCHOFF.isDivisor()).isFalse();
    }

    /** Parties under the threshold take no seat, and their votes make no part of the quota. */
    @Test
    void largestRemainderDividesAmongThePartiesOverTheThreshold() {
        double[] votes = {60, 30, 10};
        // 15% threshold: the third is out; 60 and 30 of 90 for 3 seats are 2 and 1 quotas.
        assertThat(allocate(SeatMethod.LARGEST_REMAINDER, votes, 3, 15, 0).listSeats())
                .containsExactly(2, 1, 0);
    }

    @Test
    void refusesAFirstDivisorOutOfRangeOrWithoutDivisors() {
        assertThatThrownBy(() -> SeatMethod.SAINTE_LAGUE_MODIFIED.withFirstDivisor(3.5))
                .hasMessageContaining("second divisor, 3");
        assertThatThrownBy(() -> SeatMethod.DHONDT_MODIFIED.withFirstDivisor(0)).hasMessageContaining("not over 0");
        assertThatThrownBy(() -> SeatMethod.LARGEST_REMAINDER.withFirstDivisor(1.2))
                .hasMessageContaining("no divisors");
    }

    @Test
    void showsAFirstDivisorBesideTheMethodsName() {
        assertThat(SWEDEN.shownFor(0)).isEqualTo("sainte-lague, first divisor 1.2");
        assertThat(SeatMethod.SAINTE_LAGUE_MODIFIED.shownFor(0)).isEqualTo("sainte-lague");
        assertThat(SeatMethod.LARGEST_REMAINDER.shownFor(0)).isEqualTo("largest-remainder");
    }

    /**
     * Random votes, houses, thresholds and first divisors: the seats always sum to the seats allocated when a party is
     * eligible; a first divisor's allocation is the textbook seat-by-seat one; under largest remainder (Hare) each party
     * holds its exact quota rounded down or up.
     */
    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void seatsSumToTheHouse(int seed) {
        SplittableRandom rng = new SplittableRandom(seed * 7919L);
        for (int trial = 0; trial < 2_000; trial++) {
            int n = 1 + rng.nextInt(9);
            double[] votes = new double[n];
            for (int p = 0; p < n; p++) {
                votes[p] = rng.nextInt(5) == 0 ? rng.nextInt(50) : rng.nextInt(1_000_000);
            }
            int seats = rng.nextInt(400);
            double threshold = rng.nextInt(4) == 0 ? 0 : rng.nextDouble() * 12;
            double others = rng.nextBoolean() ? 0 : rng.nextInt(50_000);
            SeatMethod divisor = (rng.nextBoolean() ? SeatMethod.SAINTE_LAGUE_MODIFIED : SeatMethod.DHONDT_MODIFIED);
            divisor = divisor.withFirstDivisor(0.5 + rng.nextDouble() * (divisor.secondDivisor() - 0.5));
            for (SeatMethod method :
                    new SeatMethod[] {divisor, SeatMethod.LARGEST_REMAINDER, SeatMethod.HAGENBACH_BISCHOFF}) {
                ListResult r = allocate(method, votes, seats, threshold, others);
                boolean any = false;
                double eligibleVotes = 0;
                for (int p = 0; p < n; p++) {
                    any |= r.eligible()[p];
                    eligibleVotes += r.eligible()[p] ? votes[p] : 0;
                }
                String what = "trial " + trial + " " + method + " " + Arrays.toString(votes) + " " + seats;
                assertThat(Arrays.stream(r.listSeats()).sum()).as(what).isEqualTo(any ? seats : 0);
                if (method.isDivisor()) {
                    assertThat(r.listSeats())
                            .as(what)
                            .containsExactly(TextbookCounts.listSeats(
                                    method, votes, new int[n], seats, r.eligible(), new boolean[n]));
                } else if (method.equals(SeatMethod.LARGEST_REMAINDER)) {
                    // The Hare quota's whole quotas never pass the seats; the Hagenbach-Bischoff quota's may, and the
                    // seats taken back from the smallest remainders can leave a party under its exact quota rounded
                    // down.
                    // With no threshold the unseated others count in the quota, and the seats their quotas would
                    // take go to the lists' remainders, round after round: a list holds at least its exact quota
                    // rounded down, and more only then.
                    boolean othersInQuota = threshold == 0 && others > 0;
                    double quotaVotes = eligibleVotes + (othersInQuota ? others : 0);
                    for (int p = 0; p < n; p++) {
                        double exact = r.eligible()[p] ? votes[p] * seats / quotaVotes : 0;
                        assertThat((double) r.listSeats()[p])
                                .as(what)
                                .isBetween(Math.floor(exact), othersInQuota ? seats : Math.ceil(exact));
                    }
                }
            }
        }
    }
}
