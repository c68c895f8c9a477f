package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.poll.StoredPoll;
import org.pollcast.store.PollQuery;
import org.pollcast.store.PollStore;

/**
 * Brazil's presidential polls of 2018 and 2022 (pages rebuilt in the layouts of the encyclopedia's "Opinion polling for
 * the 2018/2022 Brazilian general election" articles; sources in README.md). Brazilian pollsters print shares of
 * everyone asked, with "Blank/Null" and "Undec." columns (or one "Blank/Null/Undec." column, or "Abst. Undec."), while
 * the count is of valid votes, blank and null ballots left out: the shares are re-based to those naming a candidate,
 * as the pollsters' own "valid votes" are. Before, every such column was read as a candidate and refused the page.
 */
class BrazilianPollTablesTest {
    @TempDir
    Path root;

    private Ingester ingester;

    @BeforeEach
    void addBrazil() throws IOException {
        ingester = IngestFixtures.ingesterWith(root, "br-2018.yaml", "br-2022.yaml");
    }

    private static IngestSettings settings() {
        return IngestSettings.withDefaults().withAcceptNewPollsters(true);
    }

    /**
     * 2022: the first round's "Blank/Null/Undec." column (Datafolha's eve-of-poll 48 of 95 naming someone is 50.5, as
     * it published), dates without a year in a "Jul–Oct" section under a "2022" one, and a second-round table with no
     * year over it but the page title's. Before, the dates were refused ("'30 Sep – 1 Oct' is not a date") unless
     * {@code --election} was given.
     */
    @Test
    void theBlankNullColumnsAreOutsideTheBaseAndTheDatesTakeTheSectionsYear() throws IOException {
        IngestReport r = ExpectedPages.assertGivesExactly(ingester, root, "wikipedia-br-2022", "br-2022", settings());
        assertThat(r.rejected()).isEmpty();
        assertThat(r.summary()).contains("15 polls, 15 added").contains("first preferences 9, run-off 6");
    }

    /**
     * 2018: August's surveys asked the first round twice, with Lula and with Haddad in his place (Datafolha 20–21
     * August: Lula 39, Bolsonaro 19; without him Bolsonaro 22, Marina Silva 16, Haddad 4, blank/null 22, undecided
     * 6). Lula, barred on 31 August, is withdrawn: the scenario naming the ballot's candidates is kept and the other
     * named in a note. Before, the second line was refused as "the same poll ... with other figures", and the page with
     * it; and the blank/null and undecided columns, read apart, left 73 + 6 = 79 and refused the poll. The first table
     * prints "_" for a share not given, which was refused as "not a number".
     */
    @Test
    void aSurveysScenarioOfTheBallotIsKeptAndItsWithdrawnScenarioNoted() throws IOException {
        IngestReport r = ExpectedPages.assertGivesExactly(ingester, root, "wikipedia-br-2018", "br-2018", settings());
        assertThat(r.rejected()).isEmpty();
        String notes = String.join("\n", r.notes());
        assertThat(notes)
                .contains("table 2 row 3 skipped: Datafolha 2018-08-21 president first_pref (lula 45.35")
                .contains("is another scenario or question of the survey whose figures at table 2 row 4")
                .contains("table 2 row 5 skipped: Ibope 2018-08-19");
    }

    /** A wide CSV's "Blank/Null" and "Undecided" columns are one don't-know figure, as a page's are. */
    @Test
    void aCsvsBlankNullAndUndecidedColumnsAreOneDontKnowFigure() throws IOException {
        Path file = root.resolve("br.csv");
        Files.writeString(
                file,
                "Pollster,Fieldwork start,Fieldwork end,Sample size,Lula,Bolsonaro,Tebet,Ciro Gomes,Others,"
                        + "Blank/Null,Undecided\n"
                        + "Datafolha,2022-09-30,2022-10-01,12800,48,34,6,5,2,3,2\n",
                StandardCharsets.UTF_8);
        try (PollStore store = PollStore.open(root.resolve("csv.db"))) {
            IngestReport r = ingester.ingest(file.toString(), store, settings());
            assertThat(r.summary()).contains("1 poll, 1 added");
            StoredPoll p = store.polls(PollQuery.of("br-2022")).get(0);
            Map<String, Double> shares = p.poll().shares();
            assertThat(shares.get("lula")).isCloseTo(50.53, within(0.01));
            assertThat(p.poll().dontKnow()).isCloseTo(5.0, within(1e-9));
        }
    }

    private IngestReport ingestPage(String body, PollStore store) throws IOException {
        Path file = root.resolve("page.html");
        Files.writeString(
                file,
                "<html><head><title>Opinion polling for the 2022 Brazilian general election - Wikipedia</title></head>"
                        + "<body><h1>Opinion polling for the 2022 Brazilian general election</h1>" + body
                        + "</body></html>",
                StandardCharsets.UTF_8);
        return ingester.ingest(file.toString(), store, settings());
    }

    private static final String HEAD = "<table class=\"wikitable\"><tr><th>Pollster/client(s)</th>"
            + "<th>Fieldwork date(s)</th><th>Sample size</th><th>Lula</th><th>Bolsonaro</th><th>Tebet</th>"
            + "<th>Gomes</th><th>Others</th><th>Undecided</th></tr>";

    /**
     * Dates without a year take it from the innermost section naming one ("2022" over "Jul–Oct"), and with none over
     * the table, from the page title: the rest of the row is vocabulary read before.
     */
    @Test
    void datesWithoutAYearTakeTheYearSectionsOrThePageTitles() throws IOException {
        String row = "<tr><td>Datafolha</td><td>30 Sep – 1 Oct</td><td>12,800</td><td>48%</td><td>34%</td><td>6%</td>"
                + "<td>5%</td><td>2%</td><td>5%</td></tr></table>";
        for (String headings : new String[] {"<h3>2022</h3><h4>Jul–Oct</h4>", "<h3>First round</h3>"}) {
            try (PollStore store = PollStore.open(root.resolve(Math.abs(headings.hashCode()) + ".db"))) {
                IngestReport r = ingestPage(headings + HEAD + row, store);
                assertThat(r.summary()).as(headings).contains("1 poll, 1 added");
                assertThat(store.polls(PollQuery.of("br-2022")).get(0).poll().fieldworkEnd())
                        .as(headings)
                        .isEqualTo(java.time.LocalDate.of(2022, 10, 1));
            }
        }
    }

    /** A survey's two scenarios on lines of one poll, in columns read before: the one nearer the ballot is kept. */
    @Test
    void ofTwoScenariosTheOneNamingMoreWhoStandIsKept() throws IOException {
        String rows = "<tr><td rowspan=\"2\">Datafolha</td><td rowspan=\"2\">13–15 Sep 2022</td>"
                + "<td rowspan=\"2\">5,926</td><td>45%</td><td>33%</td><td>5%</td><td>8%</td><td>2%</td><td>7%</td></tr>"
                + "<tr><td>47%</td><td>34%</td><td>–</td><td>9%</td><td>3%</td><td>7%</td></tr></table>";
        try (PollStore store = PollStore.open(root.resolve("scenarios.db"))) {
            IngestReport r = ingestPage("<h3>First round</h3>" + HEAD + rows, store);
            assertThat(r.rejected()).isEmpty();
            assertThat(r.summary()).contains("1 poll, 1 added");
            assertThat(store.polls(PollQuery.of("br-2022")).get(0).poll().shares())
                    .containsKey("tebet");
            assertThat(String.join("\n", r.notes())).contains("is another scenario or question of the survey");
        }
    }

    /** The headers read as those casting no valid vote, and what stays as it was. */
    @Test
    void theHeadersOfNoValidVote() {
        for (String h : new String[] {
            "Blank/Null", "Blank/Null/ Undec.", "Abst. Undec.", "Undec.", "Null/Void", "Blank, null or none"
        }) {
            assertThat(Columns.field(h)).as(h).hasValue("dont_know");
        }
        assertThat(Columns.field("Abs.")).hasValue(Columns.IGNORED);
        assertThat(Columns.field("None")).isEmpty();
        assertThat(Columns.field("Others")).isEmpty();
    }

    /**
     * Under the Supplementary Vote a line of the leading two under a survey's full field may be its run-off,
     * unlabelled: never dropped as another scenario (it was, and the file stored), but refused as one poll with other
     * figures, as before the scenarios were chosen between.
     */
    @Test
    void aLineOfTheLeadingTwoIsNoScenarioUnderTheSupplementaryVote() throws IOException {
        Path file = root.resolve("sv.csv");
        Files.writeString(
                file,
                "pollster,fieldwork_start,fieldwork_end,lab,con,ld,grn,reform\n"
                        + "YouGov,2026-04-01,2026-04-03,40,25,10,12,13\n"
                        + "YouGov,2026-04-01,2026-04-03,60,40,,,\n",
                StandardCharsets.UTF_8);
        try (PollStore store = PollStore.open(root.resolve("sv.db"))) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> IngestFixtures.ingester()
                            .ingest(
                                    file.toString(),
                                    store,
                                    IngestSettings.withDefaults()
                                            .withElection(IngestFixtures.CATALOG.resolve("london-2028"))
                                            .withContest("mayor")))
                    .hasMessageContaining("the same poll (YouGov 2026-04-03 mayor first_pref)");
            assertThat(store.polls(PollQuery.of("london-2028"))).isEmpty();
        }
    }

    /** Two columns of one kind of don't-know (dont_know and Undecided, 10 each) are one figure twice, not 20. */
    @Test
    void twoUndecidedColumnsAreOneColumnNamedTwice() throws IOException {
        Path file = root.resolve("dk.csv");
        Files.writeString(
                file,
                "pollster,fieldwork_end,khan,hall,blackie,dont_know,Undecided\nYouGov,2024-04-03,45,30,10,10,10\n",
                StandardCharsets.UTF_8);
        try (PollStore store = PollStore.open(root.resolve("dk.db"))) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> IngestFixtures.ingester()
                            .ingest(
                                    file.toString(),
                                    store,
                                    IngestSettings.withDefaults()
                                            .withElection(IngestFixtures.CATALOG.resolve("london-2024"))))
                    .hasMessageContaining("field 'Undecided': column 7 is the same column as 'dont_know'");
        }
        assertThat(Columns.isBlankOrNull("Blank/Null/ Undec.")).isTrue();
        assertThat(Columns.isBlankOrNull("Undec.")).isFalse();
    }

    /**
     * wikimili's copy of the 2022 first-round page: its aggregators' table straight over its polls' table with no blank
     * line between, the polls' headed "Publisher/Pollster" and "Polling period", and the result's "Total votes" line
     * printed with the cells it spans from "Results | 2 Oct | Valid votes" moved to its end as empty cells. Before, the
     * polls' header and delimiter were read as rows of the aggregators' table, and the page was refused as having no
     * poll table; once split, the "Total votes" line was refused with its figures under the firm, date and sample.
     */
    @Test
    void aMirrorsTablesBackToBackAndAShiftedResultLineAreRead() throws IOException {
        IngestReport r = ExpectedPages.assertGivesExactly(
                ingester, root, "wikimili-br-2022.md", PollFormat.MARKDOWN, "br-2022", settings());
        assertThat(r.rejected()).isEmpty();
        assertThat(r.summary()).contains("4 polls, 4 added");
        assertThat(r.skipped().stream().map(Object::toString))
                .singleElement()
                .satisfies(s -> assertThat(s).contains("line 24").contains("(2 of 10 cells)"));
    }

    /**
     * A survey's further scenario as wikipedia-on-ipfs copies the 2022 page's 2021 table: its own figures first, the
     * firm, date and sample it spans at the end as empty cells. Put back, its front cells are empty (the span the
     * reader takes from the line above); a line that merely ends with an empty cell (DataPoder360's 2018 row, no
     * undecided figure) keeps its firm under the firm.
     */
    @Test
    void aScenarioLineWhoseSpannedCellsACopyMovedToItsEndIsPutBack() {
        List<String> exame = MarkdownPage.cells(
                "Exame/IDEIA | 24−28 Jan | 1,200 | 36% | 17% | − | − | 11% | 8% | 6% | − | − | − | − | − | − | − | 22% | 19% |");
        List<String> scenario =
                MarkdownPage.cells("33% | 15% | − | − | 10% | 5% | − | − | − | − | − | − | 10% | − | 26% | 18% | |||");
        assertThat(scenario).hasSize(exame.size());
        List<String> read = MarkdownPage.unshifted(exame, scenario);
        assertThat(read.subList(0, 3)).containsOnly("");
        assertThat(read.subList(3, read.size())).isEqualTo(scenario.subList(0, scenario.size() - 3));
        List<String> datafolha = MarkdownPage.cells(
                "Datafolha | 3–4 October 2018 | 19,552 | 22% | 13% | 3% | 2% | 2% | 7% | 3% | 36% | _ | 2% | 10% |");
        List<String> dataPoder = MarkdownPage.cells(
                "DataPoder360 | 3–4 October 2018 | 4,000 | 25% | 15% | 2% | 3% | 4% | 7% | 2% | 30% | 5% | 7% | |");
        assertThat(MarkdownPage.unshifted(datafolha, dataPoder)).isSameAs(dataPoder);
        // A line whose firm cell is blank (a span left in place) and which gives no undecided is no moved line: moved,
        // its numeric dates would pass for figures and every party's figure would land under the next column.
        List<String> numericDates = MarkdownPage.cells(
                "Ipsos | 23.01.2022 | 1,000 | 36% | 15% | 3% | 2% | 2% | 7% | 3% | 30% | 1% | 1% | |");
        List<String> blankFirm =
                MarkdownPage.cells(" | 24.01.2022 | 1,000 | 35% | 16% | 3% | 2% | 2% | 7% | 3% | 30% | 1% | 1% | |");
        assertThat(MarkdownPage.unshifted(numericDates, blankFirm)).isSameAs(blankFirm);
    }

    /**
     * A year alone on a line heads the table below it (the IPFS copy's "2021"); anywhere else (an infobox's, a
     * navigation box's) it is text, which dates no table of a later section.
     */
    @Test
    void aYearLineIsAHeadingOnlyOverATable() {
        String page = "# Polls\n\n2021\n\n| Pollster | Date | A | B |\n|---|---|---|---|\n| X | 3 Jan | 40 | 60 |\n\n"
                + "2020\n\nSome text about the campaign.\n";
        String html =
                MarkdownPage.html(SourceDocument.of("p.md", page.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(html)
                .contains("<h3>2021</h3>")
                .doesNotContain("<h3>2020</h3>")
                .contains("<p>2020</p>");
    }

    /**
     * The IPFS copy of the 2022 page's January 2021 table: its header wrapped a cell or two a line, the minus sign
     * ("−") for a candidate a scenario left out, a survey's further scenarios with their spanned cells at the line's end,
     * and the section's year a line of its own over the table. Before, the page was taken for a table copied as plain
     * text and refused; read as Markdown, every "−" was refused as "not a number", and with --election the polls were
     * dated January 2022. Exame/IDEIA's, Paraná Pesquisas' and Atlas Político's surveys are one poll each, dated 2021.
     */
    @Test
    void aMirrorsWrappedHeaderMinusSignsAndAYearLineAreRead() throws IOException {
        try (PollStore store = PollStore.open(root.resolve("ipfs.db"))) {
            IngestReport r = ingester.ingest(
                    IngestFixtures.RESOURCES
                            .resolve("wikipedia-on-ipfs-br-2022.md")
                            .toString(),
                    store,
                    settings().withSkipInvalid(true));
            assertThat(r.format()).isEqualTo(PollFormat.MARKDOWN);
            assertThat(r.valid()).isEqualTo(3);
            // Paraná Pesquisas' Lula scenario heads a column "Silva REDE" (Marina Silva) beside "Lula* PT": a name two
            // candidates share, refused as such, not read as Lula's.
            assertThat(r.rejected())
                    .singleElement()
                    .satisfies(p -> assertThat(p.toString()).contains("Silva REDE"));
            var polls = store.polls(PollQuery.of("br-2022")).stream()
                    .map(StoredPoll::poll)
                    .toList();
            assertThat(polls).extracting(p -> p.date().getYear()).containsOnly(2021);
            var exame = polls.stream()
                    .filter(p -> p.pollster().equals("Exame"))
                    .findFirst()
                    .orElseThrow();
            assertThat(exame.date()).hasToString("2021-01-28");
            assertThat(exame.shares())
                    .isEqualTo(Map.of("bolsonaro", 36.0, "lula", 17.0, "gomes", 11.0, "boulos", 8.0, "doria", 6.0));
            // Atlas Político asked with Haddad (Doria, Moro: 36.6 of the survey to those who did not stand) and with
            // Lula (Dino, Doria, Moro, Huck: 20.9): the Lula scenario is nearer the ballot though it names four who
            // withdrew. Counted by names alone, the Haddad one was kept and Lula, who stood, was left out.
            var atlas = polls.stream()
                    .filter(p -> p.pollster().equals("AtlasIntel"))
                    .findFirst()
                    .orElseThrow();
            assertThat(atlas.shares()).containsKey("lula").doesNotContainKey("haddad");
            assertThat(r.skipped().stream().map(Object::toString))
                    .anySatisfy(s ->
                            assertThat(s).contains("line 38").contains("less of it goes to candidates who withdrew"));
        }
    }
}
