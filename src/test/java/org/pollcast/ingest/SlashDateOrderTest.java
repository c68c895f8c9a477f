package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pollcast.ingest.IngestFixtures.ingester;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pollcast.BadInputException;
import org.pollcast.poll.StoredPoll;
import org.pollcast.store.PollQuery;
import org.pollcast.store.PollStore;

/**
 * Slashed dates are read in the order the file writes them: American polling sites print {@code 11/04/2024} for 4
 * November, and the file's {@code 10/31/2024} says so. Read day first, such a table's November polls were stored
 * silently as polls of January to April and its other polls refused. The figures below are made up; the dates are
 * London 2012's campaign written month first.
 */
class SlashDateOrderTest {
    private static final String HEADER = "pollster,fieldwork_end,sample_size,Johnson,Livingstone,Paddick,Others\n";

    @TempDir
    Path dir;

    private List<LocalDate> ingest(String rows) throws IOException {
        Path file = dir.resolve("p.csv");
        Files.writeString(file, HEADER + rows);
        try (PollStore store = PollStore.open(dir.resolve("s.db"))) {
            ingester().ingest(file.toString(), store, IngestSettings.withDefaults());
            return store.polls(PollQuery.of("london-2012")).stream()
                    .map(StoredPoll::poll)
                    .map(p -> p.date())
                    .sorted()
                    .toList();
        }
    }

    @Test
    void aDateThatReadsBothWaysTakesTheOrderTheFilesOtherDatesTell() throws IOException {
        // 05/02/2012 comes first and reads either way; 04/30/2012 only month first: 2 May, not 5 February.
        List<LocalDate> dates = ingest("YouGov,05/02/2012,1231,43,38,7,12\n" + "Populus,04/30/2012,1000,42,39,8,11\n");
        assertThat(dates).containsExactly(LocalDate.of(2012, 4, 30), LocalDate.of(2012, 5, 2));
    }

    @Test
    void aMonthFirstRangeInADatesColumnIsReadMonthFirst() throws IOException {
        Path file = dir.resolve("r.csv");
        Files.writeString(
                file,
                "pollster,dates,Johnson,Livingstone,Paddick,Others\n" + "YouGov,04/29/2012 - 05/02/2012,43,38,7,12\n");
        try (PollStore store = PollStore.open(dir.resolve("s.db"))) {
            ingester().ingest(file.toString(), store, IngestSettings.withDefaults());
            var p = store.polls(PollQuery.of("london-2012")).get(0).poll();
            assertThat(p.fieldworkStart()).isEqualTo(LocalDate.of(2012, 4, 29));
            assertThat(p.fieldworkEnd()).isEqualTo(LocalDate.of(2012, 5, 2));
        }
    }

    @Test
    void dayFirstFilesReadAsBefore() throws IOException {
        List<LocalDate> dates = ingest("YouGov,02/05/2012,1231,43,38,7,12\n" + "Populus,30/04/2012,1000,42,39,8,11\n");
        assertThat(dates).containsExactly(LocalDate.of(2012, 4, 30), LocalDate.of(2012, 5, 2));
    }

    @Test
    void aFileThatMixesTheTwoOrdersIsRefusedNamingTheLineThatContradicts() {
        assertThatThrownBy(() -> ingest("Populus,04/30/2012,1000,42,39,8,11\n" + "YouGov,30/04/2012,1231,43,38,7,12\n"))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("p.csv:3: field 'fieldwork_end': '30/04/2012' reads only day first, but this "
                        + "file's slashed dates are read month first, as line 2: '04/30/2012' tells")
                .hasMessageNotContaining("is not a date");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(
            nullValues = "none",
            value = {
                "10/31/2024, true",
                "31/10/2024, false",
                "11/04/2024, none",
                "2024-11-04, none",
                "28/04/12 - 02/05/12, false",
                "1/13/24, true",
                "Nov 4, none"
            })
    void aCellTellsTheOrderOnlyWhenOneOfItsNumbersIsOverTwelve(String cell, Boolean monthFirst) {
        assertThat(SlashDateOrder.told(cell)).isEqualTo(monthFirst);
    }

    /**
     * No date over the twelfth: each reads both ways, but a poll's fieldwork does not run from 4 February to 4 April.
     * Before, such a file was read day first without a word.
     */
    @Test
    void whenNoDateTellsTheFieldworkSpansDo() throws IOException {
        Path file = dir.resolve("spans.csv");
        Files.writeString(
                file,
                "pollster,fieldwork_start,fieldwork_end,Johnson,Livingstone,Paddick,Others\n"
                        + "YouGov,04/02/2012,04/05/2012,43,38,7,12\n"
                        + "Populus,03/09/2012,03/11/2012,42,39,8,11\n");
        try (PollStore store = PollStore.open(dir.resolve("spans.db"))) {
            ingester().ingest(file.toString(), store, IngestSettings.withDefaults());
            assertThat(store.polls(PollQuery.of("london-2012")).stream()
                            .map(StoredPoll::poll)
                            .map(p -> p.fieldworkStart() + ".." + p.fieldworkEnd())
                            .sorted())
                    .containsExactly("2012-03-09..2012-03-11", "2012-04-02..2012-04-05");
        }
    }

    @Test
    void fieldworkSpansTellADayFirstFileToo() throws IOException {
        Path file = dir.resolve("df.csv");
        Files.writeString(
                file,
                "pollster,fieldwork_start,fieldwork_end,Johnson,Livingstone,Paddick,Others\n"
                        + "YouGov,02/04/2012,05/04/2012,43,38,7,12\n");
        try (PollStore store = PollStore.open(dir.resolve("df.db"))) {
            ingester().ingest(file.toString(), store, IngestSettings.withDefaults());
            var p = store.polls(PollQuery.of("london-2012")).get(0).poll();
            assertThat(p.fieldworkEnd()).isEqualTo(LocalDate.of(2012, 4, 5));
        }
    }

    /** A page's poll table reads its slashed dates as a CSV does: '04/30/2012' in an American table was no date. */
    @Test
    void aPagesTableTakesTheOrderItsOwnRowsTell() throws IOException {
        Path file = dir.resolve("t.html");
        Files.writeString(
                file,
                "<html><body><table class=\"wikitable\">\n"
                        + "<tr><th>Pollster</th><th>Fieldwork</th><th>Johnson</th><th>Livingstone</th><th>Paddick</th>"
                        + "<th>Others</th></tr>\n"
                        + "<tr><td>YouGov</td><td>04/30/2012</td><td>43%</td><td>38%</td><td>7%</td><td>12%</td></tr>\n"
                        + "<tr><td>Populus</td><td>04/02/2012</td><td>42%</td><td>39%</td><td>8%</td><td>11%</td></tr>\n"
                        + "</table></body></html>\n");
        try (PollStore store = PollStore.open(dir.resolve("h.db"))) {
            ingester().ingest(file.toString(), store, IngestSettings.withDefaults());
            assertThat(store.polls(PollQuery.of("london-2012")).stream()
                            .map(p -> p.poll().date())
                            .sorted())
                    .containsExactly(LocalDate.of(2012, 4, 2), LocalDate.of(2012, 4, 30));
        }
    }

    /** A dates range beside a publication date is read start, end, publication: the span tells month first. */
    @Test
    void aRangeBesideAPublicationDateTellsBySpan() throws IOException {
        Path file = dir.resolve("pub.csv");
        Files.writeString(
                file,
                "pollster,dates,published,Johnson,Livingstone,Paddick,Others\n"
                        + "YouGov,04/02/2012 - 04/03/2012,04/04/2012,43,38,7,12\n");
        try (PollStore store = PollStore.open(dir.resolve("pub.db"))) {
            ingester().ingest(file.toString(), store, IngestSettings.withDefaults());
            var p = store.polls(PollQuery.of("london-2012")).get(0).poll();
            assertThat(p.fieldworkStart()).isEqualTo(LocalDate.of(2012, 4, 2));
            assertThat(p.published()).isEqualTo(LocalDate.of(2012, 4, 4));
        }
    }
}
