package org.pollcast.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pollcast.election.OfficialCount;

/**
 * The list count's table never prints a list that missed the threshold at the threshold itself: the October 2024
 * Bulgarian count (CEC's final figures, 2,436,450 valid list votes) gave Velichie 97,438 votes, 3.9992%, 20 votes short
 * of 4%, and the table read "4.00 ... no".
 */
class CountTablesTest {
    private static OfficialCount.ListSeats list(String id, long votes, boolean passed, int seats) {
        return new OfficialCount.ListSeats(
                id, id, votes, 100.0 * votes / 2_436_450, null, passed, null, 0, seats, seats, -1);
    }

    @Test
    void aListThatMissedTheThresholdNeverPrintsAtIt() {
        OfficialCount.Assembly assembly = new OfficialCount.Assembly(
                "assembly",
                List.of(),
                List.of(),
                "",
                List.of(list("mech", 111_965, true, 12), list("velichie", 97_438, false, 0)),
                null,
                "");
        OfficialCount count = new OfficialCount("bg-2024-10", null, assembly, List.of());
        String printed = CountTables.listSeats(count).printAll();
        assertThat(printed).contains("3.99").doesNotContain("4.00");
        assertThat(printed).contains("4.60"); // a list that passed prints rounded as before (4.5954%)
    }

    @Test
    void roundingDownOnlyWhereRoundingWouldCarryAShareUp() {
        assertThat(Tables.missedShare(3.99918, 2)).isEqualTo(3.99);
        assertThat(Tables.missedShare(4.98, 2)).isEqualTo(4.98);
        assertThat(Tables.missedShare(2.9712, 2)).isEqualTo(2.9712); // printed 2.97 as before
        // seats prints one decimal: 3.96% of a 4% threshold is 3.9, not 4.0
        assertThat(Tables.missedShare(3.96, 1)).isEqualTo(3.9);
        assertThat(Tables.missedShare(3.94, 1)).isEqualTo(3.94);
    }
}
