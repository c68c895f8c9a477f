package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pollcast.ingest.IngestFixtures.fixture;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.BadInputException;
import org.pollcast.store.PollQuery;
import org.pollcast.store.PollStore;

/**
 * The encyclopedia's poll pages of the 2026 devolved elections, in the layouts of the real pages, read as a user
 * reads them: no --election, pollsters the alias table does not know accepted. Figures are the pages' (see
 * src/test/resources/ingest/README.md, "The 2026 devolved elections").
 *
 * <ul>
 * <li>"Opinion polling for the next Scottish Parliament election": a title with no year, {@code Dates conducted}
 * first, {@code Lib Dems}, {@code Reform}, a {@code Lead} of {@code Tie}, events between the polls, clients printed
 * {@code N/A}, and Others cells that print their total over a collapsed list of what it is made of ({@code 2%} over
 * {@code Alba on 1% / Other on 1%}).
 * <li>"Opinion polling for the 2026 Senedd election", its table of polls under the 2026 system (one vote, so no
 * ballot is stated): clients such as {@code Barn Cymru / ITV Cymru Wales / Cardiff University}, a pollster printed
 * {@code FindOutNow}, footnote markers of a named group ({@code Survation[s 1]}), Others with a breakdown ({@code 8%}
 * over {@code AWA on 7% / Other on 1%}), events, and the 2021 election's regional and constituency results at the foot.
 * </ul>
 */
class DevolvedPollPagesTest {
    @TempDir
    Path root;

    private Ingester ingester;
    private final IngestSettings settings = IngestSettings.withDefaults().withAcceptNewPollsters(true);

    @BeforeEach
    void theDefinitions() throws IOException {
        IngestFixtures.copyDataWith(root, "scotland-2026.yaml", "wales-2026.yaml");
        for (String baseline : List.of(
                "scotland/elections/scotland-2016.yaml",
                "scotland/elections/scotland-2021.yaml",
                "wales/elections/wales-2016.yaml",
                "wales/elections/wales-2021.yaml")) {
            Path from = Path.of(fixture(baseline));
            Files.copy(from, root.resolve("elections").resolve(from.getFileName()));
        }
        DataHome home = new DataHome(root);
        // The Welsh Election Study is a survey, not a firm of the bundled alias table; the Welsh kit names it.
        ingester = new Ingester(
                new ElectionCatalog(home),
                AliasTable.load(List.of(home.aliases(), Path.of(fixture("wales/aliases.yaml")))),
                IngestFixtures.CLOCK);
    }

    /**
     * Scot Goes Pop's post of Norstat's February 2025 poll: no publication date, each list under a heading whose bracket
     * names the firm, the client and the fieldwork ("Scottish Parliament constituency ballot (Norstat / Sunday Times,
     * 11th-14th February 2025):"). It was refused for want of a publication date, and with one given, stored with no
     * client and dated by that guess (the Holyrood 2026 blind trial).
     */
    @Test
    void aHeadingsBracketGivesTheFirmClientAndFieldwork() throws IOException {
        IngestSettings forElection =
                settings.withElection(new ElectionCatalog(new DataHome(root)).resolveId("scotland-2026"));
        try (PollStore store = PollStore.open(root.resolve("n.db"))) {
            ingester.ingest(fixture("release/scotgoespop-norstat-2025-02.txt"), store, forElection);
            assertThat(store.polls(PollQuery.of("scotland-2026"))).hasSize(2).allSatisfy(s -> {
                assertThat(s.poll().pollster()).isEqualTo("Norstat");
                assertThat(s.poll().client()).isEqualTo("Sunday Times");
                assertThat(s.poll().fieldworkStart()).isEqualTo(java.time.LocalDate.of(2025, 2, 11));
                assertThat(s.poll().fieldworkEnd()).isEqualTo(java.time.LocalDate.of(2025, 2, 14));
            });
            assertThat(store.polls(PollQuery.of("scotland-2026")))
                    .filteredOn(s -> s.poll().scope() == org.pollcast.election.Scope.LIST)
                    .singleElement()
                    .satisfies(s -> assertThat(s.poll().shares())
                            .containsEntry("snp", 30.0)
                            .containsEntry("grn", 10.0));
        }
        // A bracket after words on another survey, or naming the client first, dates nothing (review).
        String text = Files.readString(Path.of(fixture("release/scotgoespop-norstat-2025-02.txt")));
        for (String heading : List.of(
                "constituency ballot, with changes from the previous poll (Norstat / Sunday Times, 10th-13th January"
                        + " 2025):",
                "constituency ballot (Sunday Times / Norstat, 11th-14th February 2025):")) {
            Path page = root.resolve("variant.txt");
            Files.writeString(
                    page,
                    text.replace("constituency ballot (Norstat / Sunday Times, 11th-14th February 2025):", heading));
            try (PollStore store = PollStore.open(root.resolve("v.db"))) {
                assertThatThrownBy(() -> ingester.ingest(page.toString(), store, forElection))
                        .hasMessageContaining("no publication date before the figures");
            }
        }
    }

    /**
     * Every poll of the Scottish page, in its ballot (the table's caption and heading say "constituency vote"), each
     * Others the total its cell prints. Before, the five Others cells with a breakdown were refused as not numbers
     * ("2% Alba on 1% Other on 1%"), and the page with them.
     */
    @Test
    void scotland2026GivesEachPollWithItsOthersTotal() throws IOException {
        IngestReport r =
                ExpectedPages.assertGivesExactly(ingester, root, "wikipedia-scotland-2026", "scotland-2026", settings);
        assertThat(r.rejected()).isEmpty();
        assertThat(r.summary()).contains("15 polls").contains("(scotland-2026 parliament, constituency vote)");
    }

    /**
     * The 2026 campaign's polls of both ballots, rebuilt from poll reports in the page's layout (a Constituency vote and
     * a Regional vote table; an {@code Alba} column; the result row at the top, with decimals; an event row; samples
     * not given printed as dashes; a pollster cell {@code Find Out Now (MRP)}): each survey into its ballot, the
     * result and the event read as neither. The helper holyrood26's blind trial page (see the fixtures README).
     */
    @Test
    void scotland2026CampaignGivesEachSurveyOnBothBallots() throws IOException {
        IngestReport r = ExpectedPages.assertGivesExactly(
                ingester, root, "wikipedia-scotland-2026-campaign", "scotland-2026", settings);
        assertThat(r.rejected()).isEmpty();
        assertThat(r.summary()).contains("16 polls").contains("constituency vote 8, list vote 8");
    }

    /**
     * The same table copied from the browser with the Others lists open (each part on a line of its cell) gives the
     * same figures, its ballot not stated (a copy has no caption). Before, the events between the polls ("12 Oct
     * 2024, Alex Salmond ... dies") were read as polls, their words as the pollster, and the file was refused.
     */
    @Test
    void scotland2026CopiedGivesTheSameFigures() throws IOException {
        try (PollStore fromPage = PollStore.open(root.resolve("page.db"));
                PollStore fromCsv = PollStore.open(root.resolve("copied.db"))) {
            ingester.ingest(fixture("wikipedia-scotland-2026.html"), fromPage, settings);
            IngestReport copied = ingester.ingest(fixture("wikipedia-scotland-2026.copied.csv"), fromCsv, settings);
            assertThat(copied.rejected()).isEmpty();
            assertThat(copied.summary()).contains("(scotland-2026 parliament, ballot not stated)");
            assertThat(figures(fromCsv, "scotland-2026")).hasSize(15).isEqualTo(figures(fromPage, "scotland-2026"));
        }
    }

    /**
     * An Others cell whose parts do not add up to its total is no breakdown of it (a figure run into the cell), and
     * it is refused naming the row, the column and both figures, not read as its first number.
     */
    @Test
    void aTotalWhosePartsDoNotAddUpIsRefused() throws IOException {
        String page = Files.readString(Path.of(fixture("wikipedia-scotland-2026.html")));
        Path file = root.resolve("parts.html");
        Files.writeString(file, page.replaceFirst("Alba on 1%</li>", "Alba on 7%</li>"));
        try (PollStore store = PollStore.open(root.resolve("parts.db"))) {
            assertThatThrownBy(() -> ingester.ingest(file.toString(), store, settings))
                    .isInstanceOf(BadInputException.class)
                    .hasMessageContaining("parts.html:table 1 row 8: field 'Others': share for 'other' is '2% Alba on"
                            + " 7% Other on 1%': a total of 2 whose parts (Alba on 7%, Other on 1%) add up to 8");
            assertThat(store.polls(PollQuery.of("scotland-2026"))).isEmpty();
        }
    }

    /**
     * A seat projection under the polls, in a poll table's columns (dates, pollster, client, sample, a column per
     * party), is skipped with a note: its figures are seats. Before, the page was refused for it (its "Result" column
     * named no party, and its seats summed to 129). The projection is Survation's for Quantum Communications, 6–13 March
     * 2025, 1,012 (https://streaming.standard.co.uk/news/politics/reform-reform-uk-poll-scottish-lib-dems-b1217539.html).
     */
    @Test
    void aSeatProjectionTableIsNoPollTable() throws IOException {
        String seats = "<div class=\"mw-heading mw-heading2\"><h2 id=\"Seat_projections\">Seat projections</h2></div>\n"
                + "<table class=\"wikitable sortable\"><tbody><tr><th>Dates<br>conducted</th><th>Pollster</th>"
                + "<th>Client</th><th>Sample<br>size</th><th>SNP</th><th>Lab</th><th>Con</th><th>Lib Dems</th>"
                + "<th>Green</th><th>Reform</th><th>Alba</th><th>Result</th></tr>\n<tr><td>6–13 Mar 2025</td>"
                + "<td>Survation</td><td>Quantum Communications</td><td>1,012</td><td>55</td><td>19</td><td>17</td>"
                + "<td>13</td><td>10</td><td>14</td><td>1</td><td>Hung (SNP 10 short)</td></tr></tbody></table>\n";
        String page = Files.readString(Path.of(fixture("wikipedia-scotland-2026.html")));
        String heading = "<div class=\"mw-heading mw-heading2\"><h2 id=\"References\">";
        Path file = root.resolve("seats.html");
        Files.writeString(file, page.replace(heading, seats + heading));
        try (PollStore store = PollStore.open(root.resolve("seats.db"))) {
            IngestReport r = ingester.ingest(file.toString(), store, settings);
            assertThat(r.summary()).contains("15 polls").contains("(scotland-2026 parliament, constituency vote)");
            assertThat(r.skipped())
                    .extracting(SkippedTable::toString)
                    .containsExactly(
                            "table 2 skipped: its heading 'Seat projections' says its figures are seats, not shares");
        }
    }

    /**
     * A copied line of a date and a pollster alone is a poll that lost its figures, not an event between polls: it is
     * still refused, naming its line (without figures, no election has its names).
     */
    @Test
    void aDateAndAPollsterAloneIsNoEvent() throws IOException {
        List<String> lines = Files.readAllLines(Path.of(fixture("wikipedia-scotland-2026.copied.csv")));
        int event = lines.indexOf(lines.stream()
                .filter(l -> l.startsWith("27 Sep 2024,"))
                .findFirst()
                .orElseThrow());
        lines.set(event, "27 Sep 2024,Redfield & Wilton,,,,,,,,,,");
        Path file = root.resolve("lost.csv");
        Files.write(file, lines);
        try (PollStore store = PollStore.open(root.resolve("lost.db"))) {
            assertThatThrownBy(() -> ingester.ingest(file.toString(), store, settings))
                    .isInstanceOf(BadInputException.class)
                    .hasMessageContaining("lost.csv:" + (event + 1) + ": field 'election': no election");
        }
    }

    /**
     * Every poll of the Senedd's 2026 table; the 2021 result rows at its foot are no polls. Before, "FindOutNow" was no
     * pollster the alias table knew (refused, or with --new-pollsters a house apart from Find Out Now's).
     */
    @Test
    void wales2026GivesEachPollWithItsOthersTotal() throws IOException {
        IngestReport r =
                ExpectedPages.assertGivesExactly(ingester, root, "wikipedia-wales-2026", "wales-2026", settings);
        assertThat(r.rejected()).isEmpty();
        assertThat(r.summary()).contains("15 polls").contains("(wales-2026 senedd, ballot not stated)");
    }

    /**
     * The Senedd table copied from the browser gives the same polls. Before, the footnote marker of a named group was
     * kept: Survation's poll for Reform UK was stored as a poll by "Survation[s 1]" (with --new-pollsters; refused as
     * an unknown pollster without).
     */
    @Test
    void wales2026CopiedGivesTheSamePolls() throws IOException {
        try (PollStore fromPage = PollStore.open(root.resolve("page.db"));
                PollStore fromCsv = PollStore.open(root.resolve("copied.db"))) {
            ingester.ingest(fixture("wikipedia-wales-2026.html"), fromPage, settings);
            IngestReport copied = ingester.ingest(fixture("wikipedia-wales-2026.copied.csv"), fromCsv, settings);
            assertThat(copied.rejected()).isEmpty();
            assertThat(figures(fromCsv, "wales-2026")).hasSize(15).isEqualTo(figures(fromPage, "wales-2026"));
            assertThat(fromCsv.polls(PollQuery.of("wales-2026")).stream()
                            .map(sp -> sp.poll().publishedAs())
                            .distinct()
                            .sorted())
                    .containsExactly(
                            "Beaufort Research",
                            "FindOutNow",
                            "More in Common",
                            "Redfield & Wilton",
                            "Survation",
                            "Welsh Election Study",
                            "YouGov");
        }
    }

    /**
     * A mirror's text copy of the Senedd table, one cell to a line (https://datadosen.com/en/Opinion_polling_for_the_next_Senedd_election
     * as the page store keeps it): events between the polls take two lines (a date and what happened), and the Welsh
     * Election Study's row prints no Others cell (the page's is a collapsed list the copy leaves out), so its lead,
     * 1, comes where Others belongs. Before, the event of 6 August 2024 was cut as a poll twelve lines long, which
     * took the next poll's cells and refused the page ("'Welsh Election Study' is not a positive whole number"); cut
     * at the event, the study's row was stored with Others 1. Now the event is passed over and the short row refused,
     * naming its line and the column its lead slid into; --skip-invalid stores the other ten polls.
     */
    @Test
    void wales2026OneCellALineCopyPassesOverEventsAndRefusesTheRowThatLostACell() throws IOException {
        try (PollStore store = PollStore.open(root.resolve("strict.db"))) {
            assertThatThrownBy(() -> ingester.ingest(fixture("datadosen-wales-2026.txt"), store, settings))
                    .isInstanceOf(BadInputException.class)
                    .hasMessageContaining("datadosen-wales-2026.txt:144: field 'Others': the row's figures sit in the"
                            + " wrong columns: its 'Lead' cell is empty, and its last figure, 1 under 'Others', is the"
                            + " lead of its two largest (25 − 24)");
            assertThat(store.polls(PollQuery.of("wales-2026"))).isEmpty();
        }
        IngestReport r = ExpectedPages.assertGivesExactly(
                ingester,
                root,
                "datadosen-wales-2026.txt",
                PollFormat.MARKDOWN,
                "wales-2026",
                settings.withSkipInvalid(true));
        assertThat(r.rejected()).hasSize(1);
        assertThat(r.summary()).contains("10 polls");
    }

    /**
     * The Senedd table as a mirror's rendered text (https://wikiclassic.com/wiki/Opinion_polling_for_the_next_Senedd_election
     * as the page store keeps it): each row's cells separated by spaces, which cannot be told apart ("Barn Cymru
     * 1,121 23% 19% ..."), and the Others cells that list their parts printing them a line each ("8%", "AWA on-top
     * 7%", "udder on 1%"). Those lines read as a release page's list of figures, and the page was refused for
     * having "no publication date before the figures", which sent the reader looking for a date; it is refused as the
     * table copied as plain text that it is, naming its header's line.
     */
    @Test
    void wales2026PlainTextCopyIsRefusedAsATableNotAReleasePage() throws IOException {
        try (PollStore store = PollStore.open(root.resolve("text.db"))) {
            assertThatThrownBy(() -> ingester.ingest(fixture("wikiclassic-wales-2026.txt"), store, settings))
                    .isInstanceOf(BadInputException.class)
                    .hasMessageContaining("wikiclassic-wales-2026.txt:15: a poll table copied as plain text (its"
                            + " header 'Dates conducted Pollster Client Sample' over rows of figures")
                    .hasMessageNotContaining("publication date");
        }
    }

    /** Pollster, client, dates, sample and shares of each poll, the ballot left out. */
    private static List<String> figures(PollStore store, String election) {
        return store.polls(PollQuery.of(election)).stream()
                .map(sp -> sp.poll().pollster() + " " + sp.poll().client() + " "
                        + sp.poll().fieldworkStart() + " " + sp.poll().fieldworkEnd() + " "
                        + sp.poll().sampleSize() + " " + sp.poll().shares())
                .sorted()
                .toList();
    }

    /**
     * The same copy with no Lead column (the page's first lines and four polls as printed, the leads left out), and
     * FindOutNow's row without its Green cell (7%), as a copy that dropped a cell prints it: nothing says which party's
     * cell went, so the row is refused, naming its line, and not stored a party out (the Liberal Democrats' 7 as the
     * Greens', Reform's 29 as the Liberal Democrats'). Before, it was stored so (review).
     */
    @Test
    void aRowACellShortWithNoLeadToPlaceItIsRefusedNotStoredAPartyOut() throws IOException {
        List<String> page = Files.readAllLines(Path.of(fixture("datadosen-wales-2026.txt")));
        List<String> out = new java.util.ArrayList<>(page.subList(0, 20)); // title to the header's Others
        // YouGov, Beaufort, More in Common, FindOutNow, YouGov (April 2025): each row's first eleven lines
        int[][] rows = {{22, 33}, {34, 45}, {46, 57}, {58, 69}, {70, 81}};
        for (int[] r : rows) {
            for (int k = r[0]; k < r[1]; k++) {
                out.add(page.get(k - 1));
            }
        }
        assertThat(out.get(19)).isEqualTo("Others");
        int findOutNow = out.size() - 22;
        assertThat(out.subList(findOutNow, findOutNow + 11))
                .startsWith("5–16 Jun 2025", "FindOutNow")
                .containsSequence("27%", "7%", "7%", "29%");
        out.remove(findOutNow + 7); // FindOutNow's Green, 7%
        Path copy = root.resolve("no-lead.txt");
        Files.write(copy, out);
        try (PollStore store = PollStore.open(root.resolve("no-lead.db"))) {
            assertThatThrownBy(() -> ingester.ingest(copy.toString(), store, settings))
                    .isInstanceOf(BadInputException.class)
                    .satisfies(e -> assertThat(
                                    e.getMessage() + "\n" + String.join("\n", ((BadInputException) e).details()))
                            .contains("the copy prints this row a cell short (10 of 11 cells"));
            assertThat(store.polls(PollQuery.of("wales-2026"))).isEmpty();
        }
    }
}
