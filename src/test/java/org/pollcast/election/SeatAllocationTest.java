package org.pollcast.election;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pollcast.election.SeatMethod.DHONDT_MODIFIED;
import static org.pollcast.election.SeatMethod.SAINTE_LAGUE_MODIFIED;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pollcast.election.SeatAllocation.ListResult;
import org.pollcast.ingest.AliasTable;
import org.pollcast.ingest.AssemblyResultsReader;
import org.pollcast.ingest.AssemblyVotes;
import org.pollcast.ingest.DataHome;
import org.pollcast.ingest.ElectionCatalog;

/**
 * London Assembly list seats against the published results, and small cases worked by hand.
 *
 * <p>The golden figures are data/results/london_assembly_list_results.csv; each year's source key (see the
 * table at the end of data/results/SOURCES.md) is:
 * <ul>
 * <li>2000: WIKI2000A (Wikipedia's 2000 London Assembly election page; parties under about 7,000 votes may be
 * missing, which cannot matter: they won nothing and are far below 5%);</li>
 * <li>2004: WIKI2004A (seat-winning parties only);</li>
 * <li>2008: PR2008A, politicsresources.net (UKIP's 46,617 is PR2008A-derived: the valid total minus the rest);</li>
 * <li>2012: WIKI2012A (seat-winning parties only);</li>
 * <li>2016: ES2016A, Evening Standard;</li>
 * <li>2024: ADHNI2024, London Elects figures via GitHub adhni/vic-election.</li>
 * </ul>
 *
 * <p>For 2004 and 2012 the file lists only the parties that won seats, so the threshold's denominator is a
 * partial total (1,635,386 and 1,959,394 list votes) and the real one was larger. That cannot change the
 * allocation. (1) The unlisted parties won no seat, so in the real count none of their quotients ever beat
 * the eleventh winning quotient; leaving them out removes no winner and adds none. (2) A smaller
 * denominator only lowers the threshold, so it could only let in a party that should have been out: but
 * the smallest listed party (UKIP 156,780 in 2004; Liberal Democrats 150,447 in 2012) is under 5% only of a
 * total above 3.1 million (2004) or 3.0 million (2012) valid list votes. In 2004 only 1,920,560 ballot
 * papers were cast for Mayor (data/results/london_election_turnout.csv, ITWIKI2004); in 2012 turnout was
 * 37.4% (WIKI2012A), so 3.0 million votes would need an electorate over 8 million, against 5.4 million in
 * 2008 and 6.2 million in 2024 (same file).
 */
class SeatAllocationTest {
    private static final Path RESULTS = Path.of("data/results/london_assembly_list_results.csv");
    private static final boolean[] NONE_INDEPENDENT = new boolean[3];

    @ParameterizedTest
    @ValueSource(ints = {2000, 2004, 2008, 2012, 2016, 2024})
    void modifiedDhondtReproducesThePublishedListSeats(int year) {
        Election election = new ElectionCatalog(new DataHome(Path.of("data"))).resolve("london-" + year);
        AliasTable aliases = AliasTable.load(List.of(Path.of("data/aliases.yaml")));
        AssemblyVotes v = AssemblyResultsReader.read(RESULTS, election, aliases);
        AdditionalMemberContest contest = AssemblyResultsReader.contest(election);
        boolean[] independent = new boolean[v.parties().size()];
        for (int p = 0; p < independent.length; p++) {
            independent[p] = contest.parties().get(p).independent();
        }

        ListResult r =
                SeatAllocation.allocate(DHONDT_MODIFIED, v.listVotes(), v.constituencySeats(), 11, 5, independent);

        assertThat(v.hasPublishedListSeats()).isTrue();
        for (int p = 0; p < v.parties().size(); p++) {
            assertThat(r.listSeats()[p]).as(year + " " + v.parties().get(p)).isEqualTo(v.publishedListSeats()[p]);
        }
        assertThat(Arrays.stream(r.listSeats()).sum()).isEqualTo(11);
        assertThat(Arrays.stream(v.constituencySeats()).sum()
                        + Arrays.stream(r.listSeats()).sum())
                .isEqualTo(25);
    }

    @Test
    void modifiedDhondtThreePartiesWithConstituencySeats() {
        // A 7,000 votes and 3 constituency seats, B 4,500 and 1, C 2,400 and 0; 5 list seats.
        // Divisor c + l + 1. Start: A 7000/4 = 1750, B 4500/2 = 2250, C 2400/1 = 2400.
        // 1: C 2400 -> C 2400/2 = 1200.      2: B 2250 -> B 4500/3 = 1500.
        // 3: A 1750 -> A 7000/5 = 1400.      4: B 1500 -> B 4500/4 = 1125.
        // 5: A 1400 -> A 7000/6 = 1166.7.    List A 2, B 2, C 1; last A 1400; next C 1200.
        ListResult r = SeatAllocation.allocate(
                DHONDT_MODIFIED, new double[] {7000, 4500, 2400}, new int[] {3, 1, 0}, 5, 5, NONE_INDEPENDENT);
        assertThat(r.listSeats()).containsExactly(2, 2, 1);
        assertThat(r.eligible()).containsExactly(true, true, true);
        assertThat(r.lastWinner()).isZero();
        assertThat(r.lastQuotient()).isEqualTo(1400);
        assertThat(r.nextParty()).isEqualTo(2);
        assertThat(r.nextQuotient()).isEqualTo(1200);
    }

    @Test
    void modifiedSainteLagueSameParties() {
        // Divisor 2(c + l) + 1. Start: A 7000/7 = 1000, B 4500/3 = 1500, C 2400/1 = 2400.
        // 1: C 2400 -> C 2400/3 = 800.       2: B 1500 -> B 4500/5 = 900.
        // 3: A 1000 -> A 7000/9 = 777.8.     4: B 900 -> B 4500/7 = 642.9.
        // 5: C 800 -> C 2400/5 = 480.        List A 1, B 2, C 2; last C 800; next A 777.8.
        ListResult r = SeatAllocation.allocate(
                SAINTE_LAGUE_MODIFIED, new double[] {7000, 4500, 2400}, new int[] {3, 1, 0}, 5, 5, NONE_INDEPENDENT);
        assertThat(r.listSeats()).containsExactly(1, 2, 2);
        assertThat(r.lastWinner()).isEqualTo(2);
        assertThat(r.lastQuotient()).isEqualTo(800);
        assertThat(r.nextParty()).isZero();
        assertThat(r.nextQuotient()).isCloseTo(7000 / 9.0, Offset.offset(1e-9));
    }

    @Test
    void thresholdExcludesFourPointNineAndAdmitsExactlyFive() {
        // 10,000 votes; A and B hold 10 constituency seats each, so their quotients are 5000/11 = 454.5 and
        // 4510/11 = 410 (or 4500/11 = 409.1). C has none: its quotient is its vote, above both.
        // C at 490 (4.9%) is under 5% of 10,000 = 500: out, and the one list seat goes to A at 454.5.
        ListResult under = SeatAllocation.allocate(
                DHONDT_MODIFIED, new double[] {5000, 4510, 490}, new int[] {10, 10, 0}, 1, 5, NONE_INDEPENDENT);
        assertThat(under.eligible()).containsExactly(true, true, false);
        assertThat(under.listSeats()).containsExactly(1, 0, 0);
        // C at exactly 500 (5.0%) is in (the law disregards parties under 5%), and wins the seat at 500.
        ListResult exact = SeatAllocation.allocate(
                DHONDT_MODIFIED, new double[] {5000, 4500, 500}, new int[] {10, 10, 0}, 1, 5, NONE_INDEPENDENT);
        assertThat(exact.eligible()).containsExactly(true, true, true);
        assertThat(exact.listSeats()).containsExactly(0, 0, 1);
        assertThat(exact.lastQuotient()).isEqualTo(500);
        assertThat(exact.nextParty()).isZero();
    }

    @Test
    void equalQuotientsGoToMoreVotesThenToTheFirstListed() {
        // B listed second: 6000 votes, 2 seats -> 6000/3 = 2000; A listed first: 4000 votes, 1 seat -> 4000/2
        // = 2000. The same quotient; B has more votes, so B wins although A is listed first.
        ListResult moreVotes = SeatAllocation.allocate(
                DHONDT_MODIFIED, new double[] {4000, 6000}, new int[] {1, 2}, 1, 5, new boolean[2]);
        assertThat(moreVotes.listSeats()).containsExactly(0, 1);
        assertThat(moreVotes.lastQuotient()).isEqualTo(2000);
        assertThat(moreVotes.nextParty()).isZero();
        assertThat(moreVotes.nextQuotient()).isEqualTo(2000);
        // 3000 votes and 1 seat each: 1500 both, equal votes too; the first listed wins, the second is next.
        ListResult firstListed = SeatAllocation.allocate(
                DHONDT_MODIFIED, new double[] {3000, 3000}, new int[] {1, 1}, 1, 5, new boolean[2]);
        assertThat(firstListed.listSeats()).containsExactly(1, 0);
        assertThat(firstListed.lastWinner()).isZero();
        assertThat(firstListed.nextParty()).isEqualTo(1);
        assertThat(firstListed.nextQuotient()).isEqualTo(1500);
    }

    @Test
    void anIndependentHoldsAtMostOneListSeat() {
        // I (independent) 5000, P 3000, Q 2000, no constituency seats, 3 list seats.
        // 1: I 5000 -> I is done.  2: P 3000 -> P 1500.  3: Q 2000 (over P 1500) -> Q 1000.
        // List I 1, P 1, Q 1; next P 1500. (Were I a party: I 5000, P 3000, I 2500 -> I 2, P 1, Q 0.)
        ListResult r = SeatAllocation.allocate(
                DHONDT_MODIFIED, new double[] {5000, 3000, 2000}, new int[3], 3, 5, new boolean[] {true, false, false});
        assertThat(r.listSeats()).containsExactly(1, 1, 1);
        assertThat(r.nextParty()).isEqualTo(1);
        assertThat(r.nextQuotient()).isEqualTo(1500);
        ListResult party = SeatAllocation.allocate(
                DHONDT_MODIFIED, new double[] {5000, 3000, 2000}, new int[3], 3, 5, NONE_INDEPENDENT);
        assertThat(party.listSeats()).containsExactly(2, 1, 0);
    }

    @Test
    void zeroListSeatsAllocatesNothingButNamesTheNextQuotient() {
        // No seat to give: no last winner. The next quotient is the highest first one: C 2400/1 (over B 4500/2
        // = 2250 and A 7000/4 = 1750).
        ListResult r = SeatAllocation.allocate(
                DHONDT_MODIFIED, new double[] {7000, 4500, 2400}, new int[] {3, 1, 0}, 0, 5, NONE_INDEPENDENT);
        assertThat(r.listSeats()).containsExactly(0, 0, 0);
        assertThat(r.lastWinner()).isEqualTo(-1);
        assertThat(r.lastQuotient()).isNaN();
        assertThat(r.nextParty()).isEqualTo(2);
        assertThat(r.nextQuotient()).isEqualTo(2400);
    }

    @Test
    void invalidInputIsRejectedWithTheQuantityAndValue() {
        double[] votes = {7000, 4500, 2400};
        int[] seats = {3, 1, 0};
        assertThatThrownBy(() -> SeatAllocation.allocate(DHONDT_MODIFIED, votes, seats, 11, 101, NONE_INDEPENDENT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("threshold is 101.0%, expected 0–100");
        assertThatThrownBy(() -> SeatAllocation.allocate(DHONDT_MODIFIED, votes, seats, -1, 5, NONE_INDEPENDENT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("list seats is -1, expected ≥ 0");
        assertThatThrownBy(() -> SeatAllocation.allocate(
                        DHONDT_MODIFIED, new double[] {Double.NaN, 4500, 2400}, seats, 11, 5, NONE_INDEPENDENT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("list votes of party 0 are NaN, expected ≥ 0");
        assertThatThrownBy(
                        () -> SeatAllocation.allocate(DHONDT_MODIFIED, votes, seats, 11, Double.NaN, NONE_INDEPENDENT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("threshold is NaN");
    }

    @Test
    void negativeConstituencySeatsAreRejected() {
        // Without this check, modified D'Hondt would divide A's 7,000 votes by -1 + 0 + 1 = 0 (an infinite
        // quotient takes the first seat) and Sainte-Laguë by -1 (a negative quotient never wins): a wrong answer.
        assertThatThrownBy(() -> SeatAllocation.allocate(
                        DHONDT_MODIFIED, new double[] {7000, 4500, 2400}, new int[] {-1, 1, 0}, 5, 5, NONE_INDEPENDENT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("constituency seats");
    }

    @Test
    void othersCountInTheThresholdDenominatorButAreNeverSeated() {
        // A 5000, B 4500, C 500: alone, C is 5.0% of 10,000 and in (see the threshold test). With 200 others
        // the denominator is 10,200, 5% of it is 510, and C's 500 is out: the seat goes to A at 5000/11.
        double[] votes = {5000, 4500, 500};
        int[] seats = {10, 10, 0};
        ListResult without = SeatAllocation.allocate(DHONDT_MODIFIED, votes, seats, 1, 5, NONE_INDEPENDENT);
        assertThat(without.eligible()).containsExactly(true, true, true);
        assertThat(without.listSeats()).containsExactly(0, 0, 1);
        assertThat(without.totalVotes()).isEqualTo(10000);
        ListResult with = SeatAllocation.allocate(DHONDT_MODIFIED, votes, seats, 1, 5, NONE_INDEPENDENT, 200);
        assertThat(with.eligible()).containsExactly(true, true, false);
        assertThat(with.listSeats()).containsExactly(1, 0, 0);
        assertThat(with.totalVotes()).isEqualTo(10200);
        assertThat(with.lastWinner()).isZero();
        assertThat(with.lastQuotient()).isEqualTo(5000 / 11.0);
        // The next quotient is A's again, 5000/12 = 416.7 over B's 4500/11 = 409.1; C, under the threshold
        // with the 500 that would have beaten both, is never next.
        assertThat(with.nextParty()).isZero();
        assertThat(with.nextQuotient()).isEqualTo(5000 / 12.0);
    }

    @Test
    void zeroOthersIsTheSixArgumentAllocation() {
        double[] votes = {7000, 4500, 2400};
        int[] seats = {3, 1, 0};
        ListResult six = SeatAllocation.allocate(SAINTE_LAGUE_MODIFIED, votes, seats, 5, 5, NONE_INDEPENDENT);
        ListResult seven = SeatAllocation.allocate(SAINTE_LAGUE_MODIFIED, votes, seats, 5, 5, NONE_INDEPENDENT, 0);
        assertThat(seven.listSeats()).containsExactly(six.listSeats());
        assertThat(seven.eligible()).containsExactly(six.eligible());
        assertThat(seven.lastWinner()).isEqualTo(six.lastWinner());
        assertThat(seven.lastQuotient()).isEqualTo(six.lastQuotient());
        assertThat(seven.nextParty()).isEqualTo(six.nextParty());
        assertThat(seven.nextQuotient()).isEqualTo(six.nextQuotient());
        assertThat(seven.totalVotes()).isEqualTo(six.totalVotes());
    }

    @Test
    void othersNeverChangeTheQuotientsOfEligibleParties() {
        // Shares in percent as the seat calculator passes them: 38 + 30 + 26 listed, 6 others. Nobody is near
        // 5%, so the others only move the denominator; seats and quotients are as without them.
        double[] shares = {38, 30, 26};
        int[] seats = {9, 5, 0};
        ListResult with = SeatAllocation.allocate(DHONDT_MODIFIED, shares, seats, 11, 5, NONE_INDEPENDENT, 6);
        ListResult without = SeatAllocation.allocate(DHONDT_MODIFIED, shares, seats, 11, 5, NONE_INDEPENDENT);
        assertThat(with.listSeats()).containsExactly(without.listSeats());
        assertThat(with.nextQuotient()).isEqualTo(without.nextQuotient());
        assertThat(with.totalVotes()).isEqualTo(100);
        assertThatThrownBy(() -> SeatAllocation.allocate(DHONDT_MODIFIED, shares, seats, 11, 5, NONE_INDEPENDENT, -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("others' list votes are -1.0, expected ≥ 0");
    }
}
