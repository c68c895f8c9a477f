package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FieldworkDatesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            nullValues = "null",
            value = {
                "28–30 Apr 2008|null|2008-04-28|2008-04-30",
                "30 Apr – 2 May 2008|null|2008-04-30|2008-05-02",
                "30 Apr–2 May 2008|null|2008-04-30|2008-05-02",
                "2 May 2008|null|2008-05-02|2008-05-02",
                "28–30 Apr|2008|2008-04-28|2008-04-30",
                "28 April – 1 May|2012|2012-04-28|2012-05-01",
                "30 Dec – 2 Jan 2012|null|2011-12-30|2012-01-02",
                "30 Dec 2011 – 2 Jan 2012|null|2011-12-30|2012-01-02",
                "21 Apr|2008|2008-04-21|2008-04-21",
                "2008-04-30|null|2008-04-30|2008-04-30",
                "2008-04-28 to 2008-04-30|null|2008-04-28|2008-04-30",
                "2008-04-28/2008-04-30|null|2008-04-28|2008-04-30", // an ISO 8601 interval, as data exports write it
                "30/04/2008|null|2008-04-30|2008-04-30",
                "28/04/2008 - 30/04/2008|null|2008-04-28|2008-04-30",
                "Apr 28–30, 2008|null|2008-04-28|2008-04-30",
                "8–12 Sept 2008|null|2008-09-08|2008-09-12",
                "19-21 February 2008|null|2008-02-19|2008-02-21",
                // Pollsters' own tables and releases write ordinals: YouGov's "Fieldwork: 2nd - 4th May 2021", TNS's
                // "between the 26th and 3rd May 2016" (a spreadsheet keeps them as the release printed them).
                "2nd - 4th May 2021|null|2021-05-02|2021-05-04",
                "26th April – 3rd May 2016|null|2016-04-26|2016-05-03",
                "1st May 2012|null|2012-05-01|2012-05-01",
                "April 21st–23rd, 2008|null|2008-04-21|2008-04-23",
            })
    void readsPublishedDateForms(String text, Integer year, LocalDate start, LocalDate end) {
        FieldworkDates.Range r = FieldworkDates.parse(text, year).orElseThrow();
        // A single day is reported as an end only; start falls back to it where a table shows one day.
        assertThat(r.start() == null ? r.end() : r.start()).isEqualTo(start);
        assertThat(r.end()).isEqualTo(end);
    }

    /**
     * Dates as tables in other languages print them (the Icelandic trial's "27.–29. maí 2024" and its German copy's
     * "27.–29. Mai 2024" were refused): day-first with dots, and month names in the language of the page.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            nullValues = "null",
            value = {
                "27.–29. maí 2024|null|2024-05-27|2024-05-29",
                "27.–29. Mai 2024|null|2024-05-27|2024-05-29",
                "29. Mai 2024|null|2024-05-29|2024-05-29",
                "27.05.2024|null|2024-05-27|2024-05-27",
                "27.–29.05.2024|null|2024-05-27|2024-05-29",
                "22.05.–27.05.|2024|2024-05-22|2024-05-27",
                "30.12.2023–02.01.2024|null|2023-12-30|2024-01-02",
                "30.12.–02.01.2024|null|2023-12-30|2024-01-02",
                "2–5 août 2022|null|2022-08-02|2022-08-05",
                "12–14 października 2023|null|2023-10-12|2023-10-14",
                "3–7 mayo 2023|null|2023-05-03|2023-05-07",
                "Mai 27–29, 2024|null|2024-05-27|2024-05-29",
            })
    void readsOtherLanguagesDates(String text, Integer year, LocalDate start, LocalDate end) {
        FieldworkDates.Range r = FieldworkDates.parse(text, year).orElseThrow();
        assertThat(r.start() == null ? r.end() : r.start()).isEqualTo(start);
        assertThat(r.end()).isEqualTo(end);
    }

    /** A name two languages give different months is no month: Croatian "listopad" is October, Polish November. */
    @ParameterizedTest
    @ValueSource(strings = {"3–5 listopad 2023", "27.05.", "32.05.2024", "27.13.2024", "30.4"})
    void refusesWhatNoLanguageMakesADate(String text) {
        assertThat(FieldworkDates.parse(text, null)).isEmpty();
    }

    /**
     * Three-letter abbreviations in other languages are English words as often as months ("ago", "set", "out", "led",
     * "pro"): in a sentence "3 ago" read as 3 August (review). Only full names of three letters are months.
     */
    @ParameterizedTest
    @ValueSource(strings = {"3 ago", "12 out", "5 set", "2 led", "7 pro", "4 mag"})
    void threeLetterAbbreviationsInOtherLanguagesAreNoMonths(String text) {
        assertThat(FieldworkDates.parse(text, 2018)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "soon",
                "31 Feb 2008",
                "28–30 Apx 2008",
                "28–30 Apr",
                "2008",
                "Spring 2008",
                "45",
                "2th May 2021",
                "21nd Apr 2008"
            })
    void refusesWhatIsNotADate(String text) {
        // "28–30 Apr" has no year and no context year: refusing is right, guessing is not.
        assertThat(FieldworkDates.parse(text, null)).isEmpty();
    }

    /**
     * Months without days, as South African tables date a survey (Ipsos "Mar – Apr 2024", the IRR's "September -
     * October 2024"): the last month, as a month alone is read. Before, the cell was refused as no date, and the page.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Mar – Apr 2024|2024-04",
                "March - April 2025|2025-04",
                "September - October 2024|2024-10",
                "Nov – Jan 2024|2024-01",
                "Dec 2018 – Jan 2019|2019-01",
                "March 2016|2016-03",
                "Mai 2024|2024-05",
                "juillet 2022|2022-07",
            })
    void readsMonthsWithoutDaysAsTheLastMonth(String text, String month) {
        assertThat(FieldworkDates.monthOnly(text)).contains(YearMonth.parse(month));
        assertThat(FieldworkDates.parse(text, null)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Apr 2024 – Mar 2024", "Apr – Apr 2024", "Spring – Summer 2024", "Mar – Apr"})
    void refusesMonthsOutOfOrderOrWithoutAYear(String text) {
        assertThat(FieldworkDates.monthOnly(text)).isEmpty();
    }
}
