package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The party vote of New Zealand's 2023 general election (a page rebuilt in the layout of the encyclopedia's "Opinion
 * polling for the 2023 New Zealand general election" table from the poll reports named in
 * src/test/resources/ingest/README.md). Its table prints a column for a small party that stood for no seat in the
 * definition (New Conservative, `NCP`) and no Others column: the rest of 100 is the others. A figure of a few points
 * in such a column is the others' too, with a note, as a firm's own tables' small parties are counted in their Other;
 * before, the whole page was refused for one row's `NCP 1`.
 */
class NewZealandTablesTest {
    @TempDir
    Path root;

    @Test
    void aSmallPartyColumnTheDefinitionLacksIsReadAsTheOthers() throws IOException {
        Ingester ingester = IngestFixtures.ingesterWith(root, "nz-2020.yaml", "nz-2023.yaml");
        IngestReport r = ExpectedPages.assertGivesExactly(
                ingester, root, "wikipedia-nz-2023", "nz-2023", IngestSettings.withDefaults());
        assertThat(r.rejected()).isEmpty();
        assertThat(String.join("\n", r.notes()))
                .contains("table 1 row 6 column 'NCP' (1)")
                .contains("NCP")
                .contains("no party of nz-2023's house");
    }

    /**
     * "1 News–Verian" in a CSV whose client column is blank is the page's poll, Kantar's for 1 News: a blank client says
     * nothing of which is which. Before, the CSV row was a house of its own, "1 News–Verian", beside the page's.
     */
    @Test
    void aClientFirmCellWithABlankClientColumnIsTheFirmsPoll() throws IOException {
        Ingester ingester = IngestFixtures.ingesterWith(root, "nz-2020.yaml", "nz-2023.yaml");
        Path csv = root.resolve("nz.csv");
        java.nio.file.Files.writeString(csv, """
                election,contest,scope,pollster,client,fieldwork_start,fieldwork_end,sample_size,lab,nat,grn,act,tpm,nzf,top
                nz-2023,house,list,1 News–Verian,,2023-10-07,2023-10-10,1001,28,37,14,9,2,6,
                """);
        try (var store = org.pollcast.store.PollStore.open(root.resolve("csv.db"))) {
            ingester.ingest(csv.toString(), store, IngestSettings.withDefaults());
            var polls = store.polls(org.pollcast.store.PollQuery.of("nz-2023"));
            assertThat(polls).hasSize(1);
            assertThat(polls.get(0).poll().pollster()).isEqualTo("Kantar");
            assertThat(polls.get(0).poll().client()).isEqualTo("1 News");
        }
    }

    @Test
    void aLargerFigureOfAPartyTheDefinitionLacksIsStillRefused() throws IOException {
        Ingester ingester = IngestFixtures.ingesterWith(root, "nz-2020.yaml", "nz-2023.yaml");
        Path page = root.resolve("big.html");
        java.nio.file.Files.writeString(
                page,
                java.nio.file.Files.readString(Path.of(IngestFixtures.fixture("wikipedia-nz-2023.html")))
                        .replace("<td>1</td>\n<td>1</td>\n<td>10</td>", "<td>1</td>\n<td>6</td>\n<td>10</td>"));
        try (var store = org.pollcast.store.PollStore.open(root.resolve("big.db"))) {
            org.assertj.core.api.Assertions.assertThatThrownBy(
                            () -> ingester.ingest(page.toString(), store, IngestSettings.withDefaults()))
                    .hasMessageContaining("unknown party 'NCP'");
        }
    }

    /**
     * New Zealand's news pages print a poll's party vote as a bulleted list with its changes in words: RNZ's "•
     * National: 37 percent, up 1 point (47 seats)" under a sentence about seats, 1 News's "Labour Party -  47%  (down
     * 1%)" under "Party support:", beside "Don’t Know/Refused - 11%". Neither was read (no list at all, or 1 News's
     * list from its seventh line: The Opportunities Party, Māori and Advance NZ at 1% each); the preferred prime
     * minister's list below is no vote. A small party the definition lacks (New Conservative, 1%) is the others', as
     * a table's column of one is: it refused the page as an unknown party.
     */
    @Test
    void newsPagesListsWithChangesInWordsAreRead() throws Exception {
        Ingester ingester = IngestFixtures.ingesterWith(root, "nz-2020.yaml", "nz-2023.yaml");
        try (org.pollcast.store.PollStore store = org.pollcast.store.PollStore.open(root.resolve("s.db"))) {
            IngestReport r = ingester.ingest(
                    IngestFixtures.fixture("release/rnz-nz-2023-10-11.txt"), store, IngestSettings.withDefaults());
            var p = store.polls(org.pollcast.store.PollQuery.of("nz-2023"))
                    .get(0)
                    .poll();
            assertThat(p.shares())
                    .isEqualTo(Map.of("nat", 37.0, "lab", 28.0, "grn", 14.0, "act", 9.0, "nzf", 6.0, "tpm", 2.0));
            assertThat(p.pollster()).isEqualTo("Kantar");
            assertThat(r.skipped().toString()).contains("Christopher Luxon: 25 percent");
        }
        try (org.pollcast.store.PollStore store = org.pollcast.store.PollStore.open(root.resolve("t.db"))) {
            IngestReport t = ingester.ingest(
                    IngestFixtures.fixture("release/tvnz-nz-2020-09-28.txt"), store, IngestSettings.withDefaults());
            var p = store.polls(org.pollcast.store.PollQuery.of("nz-2020"))
                    .get(0)
                    .poll();
            assertThat(p.shares())
                    .containsEntry("lab", 47.0)
                    .containsEntry("nat", 33.0)
                    .containsEntry("act", 8.0)
                    .containsEntry("grn", 7.0)
                    .containsEntry("nzf", 1.0)
                    .containsEntry("tpm", 1.0);
            assertThat(p.dontKnow()).isEqualTo(11.0);
            assertThat(p.shares()).doesNotContainKeys("ncp", "top");
            assertThat(String.join("\n", t.notes()))
                    .contains("'New Conservative' (1) skipped: no party of nz-2020's house; counted in Others")
                    .contains("'Advance New Zealand' (1) skipped");
        }
    }

    /**
     * A blog's post of Newshub–Reid Research's last 2020 poll prints no date of its own (yournz.org dates its posts in
     * their addresses): refused, the message says how to give one, and with {@code --published} its poll is read and
     * dated so. A page that prints another date is refused naming both.
     */
    @Test
    void aPageWithNoDateLineTakesThePublicationDateTheUserGives() throws Exception {
        Ingester ingester = IngestFixtures.ingesterWith(root, "nz-2020.yaml", "nz-2023.yaml");
        String page = IngestFixtures.fixture("release/yournz-nz-2020-10-16.txt");
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> ingester.ingest(page, null, IngestSettings.withDefaults()))
                .hasMessageContaining("no publication date before the figures")
                .hasMessageContaining("--published YYYY-MM-DD");
        try (org.pollcast.store.PollStore store = org.pollcast.store.PollStore.open(root.resolve("p.db"))) {
            ingester.ingest(
                    page, store, IngestSettings.withDefaults().withPublished(java.time.LocalDate.of(2020, 10, 16)));
            var p = store.polls(org.pollcast.store.PollQuery.of("nz-2020"))
                    .get(0)
                    .poll();
            assertThat(p.pollster()).isEqualTo("Reid Research");
            assertThat(p.published()).isEqualTo(java.time.LocalDate.of(2020, 10, 16));
            assertThat(p.shares())
                    .containsEntry("lab", 45.8)
                    .containsEntry("nat", 31.1)
                    .containsEntry("nzf", 3.5);
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ingester.ingest(
                        IngestFixtures.fixture("release/rnz-nz-2023-10-11.txt"),
                        null,
                        IngestSettings.withDefaults().withPublished(java.time.LocalDate.of(2023, 10, 12))))
                .hasMessageContaining("the page is dated 2023-10-11 ('11 Oct 2023'), not 2023-10-12");
    }
}
