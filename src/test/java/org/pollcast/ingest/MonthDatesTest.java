package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pollcast.ingest.IngestFixtures.CATALOG;
import static org.pollcast.ingest.IngestFixtures.ingester;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.pollcast.BadInputException;
import org.pollcast.poll.DatePrecision;
import org.pollcast.poll.Poll;
import org.pollcast.poll.StoredPoll;
import org.pollcast.store.PollQuery;
import org.pollcast.store.PollStore;

/**
 * Polls whose source gives only the month of publication (`published` = `2016-03`): dated mid-month, never on or
 * after polling day, flagged {@code month}, and exported so that they read back the same. The rows are the real
 * ComRes 2016 polls of london_mayor_polls.csv (SAVANTA2016MAR, SAVANTA2016MAY).
 */
class MonthDatesTest {
    private static final String HEADER = "year,pollster,client,fieldwork_start,fieldwork_end,sample_size,scope,"
            + "candidate_or_party,share,published,source,notes,poll_id\n";

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    private List<Poll> ingest(Path file, PollStore store) {
        ingester().ingest(file.toString(), store, IngestSettings.withDefaults());
        return store.polls(PollQuery.of("london-2016")).stream()
                .map(StoredPoll::poll)
                .toList();
    }

    @Test
    void aMonthIsDatedMidMonthAndFlagged() throws IOException {
        Path file = write(
                "m.csv",
                HEADER
                        + "2016,ComRes,ITV News London/LBC,,,,first_pref,Sadiq Khan,42,2016-03,SAVANTA2016MAR,,M2016-05\n"
                        + "2016,ComRes,ITV News London/LBC,,,,first_pref,Zac Goldsmith,39,2016-03,SAVANTA2016MAR,,M2016-05\n");
        try (PollStore store = PollStore.open(dir.resolve("s.db"))) {
            Poll p = ingest(file, store).get(0);
            assertThat(p.published()).isEqualTo(LocalDate.of(2016, 3, 15));
            assertThat(p.date()).isEqualTo(LocalDate.of(2016, 3, 15));
            assertThat(p.datePrecision()).isEqualTo(DatePrecision.MONTH);
        }
    }

    @Test
    void theMonthOfPollingDayGivesTheDayBefore() throws IOException {
        // The final ComRes poll of May 2016: the election was on 5 May, so the 15th cannot be its date.
        Path file = write(
                "m.csv",
                HEADER
                        + "2016,ComRes,ITV News London/LBC,,,,runoff,Sadiq Khan,56,2016-05,SAVANTA2016MAY,,M2016-10\n"
                        + "2016,ComRes,ITV News London/LBC,,,,runoff,Zac Goldsmith,44,2016-05,SAVANTA2016MAY,,M2016-10\n");
        try (PollStore store = PollStore.open(dir.resolve("s.db"))) {
            Poll p = ingest(file, store).get(0);
            assertThat(p.date())
                    .isEqualTo(LocalDate.of(2016, 5, 4))
                    .isBefore(CATALOG.resolve("london-2016").date());
            assertThat(p.datePrecision()).isEqualTo(DatePrecision.MONTH);
        }
    }

    @Test
    void aMonthAfterPollingDayIsStillAfterTheElection() throws IOException {
        Path file = write("m.csv", HEADER + "2016,ComRes,X,,,,runoff,Sadiq Khan,56,2016-06,K,,P1\n");
        try (PollStore store = PollStore.open(dir.resolve("s.db"))) {
            assertThatThrownBy(() -> ingest(file, store))
                    .isInstanceOf(BadInputException.class)
                    .hasMessageContaining(
                            file + ":2: field 'published': 2016-06-01 is after the election (london-2016, 2016-05-05)");
        }
    }

    @Test
    void exportedMonthDatesReadBackTheSame() throws IOException {
        Path file = write(
                "m.csv",
                HEADER
                        + "2016,ComRes,ITV News London/LBC,,,,first_pref,Sadiq Khan,44,2016-04,SAVANTA2016MAY,,M2016-06\n"
                        + "2016,ComRes,ITV News London/LBC,,,,first_pref,Zac Goldsmith,37,2016-04,SAVANTA2016MAY,,M2016-06\n");
        try (PollStore store = PollStore.open(dir.resolve("s.db"));
                PollStore again = PollStore.open(dir.resolve("t.db"))) {
            List<Poll> first = ingest(file, store);
            StringWriter out = new StringWriter();
            CanonicalCsv.write(CATALOG.resolve("london-2016"), first, out);
            assertThat(out.toString()).contains(",2016-04-15,month,");
            List<Poll> second = ingest(write("canonical.csv", out.toString()), again);
            assertThat(second).hasSize(1);
            assertThat(second.get(0).sameFigures(first.get(0))).isTrue();
            assertThat(second.get(0).datePrecision()).isEqualTo(DatePrecision.MONTH);
        }
    }

    @Test
    void aMonthCannotBeCalledExact() throws IOException {
        Path file = write("w.csv", "pollster,published,date_precision,khan,goldsmith\nComRes,2016-03,exact,42,39\n");
        try (PollStore store = PollStore.open(dir.resolve("s.db"))) {
            assertThatThrownBy(() -> ingester()
                            .ingest(
                                    file.toString(),
                                    store,
                                    IngestSettings.withDefaults().withElection(CATALOG.resolve("london-2016"))))
                    .isInstanceOf(BadInputException.class)
                    .hasMessageContaining(
                            file + ":2: field 'date_precision': exact, but published '2016-03' gives only the month");
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"2016-03, 2016-03", "March 2016, 2016-03", "Mar 2016, 2016-03", "Sept 2025, 2025-09"})
    void readsMonthOnlyDates(String text, String expected) {
        assertThat(FieldworkDates.monthOnly(text)).contains(YearMonth.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2016-03-15", "2016-13", "2016", "15 Mar 2016", "Spring 2016", ""})
    void aFullDateOrNonsenseIsNotAMonth(String text) {
        assertThat(FieldworkDates.monthOnly(text)).isEmpty();
    }
}
