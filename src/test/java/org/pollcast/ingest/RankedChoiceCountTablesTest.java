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
import org.pollcast.store.PollQuery;
import org.pollcast.store.PollStore;

/**
 * The encyclopedia's table of ranked-choice polls of New York City's 2021 Democratic primary, which prints each
 * survey's own count round by round: an {@code RCV count} column, {@code BA} (the first choices as asked, undecided
 * included), then {@code 1}, {@code 2}, ... down to the final two, and footnoted alternative final pairs ({@code
 * 8[C]}); pollster, dates and sample span a survey's lines. Firms are marked {@code (D)} for a Democratic side, and
 * the minor candidates are listed under Others one to a line ({@code 1%}, {@code Chang: 1%}). Copied from the page's
 * stored text (src/test/resources/ingest/README.md). Before, every line after a survey's first was refused as the same
 * poll with other figures, "Data for Progress (D)" as Data for Progress misspelt, and the Others cells as no number:
 * nothing of the table was stored. Then an alternative final pair was left out with a note, since the store's key had
 * room for one run-off a survey; now it is a run-off of its own pair.
 */
class RankedChoiceCountTablesTest {
    @TempDir
    Path root;

    private Ingester ingester;

    /** The 13 candidates on the ballot (the table names eight, and the rest under Others). */
    private static final String DEFINITION = """
            id: nyc-2021
            name: New York City Democratic mayoral primary 2021
            date: 2021-06-22
            parties:
              - {id: dem, name: Democratic}
            contests:
              mayor:
                system: instant-runoff
                candidates:
                  - {id: adams, name: Eric Adams, party: dem}
                  - {id: garcia, name: Kathryn Garcia, party: dem}
                  - {id: wiley, name: Maya Wiley, party: dem}
                  - {id: yang, name: Andrew Yang, party: dem}
                  - {id: stringer, name: Scott Stringer, party: dem}
                  - {id: morales, name: Dianne Morales, party: dem}
                  - {id: mcguire, name: Raymond McGuire, party: dem}
                  - {id: donovan, name: Shaun Donovan, party: dem}
                  - {id: foldenauer, name: Aaron Foldenauer, party: dem}
                  - {id: chang, name: Art Chang, party: dem}
                  - {id: prince, name: Paperboy Love Prince, party: dem}
                  - {id: taylor, name: Joycelyn Taylor, party: dem}
                  - {id: wright, name: Isaac Wright Jr., party: dem}
            """;

    @BeforeEach
    void addTheElection() throws IOException {
        IngestFixtures.copyData(root);
        Files.writeString(root.resolve("elections/nyc-2021.yaml"), DEFINITION);
        DataHome home = new DataHome(root);
        ingester =
                new Ingester(new ElectionCatalog(home), AliasTable.load(List.of(home.aliases())), IngestFixtures.CLOCK);
    }

    @Test
    void eachSurveyGivesItsFirstChoicesItsFinalRoundAndItsOtherFinalPairs() throws IOException {
        try (PollStore store = PollStore.open(root.resolve("copied.db"))) {
            IngestReport r = ingester.ingest(
                    fixture("wikipedia-nyc-2021-rcv.copied.csv"),
                    store,
                    IngestSettings.withDefaults().withAcceptNewPollsters(true));
            assertThat(r.rejected()).isEmpty();
            assertThat(r.summary())
                    .contains("11 polls, 11 added")
                    .contains("(nyc-2021 mayor: first preferences 5, run-off 6)");
            assertThat(polls(store))
                    .containsExactlyInAnyOrder(
                            // BA: 26 of the 92% naming someone (6% undecided), the pollster's own round 8 Adams-Wiley
                            "2021-06-20 Data for Progress first_pref adams=28.3",
                            "2021-06-20 Data for Progress runoff adams=54.0 wiley=46.0",
                            // 8[C]: the same ballots' final round of Adams and Garcia
                            "2021-06-20 Data for Progress runoff adams=48.0 garcia=52.0",
                            // no BA line: its round 1 is its first choices
                            "2021-06-17 Citizen Data first_pref adams=32.0",
                            "2021-06-17 Citizen Data runoff adams=56.0 wiley=44.0",
                            "2021-06-17 Citizen Data runoff adams=54.0 garcia=46.0",
                            "2021-06-17 Ipsos first_pref adams=28.0",
                            "2021-06-17 Ipsos runoff adams=56.0 yang=44.0",
                            // Others "1% Chang: 1% Foldenauer: 0% ...": its total
                            "2021-06-16 Emerson College first_pref adams=25.8",
                            "2021-06-16 Emerson College runoff adams=52.0 garcia=48.0",
                            "2021-06-14 Change Research first_pref adams=25.8");
            // A note for each survey's rounds between: not one a line. The other final pairs are polls, not notes.
            assertThat(r.notes())
                    .contains(
                            "note: " + fixture("wikipedia-nyc-2021-rcv.copied.csv") + ": lines 3–9 skipped: the"
                                    + " survey's ranked-choice count past its first choices (line 2) and short of its"
                                    + " final two: pollcast reads those two and transfers the rest itself",
                            "note: " + fixture("wikipedia-nyc-2021-rcv.copied.csv") + ": lines 35, 38, 40–45 skipped:"
                                    + " the survey's ranked-choice count past its first choices (line 29) and short of"
                                    + " its final two: pollcast reads those two and transfers the rest itself")
                    .noneMatch(n -> n.contains("final pair"))
                    .hasSize(6);
        }
    }

    /**
     * The whole table as the encyclopedia renders it (src/test/resources/ingest/wikipedia-nyc-2021-rcv.html: the
     * copied table's cells, each survey's pollster, dates, sample and margin spanning its count's lines) gives the
     * copy's polls, and one note a survey for the rounds between its first choices and its final pair, as the copy
     * does: before, each row left out made a note of its own, 26 for the five surveys.
     */
    @Test
    void theWholeRenderedTableGivesItsCopysPollsAndANoteASurvey() throws IOException {
        IngestSettings settings = IngestSettings.withDefaults().withAcceptNewPollsters(true);
        try (PollStore page = PollStore.open(root.resolve("whole-page.db"));
                PollStore copy = PollStore.open(root.resolve("whole-copy.db"))) {
            IngestReport r = ingester.ingest(fixture("wikipedia-nyc-2021-rcv.html"), page, settings);
            ingester.ingest(fixture("wikipedia-nyc-2021-rcv.copied.csv"), copy, settings);
            assertThat(r.rejected()).isEmpty();
            assertThat(r.summary()).contains("(nyc-2021 mayor: first preferences 5, run-off 6)");
            assertThat(polls(page)).hasSize(11).containsExactlyInAnyOrderElementsOf(polls(copy));
            assertThat(r.notes())
                    .contains("note: " + fixture("wikipedia-nyc-2021-rcv.html") + ": table 1 rows 3–9 skipped: the"
                            + " survey's ranked-choice count past its first choices (table 1 row 2) and short of its"
                            + " final two: pollcast reads those two and transfers the rest itself")
                    .filteredOn(n -> n.contains("skipped"))
                    .hasSize(5);
        }
    }

    /**
     * The page itself: the same layout, its survey's cells spanning the lines of its count ({@code rowspan}). Data for
     * Progress's lines only, with Donovan, McGuire, Morales and Stringer (3, 3, 2 and 5 as asked) counted in Others, and
     * a last line, made up, of its count's final pair again with other figures: the pair's poll twice, left out.
     */
    @Test
    void thePagesTableReadsAsItsCopy() throws IOException {
        Path page = root.resolve("page.html");
        Files.writeString(page, """
                <html><head><title>2021 New York City Democratic mayoral primary - Wikipedia</title></head><body>
                <h1>2021 New York City Democratic mayoral primary</h1><h3>Ranked-choice polls</h3>
                <table class="wikitable"><tr><th>Poll source</th><th>Date(s) administered</th><th>Sample size</th>
                <th>Margin of error</th><th>RCV count</th><th>Eric Adams</th><th>Kathryn Garcia</th><th>Maya Wiley</th>
                <th>Andrew Yang</th><th>Others</th><th>Undecided</th></tr>
                <tr><td rowspan="5">Data for Progress (D)</td><td rowspan="5">Jun 18–20, 2021</td>
                <td rowspan="5">1,354 (LV)</td><td rowspan="5">± 3.0%</td><td>BA</td><td>26%</td><td>18%</td>
                <td>21%</td><td>12%</td><td>15%</td><td>6%</td></tr>
                <tr><td>7</td><td>38%</td><td>31%</td><td>31%</td><td></td><td></td><td></td></tr>
                <tr><td>8</td><td>54%</td><td></td><td>46%</td><td></td><td></td><td></td></tr>
                <tr><td>8<sup>[C]</sup></td><td>48%</td><td>52%</td><td></td><td></td><td></td><td></td></tr>
                <tr><td>8<sup>[D]</sup></td><td>53%</td><td></td><td>47%</td><td></td><td></td><td></td></tr>
                </table></body></html>""");
        try (PollStore store = PollStore.open(root.resolve("page.db"))) {
            IngestReport r = ingester.ingest(
                    page.toString(), store, IngestSettings.withDefaults().withAcceptNewPollsters(true));
            assertThat(r.summary()).contains("(nyc-2021 mayor: first preferences 1, run-off 2)");
            assertThat(polls(store))
                    .containsExactlyInAnyOrder(
                            "2021-06-20 Data for Progress first_pref adams=28.3",
                            "2021-06-20 Data for Progress runoff adams=54.0 wiley=46.0",
                            "2021-06-20 Data for Progress runoff adams=48.0 garcia=52.0");
            assertThat(String.join("\n", r.notes()))
                    .contains("table 1 row 3 skipped: the survey's ranked-choice count past its first choices (table 1"
                            + " row 2)")
                    .contains("table 1 row 6 skipped: the same final pair again in the survey's ranked-choice count"
                            + " (its final round, table 1 row 4, is kept)");
        }
    }

    /**
     * A party mark after the firm ("Data for Progress (D)") is who the firm worked for, not another firm: the house is
     * Data for Progress, the name on the poll keeps the mark. Others' parts after colons (Data for Progress's smaller
     * candidates as asked, 18–20 June) must add up to its total within their rounding, as the encyclopedia's "on" parts
     * must: a misread part is refused, not read as the first number.
     */
    @Test
    void aPartyMarkIsNoPartOfTheFirmAndOthersPartsMustAddUp() throws IOException {
        Path csv = root.resolve("two.csv");
        Files.writeString(csv, """
                Poll source,Date(s) administered,Sample size,Eric Adams,Kathryn Garcia,Maya Wiley,Andrew Yang,Others
                Data for Progress (D),"Jun 18–20, 2021","1,354 (LV)",26%,18%,21%,12%,"15%
                Stringer: 5%
                Donovan: 3%
                McGuire: 3%
                Morales: 9%
                Others: 2%"
                """);
        try (PollStore store = PollStore.open(root.resolve("two.db"))) {
            assertThatThrownBy(() -> ingester.ingest(csv.toString(), store, IngestSettings.withDefaults()))
                    .hasMessageContaining("field 'Others': share for 'other' is '15% Stringer: 5% Donovan: 3% McGuire:"
                            + " 3% Morales: 9% Others: 2%': a total of 15 whose parts (Stringer: 5%, Donovan: 3%,"
                            + " McGuire: 3%, Morales: 9%, Others: 2%) add up to 22");
            Files.writeString(csv, Files.readString(csv).replace("Morales: 9%", "Morales: 2%"));
            ingester.ingest(csv.toString(), store, IngestSettings.withDefaults());
            assertThat(store.polls(PollQuery.of("nyc-2021"))).singleElement().satisfies(sp -> {
                assertThat(sp.poll().pollster()).isEqualTo("Data for Progress");
                assertThat(sp.poll().publishedAs()).isEqualTo("Data for Progress (D)");
                assertThat(sp.poll().shares()).containsEntry("other", 15.0);
            });
        }
    }

    /** Each poll as "date house scope" and Adams's share, with the run-off's pair. */
    private static List<String> polls(PollStore store) {
        return store.polls(PollQuery.of("nyc-2021")).stream()
                .map(sp -> sp.poll())
                .map(p ->
                        p.fieldworkEnd() + " " + p.pollster() + " " + p.scope().code() + " "
                                + (p.scope().code().equals("runoff")
                                        ? p.shares().entrySet().stream()
                                                .map(e -> e.getKey() + "=" + e.getValue())
                                                .sorted()
                                                .reduce((a, b) -> a + " " + b)
                                                .orElse("")
                                        : "adams=" + Math.round(p.shares().get("adams") * 10) / 10.0))
                .toList();
    }
}
