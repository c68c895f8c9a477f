package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pollcast.ingest.IngestFixtures.fixture;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pollcast.poll.Poll;
import org.pollcast.store.PollQuery;
import org.pollcast.store.PollStore;

/**
 * Scottish Parliament poll tables as the encyclopedia publishes them, read into the one contest of the scotland-2016
 * and scotland-2021 definitions (src/test/resources/ingest/scotland), each poll into its ballot: the constituency vote
 * or the regional list vote. Figures are real: see src/test/resources/ingest/README.md.
 *
 * <ul>
 * <li>2021: "Pollster, Client, Date(s) conducted, Sample size", party links, "Other", "Lead" printed with a % sign,
 * the result row at the top, a row telling of the BBC leaders' debate (a date and words across the party columns),
 * and the ballots in sections headed "Constituency vote" and "Regional vote";
 * <li>2016: "Date(s) conducted" first, "Polling organisation/client", dates without a year under a "2016" heading
 * inside "Constituency Vote (FPTP)" and "Regional Vote (AMS)", debate rows, and pollster cells that end "Archived 1
 * October 2017 at the Wayback Machine" or with a "[permanent dead link]" tag;
 * <li>one table of both ballots, its sections headed by rows across it: "Constituency", then "Regional".
 * </ul>
 */
class ScottishPollTablesTest {
    @TempDir
    Path root;

    private ElectionCatalog catalog;
    private Ingester ingester;

    @BeforeEach
    void theScottishKit() throws IOException {
        IngestFixtures.copyData(root);
        Path kit = Path.of(fixture("scotland"));
        IngestFixtures.copyKit(kit, root);
        DataHome home = new DataHome(root);
        catalog = new ElectionCatalog(home);
        ingester = new Ingester(catalog, AliasTable.load(List.of(home.aliases())), IngestFixtures.CLOCK);
    }

    /**
     * Each page gives exactly its polls, each in its ballot, with or without --election (the title names the year,
     * and the parties only Scotland's). Before, the debate rows were read as polls (the date as the pollster, the
     * words as every party's share), and the 2016 page's TNS rows named the pollster "TNS Archived 1 October 2017 at
     * the Wayback Machine": both pages were refused.
     */
    @ParameterizedTest(name = "{0}, election given: {2}")
    @CsvSource({
        "wikipedia-scotland-2021, scotland-2021, true, 'constituency vote 6, list vote 6'",
        "wikipedia-scotland-2021, scotland-2021, false, 'constituency vote 6, list vote 6'",
        "wikipedia-scotland-2016, scotland-2016, true, 'constituency vote 21, list vote 5'",
        "wikipedia-scotland-2016, scotland-2016, false, 'constituency vote 21, list vote 5'",
    })
    void theArticlesGiveEachPollInItsBallot(String page, String election, boolean electionGiven, String ballots)
            throws IOException {
        IngestSettings settings = IngestSettings.withDefaults();
        if (electionGiven) {
            settings = settings.withElection(catalog.resolve(election));
        }
        IngestReport r = ExpectedPages.assertGivesExactly(ingester, root, page, election, settings);
        assertThat(r.rejected()).isEmpty();
        assertThat(r.summary()).contains("(" + election + " parliament: " + ballots + ")");
    }

    /**
     * Text copies of the 2021 article as the page store keeps them, the section heading "Constituency vote" a bare line
     * with the article's sentence, "Graphical summary" and "Poll results" between it and the table: a Markdown pipe
     * copy (hessslslslsls.azureedge.net) and a copy printing a cell to a line (kampuspedia.com), whose first row is the
     * result's, its name spanning the Pollster and Client cells, then the debate's row. Before, both copies' polls were
     * stored as of no stated ballot (a survey's constituency figures then met its list figures from another page as
     * the same poll), and the cell-a-line copy was read a name short: one poll by a pollster "Lead", the result's
     * figures dated polling day, its five polls lost.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "hessslslslsls-scotland-2021.md, 'constituency vote'",
        "kampuspedia-scotland-2021.txt, 'constituency vote'",
    })
    void textCopiesKeepTheSectionsBallotAndTheResultRowIsNoPoll(String file, String ballots) throws IOException {
        IngestSettings settings = IngestSettings.withDefaults().withElection(catalog.resolve("scotland-2021"));
        IngestReport r =
                ExpectedPages.assertGivesExactly(ingester, root, file, PollFormat.MARKDOWN, "scotland-2021", settings);
        assertThat(r.rejected()).isEmpty();
        assertThat(r.summary()).contains("(scotland-2021 parliament, " + ballots + ")");
    }

    /**
     * One table of both ballots, sections headed "Constituency" and "Regional". Before, "Regional" named no ballot,
     * so the rows under it stayed constituency polls: Survation's list-only poll of 20-22 April 2021 (Alba 3%, a party
     * that stood on the lists only) was stored as a constituency poll, and the three surveys with both ballots were
     * refused as one poll with two sets of figures.
     */
    @Test
    void aTableOfBothBallotsGivesTheRowsUnderRegionalToTheList() throws IOException {
        IngestReport r = ExpectedPages.assertGivesExactly(
                ingester,
                root,
                "scotland-2021-one-table",
                "scotland-2021",
                IngestSettings.withDefaults().withElection(catalog.resolve("scotland-2021")));
        assertThat(r.rejected()).isEmpty();
        assertThat(r.summary()).contains("(scotland-2021 parliament: constituency vote 3, list vote 4)");
    }

    /**
     * The pages give the polls typed by hand into the kit's wide CSVs from the same sources, figure for figure: all 26
     * of 2016, and all 19 of 2021 between the 2021 article (its six final polls, both ballots) and the table of both
     * ballots (the April polls). Pollster, client, dates, sample, ballot and every party's share agree; no Lead, no
     * result row, no debate became a poll or a party.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "scotland-2016, wikipedia-scotland-2016.html",
        "scotland-2021, wikipedia-scotland-2021.html scotland-2021-one-table.html",
    })
    void thePagesGiveThePollsTypedByHand(String election, String pages) throws IOException {
        IngestSettings settings = IngestSettings.withDefaults().withElection(catalog.resolve(election));
        Map<String, String> fromPages;
        Map<String, String> byHand;
        try (PollStore store = PollStore.open(root.resolve("pages.db"))) {
            for (String page : pages.split(" ")) {
                ingester.ingest(fixture(page), store, settings);
            }
            fromPages = figures(store, election);
        }
        try (PollStore store = PollStore.open(root.resolve("hand.db"))) {
            ingester.ingest(fixture("scotland/polls/" + election + ".csv"), store, IngestSettings.withDefaults());
            byHand = figures(store, election);
        }
        assertThat(fromPages).hasSize(election.endsWith("2016") ? 26 : 19).isEqualTo(byHand);
    }

    /**
     * Other ways a table tells the ballots apart: a "Vote" column whose cells say "Constituency" and "Regional" (each
     * poll's two lines under spanning pollster, date and sample cells), and "Constituency" and "Regional" column
     * groups over the parties; and the same table copied into a spreadsheet. Before, "Regional" polls were stored as
     * of no stated ballot, and the forecast, which reads the list vote, left them out.
     */
    @Test
    void regionalNamesTheListBallotInAVoteColumnAColumnGroupAndACopiedTable() throws IOException {
        String party = "<th>SNP</th><th>Con</th><th>Lab</th><th>Green</th><th>Lib Dem</th><th>Alba</th>";
        String vote = "<table class=\"wikitable\"><tr><th>Pollster</th><th>Client</th><th>Dates conducted</th>"
                + "<th>Sample size</th><th>Vote</th>" + party + "<th>Others</th><th>Lead</th></tr>"
                + "<tr><td rowspan=\"2\">YouGov</td><td rowspan=\"2\">The Times</td><td rowspan=\"2\">2–4 May 2021</td>"
                + "<td rowspan=\"2\">1,144</td><td>Constituency</td><td>52%</td><td>20%</td><td>19%</td><td>2%</td>"
                + "<td>6%</td><td>–</td><td>1%</td><td>32%</td></tr>"
                + "<tr><td>Regional</td><td>38%</td><td>22%</td><td>16%</td><td>13%</td><td>5%</td><td>3%</td>"
                + "<td>2%</td><td>16%</td></tr></table>";
        String groups = "<table class=\"wikitable\"><tr><th rowspan=\"2\">Pollster</th><th rowspan=\"2\">Client</th>"
                + "<th rowspan=\"2\">Dates conducted</th><th rowspan=\"2\">Sample size</th>"
                + "<th colspan=\"4\">Constituency</th><th colspan=\"6\">Regional</th></tr>"
                + "<tr><th>SNP</th><th>Con</th><th>Lab</th><th>Lib Dem</th>" + party + "</tr>"
                + "<tr><td>YouGov</td><td>The Times</td><td>2–4 May 2021</td><td>1,144</td><td>52%</td><td>20%</td>"
                + "<td>19%</td><td>6%</td><td>38%</td><td>22%</td><td>16%</td><td>13%</td><td>5%</td><td>3%</td></tr>"
                + "</table>";
        String copied = "Pollster,Client,Dates conducted,Sample size,Vote,SNP,Con,Lab,Green,Lib Dem,Alba,Others,Lead\n"
                + "YouGov,The Times,2–4 May 2021,\"1,144\",Constituency,52%,20%,19%,2%,6%,–,1%,32%\n"
                + ",,,,Regional,38%,22%,16%,13%,5%,3%,2%,16%\n";
        for (String[] file : List.of(
                new String[] {"vote.html", page(vote)},
                new String[] {"groups.html", page(groups)},
                new String[] {"copied.csv", copied})) {
            Path p = root.resolve(file[0]);
            Files.writeString(p, file[1], StandardCharsets.UTF_8);
            try (PollStore store = PollStore.open(root.resolve(file[0] + ".db"))) {
                IngestReport r = ingester.ingest(
                        p.toString(),
                        store,
                        IngestSettings.withDefaults().withElection(catalog.resolve("scotland-2021")));
                assertThat(r.summary())
                        .as(file[0])
                        .contains("(scotland-2021 parliament: constituency vote 1, list vote 1)");
                assertThat(store.polls(PollQuery.of("scotland-2021")))
                        .as(file[0])
                        .filteredOn(sp -> sp.poll().scope().code().equals("list"))
                        .singleElement()
                        .satisfies(sp -> assertThat(sp.poll().shares())
                                .containsEntry("snp", 38.0)
                                .containsEntry("alba", 3.0)
                                .doesNotContainKey("lead"));
            }
        }
    }

    private static String page(String table) {
        return "<html><head><title>Holyrood polls</title></head><body><h2>Opinion polls</h2>" + table
                + "</body></html>";
    }

    /** Each stored poll of {@code election} by its key (ballot, pollster, client, end), with its dates, sample, shares. */
    private static Map<String, String> figures(PollStore store, String election) {
        Map<String, String> out = new TreeMap<>();
        for (var sp : store.polls(PollQuery.of(election))) {
            Poll p = sp.poll();
            out.put(
                    p.scope().code() + " " + p.pollster() + "/" + p.client() + " " + p.fieldworkEnd(),
                    p.fieldworkStart() + " n=" + p.sampleSize() + " " + new TreeMap<>(p.shares()));
        }
        return out;
    }
}
