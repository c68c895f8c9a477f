package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
 * One survey asking several run-off pairings: Pollster for Super Express, 31 March–1 April 2025 (1,007 asked), first
 * round Trzaskowski 35, Nawrocki 23, Mentzen 19, ..., and two second rounds, Trzaskowski v Nawrocki 57–43 and
 * Trzaskowski v Mentzen 55–45, as Wprost reported them
 * (https://www.wprost.pl/polityka/11977228/sondaz-nawrocki-kontra-mentzen-ktory-ma-wieksze-szanse-z-trzaskowskim.html).
 * Before, the store's key (pollster, client, date, contest, scope) had no room for the pair: the second pairing was
 * refused as the first with other figures, and with --skip-invalid it was lost. Each layout gives the survey's first
 * round and both pairings, each a poll of its own.
 */
class RunoffPairingsTest {
    @TempDir
    Path root;

    private Ingester ingester;

    /** The survey's three polls, as each layout must give them. */
    private static final List<String> SURVEY = List.of(
            "2025-04-01 Pollster first_pref mentzen=19.0 nawrocki=23.0 trzaskowski=35.0",
            "2025-04-01 Pollster runoff [nawrocki v trzaskowski] nawrocki=43.0 trzaskowski=57.0",
            "2025-04-01 Pollster runoff [mentzen v trzaskowski] mentzen=45.0 trzaskowski=55.0");

    private static final String FIRST_ROUND_HEADER =
            "Nawrocki,Trzaskowski,Hołownia,Biejat,Zandberg,Mentzen,Braun,Jakubiak,Bartoszewicz";
    private static final String FIRST_ROUND = "23,35,8,3,4,19,3,1,1.12";

    @BeforeEach
    void addPoland() throws IOException {
        IngestFixtures.copyData(root);
        Files.copy(
                IngestFixtures.RESOURCES.resolve("elections/poland-2025.yaml"),
                root.resolve("elections/poland-2025.yaml"));
        DataHome home = new DataHome(root);
        ingester =
                new Ingester(new ElectionCatalog(home), AliasTable.load(List.of(home.aliases())), IngestFixtures.CLOCK);
    }

    private IngestReport ingest(Path file, PollStore store) {
        return ingester.ingest(
                file.toString(), store, IngestSettings.withDefaults().withAcceptNewPollsters(true));
    }

    private Path write(String name, String text) throws IOException {
        Path f = root.resolve(name);
        Files.writeString(f, text);
        return f;
    }

    /**
     * The encyclopedia's layout: a first-round table, then a table per pairing under its heading ("Trzaskowski vs
     * Nawrocki", "Trzaskowski vs Mentzen"), the survey a row of each. The page also lists Pollster's survey of 25 May
     * (second round only), another poll. Ingested again, it adds nothing.
     */
    @Test
    void aPagesTableOfEachPairingGivesEachPairingItsPoll() throws IOException {
        Path page = IngestFixtures.RESOURCES.resolve("wikipedia-poland-2025-pairings.html");
        try (PollStore store = PollStore.open(root.resolve("page.db"))) {
            IngestReport first = ingest(page, store);
            assertThat(first.summary())
                    .contains("4 polls, 4 added, 0 already stored (poland-2025 president: first preferences 1, run-off"
                            + " 3)");
            assertThat(polls(store)).containsAll(SURVEY).hasSize(4);
            IngestReport again = ingest(page, store);
            assertThat(again.added()).isZero();
            assertThat(again.duplicates()).isEqualTo(4);
            assertThat(store.count("poland-2025")).isEqualTo(4);
        }
    }

    /** One table, the survey's pairings on the lines under its first round, its pollster and date cells spanning all. */
    @Test
    void aTableRowWithEachPairingOnALineOfItsOwnGivesEachPairingItsPoll() throws IOException {
        Path page = write("row.html", """
                <html><head><title>Opinion polling for the 2025 Polish presidential election</title></head><body>
                <h1>Opinion polling for the 2025 Polish presidential election</h1>
                <table class="wikitable"><tr><th>Polling firm/Link</th><th>Fieldwork date</th><th>Sample size</th>
                <th>Nawrocki</th><th>Trzaskowski</th><th>Hołownia</th><th>Mentzen</th><th>Others</th></tr>
                <tr><td rowspan="3">Pollster / SE.pl</td><td rowspan="3">31 Mar – 1 Apr 2025</td>
                <td rowspan="3">1,007</td><td>23</td><td>35</td><td>8</td><td>19</td><td>15</td></tr>
                <tr><td>43</td><td>57</td><td>–</td><td>–</td><td>–</td></tr>
                <tr><td>–</td><td>55</td><td>–</td><td>45</td><td>–</td></tr>
                </table></body></html>""");
        try (PollStore store = PollStore.open(root.resolve("row.db"))) {
            assertThat(ingest(page, store).summary())
                    .contains("(poland-2025 president: first preferences 1, run-off 2)");
            assertThat(polls(store)).containsExactlyInAnyOrderElementsOf(SURVEY);
        }
    }

    /** A wide CSV whose scope column says which lines are run-offs (docs/poll-formats.md, "Columns"). */
    @Test
    void aWideCsvWithAScopeColumnGivesEachPairingItsPoll() throws IOException {
        Path csv = write(
                "scope.csv",
                "pollster,client,fieldwork_start,fieldwork_end,sample_size,scope," + FIRST_ROUND_HEADER + "\n"
                        + "Pollster,SE.pl,2025-03-31,2025-04-01,1007,first_pref," + FIRST_ROUND + "\n"
                        + "Pollster,SE.pl,2025-03-31,2025-04-01,1007,runoff,43,57,,,,,,,\n"
                        + "Pollster,SE.pl,2025-03-31,2025-04-01,1007,runoff,,55,,,,45,,,\n");
        try (PollStore store = PollStore.open(root.resolve("scope.db"))) {
            assertThat(ingest(csv, store).summary()).contains("3 polls, 3 added");
            assertThat(polls(store)).containsExactlyInAnyOrderElementsOf(SURVEY);
            assertThat(ingest(csv, store).summary()).contains("3 polls, 0 added, 3 already stored");
        }
    }

    /**
     * The page's table copied into a spreadsheet: the pairings' lines leave the pollster, date and sample cells blank
     * (docs/poll-formats.md, "a poll's further line"). Before, the second such line was read as first preferences of
     * two and refused as the survey's first round with other figures.
     */
    @Test
    void aCopiedTablesFurtherLinesGiveEachPairingItsPoll() throws IOException {
        Path csv = write(
                "copied.csv",
                "Polling firm/Link,Fieldwork date,Sample size," + FIRST_ROUND_HEADER + "\n"
                        + "Pollster / SE.pl,31 Mar – 1 Apr 2025,\"1,007\"," + FIRST_ROUND + "\n"
                        + ",,,43,57,–,–,–,–,–,–,–\n"
                        + ",,,–,55,–,–,–,45,–,–,–\n");
        try (PollStore store = PollStore.open(root.resolve("copied.db"))) {
            ingester.ingest(csv.toString(), store, IngestSettings.withDefaults().withAcceptNewPollsters(true));
            assertThat(polls(store)).containsExactlyInAnyOrderElementsOf(SURVEY);
        }
    }

    /** Long CSV: one row per option, a poll_id per question. */
    @Test
    void aLongCsvGivesEachPairingItsPoll() throws IOException {
        Path csv = write("long.csv", """
                poll_id,election,pollster,fieldwork_end,scope,candidate_or_party,share
                p1,poland-2025,Pollster,2025-04-01,first_pref,Trzaskowski,35
                p1,poland-2025,Pollster,2025-04-01,first_pref,Nawrocki,23
                p1,poland-2025,Pollster,2025-04-01,first_pref,Mentzen,19
                p2,poland-2025,Pollster,2025-04-01,runoff,Trzaskowski,57
                p2,poland-2025,Pollster,2025-04-01,runoff,Nawrocki,43
                p3,poland-2025,Pollster,2025-04-01,runoff,Trzaskowski,55
                p3,poland-2025,Pollster,2025-04-01,runoff,Mentzen,45
                """);
        try (PollStore store = PollStore.open(root.resolve("long.db"))) {
            assertThat(ingest(csv, store).summary()).contains("3 polls, 3 added");
            assertThat(polls(store)).containsExactlyInAnyOrderElementsOf(SURVEY);
        }
    }

    /**
     * The pair tells pairings apart and nothing else: the same pairing with other figures, in the file or against the
     * store, and the survey's first round with other figures, are still refused, naming the line.
     */
    @Test
    void aPairingOrAFirstRoundWithOtherFiguresIsStillRefused() throws IOException {
        String header = "pollster,fieldwork_end,scope," + FIRST_ROUND_HEADER + "\n";
        Path twice = write(
                "twice.csv",
                header + "Pollster,2025-04-01,runoff,43,57,,,,,,,\n" + "Pollster,2025-04-01,runoff,42,58,,,,,,,\n");
        try (PollStore store = PollStore.open(root.resolve("refused.db"))) {
            assertThatThrownBy(() -> ingest(twice, store))
                    .isInstanceOf(BadInputException.class)
                    .hasMessageContaining("twice.csv:3")
                    .hasMessageContaining("the same poll (Pollster 2025-04-01 president runoff nawrocki v trzaskowski)"
                            + " as at 2 but with other figures");
            Path stored = write(
                    "stored.csv",
                    header + "Pollster,2025-04-01,first_pref," + FIRST_ROUND + "\n"
                            + "Pollster,2025-04-01,runoff,43,57,,,,,,,\n");
            assertThat(ingest(stored, store).added()).isEqualTo(2);
            Path other = write(
                    "other.csv",
                    header + "Pollster,2025-04-01,first_pref,24,34,8,3,4,19,3,1,1.12\n"
                            + "Pollster,2025-04-01,runoff,42,58,,,,,,,\n"
                            + "Pollster,2025-04-01,runoff,,55,,,,45,,,\n");
            assertThatThrownBy(() -> ingest(other, store))
                    .isInstanceOf(BadInputException.class)
                    .hasMessageContaining("2 polls conflict with stored polls (same pollster, client, date, contest and"
                            + " scope, and for a run-off the same pair; other figures)");
            assertThat(store.count("poland-2025")).isEqualTo(2);
        }
    }

    /**
     * London's bundled polls are stored as before the pair joined the key: no London survey asked two pairings, so each
     * file's summary is the one pollcast printed before the change (commit 6853f3d, measured into a fresh store, the
     * files in this order), and again nothing is added the second time.
     */
    @Test
    void londonsBundledPollsAreStoredAsBefore() {
        List<String> before = List.of(
                "3 polls, 3 added, 0 already stored (london-2000 mayor, first preferences)",
                "5 polls, 5 added, 0 already stored (london-2004 mayor: first preferences 2, run-off 2; london-2004"
                        + " assembly: ballot not stated 1)",
                "24 polls, 24 added, 0 already stored (london-2008 mayor: first preferences 13, run-off 11)",
                "35 polls, 35 added, 0 already stored (london-2012 mayor: first preferences 15, run-off 16; london-2012"
                        + " assembly: constituency vote 2, list vote 2)",
                "19 polls, 19 added, 0 already stored (london-2016 mayor: first preferences 9, run-off 10)",
                "19 polls, 19 added, 0 already stored (london-2021 mayor: first preferences 13, run-off 6)",
                "7 polls, 7 added, 0 already stored (london-2028 westminster: Westminster voting intention 5;"
                        + " london-2028 mayor: first preferences 2)");
        List<String> years = List.of("2000", "2004", "2008", "2012", "2016", "2021", "2028");
        Ingester bundled = IngestFixtures.ingester();
        try (PollStore store = PollStore.open(root.resolve("london.db"))) {
            for (int i = 0; i < years.size(); i++) {
                Path file = Path.of("data/polls/london-" + years.get(i) + ".csv");
                assertThat(bundled.ingest(file.toString(), store, IngestSettings.withDefaults())
                                .summary())
                        .isEqualTo(file + " (wide-csv): " + before.get(i));
            }
            for (String year : years) {
                IngestReport again =
                        bundled.ingest("data/polls/london-" + year + ".csv", store, IngestSettings.withDefaults());
                assertThat(again.added()).as(year).isZero();
                assertThat(again.duplicates()).as(year).isEqualTo(again.valid());
            }
        }
    }

    /**
     * Each poll as "date house scope [pair] option=share ...", the first round's three leaders only. The pair is the key's,
     * so a run-off that named its options in another order would still show them sorted.
     */
    private static List<String> polls(PollStore store) {
        return store.polls(PollQuery.of("poland-2025")).stream()
                .map(sp -> sp.poll())
                .map(p -> p.date() + " " + p.pollster() + " " + p.scope().code()
                        + (p.key().pair().isEmpty() ? "" : " [" + p.key().pair() + "]") + " "
                        + p.shares().entrySet().stream()
                                .filter(e -> List.of("trzaskowski", "nawrocki", "mentzen")
                                        .contains(e.getKey()))
                                .map(e -> e.getKey() + "=" + e.getValue())
                                .sorted()
                                .reduce((a, b) -> a + " " + b)
                                .orElse(""))
                .toList();
    }
}
