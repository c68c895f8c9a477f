package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.poll.Poll;
import org.pollcast.poll.StoredPoll;
import org.pollcast.store.PollQuery;
import org.pollcast.store.PollStore;

/**
 * The encyclopedia's poll tables of the 2025 New York City general election (first past the post; Eric Adams and Jim
 * Walden withdrew in September but stayed on the ballot: {@code elections/nyc-2025-general.yaml}), copied from the
 * browser into a spreadsheet, as a blind user read them. Figures are the real polls of that table (see
 * src/test/resources/ingest/README.md).
 */
class NewYorkGeneralTablesTest {
    static final String HEAD = "Poll source,Date(s) administered,Sample size[a],Margin of error,";

    @TempDir
    Path root;

    private Ingester ingester;
    private IngestSettings settings;

    @BeforeEach
    void addTheElection() throws IOException {
        IngestFixtures.copyDataWith(root, "nyc-2025-general.yaml");
        load();
    }

    /** The ingester over the data folder as it is now. */
    private void load() {
        DataHome home = new DataHome(root);
        ElectionCatalog catalog = new ElectionCatalog(home);
        ingester = new Ingester(catalog, AliasTable.load(List.of(home.aliases())), IngestFixtures.CLOCK);
        settings = IngestSettings.withDefaults()
                .withElection(catalog.resolve("nyc-2025-general"))
                .withAcceptNewPollsters(true);
    }

    Path write(String name, String text) throws IOException {
        Path file = root.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    List<Poll> polls(PollStore store) {
        return store.polls(PollQuery.of("nyc-2025-general")).stream()
                .map(StoredPoll::poll)
                .toList();
    }

    /**
     * Canadian encyclopedia tables date a poll by its "Last date of polling" and give its "Polling method" (IVR,
     * online): a Toronto 2023 table copied so was refused for a missing fieldwork end, and with that renamed, every row
     * for an unknown candidate "Polling method". The layout here, with Fox News's 14 October 2025 likely-voter figures.
     */
    @Test
    void aCanadianTablesDateAndMethodColumnsAreRead() throws IOException {
        Path file = write(
                "canadian.csv",
                "Polling firm,Last date of polling,Link,Zohran Mamdani,Andrew Cuomo,Curtis Sliwa,Margin of error,"
                        + "Sample size,Polling method\n"
                        + "Fox News,\"October 14, 2025\",HTML,52,28,14,±3.5 pp,793,Telephone\n");
        try (PollStore store = PollStore.open(root.resolve("canadian.db"))) {
            IngestReport r = ingester.ingest(file.toString(), store, settings);
            assertThat(r.summary()).contains("1 poll, 1 added");
            assertThat(polls(store)).singleElement().satisfies(p -> {
                assertThat(p.fieldworkEnd()).isEqualTo(java.time.LocalDate.parse("2025-10-14"));
                assertThat(p.shares()).doesNotContainKey("Polling method");
            });
        }
    }

    /**
     * A survey that published whom it asked but not how many: the encyclopedia writes "– (LV)", or "(LV)" alone, in the
     * sample cell. It was refused as "not a positive whole number", and with it the population that tells the
     * survey's likely voters' row from its registered voters' row below it. The sample is unknown, the population read.
     */
    @Test
    void aPopulationWithNoSampleIsReadAsAnUnknownSample() throws IOException {
        String head = HEAD + "Zohran Mamdani,Andrew Cuomo,Curtis Sliwa,Other,Undecided\n";
        for (String cell : List.of("– (LV)", "(LV)", "-\u00a0(LV)")) {
            Path file = write(
                    "unknown-sample.csv",
                    head + "Fox News[7],\"October 10–14, 2025\"," + cell + ",± 3.5%,52%,28%,14%,–,–\n"
                            + ",,\"1,003 (RV)\",± 3%,49%,28%,13%,–,–\n");
            try (PollStore store = PollStore.open(root.resolve(cell.hashCode() + ".db"))) {
                IngestReport r = ingester.ingest(file.toString(), store, settings);
                assertThat(r.summary()).as(cell).contains("1 poll, 1 added");
                assertThat(polls(store)).singleElement().satisfies(p -> {
                    assertThat(p.population()).isEqualTo("likely voters");
                    assertThat(p.sampleSize()).isNull();
                    assertThat(p.shares()).containsEntry("mamdani", 52.0);
                });
            }
        }
    }

    /**
     * A party line under the names ("Independent" under Cuomo, Adams and Walden) joins each name: "Andrew Cuomo
     * Independent" was read as Cuomo, but "Eric Adams Independent" was refused as an unknown candidate, since
     * "Independent" alone names Cuomo, the one independent still standing.
     */
    @Test
    void aWithdrawnCandidateOverTheirPartyLineIsThemselves() throws IOException {
        Path file = write(
                "party.csv",
                HEAD + "Zohran Mamdani,Andrew Cuomo,Curtis Sliwa,Eric Adams,Jim Walden,Other,Undecided\n"
                        + ",,,,Democratic,Independent,Republican,Independent,Independent,,\n"
                        + "Suffolk University[9],\"September 16–18, 2025\",500 (LV),± 4.4%,45%,25%,9%,8%,–,1%,9%\n"
                        + "Data for Progress[16],July 2025,756 (LV),–,40%,24%,14%,15%,1%,–,5%\n");
        try (PollStore store = PollStore.open(root.resolve("party.db"))) {
            IngestReport r = ingester.ingest(file.toString(), store, settings);
            assertThat(r.summary()).contains("2 polls, 2 added");
            // Both print their undecided beside every candidate, so their shares are re-based (see DontKnowRebaseTest).
            assertThat(polls(store))
                    .extracting(p -> p.shares().keySet().toString())
                    .containsExactlyInAnyOrder(
                            "[mamdani, cuomo, sliwa, adams, other]", "[mamdani, cuomo, sliwa, adams, walden]");
        }
    }

    /**
     * Fox News's poll of 10–14 October 2025, published for 793 likely and 1,003 registered voters: two rows, same
     * pollster and dates, other figures. The second row was refused as "the same poll ... but with other figures"
     * (and with --skip-invalid the first row was kept, whichever it was); now the likely voters' figures are kept,
     * in either order, and a note names the registered voters' version left out.
     */
    @Test
    void aSurveyOfLikelyAndRegisteredVotersKeepsTheLikelyVoters() throws IOException {
        String lv = "Fox News[7],\"October 10–14, 2025\",793 (LV),± 3.5%,52%,28%,14%,2%,–,–,–\n";
        String rv = "Fox News[7],\"October 10–14, 2025\",\"1,003 (RV)\",± 3%,49%,28%,13%,3%,–,–,–\n";
        String head = HEAD + "Zohran Mamdani,Andrew Cuomo,Curtis Sliwa,Eric Adams,Jim Walden,Other,Undecided\n";
        for (String rows : List.of(lv + rv, rv + lv)) {
            Path file = write("fox.csv", head + rows);
            for (boolean skipInvalid : List.of(false, true)) {
                try (PollStore store = PollStore.open(root.resolve(rows.hashCode() + "-" + skipInvalid + ".db"))) {
                    IngestReport r = ingester.ingest(file.toString(), store, settings.withSkipInvalid(skipInvalid));
                    assertThat(r.summary()).contains("1 poll, 1 added");
                    assertThat(r.rejected()).isEmpty();
                    assertThat(polls(store)).singleElement().satisfies(p -> {
                        assertThat(p.population()).isEqualTo("likely voters");
                        assertThat(p.sampleSize()).isEqualTo(793);
                        assertThat(p.shares()).containsEntry("mamdani", 52.0);
                    });
                    int rvLine = rows.startsWith(lv) ? 3 : 2;
                    assertThat(r.notes())
                            .anySatisfy(n -> assertThat(n)
                                    .contains("line " + rvLine + " skipped: Fox News 2025-10-14 mayor first_pref among"
                                            + " registered voters (mamdani 49, cuomo 28, sliwa 13, adams 3)")
                                    .contains("among likely voters (line " + (5 - rvLine) + ") are kept"));
                }
            }
        }
    }

    /** The page prints the registered voters' row under the likely voters', the pollster and dates spanning both. */
    @Test
    void thePagesRegisteredVotersRowUnderSpanningCellsIsLeftOutWithANote() throws IOException {
        Path file = write(
                "fox.html",
                "<html><head><title>2025 New York City mayoral election</title></head><body><table class=\"wikitable\">"
                        + "<tr><th>Poll source</th><th>Date(s) administered</th><th>Sample size</th>"
                        + "<th>Margin of error</th><th>Zohran Mamdani</th><th>Andrew Cuomo</th><th>Curtis Sliwa</th>"
                        + "<th>Eric Adams</th></tr>"
                        + "<tr><td rowspan=\"2\">Fox News</td><td rowspan=\"2\">October 10–14, 2025</td>"
                        + "<td>793 (LV)</td><td>± 3.5%</td><td>52%</td><td>28%</td><td>14%</td><td>2%</td></tr>"
                        + "<tr><td>1,003 (RV)</td><td>± 3%</td><td>49%</td><td>28%</td><td>13%</td><td>3%</td></tr>"
                        + "</table></body></html>");
        try (PollStore store = PollStore.open(root.resolve("page.db"))) {
            IngestReport r = ingester.ingest(file.toString(), store, settings);
            assertThat(r.summary()).contains("1 poll, 1 added");
            assertThat(polls(store))
                    .singleElement()
                    .extracting(Poll::sampleSize)
                    .isEqualTo(793);
            assertThat(r.notes()).anySatisfy(n -> assertThat(n).contains("table 1 row 3 skipped: Fox News 2025-10-14"));
        }
    }

    /**
     * The page's Fox News cells span its likely and registered voters' rows; copied from the browser, the second row
     * has them blank. It was refused ("field 'Poll source': missing", "no date"); it is the survey above, among
     * registered voters, and the likely voters' row is kept.
     */
    @Test
    void aCopiedRowUnderMergedPollsterAndDateCellsIsTheSurveyAbove() throws IOException {
        Path file = write(
                "copied.csv",
                HEAD + "Zohran Mamdani,Andrew Cuomo,Curtis Sliwa,Eric Adams,Jim Walden,Other,Undecided\n"
                        + "Suffolk University[6],\"October 23–26, 2025\",500 (LV),± 4.4%,44%,34%,11%,–,–,2%,7%\n"
                        + "Fox News[7],\"October 10–14, 2025\",793 (LV),± 3.5%,52%,28%,14%,2%,–,–,–\n"
                        + ",,\"1,003 (RV)\",± 3%,49%,28%,13%,3%,–,–,–\n"
                        + "Quinnipiac University[8],\"October 3–7, 2025\",\"1,015 (LV)\",± 3.9%,46%,33%,15%,–,–,–,–\n");
        try (PollStore store = PollStore.open(root.resolve("copied.db"))) {
            IngestReport r = ingester.ingest(file.toString(), store, settings);
            assertThat(r.summary()).contains("3 polls, 3 added");
            assertThat(polls(store))
                    .filteredOn(p -> p.pollster().equals("Fox News"))
                    .singleElement()
                    .satisfies(p -> {
                        assertThat(p.fieldworkStart()).hasToString("2025-10-10");
                        assertThat(p.sampleSize()).isEqualTo(793);
                    });
            assertThat(r.notes()).anySatisfy(n -> assertThat(n).contains("line 4 skipped: Fox News 2025-10-14"));
        }
    }

    /** The article's "Zohran Mamdani vs. Andrew Cuomo" match-ups, copied without their heading. */
    static final String HEAD_TO_HEADS = HEAD + "Zohran Mamdani,Andrew Cuomo,Other,Undecided\n"
            + "AtlasIntel[1],\"October 31 – November 2, 2025\",\"2,404 (LV)\",± 2%,44.1%,49.7%,–,–\n"
            + "Fox News[4],\"October 24–28, 2025\",–,–,49%,39%,7%,–\n"
            + "Emerson College/PIX11/The Hill[12],\"September 7–8, 2025\",600 (RV),± 3.9%,47%,40%,–,13%\n"
            + "HarrisX[17],\"July 7–8, 2025\",585 (RV),–,35%,50%,–,–\n";

    /**
     * Head-to-heads of Mamdani and Cuomo while Sliwa stood were stored as first-preference polls with no warning
     * (Sliwa on nothing), and the same surveys' real four-way polls were then refused as conflicting with them. Under
     * first past the post they are left out, each with a note, and the real polls go in.
     */
    @Test
    void headToHeadsWhileAThirdCandidateStandsAreLeftOutWithANote() throws IOException {
        Path h2h = write(
                "h2h.csv", HEAD_TO_HEADS + "Siena College[14],\"August 4–7, 2025\",813 (RV),± 4.2%,44%,25%,–,–\n");
        Path real = write(
                "real.csv",
                HEAD + "Zohran Mamdani,Andrew Cuomo,Curtis Sliwa,Eric Adams,Jim Walden,Other,Undecided\n"
                        + "Fox News[4],\"October 24–28, 2025\",–,–,47%,31%,15%,2%,–,–,–\n"
                        + "HarrisX[17],\"July 7–8, 2025\",585 (RV),–,26%,23%,22%,13%,–,–,15%\n");
        try (PollStore store = PollStore.open(root.resolve("h2h.db"))) {
            IngestReport r = ingester.ingest(h2h.toString(), store, settings);
            // The Siena row (44 and 25, Adams and Sliwa left out of the copy) leaves room for others: a partial poll.
            assertThat(r.summary()).contains("1 poll, 1 added");
            assertThat(r.notes())
                    .anySatisfy(n -> assertThat(n)
                            .contains("line 2 skipped: names only Zohran Mamdani and Andrew Cuomo (93.8 together)"
                                    + " while Curtis Sliwa stood: a hypothetical head-to-head"))
                    .anySatisfy(n -> assertThat(n)
                            .contains("line 4 skipped: names only Zohran Mamdani and Andrew"
                                    + " Cuomo (100 together with the undecided)"))
                    .anySatisfy(n -> assertThat(n).contains("line 5 skipped"));
            IngestReport four = ingester.ingest(real.toString(), store, settings);
            assertThat(four.summary()).contains("2 polls, 2 added");
            assertThat(polls(store))
                    .extracting(Poll::pollster)
                    .containsExactlyInAnyOrder("Siena College", "HarrisX", "Fox News");
        }
    }

    /** With only the two standing (Sliwa withdrawn, in this copy of the definition), a poll of the two is the race. */
    @Test
    void aPollOfTheOnlyTwoStandingIsRead() throws IOException {
        Path definition = root.resolve("elections/nyc-2025-general.yaml");
        String two = Files.readString(definition)
                .replace("      - {id: sliwa, name: Curtis Sliwa, party: rep}\n", "")
                .replace("    withdrawn:\n", "    withdrawn:\n      - {id: sliwa, name: Curtis Sliwa, party: rep}\n");
        Files.writeString(definition, two);
        load();
        try (PollStore store = PollStore.open(root.resolve("two.db"))) {
            IngestReport r = ingester.ingest(write("h2h.csv", HEAD_TO_HEADS).toString(), store, settings);
            assertThat(r.summary())
                    .contains("4 polls, 4 added, 0 already stored (nyc-2025-general mayor, first preferences)");
            assertThat(r.notes()).noneMatch(n -> n.contains("head-to-head"));
        }
    }
}
