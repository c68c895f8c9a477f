package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pollcast.ingest.IngestFixtures.ingester;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.BadInputException;
import org.pollcast.poll.Poll;
import org.pollcast.poll.StoredPoll;
import org.pollcast.store.PollQuery;
import org.pollcast.store.PollStore;

/**
 * Election articles follow their poll table with hypothetical polling (people who never stood): such a table is
 * skipped with a note, and the page's own polls are stored. The main-table figures are the real 2024 polls of
 * wikipedia-london-2024.expected.csv; the hypothetical figures are made up, since they must never be stored.
 */
class OtherBallotTablesTest {
    @TempDir
    Path dir;

    private static final String MAIN = """
            <h2>Opinion polls</h2>
            <table class="wikitable"><tr><th>Pollster</th><th>Client</th><th>Dates conducted</th><th>Khan</th>
            <th>Hall</th><th>Blackie</th><th>Garbett</th><th>Cox</th><th>Others</th></tr>
            <tr><td>Savanta</td><td>Centre for London</td><td>8–12 Mar 2024</td><td>51%</td><td>27%</td><td>10%</td>
            <td>8%</td><td>2%</td><td>3%</td></tr></table>
            """;

    private static String page(String... parts) {
        return "<html><head><title>2024 London mayoral election</title></head><body>" + String.join("\n", parts)
                + "</body></html>";
    }

    private static String table(String caption, String... names) {
        StringBuilder t = new StringBuilder("<table class=\"wikitable\">");
        if (!caption.isEmpty()) {
            t.append("<caption>").append(caption).append("</caption>");
        }
        t.append("<tr><th>Pollster</th><th>Dates conducted</th>");
        for (String n : names) {
            t.append("<th>").append(n).append("</th>");
        }
        t.append("</tr><tr><td>YouGov</td><td>2–7 Feb 2024</td>");
        int share = 40;
        for (int i = 0; i < names.length; i++) {
            t.append("<td>").append(share).append("%</td>");
            share = 60 / names.length;
        }
        return t.append("</tr></table>").toString();
    }

    private IngestReport ingest(String html) {
        try (PollStore store = PollStore.open(dir.resolve("s.db"))) {
            return ingester()
                    .ingest(
                            SourceDocument.of("page.html", html.getBytes(StandardCharsets.UTF_8)),
                            store,
                            IngestSettings.withDefaults());
        }
    }

    private List<Poll> stored() {
        try (PollStore store = PollStore.open(dir.resolve("s.db"))) {
            return store.polls(PollQuery.of("london-2024")).stream()
                    .map(StoredPoll::poll)
                    .toList();
        }
    }

    @Test
    void aTableNamingPeopleWhoDidNotStandIsSkippedWithANote() {
        IngestReport r = ingest(page(
                MAIN,
                "<h3>Including candidates who did not stand</h3>",
                table("", "Khan", "Rory Stewart", "Sajid Javid", "Others")));
        assertThat(r.valid()).isEqualTo(1);
        assertThat(r.rejected()).isEmpty();
        assertThat(r.notes())
                .containsExactly("note: page.html: table 2 skipped: 'Rory Stewart', 'Sajid Javid' are no candidates "
                        + "or parties of london-2024 (hypothetical polling?)");
        assertThat(stored())
                .singleElement()
                .satisfies(p -> assertThat(p.shares()).containsEntry("khan", 51.0));
    }

    /**
     * A table naming every candidate on the ballot beside a stranger is the race's own, the stranger someone who sought
     * the ballot and did not reach it (the French encyclopedia's February 2022 polls name Asselineau and Thouy beside
     * the twelve): it is still skipped, as a misspelt name would be, but the note says how to keep it.
     */
    @Test
    void aTableNamingEveryCandidateBesideAStrangerSaysHowToKeepIt() {
        IngestReport r = ingest(page(
                MAIN,
                table(
                        "",
                        "Khan",
                        "Hall",
                        "Blackie",
                        "Garbett",
                        "Cox",
                        "Campbell",
                        "Gallagher",
                        "Amin",
                        "Michli",
                        "Ghulati",
                        "Binface",
                        "Scanlon",
                        "Rose",
                        "Rory Stewart")));
        assertThat(r.valid()).isEqualTo(1);
        assertThat(r.notes())
                .containsExactly("note: page.html: table 2 skipped: 'Rory Stewart' is no candidate or party of"
                        + " london-2024, though its polls name every candidate on the ballot beside it (someone who"
                        + " sought the ballot and did not reach it?): list that name under the contest's withdrawn: and"
                        + " ingest the file again to keep the table, its share spread over the others as a withdrawn"
                        + " candidate's (if the table is the real race, not a hypothetical one with an extra candidate:"
                        + " check its heading)");
    }

    @Test
    void oneUnknownNameIsNamedInTheSingular() {
        IngestReport r = ingest(page(MAIN, table("", "Khan", "Hall", "Rory Stewart")));
        assertThat(r.notes())
                .containsExactly("note: page.html: table 2 skipped: 'Rory Stewart' is no candidate or party of "
                        + "london-2024 (hypothetical polling?)");
    }

    @Test
    void aTableUnderAHypotheticalHeadingIsSkippedEvenWithKnownNames() {
        // A head-to-head of the real candidates, asked as a hypothetical: not the FPTP ballot.
        IngestReport r = ingest(
                page(MAIN, "<h3>Hypothetical polling</h3><h4>Khan v Hall</h4>", table("", "Khan", "Hall", "Others")));
        assertThat(r.valid()).isEqualTo(1);
        assertThat(r.notes())
                .containsExactly("note: page.html: table 2 skipped: its heading 'Hypothetical polling' calls it "
                        + "hypothetical polling");
    }

    @Test
    void aHypotheticalCaptionSkipsTheTable() {
        IngestReport r = ingest(page(MAIN, table("Hypothetical two-way race", "Khan", "Hall")));
        assertThat(r.notes())
                .containsExactly("note: page.html: table 2 skipped: its caption 'Hypothetical two-way race' calls it "
                        + "hypothetical polling");
    }

    @Test
    void aPageWithOnlyAHypotheticalTableFailsSayingWhy() {
        assertThatThrownBy(() -> ingest(page("<h3>Hypothetical polling</h3>", table("", "Khan", "Hall"))))
                .isInstanceOf(BadInputException.class)
                .hasMessage("page.html: no poll table of this election found: table 1 skipped: its "
                        + "heading 'Hypothetical polling' calls it hypothetical polling (nothing from this file was "
                        + "stored)");
    }

    @Test
    void aSingleTableWithAMisspeltCandidateIsStillAnErrorNamingTheRowAndField() {
        assertThatThrownBy(() -> ingest(page(table("", "Kahn", "Hall", "Others"))))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("page.html:table 1 row 2: field 'Kahn': unknown candidate 'Kahn' in mayor;"
                        + " did you mean 'khan'?");
        assertThat(stored()).isEmpty();
    }

    @Test
    void whenNoTableIsTheElectionsOwnNothingIsSkippedAndThePageFails() {
        // Every table has a name of no candidate: more likely misspelt than hypothetical.
        assertThatThrownBy(() -> ingest(page(table("", "Kahn", "Hall"), table("", "Khan", "Rory Stewart"))))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("2 problems")
                .satisfies(e -> assertThat(((BadInputException) e).details())
                        .anySatisfy(d -> assertThat(d).startsWith("page.html:table 1 row 2: field 'Kahn'"))
                        .anySatisfy(d -> assertThat(d).startsWith("page.html:table 2 row 2: field 'Rory Stewart'")));
        assertThat(stored()).isEmpty();
    }

    /**
     * A page whose only table asks about a field of would-be candidates (three or more names strange to the election,
     * outnumbering its candidates): the Irish 2025 presidential article at wikimili before the nominations, Ahern,
     * Fitzgerald, McGuinness and others beside Connolly, the only one who stood. It was refused as 13 misspelt names;
     * now the table is skipped with its note, and the page has no poll of the election.
     */
    @Test
    void aPagesOnlyTableOfWouldBeCandidatesIsSkippedNotMisspelt() throws Exception {
        Ingester ingester = IngestFixtures.ingesterWith(dir, "ie-2025.yaml");
        try (PollStore store = PollStore.open(dir.resolve("ie.db"))) {
            assertThatThrownBy(() -> ingester.ingest(
                            IngestFixtures.fixture("wikimili-ie-2025-prenomination.md"),
                            store,
                            IngestSettings.withDefaults()
                                    .withAcceptNewPollsters(true)
                                    .withElection(new ElectionCatalog(new DataHome(dir)).resolve("ie-2025"))))
                    .isInstanceOf(BadInputException.class)
                    .hasMessageContaining("no polls found")
                    .hasMessageContaining("'Bertie Ahern'")
                    .hasMessageContaining("are no candidates or parties of ie-2025")
                    .hasMessageNotContaining("unknown candidate");
        }
    }

    @Test
    void twoMisspeltNamesBesideTheCandidatesAreStillErrors() {
        // Strangers that do not outnumber the candidates named: a misspelt table, refused naming each.
        assertThatThrownBy(() -> ingest(page(table("", "Khan", "Hall", "Blackie", "Zebedee", "Quorn"))))
                .isInstanceOf(BadInputException.class)
                .satisfies(e -> assertThat(((BadInputException) e).details())
                        .anySatisfy(d -> assertThat(d).contains("field 'Zebedee'")));
        assertThat(stored()).isEmpty();
    }

    @Test
    void aWideCsvWithAMisspeltCandidateIsStillAnError() {
        String csv = "election,pollster,fieldwork_end,Kahn,Hall\nlondon-2024,YouGov,2024-02-07,49,24\n";
        assertThatThrownBy(() -> {
                    try (PollStore store = PollStore.open(dir.resolve("s.db"))) {
                        ingester()
                                .ingest(
                                        SourceDocument.of("polls.csv", csv.getBytes(StandardCharsets.UTF_8)),
                                        store,
                                        IngestSettings.withDefaults());
                    }
                })
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith(
                        "polls.csv:2: field 'Kahn': unknown candidate 'Kahn' in mayor; did you mean" + " 'khan'?");
    }

    @Test
    void theFixturePagesHypotheticalTableIsSkipped() {
        try (PollStore store = PollStore.open(dir.resolve("s.db"))) {
            IngestReport r = ingester()
                    .ingest(IngestFixtures.fixture("wikipedia-london-2024.html"), store, IngestSettings.withDefaults());
            assertThat(r.valid()).isEqualTo(6);
            assertThat(r.skipped())
                    .containsExactly(new SkippedTable(
                            2,
                            "'Sajid Javid', 'Rory Stewart' are no candidates or parties of london-2024 "
                                    + "(hypothetical polling?)"));
        }
    }

    @Test
    void skippedTablesAreNotRejectsEvenWithSkipInvalid() {
        try (PollStore store = PollStore.open(dir.resolve("s.db"))) {
            IngestReport r = ingester()
                    .ingest(
                            SourceDocument.of(
                                    "page.html",
                                    page(MAIN, table("", "Khan", "Rory Stewart"))
                                            .getBytes(StandardCharsets.UTF_8)),
                            store,
                            IngestSettings.withDefaults().withSkipInvalid(true));
            assertThat(r.rejectedPolls()).isEmpty();
            assertThat(r.skipped()).extracting(SkippedTable::table).containsExactly(2);
            assertThat(r.summary()).doesNotContain("problems skipped");
        }
    }
}
