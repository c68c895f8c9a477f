package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pollcast.ingest.IngestFixtures.fixture;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One survey's several questions of one race, each in a table of its own: the national-polls article of the 2024 US
 * presidential election prints a survey's head-to-head ("Kamala Harris vs. Donald Trump"), its full-field question
 * (with Kennedy, Stein, Oliver and West) and, in July, its questions with Joe Biden, who withdrew on 21 July and is
 * listed as withdrawn, in four tables. Each gave the same poll key, and the page was refused as "the same poll ... but
 * with other figures" (with --skip-invalid the head-to-heads were kept and the polls naming the small candidates lost).
 * Figures are real (src/test/resources/ingest/README.md); the definitions are the popular vote's ({@code office:
 * none}), whose baseline result (2020) lets a head-to-head that leaves the others room be read as the race.
 */
class SurveyQuestionsTest {
    @TempDir
    Path root;

    private Ingester ingester;

    @BeforeEach
    void addTheElections() throws IOException {
        IngestFixtures.copyData(root);
        for (String e : List.of("us-2016.yaml", "us-2020.yaml", "us-2024.yaml")) {
            Files.copy(
                    Path.of(fixture("elections/" + e)),
                    root.resolve("elections").resolve(e));
        }
        Files.copy(
                Path.of(fixture("results/us_mayor_results.csv")),
                root.resolve("results").resolve("us_mayor_results.csv"));
        DataHome home = new DataHome(root);
        ingester =
                new Ingester(new ElectionCatalog(home), AliasTable.load(List.of(home.aliases())), IngestFixtures.CLOCK);
    }

    @Test
    void eachSurveyIsCountedOnceByItsQuestionNearestTheBallot() throws IOException {
        IngestSettings settings = IngestSettings.withDefaults().withAcceptNewPollsters(true);
        IngestReport r = ExpectedPages.assertGivesExactly(ingester, root, "wikipedia-us-2024", "us-2024", settings);
        assertThat(r.rejected()).isEmpty();
        String notes = String.join("\n", r.notes());
        // The full field over the head-to-head of the same sample (Cygnal, 11 September).
        assertThat(notes)
                .contains("Cygnal 2024-09-11 popular first_pref among likely voters (harris 49, trump 47): the same"
                        + " survey's question at table 2 row 3 (harris 46, trump 44, kennedy 3, stein 1, oliver 1,"
                        + " west 1) is kept, as nearer the ballot (it names more of the candidates standing)");
        // Likely voters' full field over registered voters' head-to-head (Reuters/Ipsos, 21-28 August): the full
        // field decides before the population (a likely voters' head-to-head had beaten registered voters' full field).
        assertThat(notes).doesNotContain("(likelier voters (likely over registered over voters over adults))");
        // The successor's question over the withdrawn nominee's (Quinnipiac, 19-21 July).
        assertThat(notes)
                .contains("Quinnipiac University 2024-07-21 popular first_pref among registered voters (biden 39,"
                        + " trump 44, kennedy 8, stein 2, oliver 1, west 2): the same survey's question at table 2"
                        + " row 8 (harris 41, trump 45, kennedy 6, stein 2, oliver 1, west 1) is kept, as nearer the"
                        + " ballot (it names fewer candidates who withdrew)");
    }

    /**
     * Versions nothing tells apart (the same population, the same candidates named) are still one poll with other
     * figures: refused, as before, never chosen between by chance.
     */
    @Test
    void questionsNothingTellsApartAreStillAConflict() throws IOException {
        String head = "<html><head><title>Nationwide opinion polling for the 2024 United States presidential election"
                + "</title></head><body>";
        String table = "<table class=\"wikitable\"><tr><th>Poll source</th><th>Date(s) administered</th>"
                + "<th>Sample size</th><th>Margin of error</th><th>Kamala Harris</th><th>Donald Trump</th>"
                + "<th>Other</th><th>Undecided</th></tr><tr><td>AtlasIntel</td><td>October 30–31, 2024</td>"
                + "<td>3,490 (LV)</td><td>± 2%</td><td>HARRIS</td><td>TRUMP</td><td>–</td><td>–</td></tr></table>";
        Path page = root.resolve("tie.html");
        Files.writeString(
                page,
                head + "<h4>Kamala Harris vs. Donald Trump</h4>"
                        + table.replace("HARRIS", "48.2%").replace("TRUMP", "49.6%") + "<h4>With third parties</h4>"
                        + table.replace("HARRIS", "47.2%").replace("TRUMP", "49.1%") + "</body></html>");
        try (org.pollcast.store.PollStore store = org.pollcast.store.PollStore.open(root.resolve("tie.db"))) {
            IngestSettings settings = IngestSettings.withDefaults().withAcceptNewPollsters(true);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> ingester.ingest(page.toString(), store, settings))
                    .hasMessageContaining("the same poll (AtlasIntel 2024-10-31 popular first_pref)")
                    .hasMessageContaining("but with other figures");
        }
    }

    /**
     * The full field decides before the population: Emerson's likely voters' head-to-head (Harris 48, Trump 46) had
     * been kept over its registered voters' question naming Stein and Oliver, who were on the ballot, and lost them.
     */
    @Test
    void aFullFieldOfRegisteredVotersIsKeptOverALikelyVotersHeadToHead() throws IOException {
        String head = "<html><head><title>Nationwide opinion polling for the 2024 United States presidential election"
                + "</title></head><body>";
        String columns = "<table class=\"wikitable\"><tr><th>Poll source</th><th>Date(s) administered</th>"
                + "<th>Sample size</th><th>Margin of error</th><th>Kamala Harris</th><th>Donald Trump</th>";
        Path page = root.resolve("field.html");
        Files.writeString(
                page,
                head + "<h4>Kamala Harris vs. Donald Trump</h4>" + columns
                        + "<th>Other</th><th>Undecided</th></tr><tr><td>Emerson College</td><td>October 1–3, 2024</td>"
                        + "<td>1,000 (LV)</td><td>± 3%</td><td>48%</td><td>46%</td><td>3%</td><td>3%</td></tr></table>"
                        + "<h4>Kamala Harris vs. Donald Trump vs. Jill Stein vs. Chase Oliver</h4>" + columns
                        + "<th>Jill Stein</th><th>Chase Oliver</th><th>Undecided</th></tr><tr><td>Emerson College</td>"
                        + "<td>October 1–3, 2024</td><td>1,200 (RV)</td><td>± 3%</td><td>47%</td><td>45%</td>"
                        + "<td>2%</td><td>1%</td><td>5%</td></tr></table></body></html>");
        try (org.pollcast.store.PollStore store = org.pollcast.store.PollStore.open(root.resolve("field.db"))) {
            IngestReport r = ingester.ingest(
                    page.toString(), store, IngestSettings.withDefaults().withAcceptNewPollsters(true));
            assertThat(String.join("\n", r.notes()))
                    .contains("as nearer the ballot (it names more of the candidates" + " standing)");
            assertThat(store.polls(org.pollcast.store.PollQuery.of("us-2024")))
                    .singleElement()
                    .satisfies(p -> assertThat(p.poll().shares()).containsKeys("stein", "oliver"));
        }
    }
}
