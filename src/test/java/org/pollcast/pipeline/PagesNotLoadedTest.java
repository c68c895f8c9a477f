package org.pollcast.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.BadInputException;
import org.pollcast.ingest.DataHome;
import org.pollcast.ingest.IngestFixtures;
import org.pollcast.simulate.SimulationSettings;

/**
 * A published page saved as polls/<id>.md beside the definitions (the Boston trial's kit) looked like bundled polls,
 * but only CSV files load by themselves: the forecast said "no polls" and nothing of the page.
 */
class PagesNotLoadedTest {
    /** london-2012 four days out; a thousand simulations, as these tests read the notices, not the numbers. */
    private static final ForecastRequest FEW_SIMS = ForecastRequest.of("london-2012", LocalDate.of(2012, 4, 26))
            .withSimulation(SimulationSettings.withDefaults().withSims(1_000));

    @TempDir
    Path tmp;

    @Test
    void aPageNamedForTheElectionIsNamedWithTheCommandThatIngestsIt() throws IOException {
        Path data = tmp.resolve("data");
        IngestFixtures.copyData(data);
        Files.copy(
                Path.of("src/test/resources/ingest/wikipedia-london-2012.html"),
                data.resolve("polls/london-2012.html"));
        Files.delete(data.resolve("polls/london-2012.csv"));
        List<String> notices = new ArrayList<>();
        Path store = tmp.resolve("store.db");
        Workspace ws = new Workspace(DataHome.locate(data), store, List.of(), notices::add);

        try {
            Forecasts.run(ws, FEW_SIMS);
        } catch (BadInputException e) {
            // a forecast from the baseline alone may be refused; the notice is what this test reads
        }

        assertThat(notices)
                .anySatisfy(n -> assertThat(n)
                        .contains("No polls of london-2012 in " + store)
                        .contains("polls/london-2012.html is not loaded by itself")
                        .contains("'pollcast ingest " + data.resolve("polls/london-2012.html") + " --data " + data
                                + " --db " + store + "'"));
    }

    @Test
    void aBundledCsvLoadsAndNothingIsSaid() throws IOException {
        Path data = tmp.resolve("data");
        IngestFixtures.copyData(data);
        Files.copy(
                Path.of("src/test/resources/ingest/wikipedia-london-2012.html"),
                data.resolve("polls/london-2012-page.html"));
        List<String> notices = new ArrayList<>();
        Workspace ws = new Workspace(DataHome.locate(data), tmp.resolve("store.db"), List.of(), notices::add);

        Forecasts.run(ws, FEW_SIMS);

        assertThat(notices).noneMatch(n -> n.contains("not loaded by itself"));
    }

    /** A path with a space is quoted in the command the notice gives, so that it can be pasted. */
    @Test
    void aPathWithASpaceIsQuoted() {
        assertThat(PollSource.shellWord("/tmp/polls/london-2012.html")).isEqualTo("/tmp/polls/london-2012.html");
        assertThat(PollSource.shellWord("/tmp/my polls/london-2012.html"))
                .isEqualTo("\"/tmp/my polls/london-2012.html\"");
    }
}
