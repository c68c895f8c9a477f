package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.BadInputException;
import org.pollcast.store.PollStore;

/**
 * Text copies of the encyclopedia's Spanish poll tables, as the stored mirrors print them (sources in
 * src/test/resources/ingest/README.md). The article heads its parties by logos and prints each share over the firm's
 * seat projection on a smaller line; a text copy drops the logos (blank headings, or none) and prints the share and
 * the seats on one line ({@code 33.0 25}), or each party's cell on a line of its own ({@code 31.0 130 |}). A blind
 * trial on Spain found no mirror that pollcast read right: the one-line cells were refused as not a number, and once
 * read, a row continued over the lines below was stored as a poll of its first party alone (PNV 20.9: the PSOE's
 * figure under the one party the copy names in text).
 */
class SpanishMirrorsTest {
    @TempDir
    Path root;

    private String refusal(String election, String fixture) throws IOException {
        Ingester ingester = IngestFixtures.ingesterWith(root, election + ".yaml");
        IngestSettings settings =
                IngestFixtures.NEW_FIRMS.withElection(new ElectionCatalog(new DataHome(root)).resolve(election));
        try (PollStore store = PollStore.open(root.resolve("store.db"))) {
            Path page = IngestFixtures.RESOURCES.resolve(fixture);
            Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(
                    () -> ingester.ingest(page.toString(), store, settings));
            assertThat(thrown).isInstanceOf(BadInputException.class);
            return thrown.getMessage();
        }
    }

    /** A share and its seat projection on one line, as text copies print the cell: the share is the poll. */
    @Test
    void aShareAndItsSeatsOnOneLineReadAsTheShare() {
        // Cells of the wikimili copy of the November 2019 sub-national page and the iwiki copy of the 2023 scenarios.
        assertThat(SeatProjectionLine.oneLine("33.0 25")).isEqualTo("33.0");
        assertThat(SeatProjectionLine.oneLine("22.0 15/16")).isEqualTo("22.0");
        assertThat(SeatProjectionLine.oneLine("? 24/25")).isEqualTo("?");
        assertThat(SeatProjectionLine.oneLine("25.0 100/108")).isEqualTo("25.0");
        // Anything else is left as printed, for the shares' rules to judge.
        assertThat(SeatProjectionLine.oneLine("33.0")).isEqualTo("33.0");
        assertThat(SeatProjectionLine.oneLine("14–31 Oct 2019")).isEqualTo("14–31 Oct 2019");
        assertThat(SeatProjectionLine.oneLine("1,200")).isEqualTo("1,200");
        // two whole numbers are one with a thousands space, not a share and its seats
        assertThat(SeatProjectionLine.oneLine("12 345")).isEqualTo("12 345");
        assertThat(SeatProjectionLine.oneLine("33 136")).isEqualTo("33 136");
    }

    /**
     * The wikimili copy of Andalusia's table (November 2019): the logos gone, "Lead" moved over the first party's
     * column and six columns of figures under no heading. Before, it was "no candidate or party column".
     */
    @Test
    void figuresUnderNoHeadingLeaveTheTableOutSayingWhy() throws IOException {
        assertThat(refusal("es-2019-11", "wikimili-es-2019-11-andalusia.md"))
                .contains("table 1 skipped: 6 of its columns hold figures under no heading (party logos this copy"
                        + " of the page drops, or names on a second header line it cannot place under the groups"
                        + " above them)");
    }

    /**
     * The article for 2022's polls, as the encyclopedia's text copy prints it: fifteen blank headings and PRC's. Before,
     * "its poll tables have no row of a poll's figures", beside 40dB's row of them.
     */
    @Test
    void aTextCopyOfTheLogoHeaderNamesWhatItLost() throws IOException {
        assertThat(refusal("es-2023", "wikipedia-es-2023-polls-2022.md"))
                .contains("6 of its columns hold figures under no heading");
    }

    /**
     * The iwiki copy of the 2023 scenarios, each party's cell on a line of its own under a header whose logos it
     * dropped. Each row begins with no bar and its lines hold the header's cells together, so it is read as one row
     * (the Polish trial's wrapped rows), and the table is then left out for its figures under no heading. Before
     * either, SocioMétrica's row was stored as PNV 20.9.
     */
    @Test
    void aRowPrintedOverSeveralLinesUnderALogoLessHeaderIsNoPoll() throws IOException {
        assertThat(refusal("es-2023", "iwiki-es-2023-sumar-scenario.md"))
                .contains("table 1 skipped: 15 of its columns hold figures under no heading")
                .doesNotContain("PNV 20.9");
    }

    /**
     * The same copy with each row's first line begun by a bar, as other mirrors print a row: its lines are not joined
     * (a line begun by a bar is a row of its own), so a row short of the header's cells whose next lines go on with
     * figures ending in a bar is no poll, said so with its line, not a poll of its first party alone.
     */
    @Test
    void aBarLedRowGoingOnOverTheLinesBelowIsNoPoll() throws IOException {
        assertThat(barLed(false))
                .contains("line 6 skipped: the copy prints this row over several lines (5 of 23 cells on its first)")
                .contains("line 22 skipped: the copy prints this row over several lines");
    }

    /**
     * As above, with a cell of the first row dropped (its lines short of the header's cells) and the next firm's line
     * begun with no bar: that line is the next poll's, not this row's. Before, it was taken as this row's last cell,
     * the table ended at the line after it, and Metroscopia's row was lost without a word.
     */
    @Test
    void aSplitRowShortOfCellsStopsAtTheNextFirm() throws IOException {
        // Metroscopia's row, read, puts figures under the headings the copy dropped: the table is refused for that
        // (before, with its first line taken as the row above's, it put none there and the page said nothing of it)
        assertThat(barLed(true)).contains("table 1 skipped: 5 of its columns hold figures under no heading");
    }

    private String barLed(boolean dropACell) throws IOException {
        Path page = root.resolve("iwiki-bar-led.md");
        String text =
                java.nio.file.Files.readString(IngestFixtures.RESOURCES.resolve("iwiki-es-2023-sumar-scenario.md"));
        text = text.replace("\nSocioMétrica", "\n| SocioMétrica");
        text = dropACell ? text.replace("\n0.2 1 |\n", "\n") : text.replace("\nMetroscopia", "\n| Metroscopia");
        java.nio.file.Files.writeString(page, text);
        Ingester ingester = IngestFixtures.ingesterWith(root, "es-2023.yaml");
        IngestSettings settings =
                IngestFixtures.NEW_FIRMS.withElection(new ElectionCatalog(new DataHome(root)).resolve("es-2023"));
        try (PollStore store = PollStore.open(root.resolve("store.db"))) {
            Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(
                    () -> ingester.ingest(page.toString(), store, settings));
            assertThat(thrown).isInstanceOf(BadInputException.class);
            return thrown.getMessage();
        }
    }
}
