package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pollcast.ingest.IngestFixtures.CATALOG;
import static org.pollcast.ingest.IngestFixtures.fixture;
import static org.pollcast.ingest.IngestFixtures.ingester;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pollcast.BadInputException;
import org.pollcast.election.Scope;
import org.pollcast.poll.Poll;
import org.pollcast.poll.StoredPoll;
import org.pollcast.store.PollQuery;
import org.pollcast.store.PollStore;

/**
 * A poll table with {@code First round} / {@code Second round} column groups, copied from the browser into a
 * spreadsheet and saved as CSV: the group label in the first cell of its span, blanks after it, the names on the
 * line below. Each row is a survey's first-preference poll and, where it has figures, its run-off, as the HTML reader
 * reads the page's row. Fixtures (src/test/resources/ingest/README.md): the 2016 London article's table, the second
 * table of the 2008 polling page (a Lead column after the groups, a note row), the West Midlands 2017 table (another
 * place), each the saved page's table cell for cell.
 */
class RoundGroupsCsvTest {
    @TempDir
    Path dir;

    private static List<StoredPoll> ingest(Path db, String file, String election) {
        return ingest(ingester(), CATALOG, db, file, election);
    }

    private static List<StoredPoll> ingest(
            Ingester ingester, ElectionCatalog catalog, Path db, String file, String election) {
        try (PollStore store = PollStore.open(db)) {
            ingester.ingest(
                    file,
                    store,
                    IngestSettings.withDefaults()
                            .withElection(catalog.resolve(election))
                            .withAcceptNewPollsters(true));
            return store.polls(PollQuery.of(election));
        }
    }

    /** What a poll says, whatever layout it came in (not where it came from, nor its citation). */
    private static List<String> figures(List<StoredPoll> polls) {
        return polls.stream()
                .map(StoredPoll::poll)
                .map(p -> p.key() + " " + p.fieldworkStart() + " " + p.published() + " " + p.datePrecision() + " "
                        + p.sampleSize() + " " + p.publishedAs() + " " + p.partial() + " " + p.shares())
                .sorted()
                .toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "wikipedia-london-2016, 1, london-2016, 9, 10",
        "wikipedia-london-2008-table2, 2, london-2008, 6, 4",
        "wikipedia-west-midlands-2017, 1, wm-2017, 2, 2",
    })
    void aCopiedTableWithRoundGroupsGivesThePagesPolls(
            String name, int table, String election, int firstPrefs, int runoffs) throws IOException {
        Ingester ingester = ingester();
        ElectionCatalog catalog = CATALOG;
        if (election.startsWith("wm-")) {
            DataHome home = IngestFixtures.dataWithOtherPlaces(dir.resolve("data"));
            catalog = new ElectionCatalog(home);
            ingester = new Ingester(catalog, AliasTable.load(List.of(home.aliases())), IngestFixtures.CLOCK);
        }
        String page = name.replace("-table2", "");
        List<StoredPoll> fromCsv =
                ingest(ingester, catalog, dir.resolve("csv.db"), fixture(name + ".copied.csv"), election);
        List<StoredPoll> fromPage =
                ingest(ingester, catalog, dir.resolve("html.db"), fixture(page + ".html"), election).stream()
                        .filter(sp -> sp.provenance().location().startsWith("table " + table + " row"))
                        .toList();
        assertThat(fromCsv)
                .filteredOn(sp -> sp.poll().scope() == Scope.FIRST_PREF)
                .hasSize(firstPrefs);
        assertThat(fromCsv).filteredOn(sp -> sp.poll().scope() == Scope.RUNOFF).hasSize(runoffs);
        assertThat(figures(fromCsv)).isEqualTo(figures(fromPage));
    }

    /**
     * YouGov for LBC, 7 January 2016, published its head-to-head only (M2016-11): the first-round cells are blank, and
     * the row gives the run-off alone. Its 14 March poll gave no run-off ("–"): first preferences alone.
     */
    @Test
    void aRowWithOnlyOneRoundGivesThatRoundsPollAlone() {
        List<Poll> polls =
                ingest(dir.resolve("x.db"), fixture("wikipedia-london-2016.copied.csv"), "london-2016").stream()
                        .map(StoredPoll::poll)
                        .toList();
        assertThat(polls)
                .filteredOn(p -> p.fieldworkEnd() != null && p.fieldworkEnd().equals(LocalDate.of(2016, 1, 7)))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.scope()).isEqualTo(Scope.RUNOFF);
                    assertThat(p.shares()).isEqualTo(Map.of("khan", 55.0, "goldsmith", 45.0));
                });
        assertThat(polls)
                .filteredOn(p -> p.fieldworkEnd() != null && p.fieldworkEnd().equals(LocalDate.of(2016, 3, 14)))
                .singleElement()
                .satisfies(p -> assertThat(p.scope()).isEqualTo(Scope.FIRST_PREF));
    }

    private static final String HEADER =
            "Date(s) conducted,Polling organisation/client,Sample size,First round,,,,Second round,,\n";
    private static final String NAMES = ",,,Khan,Goldsmith,Others,Lead,Khan,Goldsmith,Lead\n";

    /**
     * Bad copies fail naming the file, the line and the column. The figures are YouGov's for the Evening Standard,
     * 2–4 May 2016 (M2016-01), with a cell moved or added where the case needs one.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            three run-off figures | Date(s) conducted,Polling organisation/client,Sample size,First round,,,Second round,,\\n,,,Khan,Goldsmith,Others,Khan,Goldsmith,Berry\\n2–4 May 2016,YouGov/Evening Standard,–,43%,32%,25%,57%,43%,7% | x.csv:3: field 'Second round Berry': a run-off poll gives figures for the two candidates left in the count; this one gives 3 (Khan, Goldsmith, Berry) (nothing from this file was stored; --skip-invalid stores its 1 valid poll and writes the rest to a rejects file)
            one run-off figure | HEADER NAMES2–4 May 2016,YouGov/Evening Standard,–,43%,32%,25%,11,57%,–,14 | x.csv:3: field 'Second round Khan': a run-off poll gives figures for the two candidates left in the count; this one gives 1 (Khan) (nothing from this file was stored; --skip-invalid stores its 1 valid poll and writes the rest to a rejects file)
            a group over no names | HEADER,,,Khan,Goldsmith,Others,Lead,,,\\n2–4 May 2016,YouGov/Evening Standard,–,43%,32%,25%,11,57%,43%,14 | x.csv:1: field 'Second round': heads a group of columns (columns 8–10) but the header line below names no candidate or party under it
            groups with no names line | HEADER2–4 May 2016,YouGov/Evening Standard,–,43%,32%,25%,11,57%,43%,14 | x.csv:1: field 'First round': heads a group of columns (columns 4–7) but no second header line names the candidates or parties under it; keep the table's header rows when copying it, or write the group into each column's name (such as 'First round Khan')
            two first-round groups | Dates conducted,Pollster,First round,,1st round,\\n,,Khan,Goldsmith,Khan,Goldsmith\\n2–4 May 2016,YouGov/Evening Standard,43%,32%,57%,43% | x.csv:1: field '1st round': column 5 heads a second group of first_pref columns (the first is 'First round'); a row holds one poll of each round or ballot
            a figure under no name | HEADER,,,Khan,Goldsmith,,Lead,Khan,Goldsmith,Lead\\n2–4 May 2016,YouGov/Evening Standard,–,43%,32%,25%,11,57%,43%,14 | x.csv:3: column 6 (under 'First round') has a value but no header
            """)
    void aBadCopyNamesTheLineAndTheColumn(String what, String text, String expected) throws IOException {
        Path file = dir.resolve("x.csv");
        Files.writeString(
                file,
                text.replace("HEADER", HEADER).replace("NAMES", NAMES).replace("\\n", "\n") + "\n",
                StandardCharsets.UTF_8);
        try (PollStore store = PollStore.open(dir.resolve("x.db"))) {
            assertThatThrownBy(() -> ingester()
                            .ingest(
                                    file.toString(),
                                    store,
                                    IngestSettings.withDefaults().withElection(CATALOG.resolve("london-2016"))))
                    .isInstanceOf(BadInputException.class)
                    .hasMessageEndingWith(expected);
            assertThat(store.polls(PollQuery.of("london-2016"))).isEmpty();
        }
    }

    /** The page's own Second round group with three figures is refused alike: one rule for a run-off. */
    @Test
    void aPagesRunOffOfThreeFiguresIsRefusedToo() {
        String html = """
                <html><body><table class="wikitable">
                <tr><th rowspan="2">Pollster</th><th rowspan="2">Date(s) conducted</th>
                    <th colspan="3">First round</th><th colspan="3">Second round</th></tr>
                <tr><th>Khan</th><th>Goldsmith</th><th>Others</th><th>Khan</th><th>Goldsmith</th><th>Berry</th></tr>
                <tr><td>YouGov</td><td>2–4 May 2016</td><td>43</td><td>32</td><td>25</td><td>57</td><td>43</td><td>7</td></tr>
                </table></body></html>""";
        SourceDocument doc = SourceDocument.of("page.html", html.getBytes(StandardCharsets.UTF_8));
        try (PollStore store = PollStore.open(dir.resolve("p.db"))) {
            assertThatThrownBy(() -> ingester()
                            .ingest(
                                    doc,
                                    store,
                                    IngestSettings.withDefaults().withElection(CATALOG.resolve("london-2016"))))
                    .isInstanceOf(BadInputException.class)
                    .hasMessage("page.html:table 1 row 3: field 'Berry': a run-off poll gives figures for the two"
                            + " candidates left in the count; this one gives 3 (Khan, Goldsmith, Berry)"
                            + " (nothing from this file was stored; --skip-invalid stores its 1 valid poll and writes the rest"
                            + " to a rejects file)");
        }
    }

    /**
     * A rejected row of a grouped table goes to the rejects file under one line of labels ("Second round Khan"), and
     * that file, corrected, ingests as it is: both polls of the row. (TNS, 26 April – 3 May 2016, M2016-03, with its
     * sample mistyped.)
     */
    @Test
    void aRejectedRowOfAGroupedTableIngestsAgainFromTheRejectsFile() throws IOException {
        Path copy = dir.resolve("copied.csv");
        String text = Files.readString(Path.of(fixture("wikipedia-london-2016.copied.csv")));
        Files.writeString(copy, text.replace("\"1,001\"", "1O01"));
        IngestSettings settings = IngestSettings.withDefaults().withElection(CATALOG.resolve("london-2016"));
        try (PollStore store = PollStore.open(dir.resolve("r.db"))) {
            IngestReport r = ingester().ingest(copy.toString(), store, settings.withSkipInvalid(true));
            assertThat(r.rejectedPolls()).hasSize(2);
            StringWriter rejects = new StringWriter();
            RejectsCsv.write(r.rejectedPolls(), rejects);
            assertThat(rejects.toString())
                    .startsWith("Date(s) conducted,Polling organisation/client,Sample size,First round Khan,");
            assertThat(rejects.toString()).contains(",Second round Khan,Second round Goldsmith,Second round Lead,");
            Path fixed = dir.resolve("rejects.csv");
            Files.writeString(fixed, rejects.toString().replace("1O01", "1001"));
            IngestReport again = ingester().ingest(fixed.toString(), store, settings);
            assertThat(again.added()).isEqualTo(2);
            assertThat(store.polls(PollQuery.of("london-2016")))
                    .extracting(StoredPoll::poll)
                    .filteredOn(p -> "TNS-BMRB".equals(p.pollster()))
                    .extracting(Poll::scope, Poll::sampleSize)
                    .containsExactlyInAnyOrder(
                            org.assertj.core.groups.Tuple.tuple(Scope.FIRST_PREF, 1001),
                            org.assertj.core.groups.Tuple.tuple(Scope.RUNOFF, 1001));
        }
    }

    /**
     * A divider is a year, alone or with a few words ("2011 polls"), as the HTML reader takes it; a line that says
     * more is a note. (YouGov, 16 Jan 2012 and 11 Jun 2011: M2012-03, M2012-01; UKPR2012.)
     */
    @Test
    void aYearWithAFewWordsIsADividerAndASentenceIsANote() throws IOException {
        Path file = dir.resolve("divided.csv");
        Files.writeString(file, """
                Pollster,Dates conducted,Johnson,Livingstone,Paddick,Others
                2012 polls,,,,,
                YouGov,16 Jan,44%,46%,7%,3%
                2011 polls,,,,,
                A note that mentions 2010 in a sentence,,,,,
                YouGov,11 Jun,48%,41%,2%,9%
                """);
        assertThat(ingest(dir.resolve("d.db"), file.toString(), "london-2012"))
                .extracting(sp -> sp.poll().fieldworkEnd())
                .containsExactlyInAnyOrder(LocalDate.of(2012, 1, 16), LocalDate.of(2011, 6, 11));
    }
}
