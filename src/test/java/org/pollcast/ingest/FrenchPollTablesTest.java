package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.store.PollQuery;
import org.pollcast.store.PollStore;

/**
 * The French presidential elections of 2017 and 2022 (pages rebuilt in the layouts of the encyclopedia's "Opinion
 * polling for the 2017/2022 French presidential election" articles; sources in README.md). French tables name a firm
 * with the partner of its series after a hyphen ("Ipsos-Sopra Steria", "OpinionWay-Kéa", "Ifop-Fiducial"): where the
 * alias table knows the firm, the poll is its house's. Stored whole, Ipsos's rolling barometer with Sopra Steria was a
 * house of its own beside the same firm's "Ipsos" polls, with a house effect and an accuracy record apart.
 */
class FrenchPollTablesTest {
    @TempDir
    Path root;

    private Ingester ingester;

    @BeforeEach
    void addFrance() throws IOException {
        ingester = IngestFixtures.ingesterWith(root, "france-2017.yaml", "france-2022.yaml");
    }

    private static IngestSettings settings() {
        return IngestSettings.withDefaults().withAcceptNewPollsters(true);
    }

    /**
     * 2017: the final days' polls of the six leading candidates (the other five left to the remainder) and the
     * run-off table's `Abstention` column, which is no candidate, beside Macron and Le Pen.
     */
    @Test
    void the2017PagesFirstRoundAndRunOffAreRead() throws IOException {
        IngestReport r =
                ExpectedPages.assertGivesExactly(ingester, root, "wikipedia-france-2017", "france-2017", settings());
        assertThat(r.rejected()).isEmpty();
        assertThat(r.summary()).contains("18 polls, 18 added").contains("first preferences 8, run-off 10");
    }

    /** 2022: Ipsos's polls under "Ipsos" and under "Ipsos-Sopra Steria" are one house, the partner the client. */
    @Test
    void aFirmWrittenWithItsPartnerAfterAHyphenIsTheFirmsHouse() throws IOException {
        IngestReport r = ExpectedPages.assertGivesExactly(
                ingester, root, "wikipedia-france-2022-eve", "france-2022", settings());
        assertThat(r.rejected()).isEmpty();
        assertThat(r.newPollsters()).doesNotContain("Ipsos-Sopra Steria");
    }

    /**
     * The rule asks the alias table for the part before the hyphen only: a firm whose own name has a hyphen stays as
     * written, and a client the source names is kept.
     */
    @Test
    void aHyphenatedFirmNotKnownBeforeItsHyphenStaysAsWritten() throws IOException {
        Path file = root.resolve("fr.csv");
        Files.writeString(
                file,
                "Pollster,Client,Fieldwork end,Sample size,Scope,Macron,Le Pen\n"
                        + "Mason-Dixon,,2022-04-20,1000,runoff,55,45\n"
                        + "Ipsos-Sopra Steria,franceinfo,2022-04-21,1500,runoff,57,43\n"
                        + "YouGov-Cambridge,,2022-04-22,1200,runoff,56,44\n",
                StandardCharsets.UTF_8);
        try (PollStore store = PollStore.open(root.resolve("fr.db"))) {
            IngestReport r = ingester.ingest(file.toString(), store, settings());
            assertThat(r.rejected()).isEmpty();
            assertThat(store.polls(PollQuery.of("france-2022")))
                    .extracting(
                            p -> p.poll().pollster(),
                            p -> p.poll().client(),
                            p -> p.poll().publishedAs())
                    .containsExactlyInAnyOrder(
                            tuple("Mason-Dixon", "", "Mason-Dixon"),
                            tuple("Ipsos", "franceinfo", "Ipsos-Sopra Steria"),
                            tuple("YouGov", "Cambridge", "YouGov-Cambridge"));
        }
    }
}
