package org.pollcast.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The note for a poll naming every candidate standing and summing to under 90 says what its rest is without claiming
 * its undecided went unprinted: KIIS's run-off poll of 9–14 April 2019 (Zelensky 48.4, Poroshenko 17, undecided 17.9,
 * refused 8.8, would not vote 6.3, would spoil 1.6, of 2,004 asked; Ukrainian News Agency's report) printed its
 * undecided, and the average's note said "its undecided not printed with it".
 */
class PartialPollsNoteTest {
    @Test
    void aPollNamingEveryoneStandingIsNotSaidToHaveLeftItsUndecidedUnprinted() {
        String note = String.join("\n", new PartialPolls.Counts(0, 1, 0, 0, 0, 0).notes());
        assertThat(note)
                .contains("1 poll names every candidate standing and sums to under 90")
                .contains("the rest naming no candidate")
                .doesNotContain("not printed");
    }
}
