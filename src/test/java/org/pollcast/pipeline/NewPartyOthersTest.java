package org.pollcast.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.aggregate.PollAverage;
import org.pollcast.ingest.IngestFixtures;
import org.pollcast.ingest.IngestSettings;
import org.pollcast.store.PollStore;

/**
 * A party new since the baseline (South Africa's MK, founded in December 2023, which did not stand in 2019) beside the
 * only complete poll, taken before it was founded (Ipsos, 23 October – 1 December 2023: others 7.7 printed, 8.6 of
 * those naming a party). That poll's others were read as holding MK's 9 to 11, so "others" averaged 0 and every named
 * party was scaled up to fill 100: the ANC 47.5 as of 20 April 2024 from Ipsos's one poll of 44, 45.3 a week out from
 * polls of 43, 44 and 42.8.
 */
class NewPartyOthersTest {
    @TempDir
    Path tmp;

    private Workspace southAfrica() throws IOException {
        Path data = tmp.resolve("data");
        IngestFixtures.copyData(data);
        Path fixtures = Path.of("src/test/resources/ingest");
        for (String f : new String[] {"elections/za-2019.yaml", "elections/za-2024.yaml"}) {
            Files.copy(fixtures.resolve(f), data.resolve(f));
        }
        Workspace ws = Workspace.of(data, tmp.resolve("store.db"));
        try (PollStore store = ws.openStore()) {
            ws.ingester()
                    .ingest(
                            fixtures.resolve("wikipedia-za-2024.md").toString(),
                            store,
                            IngestSettings.withDefaults().withAcceptNewPollsters(true));
        }
        return ws;
    }

    @Test
    void aPollTakenBeforeANewPartyStoodDoesNotHoldItInItsOthers() throws IOException {
        Workspace ws = southAfrica();
        PollAverage april = Averages.compute(ws, AverageRequest.of("za-2024", LocalDate.of(2024, 4, 20)));
        // Ipsos's poll of 44 with turnout modelled, beside its older complete one of 42.8: not above them both.
        assertThat(april.share("anc").orElseThrow().share()).isLessThan(44.5);
        assertThat(april.share("other").orElseThrow().share()).isGreaterThan(5.0);
        PollAverage weekOut = Averages.compute(ws, AverageRequest.of("za-2024", LocalDate.of(2024, 5, 22)));
        assertThat(weekOut.share("anc").orElseThrow().share()).isLessThan(44.0);
        assertThat(weekOut.share("other").orElseThrow().share()).isGreaterThan(5.0);
    }
}
