package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pollcast.ingest.IngestFixtures.fixture;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.BadInputException;
import org.pollcast.poll.Poll;
import org.pollcast.store.PollQuery;
import org.pollcast.store.PollStore;

/**
 * Electográfica's pages about Madrid's regional polls as the search corpus stores them
 * (src/test/resources/ingest/README.md): each poll's figures on one summary line, "PP 47,6% (66/70) | VOX 9,0% (12/13)",
 * the firm in "realizada por DYM para 20 Minutos" and the dates in "Periodo de campo: 15-18/05/2023". They were the
 * blind trial's only stored copies of the firms' last polls, and were refused as a Markdown table with no pollster
 * column, a release page with no list of figures, or (decimal commas) a CSV with no 'pollster' column.
 */
class PollSummaryTest {
    @TempDir
    Path root;

    private Ingester madrid() throws IOException {
        IngestFixtures.copyDataWith(root, "madrid-2021.yaml", "madrid-2023.yaml");
        return IngestFixtures.ingesterOf(root);
    }

    private static IngestSettings lenient() {
        return IngestSettings.withDefaults().withAcceptNewPollsters(true);
    }

    @Test
    void aSummaryLineOfBarsIsOnePollItsSeatsNoShares() throws IOException {
        Ingester ingester = madrid();
        try (PollStore store = PollStore.open(root.resolve("p.db"))) {
            IngestReport r = ingester.ingest(fixture("electografica-madrid-2023-dym.txt"), store, lenient());
            assertThat(r.format()).isEqualTo(PollFormat.POLL_SUMMARY);
            assertThat(r.summary()).contains("1 poll, 1 added");
            List<Poll> polls = store.polls(PollQuery.of("madrid-2023")).stream()
                    .map(s -> s.poll())
                    .toList();
            assertThat(polls).singleElement().satisfies(p -> {
                assertThat(p.pollster()).isEqualTo("DYM");
                assertThat(p.fieldworkStart()).isEqualTo(LocalDate.parse("2023-05-15"));
                assertThat(p.fieldworkEnd()).isEqualTo(LocalDate.parse("2023-05-18"));
                assertThat(p.sampleSize()).isNull(); // "Muestra: ?"
                // The summary line's figures, not its bracketed seats nor the list below of 2021's result.
                assertThat(p.shares())
                        .containsEntry("pp", 47.6)
                        .containsEntry("psoe", 18.1)
                        .containsEntry("mm", 17.9)
                        .containsEntry("vox", 9.0)
                        .containsEntry("up", 5.2)
                        .doesNotContainKey("cs");
            });
        }
    }

    /**
     * The 2024 Catalan pages part the summary line by middle dots and give a small party's share as about so much:
     * "PSC 27,8% (39/41) · CAT-JUNTS+ 22,4% (36/38) · ... · CS ~1,0%". Refused as a release page with no list (the
     * Catalan blind trial of 7 December 2026).
     */
    @Test
    void aSummaryLineOfMiddleDotsIsOnePoll() throws IOException {
        IngestFixtures.copyDataWith(root, "catalonia-2021.yaml", "catalonia-2024.yaml");
        Ingester ingester = IngestFixtures.ingesterOf(root);
        try (PollStore store = PollStore.open(root.resolve("p.db"))) {
            IngestReport r = ingester.ingest(fixture("electografica-catalonia-2024-imop.txt"), store, lenient());
            assertThat(r.format()).isEqualTo(PollFormat.POLL_SUMMARY);
            Poll p = store.polls(PollQuery.of("catalonia-2024")).get(0).poll();
            assertThat(p.pollster()).isEqualTo("IMOP Insights");
            assertThat(p.client()).isEqualTo("El Confidencial");
            assertThat(p.fieldworkStart()).isEqualTo(LocalDate.parse("2024-04-29"));
            assertThat(p.fieldworkEnd()).isEqualTo(LocalDate.parse("2024-05-02"));
            assertThat(p.sampleSize()).isEqualTo(1003);
            assertThat(p.shares())
                    .containsEntry("psc", 27.8)
                    .containsEntry("junts", 22.4)
                    .containsEntry("ac", 3.2)
                    .containsEntry("cs", 1.0)
                    .hasSize(9);
        }
    }

    /** A line of last month's figures under a label naming no poll is no summary line (review). */
    @Test
    void aLabelledLineOfLastMonthsFiguresIsNoSummary() {
        assertThat(PollSummaryReader.looksLike("""
                        Encuesta GAD3 para ABC: el PP roza la mayoría absoluta en Madrid

                        Hace un mes: PP 42,1% · PSOE 19,0% · Más Madrid 18,2% · Vox 9,5%

                        La encuesta, realizada por GAD3 para ABC.

                        PP: 44,7%
                        PSOE: 18,6%

                        Periodo de campo: 24-28/04/2023 · Muestra: 1.005
                        """)).isFalse();
        assertThat(PollSummaryReader.looksLike("""
                        [A] CATALUÑA · Encuesta IMOP Insights 06/05/2024: PSC 27,8% (39/41) · CAT-JUNTS+ 22,4% (36/38)
                        Periodo de campo: 29/04-02/05/2024 · Método: Telefónico · Muestra: 1.003
                        """)).isTrue();
    }

    @Test
    void theTitlesCopyOfTheSummaryIsReadOnceAndTheSampleKeepsItsThousands() throws IOException {
        Ingester ingester = madrid();
        try (PollStore store = PollStore.open(root.resolve("p.db"))) {
            IngestReport r = ingester.ingest(fixture("electografica-madrid-2023-data10.txt"), store, lenient());
            assertThat(r.format()).isEqualTo(PollFormat.POLL_SUMMARY);
            assertThat(r.summary()).contains("1 poll, 1 added");
            Poll p = store.polls(PollQuery.of("madrid-2023")).get(0).poll();
            assertThat(p.pollster()).isEqualTo("Data10 - Demoscopia y Servicios");
            assertThat(p.fieldworkStart()).isEqualTo(LocalDate.parse("2023-04-26"));
            assertThat(p.fieldworkEnd()).isEqualTo(LocalDate.parse("2023-04-28"));
            assertThat(p.sampleSize()).isEqualTo(1500);
            assertThat(p.shares())
                    .containsEntry("pp", 47.2)
                    .containsEntry("cs", 1.7)
                    .containsEntry("up", 4.7);
        }
    }

    @Test
    void aSummaryWithDecimalCommasIsNoCsvAndItsMissingDatesAreNamed() throws IOException {
        Ingester ingester = madrid();
        try (PollStore store = PollStore.open(root.resolve("p.db"))) {
            assertThatThrownBy(() -> ingester.ingest(
                            fixture("electografica-madrid-2021-gad3.txt"),
                            store,
                            lenient().withElection(new ElectionCatalog(new DataHome(root)).resolve("madrid-2021"))))
                    .isInstanceOf(BadInputException.class)
                    .hasMessageNotContaining("missing required column")
                    .satisfies(e -> assertThat(String.join("\n", ((BadInputException) e).details()))
                            .contains("electografica-madrid-2021-gad3.txt:1: field 'Periodo de campo'"));
        }
    }

    @Test
    void dayFirstFieldworkAcrossAMonth() {
        assertThat(PollSummaryReader.dates("28/04-03/05/2023"))
                .hasValue(new FieldworkDates.Range(LocalDate.parse("2023-04-28"), LocalDate.parse("2023-05-03")));
        assertThat(PollSummaryReader.dates("02/05/2023"))
                .hasValue(new FieldworkDates.Range(LocalDate.parse("2023-05-02"), LocalDate.parse("2023-05-02")));
        assertThat(PollSummaryReader.dates("31-28/04/2023")).isEmpty();
    }
}
