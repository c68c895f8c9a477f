package org.pollcast.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The report's "Where the numbers come from" says when its polls were published in seats, not shares. */
class SeatPollsItemTest {
    private static final String SEATS =
            "seats read as shares: printed as seats of 150 (pvv 26, d66 24), each seat 0.67 points; ...";

    @Test
    void pollsPublishedInSeatsAreSaidToBeReadAsShares() {
        assertThat(ExplainerSection.seatPollsItem(Arrays.asList(SEATS, "final poll; " + SEATS, null)))
                .contains("2 of the 3 polls were published in seats of the 150, not shares of the vote")
                .contains("seats × 100 / 150, so a seat is 0.67 points");
        assertThat(ExplainerSection.seatPollsItem(Arrays.asList(SEATS)))
                .startsWith("<li>The one poll was published in seats");
    }

    @Test
    void pollsOfSharesAddNothing() {
        assertThat(ExplainerSection.seatPollsItem(Arrays.asList("final poll", null)))
                .isEmpty();
    }
}
