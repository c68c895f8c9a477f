package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Day-first dates with a two-digit year take the century that puts them in the five years up to polling day. */
class TwoDigitYearTest {

    @ParameterizedTest(name = "{0} before {1}: {2}")
    @CsvSource(
            nullValues = "none",
            value = {
                "02/05/12, 2012-05-03, 2012-05-02",
                "03/05/12, 2012-05-03, 2012-05-03", // polling day itself
                "04/05/12, 2012-05-03, none", // the day after: no century fits
                "11/06/11, 2012-05-03, 2011-06-11",
                "03/05/07, 2012-05-03, 2007-05-03", // five years to the day
                "02/05/07, 2012-05-03, none", // a day more than five years before
                "31/12/99, 2000-05-04, 1999-12-31", // the century before polling day's
                "28/06/19, 2021-05-06, 2019-06-28", // London 2021, postponed from 2020
                "30/02/12, 2012-05-03, none", // no such day
                "29/02/12, 2012-05-03, 2012-02-29",
                "2/5/12, 2012-05-03, 2012-05-02"
            })
    void placesTheCenturyByPollingDay(String text, LocalDate pollingDay, LocalDate expected) {
        TwoDigitYear.Written w = TwoDigitYear.of(text).orElseThrow();
        assertThat(TwoDigitYear.place(w, pollingDay).orElse(null)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "02/05/12|02/05/12",
                "30/04/12 – 02/05/12|30/04/12,02/05/12",
                "30/04/12 to 02/05/12|30/04/12,02/05/12"
            })
    void splitsACellIntoItsDays(String cell, String days) {
        assertThat(TwoDigitYear.inCell(cell)).contains(List.of(days.split(",")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"02/05/2012", "2 May 12", "12", "2012-05-02", "02/05"})
    void leavesOtherTextAlone(String text) {
        assertThat(TwoDigitYear.of(text)).isEmpty();
        assertThat(TwoDigitYear.inCell(text)).isEmpty();
    }
}
