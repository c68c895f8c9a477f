package org.pollcast.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pollcast.election.OfficialCount;

/**
 * The seat-rule note where the result seated more than the rule fills: Hamburg 2020 seated 123 for a house of 121 (an
 * overhang seat won by the FDP's constituency, on 4.96%, and its balance seat), and the note said "1 of 123 seats in
 * other hands" (the Hamburg trial).
 */
class SeatRuleCheckNoteTest {
    @Test
    void extraSeatsAreSaidAsSuchNotAsSeatsInOtherHands() {
        OfficialCount.Check check = new OfficialCount.Check(
                List.of("spd", "grune", "cdu", "linke", "afd", "fdp"),
                new long[] {54, 33, 15, 12, 7, 0},
                new long[] {54, 33, 15, 13, 7, 1},
                false,
                "");
        String note = SeatRuleCheck.note("hamburg-2020", check, List.of("fdp"));
        assertThat(note)
                .contains("the result seated 123 where the rule fills 121 (overhang or balance seats, which no rule"
                        + " here adds)")
                .doesNotContain("in other hands")
                .contains("fdp was seated below the threshold, perhaps by a constituency won (an overhang seat)");
        // a result of the house's size still counts seats in other hands
        OfficialCount.Check moved =
                new OfficialCount.Check(List.of("a", "b"), new long[] {10, 11}, new long[] {11, 10}, false, "");
        assertThat(SeatRuleCheck.note("x-2020", moved)).contains("1 of 21 seats in other hands");
    }
}
