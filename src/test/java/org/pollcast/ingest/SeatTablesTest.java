package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.pollcast.ingest.IngestFixtures.CATALOG;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.BadInputException;
import org.pollcast.poll.Poll;
import org.pollcast.store.PollQuery;
import org.pollcast.store.PollStore;

/**
 * Polls published in seats (the Netherlands' Tweede Kamer, 150 seats): pages rebuilt in the layout of "Opinion polling
 * for the 2023 Dutch general election" (its Seats table, rows as printed) and of the 2025 one (rows from the poll
 * reports named in src/test/resources/ingest/README.md, some reported for the leading parties only). Before, every row
 * was refused as "shares sum to 150, more than 102", without a word of seats, and a row naming few enough parties to
 * sum under 102 would have been stored as shares: 26 seats as 26%.
 */
class SeatTablesTest {
    @TempDir
    Path root;

    @Test
    void theDutch2023SeatsTableIsReadAsSharesOfTheHouse() throws IOException {
        Ingester ingester = IngestFixtures.ingesterWith(root, "nl-2023.yaml");
        // the GL–PvdA group over "PvdA" and "GL", its cells spanning both, is the joint list: before, "unknown party
        // 'PvdA' in tk; did you mean 'PvdD'?" refused the page
        // Ipsos's two exit-poll releases of election night are one poll with other figures: still refused (without
        // --skip-invalid, the page with them), the first kept as a poll dated polling day
        // (the group is read as a party where the election is given or the alias table knows its name: before the
        // election is known, a column is an option only by the alias table)
        var election = new ElectionCatalog(new DataHome(root)).resolve("nl-2023");
        IngestReport r = ExpectedPages.assertGivesExactly(
                ingester,
                root,
                "wikipedia-nl-2023",
                "nl-2023",
                IngestFixtures.NEW_FIRMS.withSkipInvalid(true).withElection(election));
        assertThat(r.rejected())
                .singleElement()
                .satisfies(p -> assertThat(p.toString()).contains("row 5").contains("but with other figures"));
        assertThat(String.join("\n", r.notes()))
                .contains("6 polls printed in seats of 150, not shares, read as shares of the vote")
                .contains("a seat is 0.67 points");
        try (PollStore store = PollStore.open(root.resolve("wikipedia-nl-2023.db"))) {
            for (var sp : store.polls(PollQuery.of("nl-2023"))) {
                assertThat(sp.poll().notes()).contains("seats read as shares: printed as seats of 150");
                assertThat(sp.poll().partial()).isFalse();
            }
        }
    }

    /**
     * wikimili's Markdown copy of the same table (src/test/resources/ingest/README.md): the GL–PvdA group's two names,
     * `PvdA | GL`, on a line of their own under the header, moved to its start, where the copy keeps one GL–PvdA column.
     * Before, the names were laid under the first columns ("Polling firm PvdA", "Fieldwork date GL") and the page was
     * refused as having no pollster column. The copy ends inside a row (skipped), and Ipsos's two election-night releases
     * are one poll with other figures, as on the rendered page.
     */
    @Test
    void aMarkdownCopyWithTheGroupsNamesMovedToTheLinesStartIsRead() throws IOException {
        Ingester ingester = IngestFixtures.ingesterWith(root, "nl-2023.yaml");
        var election = new ElectionCatalog(new DataHome(root)).resolve("nl-2023");
        IngestReport r = ExpectedPages.assertGivesExactly(
                ingester,
                root,
                "wikimili-nl-2023.md",
                PollFormat.MARKDOWN,
                "nl-2023",
                IngestFixtures.NEW_FIRMS.withSkipInvalid(true).withElection(election));
        assertThat(r.rejected())
                .singleElement()
                .satisfies(p -> assertThat(p.toString()).contains("but with other figures"));
    }

    /**
     * wikimili's plain-text copy of the same table (src/test/resources/ingest/README.md) runs every row's cells together
     * with no sign between them ("Peil.nl21 Nov 20236,000+26829652844331240611191"): no one can tell its seats apart, and
     * it is refused as a table copied as text, naming its header's line. Before, it was refused as a release page with
     * "no list of a poll's figures", which sent the user looking for a list.
     */
    @Test
    void aTextCopyWithSeatsRunTogetherIsRefusedAsATable() throws IOException {
        Ingester ingester = IngestFixtures.ingesterWith(root, "nl-2023.yaml");
        String file = IngestFixtures.RESOURCES.resolve("wikimili-nl-2023.txt").toString();
        try (PollStore store = PollStore.open(root.resolve("run-together.db"))) {
            assertThatThrownBy(() -> ingester.ingest(file, store, IngestFixtures.NEW_FIRMS))
                    .isInstanceOf(BadInputException.class)
                    .hasMessageContaining(file + ":21: a poll table copied as plain text (its header 'Polling"
                            + " firmFieldwork dateSample'")
                    .hasMessageNotContaining("release page");
        }
    }

    /**
     * Israel's tables (rows rebuilt from the poll reports named in src/test/resources/ingest/README.md): the only table
     * sits under "Seat projections", and a list below the threshold is printed as its share of the vote ("1.3%") among
     * the seats. Before, the page was refused as having no poll table (its heading said seats), and read without the
     * heading every row was refused as shares over 102; the Joint List's 5 seats over the Hadash–Ta'al and Balad
     * columns, a poll before its split, were stored as Balad's.
     */
    @Test
    void anIsraeliSeatTablePrintsListsBelowTheThresholdAsSharesBesideTheSeats() throws IOException {
        Ingester ingester = IngestFixtures.ingesterWith(root, "il-2022.yaml");
        IngestReport r = ExpectedPages.assertGivesExactly(
                ingester, root, "wikipedia-il-2022", "il-2022", IngestFixtures.NEW_FIRMS.withSkipInvalid(true));
        // the Joint List's 5 seats (15 September, before its split) name two lists, neither Balad alone; and 5 seats
        // won are no small party's points for Others: refused as a list the definition does not have
        assertThat(r.rejected())
                .singleElement()
                .satisfies(
                        p -> assertThat(p.toString()).contains("row 6").contains("unknown party 'Hadash–Ta'al–Balad'"));
        assertThat(r.skipped()).noneMatch(s -> s.why().contains("seats"));
        assertThat(String.join("\n", r.notes()))
                .contains("3 polls printed in seats of 120")
                .contains("the seats share out the rest of the vote");
        try (PollStore store = PollStore.open(root.resolve("wikipedia-il-2022.db"))) {
            Poll midgam = store.polls(PollQuery.of("il-2022")).stream()
                    .map(sp -> sp.poll())
                    .filter(p -> p.pollster().equals("Midgam"))
                    .findFirst()
                    .orElseThrow();
            // 120 seats share out the 96.8 points Balad's 1.3% and Jewish Home's 1.9% leave: Likud's 31 are 25.0
            assertThat(midgam.shares()).containsEntry("likud", 25.0067).containsEntry("balad", 1.3);
            assertThat(midgam.notes())
                    .contains("each seat 0.81 points of the 96.8 left by the lists printed as shares");
            // Ra'am's 4 seats are 2.8 to 3.6 points, and the poll seated it, so it passed 3.25%: the middle of 3.25 to
            // 3.6, not 4 × 0.81 = 3.23 under the threshold that won it its seats
            assertThat(midgam.shares()).containsEntry("raam", 3.44);
        }
    }

    /**
     * A list whose seats' span of shares reaches under its threshold passed it by the poll's own seating: the middle of
     * the span over the threshold, where the span is all over it the seats' worth.
     */
    @Test
    void seatsNearTheThresholdAreReadAsTheMiddleOfTheSharesThatPassIt() {
        assertThat(SeatFigures.seatedShare(4, 96.8 / 120, 3.25)).isCloseTo(3.44, within(1e-9));
        assertThat(SeatFigures.seatedShare(5, 96.8 / 120, 3.25)).isCloseTo(5 * 96.8 / 120, within(1e-9));
        // the Tweede Kamer's full quota: one seat is 0.67 to 1.0 points, 0.835 in the middle
        assertThat(SeatFigures.seatedShare(1, 100.0 / 150, 0.67)).isCloseTo(0.835, within(1e-9));
        assertThat(SeatFigures.seatedShare(2, 100.0 / 150, 0.67)).isCloseTo(200.0 / 150, within(1e-9));
        assertThat(SeatFigures.seatedShare(0, 100.0 / 150, 0.67)).isZero();
        assertThat(SeatFigures.seatedShare(4, 100.0 / 120, 0)).isCloseTo(400.0 / 120, within(1e-9));
    }

    /** Where the page has a table of shares, a table titled as seat projections is still left out (Scotland's). */
    @Test
    void aSeatProjectionTableBesideAPollTableIsStillLeftOut() {
        String page =
                "<html><head><title>Opinion polling for the 2021 Scottish Parliament election</title></head><body>"
                        + "<h2>Constituency vote</h2><table class=\"wikitable\"><tr><th>Pollster</th><th>Date</th><th>SNP</th>"
                        + "<th>Con</th><th>Lab</th></tr><tr><td>YouGov</td><td>4 May 2021</td><td>48%</td><td>22%</td>"
                        + "<td>20%</td></tr></table><h2>Seat projections</h2><table class=\"wikitable\"><tr><th>Pollster</th>"
                        + "<th>Date</th><th>SNP</th><th>Con</th><th>Lab</th></tr><tr><td>YouGov</td><td>4 May 2021</td>"
                        + "<td>68</td><td>27</td><td>20</td></tr></table></body></html>";
        HtmlPollTableReader.Page read = HtmlPollTableReader.read("page.html", page, 2021, name -> true);
        assertThat(read.polls()).hasSize(1);
        assertThat(read.skipped())
                .singleElement()
                .satisfies(s -> assertThat(s.why()).contains("says its figures are seats, not shares"));
    }

    @Test
    void aSeatsTablesPartialRowsAreSeatsTooNotPercentages() throws IOException {
        Ingester ingester = IngestFixtures.ingesterWith(root, "nl-2023.yaml", "nl-2025.yaml");
        IngestReport r = ExpectedPages.assertGivesExactly(
                ingester, root, "wikipedia-nl-2025", "nl-2025", IngestFixtures.NEW_FIRMS);
        assertThat(r.rejected()).isEmpty();
        try (PollStore store = PollStore.open(root.resolve("wikipedia-nl-2025.db"))) {
            Poll leaders = store.polls(PollQuery.of("nl-2025")).stream()
                    .map(sp -> sp.poll())
                    .filter(p -> p.fieldworkEnd().toString().equals("2025-10-25"))
                    .findFirst()
                    .orElseThrow();
            // PVV 26, GL–PvdA 23, D66 22, CDA 20, VVD 16 of 150: 107 in all, the rest not reported
            assertThat(leaders.shares()).containsEntry("pvv", 17.3333).containsEntry("d66", 14.6667);
            assertThat(leaders.partial()).isTrue();
        }
    }

    @Test
    void aCsvRowOfWholeSeatsSummingToTheHouseIsReadAsSeats() throws IOException {
        Ingester ingester = IngestFixtures.ingesterWith(root, "nl-2023.yaml");
        Path file = root.resolve("nl.csv");
        Files.writeString(
                file,
                "Pollster,Fieldwork end,VVD,D66,PVV,CDA,SP,GL–PvdA,FvD,PvdD,CU,Volt,JA21,SGP,DENK,50+,BBB,BIJ1,BVNL,NSC\n"
                        + "Peil.nl,2023-11-21,26,8,29,6,5,28,4,4,3,3,1,2,4,0,6,1,1,19\n",
                StandardCharsets.UTF_8);
        try (PollStore store = PollStore.open(root.resolve("csv.db"))) {
            IngestReport r = ingester.ingest(file.toString(), store, IngestFixtures.NEW_FIRMS.withContest("tk"));
            assertThat(r.summary()).contains("1 poll, 1 added");
            Poll p = store.polls(PollQuery.of("nl-2023")).get(0).poll();
            assertThat(p.shares()).containsEntry("pvv", 19.3333).containsEntry("vvd", 17.3333);
        }
    }

    /**
     * A seat poll one seat short of the house, as a news page listed Midgam's poll of 11 October 2022 (119 of 120, an
     * Israeli blind trial): refused, as only seats summing to the house are read as seats, but saying so, where the
     * message spoke of shares summing to 119 and nothing of the house.
     */
    @Test
    void aCsvRowOfSeatsOneShortOfTheHouseIsRefusedSayingSo() throws IOException {
        Ingester ingester = IngestFixtures.ingesterWith(root, "il-2022.yaml");
        Path file = root.resolve("il.csv");
        Files.writeString(
                file,
                "election,pollster,client,fieldwork_end,sample_size,likud,yeshatid,rz,nu,shas,utj,yb,labor,meretz,ht,raam\n"
                        + "il-2022,Midgam,Channel 12,2022-10-11,500,31,23,13,12,8,7,6,6,5,4,4\n",
                StandardCharsets.UTF_8);
        try (PollStore store = PollStore.open(root.resolve("il.db"))) {
            assertThatThrownBy(() -> ingester.ingest(file.toString(), store, IngestFixtures.NEW_FIRMS))
                    .isInstanceOf(org.pollcast.BadInputException.class)
                    .hasMessageContaining("sum to 119")
                    .hasMessageContaining("near the 120 seats of knesset")
                    .hasMessageContaining("must sum to 120 exactly");
        }
    }

    @Test
    void aTableOfSeatsOfAnotherHouseIsRefusedSayingItsFiguresAreSeats() throws IOException {
        // two rows of whole numbers summing to 150 for the Bundestag, a house of 630
        Ingester ingester = IngestFixtures.ingesterWith(root, "de-2025.yaml");
        Path page = root.resolve("de.html");
        Files.writeString(
                page,
                "<html><head><title>Opinion polling for the 2025 German federal election</title></head><body>"
                        + "<table class=\"wikitable\"><tr><th>Polling firm</th><th>Fieldwork date</th><th>SPD</th>"
                        + "<th>Union</th><th>Grüne</th><th>FDP</th><th>AfD</th><th>Linke</th><th>BSW</th></tr>"
                        + "<tr><td>Forsa</td><td>18 Feb 2025</td><td>24</td><td>45</td><td>20</td><td>6</td><td>30</td>"
                        + "<td>10</td><td>15</td></tr>"
                        + "<tr><td>Forsa</td><td>11 Feb 2025</td><td>25</td><td>44</td><td>20</td><td>6</td><td>30</td>"
                        + "<td>10</td><td>15</td></tr></table></body></html>",
                StandardCharsets.UTF_8);
        try (PollStore store = PollStore.open(root.resolve("de.db"))) {
            assertThatThrownBy(() -> ingester.ingest(page.toString(), store, IngestFixtures.NEW_FIRMS))
                    .isInstanceOf(BadInputException.class)
                    .extracting(e -> String.join("\n", ((BadInputException) e).details()))
                    .asString()
                    .contains("the figures are seats, not shares: the table's rows are whole numbers summing"
                            + " to 150, but de-2025's bundestag is a house of 630 seats");
        }
    }

    /**
     * Whole-number shares whose rows add up to 103 (rounding, a don't-know column) are shares gone wrong, refused by
     * their sum as before: the seats rule said "the figures are seats" of a London Mayor, who has no house.
     */
    @Test
    void wholeSharesSummingJustOverAHundredAreNoSeats() throws IOException {
        Path page = root.resolve("l.html");
        Files.writeString(
                page,
                "<table class=\"wikitable\"><tr><th>Pollster</th><th>Dates conducted</th><th>Khan</th><th>Hall</th>"
                        + "<th>Blackie</th><th>Garbett</th><th>Others</th></tr>"
                        + "<tr><td>YouGov</td><td>25–29 Apr 2024</td><td>48</td><td>26</td><td>10</td><td>13</td>"
                        + "<td>6</td></tr>"
                        + "<tr><td>Savanta</td><td>26–30 Apr 2024</td><td>44</td><td>33</td><td>10</td><td>8</td>"
                        + "<td>8</td></tr></table>",
                StandardCharsets.UTF_8);
        try (PollStore store = PollStore.open(root.resolve("l.db"))) {
            assertThatThrownBy(() -> IngestFixtures.ingester()
                            .ingest(
                                    page.toString(),
                                    store,
                                    IngestFixtures.NEW_FIRMS.withElection(CATALOG.resolve("london-2024"))))
                    .isInstanceOf(BadInputException.class)
                    .extracting(e -> String.join("\n", ((BadInputException) e).details()))
                    .asString()
                    .contains("sum to 103")
                    .doesNotContain("seats");
        }
    }

    /**
     * A body of constituencies is no proportional house: a seat projection of 150 first-past-the-post seats read 90 of
     * them as Red's 60% of the vote. Refused, asking for the vote shares.
     */
    @Test
    void seatsOfABodyOfConstituenciesAreNoShares() throws IOException {
        IngestFixtures.copyDataWith(root);
        StringBuilder def = new StringBuilder(
                "id: bigland-2024\nname: Bigland Parliament election 2024\ndate: 2024-05-02\narea: Bigland\n"
                        + "parties:\n  - {id: red, name: Red Party}\n  - {id: blue, name: Blue Party}\n"
                        + "  - {id: yellow, name: Yellow Party}\n  - {id: green, name: Green Party}\n"
                        + "contests:\n  parliament:\n    system: additional-member\n    seats: 150\n"
                        + "    listSeats: 0\n    parties: [red, blue, yellow, green]\n    constituencies:\n");
        for (int i = 1; i <= 150; i++) {
            def.append("      - {id: c")
                    .append(i)
                    .append(", name: Seat ")
                    .append(i)
                    .append("}\n");
        }
        Files.writeString(root.resolve("elections/bigland-2024.yaml"), def.toString(), StandardCharsets.UTF_8);
        Path file = root.resolve("big.csv");
        Files.writeString(
                file,
                "Pollster,Fieldwork end,Red,Blue,Yellow,Green\nAcme,2024-04-20,90,40,15,5\n",
                StandardCharsets.UTF_8);
        try (PollStore store = PollStore.open(root.resolve("big.db"))) {
            assertThatThrownBy(() -> IngestFixtures.ingesterOf(root)
                            .ingest(file.toString(), store, IngestFixtures.NEW_FIRMS.withContest("parliament")))
                    .isInstanceOf(BadInputException.class)
                    .extracting(e -> e.getMessage() + "\n" + String.join("\n", ((BadInputException) e).details()))
                    .asString()
                    .contains("it elects constituencies, whose seats are no share of a vote");
            assertThat(store.polls(PollQuery.of("bigland-2024"))).isEmpty();
        }
    }

    @Test
    void aJointListsPartsGivenApartAreAddedUp() {
        org.jsoup.nodes.Element td = new org.jsoup.nodes.Element("td");
        // I&O Research, 13–16 January 2023, as PolitPro reports it: GroenLinks 8.1, PvdA 5.9
        TableGrid.Cell gl = new TableGrid.Cell(td, false, "8.1%", 1, 1);
        TableGrid.Cell pvda = new TableGrid.Cell(td, false, "5.9%", 1, 1);
        assertThat(HtmlPollTableReader.jointFigure(java.util.List.of(pvda, gl))).isEqualTo("14.0");
        TableGrid.Cell joint = new TableGrid.Cell(td, false, "25", 1, 2);
        assertThat(HtmlPollTableReader.jointFigure(java.util.List.of(joint, joint)))
                .isEqualTo("25");
        TableGrid.Cell dash = new TableGrid.Cell(td, false, "–", 1, 1);
        assertThat(HtmlPollTableReader.jointFigure(java.util.List.of(dash, gl))).isEqualTo("8.1");
    }
}
