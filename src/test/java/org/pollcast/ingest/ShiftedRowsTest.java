package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.poll.Poll;
import org.pollcast.poll.StoredPoll;
import org.pollcast.store.PollQuery;
import org.pollcast.store.PollStore;

/**
 * A copy of an encyclopedia table that drops the cells of candidates a poll did not ask prints that poll's figures
 * from the left and pads the row with empty cells to the table's width: read by position, each figure is another
 * candidate's. The Costa Rican 2022 page as the page store keeps it (rpliu233w-cr-2022.md) printed Demoscopia's nine
 * figures so, and the store held Quesada (who won under 1%) at 35.3 (the undecided) and Araya at 20.2 (Figueres's),
 * marked as no more than partial; the forecast then made Quesada the favourite. Its last column, "Blank, null, others,
 * undecided", is what every row of the table prints: a row with nothing there nor under the candidates before it is
 * refused, naming the column, and the rows that print it are stored.
 */
class ShiftedRowsTest {
    @TempDir
    Path root;

    /** Istanbul's March 2019 race as a trial defined it: its two candidates, the others in Others. */
    private static final String IST_2019 = """
                id: ist-2019
                name: Istanbul mayoral election, March 2019
                date: 2019-03-31
                area: Istanbul
                office: Mayor
                parties:
                  - {id: chp, name: Cumhuriyet Halk Partisi}
                  - {id: akp, name: AK Parti}
                contests:
                  mayor:
                    system: fptp
                    candidates:
                      - {id: imamoglu, name: Ekrem İmamoğlu, party: chp}
                      - {id: yildirim, name: Binali Yıldırım, party: akp}
                """;

    @Test
    void aRowPaddedAtItsEndPastTheRemainderColumnIsRefused() throws IOException {
        Ingester ingester = IngestFixtures.ingesterWith(root, "cr-2022.yaml");
        try (PollStore store = PollStore.open(root.resolve("cr.db"))) {
            IngestReport r = ingester.ingest(
                    IngestFixtures.fixture("rpliu233w-cr-2022.md"),
                    store,
                    IngestSettings.withDefaults()
                            .withAcceptNewPollsters(true)
                            .withElection(new ElectionCatalog(new DataHome(root)).resolve("cr-2022"))
                            .withSkipInvalid(true));
            assertThat(r.valid()).isEqualTo(2);
            assertThat(r.rejected()).hasSize(2);
            assertThat(r.rejected().stream().map(Object::toString))
                    .allSatisfy(p -> assertThat(p)
                            .contains("field 'Blank, null, others, undecided'")
                            .contains("may sit in the wrong columns"))
                    .anySatisfy(p -> assertThat(p).contains(":39:").contains("16 candidate columns"))
                    .anySatisfy(p -> assertThat(p).contains(":40:").contains("2 candidate columns"));
            var polls = store.polls(PollQuery.of("cr-2022")).stream()
                    .map(StoredPoll::poll)
                    .toList();
            assertThat(polls).extracting(p -> p.pollster()).containsOnly("OPol");
            // OPol's figures, cell for cell under their candidates (re-based past the undecided 26.7).
            assertThat(polls)
                    .allSatisfy(p -> assertThat(p.shares().get("quesada")).isLessThan(1));
        }
    }

    /**
     * A copy that drops a Link column's cells (its links are icons) but keeps the heading prints each row's first
     * share under it and every other figure a column to the left. Sri Lanka's 2024 table as kiwix kept it: the March
     * row was refused for its sample cell (13%), the July row for an "unknown candidate 'Undecided/ Non-voters'"; with
     * that heading one the reader knew, July was stored as Dissanayake 47.8, Premadasa 27.5 and the Lead column's 8 as
     * the SLPP's share (it printed 39, 33, 19 and 9). A share under the Link heading refuses the row.
     */
    @Test
    void aShareUnderTheLinkHeadingIsARowACellShort() throws IOException {
        Ingester ingester = IngestFixtures.ingesterWith(root, "lk-2024.yaml");
        try (PollStore store = PollStore.open(root.resolve("lk.db"))) {
            IngestReport r = ingester.ingest(
                    IngestFixtures.fixture("kiwix-lk-2024.md"),
                    store,
                    IngestSettings.withDefaults()
                            .withAcceptNewPollsters(true)
                            .withElection(new ElectionCatalog(new DataHome(root)).resolve("lk-2024"))
                            .withSkipInvalid(true));
            assertThat(r.valid()).isZero();
            assertThat(r.rejected().stream().map(Object::toString))
                    .anySatisfy(p -> assertThat(p).contains(":36:").contains("field 'Link': '48%' is a share"))
                    .anySatisfy(p -> assertThat(p).contains(":37:").contains("field 'Link': '39%' is a share"))
                    .noneSatisfy(p -> assertThat(p).contains("unknown candidate"));
            assertThat(store.polls(PollQuery.of("lk-2024"))).isEmpty();
        }
    }

    /**
     * The 2019 Istanbul table as the encyclopedia prints it (a text copy's rows, a blind trial): PİAR printed its two
     * candidates' figures and nothing under Others, Undecided or Lead. Others is what the candidates leave, not a
     * candidate whose cell went: the row is the poll it says, where it was refused as figures that may sit in the wrong
     * columns, and the whole page with it.
     */
    @Test
    void aRowOfItsCandidatesAloneBeforeAnEmptyOthersIsAPoll() throws IOException {
        Poll piar = istanbulPiar("""
                | Date | Pollster | Sample size | Yıldırım | İmamoğlu | Others | Undecided | Lead |
                |---|---|---|---|---|---|---|---|
                | 20-29 Mar 2019 | PİAR | 11,445 | 48.5 | 48.7 | | | |
                | 19 Mar 2019 | Optimar | 6,022 | 49.7 | 48.8 | – | – | 0.9 |
                | 10–18 Mar 2019 | ADA | 16,500 | 48.4 | 49.2 | 2.4 | – | 0.8 |
                | 9–15 Feb 2019 | PollMark | 5,024 | 36.0 | 37.8 | – | 26.2 | 1.8 |
                | 28 Jan-2 Feb 2019 | ORC | 5,950 | 43.6 | 39.7 | 2.8 | 13.9 | 3.9 |
                """);
        assertThat(piar.shares())
                .containsEntry("yildirim", 48.5)
                .containsEntry("imamoglu", 48.7)
                .doesNotContainKey("other");
    }

    /** PİAR's poll from a copy of the 2019 Istanbul table ({@code page}, Markdown), which must be refused nothing. */
    private Poll istanbulPiar(String page) throws IOException {
        IngestFixtures.copyData(root);
        Files.writeString(root.resolve("elections/ist-2019.yaml"), IST_2019);
        Path file = root.resolve("istanbul-2019.md");
        Files.writeString(file, page);
        Ingester ingester = IngestFixtures.ingesterOf(root);
        try (PollStore store = PollStore.open(root.resolve("ist.db"))) {
            IngestReport r = ingester.ingest(
                    file.toString(),
                    store,
                    IngestSettings.withDefaults()
                            .withAcceptNewPollsters(true)
                            .withElection(new ElectionCatalog(new DataHome(root)).resolve("ist-2019")));
            assertThat(r.rejected()).isEmpty();
            return store.polls(PollQuery.of("ist-2019")).stream()
                    .map(StoredPoll::poll)
                    .filter(p -> p.pollster().equals("PİAR"))
                    .findFirst()
                    .orElseThrow();
        }
    }

    /**
     * wikimili's copy of the same Istanbul row: 48.5, 48.7, then 0.2 (its lead) under Others and the Lead cell empty.
     * Stored with others 0.2 before; the candidates' figures are read and the cells after them are not, with a note.
     */
    @Test
    void aLeadPrintedUnderOthersIsNotTheOthers() throws IOException {
        Poll piar = istanbulPiar("""
                Date | Pollster | Sample size | Yıldırım | İmamoğlu | Others | Undecided | Lead |
                ---|---|---|---|---|---|---|---|
                20-29 Mar 2019 | PİAR | 11,445 | 48.5 | 48.7 | 0.2 | ||
                19 Mar 2019 | Optimar | 6,022 | 49.7 | 48.8 | – | – | 0.9 |
                10–18 Mar 2019 | ADA | 16,500 | 48.4 | 49.2 | 2.4 | – | 0.8 |
                """);
        assertThat(piar.shares())
                .containsEntry("yildirim", 48.5)
                .containsEntry("imamoglu", 48.7)
                .doesNotContainKey("other");
        assertThat(piar.notes()).contains("its lead, 0.2 (48.7 − 48.5), is printed under 'Others'");
    }

    /**
     * wikimili's copy of the 2025 Ecuadorian run-off table (the ecuador corpus kit): each row's lead sits one cell to
     * the left, among Null, Blank and Undecided. The pair's figures are the run-off polls; the blank and undecided are
     * not read, where the lead was stored as them.
     */
    @Test
    void theEcuadorianRunOffRowsKeepTheirPairsFigures() throws IOException {
        IngestFixtures.copyData(root);
        Files.copy(
                Path.of(IngestFixtures.fixture("../corpus/ecuador/data/elections/ec-2025.yaml")),
                root.resolve("elections/ec-2025.yaml"));
        Ingester ingester = IngestFixtures.ingesterOf(root);
        try (PollStore store = PollStore.open(root.resolve("ec.db"))) {
            IngestReport r = ingester.ingest(
                    IngestFixtures.fixture("../corpus/ecuador/polls/ec-2025-runoff-wikimili.md"),
                    store,
                    IngestSettings.withDefaults()
                            .withAcceptNewPollsters(true)
                            .withElection(new ElectionCatalog(new DataHome(root)).resolve("ec-2025")));
            assertThat(r.valid()).isEqualTo(12);
            assertThat(store.polls(PollQuery.of("ec-2025")).stream().map(StoredPoll::poll))
                    .filteredOn(p -> p.pollster().equals("Comunicaliza"))
                    .singleElement()
                    .satisfies(p -> {
                        assertThat(p.shares()).containsEntry("noboa", 41.5).containsEntry("lgonzalez", 41.1);
                        assertThat(p.dontKnow()).isNull();
                    });
        }
    }
}
