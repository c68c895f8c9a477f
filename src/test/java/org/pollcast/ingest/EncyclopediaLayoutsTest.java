package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pollcast.ingest.IngestFixtures.CATALOG;
import static org.pollcast.ingest.IngestFixtures.fixture;
import static org.pollcast.ingest.IngestFixtures.ingester;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pollcast.BadInputException;
import org.pollcast.election.Election;
import org.pollcast.election.Scope;
import org.pollcast.poll.Poll;
import org.pollcast.store.PollQuery;
import org.pollcast.store.PollStore;

/**
 * The encyclopedia's layouts of the 2012 London mayoral election article (an older revision: party columns for
 * the Mayor, the run-off on a second line, a row without its sample cell) and of the London Assembly election
 * articles (constituency and list polls by party, told apart by a section heading or a column group). Figures
 * are real: see src/test/resources/ingest/README.md.
 */
class EncyclopediaLayoutsTest {
    @TempDir
    Path dir;

    /**
     * "London mayoral election, 2012": Conservatives, Labour and Liberal Democrats columns stand for their
     * candidates, which the run-off lines say (the Assembly has no run-off); the November 2011 row gives no sample
     * cell, so its shares sit one column to the left; the old title names the year after "election". Its March 2011
     * row is real and sums to 84 with Others given, so it is rejected, and only it.
     */
    @ParameterizedTest(name = "election given: {0}")
    @CsvSource({"true", "false"})
    void mayoralArticleOf2012GivesItsPartyColumnsToTheCandidates(boolean electionGiven) throws IOException {
        Election election = electionGiven ? CATALOG.resolve("london-2012") : null;
        IngestReport r = ExpectedPages.assertGivesExactly(
                dir,
                "wikipedia-london-2012",
                election,
                IngestSettings.withDefaults().withSkipInvalid(true));
        assertThat(r.rejected())
                .extracting(Problem::reason)
                .containsExactly("table 1 row 21: field 'share': shares of this first_pref poll sum to 84, less than"
                        + " 90, yet every option is reported");
        assertThat(r.summary()).contains("(london-2012 mayor: first preferences 11, run-off 8)");
    }

    @Test
    void withoutSkipInvalidThe2012PageFailsOnItsMarch2011Row() {
        try (PollStore store = PollStore.open(dir.resolve("s.db"))) {
            assertThatThrownBy(() -> ingester()
                            .ingest(fixture("wikipedia-london-2012.html"), store, IngestSettings.withDefaults()))
                    .isInstanceOf(BadInputException.class)
                    .hasMessageContaining("wikipedia-london-2012.html:table 1 row 21: field 'share': shares of this"
                            + " first_pref poll sum to 84")
                    .hasMessageContaining("nothing from this file was stored");
            assertThat(store.polls(PollQuery.of("london-2012"))).isEmpty();
        }
    }

    /**
     * "London Assembly election, 2012": one table, "Constituency" and "London-wide list" column groups over party
     * names, each row one poll of each ballot. "2016 London Assembly election": a table under a "Constituency"
     * heading and one under "Party list", the 2016 result at the top of each.
     */
    @ParameterizedTest(name = "{0}, election given: {1}")
    @CsvSource({
        "wikipedia-london-assembly-2012, true",
        "wikipedia-london-assembly-2012, false",
        "wikipedia-london-assembly-2016, true",
        "wikipedia-london-assembly-2016, false"
    })
    void assemblyArticlesGiveConstituencyAndListPolls(String page, boolean electionGiven) throws IOException {
        Election election = electionGiven ? CATALOG.resolve("london-" + page.substring(page.length() - 4)) : null;
        IngestReport r = ExpectedPages.assertGivesExactly(dir, page, election, IngestSettings.withDefaults());
        assertThat(r.rejected()).isEmpty();
        assertThat(r.readAs().keySet()).extracting(IngestReport.ReadAs::contest).containsOnly("assembly");
    }

    /**
     * "2021 London Assembly election": one table, each poll's constituency and list figures on two lines under its
     * spanning date, pollster, client and sample cells, the ballot in a "Vote" column; the result's two lines at the
     * top, a "2020" divider (YouGov/QMUL, 2-6 March 2020, as the Evening Standard reported it: the parties it did not
     * give are blank, so both polls are partial). Before, "Vote" was read as a party, and the page was refused.
     */
    @ParameterizedTest(name = "election given: {0}")
    @CsvSource({"true", "false"})
    void assemblyArticleOf2021GivesEachBallotFromItsVoteColumn(boolean electionGiven) throws IOException {
        Election election = electionGiven ? CATALOG.resolve("london-2021") : null;
        IngestReport r = ExpectedPages.assertGivesExactly(
                dir, "wikipedia-london-assembly-2021", election, IngestSettings.withDefaults());
        assertThat(r.rejected()).isEmpty();
        assertThat(r.summary()).contains("(london-2021 assembly: constituency vote 1, list vote 1)");
    }

    /**
     * "2000 London mayoral election" and "2004 London mayoral election": `Date(s) conducted` first, candidate
     * columns with Others and Lead, each poll's run-off on a second line under spanning cells, month-only dates
     * ("Mar 2000", "Jun 2004"). Populus's 2004 poll published its run-off only: its first line is blanks, and its
     * second line is the run-off (before, it was stored as a first-preference poll of Livingstone 58, Norris 42).
     */
    @ParameterizedTest(name = "{0}, election given: {1}")
    @CsvSource({
        "wikipedia-london-2000, true",
        "wikipedia-london-2000, false",
        "wikipedia-london-2004, true",
        "wikipedia-london-2004, false"
    })
    void mayoralArticlesOf2000And2004(String page, boolean electionGiven) throws IOException {
        Election election = electionGiven ? CATALOG.resolve("london-" + page.substring(page.length() - 4)) : null;
        IngestReport r = ExpectedPages.assertGivesExactly(dir, page, election, IngestSettings.withDefaults());
        assertThat(r.rejected()).isEmpty();
        assertThat(r.readAs().keySet()).extracting(IngestReport.ReadAs::contest).containsOnly("mayor");
    }

    /**
     * The 2021 Assembly table and the 2004 mayoral table copied from the browser and saved as CSV: a poll's second
     * line has blank pollster, date and sample cells (the page's spanning cells), and is that poll's other ballot or
     * its run-off, as on the page; the result's second line is no poll. Before, each such line was refused for want
     * of a pollster and a date.
     */
    @ParameterizedTest
    @CsvSource({"wikipedia-london-assembly-2021, london-2021", "wikipedia-london-2004, london-2004"})
    void aTableCopiedAsCsvReadsEachPollsSecondLineAsThePageDoes(String page, String electionId) throws IOException {
        List<String> fromPage = figures(page + ".html", electionId);
        assertThat(figures(page + ".copied.csv", electionId)).isNotEmpty().isEqualTo(fromPage);
    }

    /**
     * One table whose ballots are sections headed by rows across it ("Constituency vote", "London-wide list vote"),
     * as a heading would head a table: the rows below each are that ballot's polls. Before, the section rows were read
     * as notes, and the page was refused (party columns fit the Mayor and the Assembly alike; with --contest assembly,
     * the two ballots of YouGov/QMUL's March 2020 survey met as one poll with two sets of figures). A row across the
     * table that says more than a few words is a note, whatever it says ("Labour publishes its candidate list").
     */
    @Test
    void rowsAcrossTheTableThatNameABallotHeadTheirSections() throws IOException {
        String d = "&#8211;";
        String header = "<tr><th>Dates conducted</th><th>Pollster</th><th>Client</th><th>Sample size</th><th>Lab</th>"
                + "<th>Con</th><th>Green</th><th>Lib Dem</th><th>Reform</th><th>Others</th></tr>";
        String constituency = "<tr><td>2–6 Mar 2020</td><td>YouGov</td><td>Queen Mary University of London</td><td>" + d
                + "</td><td>47%</td><td>31%</td><td>" + d + "</td><td>" + d + "</td><td>" + d + "</td><td>" + d
                + "</td></tr>";
        String list = "<tr><td>2–6 Mar 2020</td><td>YouGov</td><td>Queen Mary University of London</td><td>" + d
                + "</td><td>45%</td><td>29%</td><td>12%</td><td>" + d + "</td><td>2%</td><td>" + d + "</td></tr>";
        String html = "<html><head><title>2021 London Assembly election</title></head><body><h2>Opinion polls</h2>"
                + "<table class=\"wikitable\">" + header
                + "<tr><td colspan=\"10\"><b>Constituency vote</b></td></tr>" + constituency
                + "<tr><td colspan=\"10\">Labour publishes its London-wide candidate list</td></tr>"
                + "<tr><td colspan=\"10\"><b>London-wide list vote</b></td></tr>" + list + "</table></body></html>";
        List<Poll> polls = ingest("sections.html", html, IngestSettings.withDefaults(), "london-2021");
        assertThat(polls)
                .extracting(p -> p.contest() + " " + p.scope() + " " + p.shares())
                .containsExactlyInAnyOrder(
                        "assembly constituency {lab=47.0, con=31.0}",
                        "assembly list {lab=45.0, con=29.0, grn=12.0, reform=2.0}");

        String csv = "Dates conducted,Pollster,Client,Sample size,Lab,Con,Green,Lib Dem,Reform,Others\n"
                + "Constituency vote,,,,,,,,,\n"
                + "2–6 Mar 2020,YouGov,Queen Mary University of London,–,47%,31%,–,–,–,–\n"
                + "London-wide list vote,,,,,,,,,\n"
                + "2–6 Mar 2020,YouGov,Queen Mary University of London,–,45%,29%,12%,–,2%,–\n";
        assertThat(ingest("sections.csv", csv, IngestSettings.withDefaults(), "london-2021"))
                .extracting(p -> p.contest() + " " + p.scope() + " " + p.shares())
                .containsExactlyInAnyOrder(
                        "assembly constituency {lab=47.0, con=31.0}",
                        "assembly list {lab=45.0, con=29.0, grn=12.0, reform=2.0}");
    }

    /**
     * An Assembly article's poll tables before its first poll hold the previous election's result alone (2021's
     * infobox shares, WIKI2021A): nothing to store, and the message says the tables were read and why none of their
     * rows is a poll.
     */
    @Test
    void pollTablesWithTheResultAloneSayTheyHoldNoPoll() throws IOException {
        String html = "<html><head><title>2024 London Assembly election</title></head><body><h2>Opinion polls</h2>"
                + "<h3>Party list</h3><table class=\"wikitable\"><tr><th>Pollster</th><th>Client</th>"
                + "<th>Dates conducted</th><th>Sample size</th><th>Labour</th><th>Conservative</th><th>Green</th>"
                + "<th>Lib Dems</th><th>Others</th></tr><tr><td colspan=\"2\">2021 election</td><td>6 May 2021</td>"
                + "<td>&#8211;</td><td>38.1%</td><td>30.7%</td><td>11.8%</td><td>7.3%</td><td>12.1%</td></tr>"
                + "</table></body></html>";
        assertThatThrownBy(() -> ingest("result-only.html", html, IngestSettings.withDefaults(), "london-2024"))
                .isInstanceOf(BadInputException.class)
                .hasMessageEndingWith("result-only.html: no polls found: its poll tables have no row of a poll's"
                        + " figures (an election's result row, notes, dividers and rows of blanks are not polls)");
    }

    private List<String> figures(String file, String electionId) {
        try (PollStore store = PollStore.open(dir.resolve(file + ".db"))) {
            ingester().ingest(fixture(file), store, IngestSettings.withDefaults());
            return store.polls(PollQuery.of(electionId)).stream()
                    .map(sp -> sp.poll())
                    .map(p -> p.key() + " " + p.fieldworkStart() + " " + p.published() + " " + p.sampleSize() + " "
                            + p.shares())
                    .sorted()
                    .toList();
        }
    }

    @ParameterizedTest
    @CsvSource({
        "wikipedia-london-2012.html, HTML",
        "wikipedia-london-assembly-2012.html, HTML",
        "wikipedia-london-assembly-2016.html, HTML"
    })
    void detectsFormatByContent(String file, PollFormat format) throws IOException {
        assertThat(PollFormat.detect(Files.readString(Path.of(fixture(file))))).isEqualTo(format);
    }

    /** The 2016 YouGov/Evening Standard poll's two ballots (British Polling Council), in a table of party names. */
    private static String assemblyTable(String... rows) {
        return """
                <table class="wikitable"><tr><th>Pollster/client</th><th>Fieldwork date</th><th>Lab</th><th>Con</th>
                <th>Green</th><th>UKIP</th><th>Lib Dem</th><th>Others</th></tr>
                %s</table>""".formatted(String.join("\n", rows));
    }

    private static String constituency2016(String dates) {
        return "<tr><td>YouGov/Evening Standard</td><td>" + dates + "</td><td>44%</td><td>30%</td><td>7%</td>"
                + "<td>11%</td><td>7%</td><td>1%</td></tr>";
    }

    private static String list2016(String dates) {
        return "<tr><td>YouGov/Evening Standard</td><td>" + dates + "</td><td>39%</td><td>29%</td><td>9%</td>"
                + "<td>11%</td><td>8%</td><td>5%</td></tr>";
    }

    private List<Poll> ingest(String name, String html, IngestSettings settings) throws IOException {
        return ingest(name, html, settings, "london-2016");
    }

    private List<Poll> ingest(String name, String html, IngestSettings settings, String election) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, html, StandardCharsets.UTF_8);
        try (PollStore store = PollStore.open(dir.resolve(name + ".db"))) {
            ingester().ingest(file.toString(), store, settings);
            return store.polls(PollQuery.of(election)).stream()
                    .map(sp -> sp.poll())
                    .toList();
        }
    }

    /**
     * The heading that names the ballot may be a level or two above the table's own (year sections inside ballot
     * sections), and is read the way the encyclopedia writes it ("Londonwide", one word). Dates without a year
     * still take it from the nearest heading.
     */
    @Test
    void aBallotHeadingAboveYearSectionsSaysWhichBallotTheirTablesHold() throws IOException {
        String html = "<html><head><title>2016 London Assembly election</title></head><body>"
                + "<h2>Opinion polls</h2><h3>Londonwide</h3><h4>2016</h4>" + assemblyTable(list2016("2–4 May"))
                + "<h3>Constituency vote</h3><h4>2016</h4>" + assemblyTable(constituency2016("2–4 May"))
                + "</body></html>";
        List<Poll> polls = ingest("sections.html", html, IngestSettings.withDefaults());
        assertThat(polls)
                .extracting(p -> p.contest() + " " + p.scope() + " " + p.fieldworkEnd())
                .containsExactlyInAnyOrder("assembly list 2016-05-04", "assembly constituency 2016-05-04");
        assertThat(polls)
                .filteredOn(p -> p.scope() == Scope.LIST)
                .singleElement()
                .satisfies(p -> assertThat(p.shares())
                        .containsExactly(
                                Map.entry("lab", 39.0),
                                Map.entry("con", 29.0),
                                Map.entry("grn", 9.0),
                                Map.entry("ukip", 11.0),
                                Map.entry("ld", 8.0),
                                Map.entry("other", 5.0)));
    }

    /**
     * The innermost heading that names a ballot or contest wins over the ones enclosing it, and a caption over any
     * heading: year sections sit inside a "Party list" section inside a "Constituency vote" one, or inside "London
     * Assembly" inside "Mayor".
     */
    @Test
    void theInnermostTitleThatNamesABallotWins() throws IOException {
        String html = "<html><head><title>2016 London Assembly election</title></head><body>"
                + "<h2>Constituency vote</h2><h3>Party list</h3><h4>2016</h4>" + assemblyTable(list2016("2–4 May"))
                + "<h2>Mayor</h2><h3>London Assembly</h3><h4>2016</h4>"
                + assemblyTable(constituency2016("2–4 May"))
                + "<h2>List vote</h2><h3>2016</h3>"
                + assemblyTable(constituency2016("2–4 May"))
                        .replace("<tr><th>Pollster", "<caption>Constituency vote</caption><tr><th>Pollster")
                + "</body></html>";
        List<Poll> polls = ingest("innermost.html", html, IngestSettings.withDefaults());
        assertThat(polls)
                .extracting(p -> p.contest() + " " + p.scope())
                .containsExactlyInAnyOrder("assembly list", "assembly unspecified", "assembly constituency");
    }

    /**
     * Party columns with no title and no run-off fit the Mayor and the Assembly alike: refused, naming the page,
     * table, row and columns, and saying how to choose, when the page's title names both contests (or neither).
     */
    @Test
    void partyColumnsThatNothingPlacesAreRefusedUntilTheContestIsGiven() throws IOException {
        String html = "<html><head><title>2016 London mayoral and Assembly elections</title></head><body>"
                + "<h2>Opinion polls</h2>"
                + assemblyTable(list2016("2–4 May 2016")) + "</body></html>";
        Path file = dir.resolve("untitled.html");
        Files.writeString(file, html, StandardCharsets.UTF_8);
        try (PollStore store = PollStore.open(dir.resolve("u.db"))) {
            assertThatThrownBy(() -> ingester().ingest(file.toString(), store, IngestSettings.withDefaults()))
                    .isInstanceOf(BadInputException.class)
                    .hasMessageContaining(
                            file + ":table 1 row 2: field 'contest': cannot tell which contest of" + " london-2016")
                    .hasMessageContaining(
                            "neither the table's titles (its caption, title rows, the bold line above it or a heading)"
                                    + " nor the page's title say which")
                    .hasMessageContaining("pass --contest mayor or --contest assembly")
                    .satisfies(e -> assertThat(((BadInputException) e).details())
                            .contains(
                                    "table columns: Pollster/client,Fieldwork date,Lab,Con,Green,UKIP,Lib Dem,Others",
                                    "as mayor: Lab = Sadiq Khan, Con = Zac Goldsmith, Green = Siân Berry, UKIP ="
                                            + " Peter Whittle, Lib Dem = Caroline Pidgeon, Others = Others"));
            assertThat(store.polls(PollQuery.of("london-2016"))).isEmpty();
        }
        List<Poll> polls =
                ingest("untitled.html", html, IngestSettings.withDefaults().withContest("assembly"));
        assertThat(polls).extracting(p -> p.contest() + " " + p.scope()).containsExactly("assembly unspecified");
    }

    /**
     * The page's title is the last word on a table whose own titles and ballots say nothing: the Assembly article's
     * party table is the Assembly's, and the same table in the mayoral article is the Mayor's. A title of the table
     * still wins over the page's.
     */
    @Test
    void thePageTitlePlacesATableThatNothingElsePlaces() throws IOException {
        String table = assemblyTable(list2016("2–4 May 2016"));
        String assembly = "<html><head><title>2016 London Assembly election - Wikipedia</title></head><body>"
                + "<h1>2016 London Assembly election</h1><h2>Opinion polls</h2>" + table + "</body></html>";
        assertThat(ingest("assembly.html", assembly, IngestSettings.withDefaults()))
                .extracting(p -> p.contest() + " " + p.scope())
                .containsExactly("assembly unspecified");
        String mayoral = assembly.replace("London Assembly election", "London mayoral election");
        assertThat(ingest("mayoral.html", mayoral, IngestSettings.withDefaults()))
                .extracting(p -> p.contest() + " " + p.scope())
                .containsExactly("mayor first_pref");
        String titled = mayoral.replace("<h2>Opinion polls</h2>", "<h2>London Assembly</h2>");
        assertThat(ingest("titled.html", titled, IngestSettings.withDefaults()))
                .extracting(p -> p.contest() + " " + p.scope())
                .containsExactly("assembly unspecified");
    }

    /**
     * A row short of the table's width is read as it stands unless what sits under "Sample size" is a share: a row
     * that leaves out its trailing "Others" cell keeps its sample. (YouGov/Evening Standard, 13–15 April 2012, list
     * vote: UKPR5176, SNIPE2012; its sample is the mayoral question's.)
     */
    @Test
    void aShortRowKeepsItsSampleWhenTheSampleCellHoldsOne() throws IOException {
        String html = "<html><head><title>2012 London Assembly election</title></head><body><h2>List vote</h2>"
                + """
                <table class="wikitable"><tr><th>Date(s) conducted</th><th>Polling organisation/client</th>
                <th>Sample size</th><th>Con</th><th>Lab</th><th>LD</th><th>UKIP</th><th>Green</th><th>BNP</th>
                <th>Others</th></tr>
                <tr><td>13–15 April 2012</td><td>YouGov/Evening Standard</td><td>1,060</td><td>35%</td><td>46%</td>
                <td>9%</td><td>5%</td><td>3%</td><td>1%</td></tr></table>"""
                + "</body></html>";
        List<Poll> polls = ingest("short.html", html, IngestSettings.withDefaults(), "london-2012");
        assertThat(polls).singleElement().satisfies(p -> {
            assertThat(p.scope()).isEqualTo(Scope.LIST);
            assertThat(p.sampleSize()).isEqualTo(1060);
            assertThat(p.shares())
                    .containsExactly(
                            Map.entry("con", 35.0),
                            Map.entry("lab", 46.0),
                            Map.entry("ld", 9.0),
                            Map.entry("ukip", 5.0),
                            Map.entry("grn", 3.0),
                            Map.entry("bnp", 1.0));
        });
    }
}
