package org.pollcast.election;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The series an election id names, whose other elections it learns from (how the polls missed) and whose results files
 * it reads. A second vote of a year is named by its month: Istanbul's re-run of 23 June 2019 after the annulled vote of
 * 31 March, istanbul-2019-06, was a series of its own, so neither vote's record informed the other, nor 2024's.
 */
class ElectionSeriesTest {
    @Test
    void aSecondVoteOfTheYearNamedByItsMonthIsOfThePlacesSeries() {
        assertThat(Election.seriesOf("istanbul-2019-06")).isEqualTo("istanbul");
        assertThat(Election.seriesOf("istanbul-2019")).isEqualTo("istanbul");
        assertThat(Election.seriesOf("istanbul-2024")).isEqualTo("istanbul");
    }

    @Test
    void otherIdsKeepTheirSeries() {
        assertThat(Election.seriesOf("london-2021")).isEqualTo("london");
        assertThat(Election.seriesOf("pa-senate-2024")).isEqualTo("pa-senate");
        // A suffix that is no month names a contest of its own, as before (a primary's general election).
        assertThat(Election.seriesOf("nyc-2025-general")).isEqualTo("nyc-2025-general");
        assertThat(Election.seriesOf("x-2019-13")).isEqualTo("x-2019-13");
        assertThat(Election.seriesOf("2019")).isEqualTo("2019");
    }
}
