package org.pollcast.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.election.Scope;
import org.pollcast.pipeline.ForecastRequest;
import org.pollcast.pipeline.Forecasts;
import org.pollcast.pipeline.ReportInputs;
import org.pollcast.pipeline.Workspace;
import org.pollcast.poll.Poll;
import org.pollcast.poll.PollBuilder;
import org.pollcast.poll.Provenance;
import org.pollcast.poll.RollingSample;
import org.pollcast.poll.StoredPoll;
import org.pollcast.simulate.SimulationSettings;
import org.pollcast.store.PollStore;

/**
 * The report's poll table lists every poll, and said "The polls make the average" while the average left out a
 * rolling tracker's releases whose nights a newer release holds: those rows now say so.
 */
class TrackerPollsTableTest {
    @TempDir
    Path dir;

    private static StoredPoll release(LocalDate end, int row) {
        Poll p = PollBuilder.of("london-2012", "mayor", Scope.FIRST_PREF, "Tracker")
                .ended(end)
                .sample(1200)
                .mode("telephone (rolling)")
                .shares(Map.of("johnson", 45.0, "livingstone", 41.0))
                .partial(true)
                .notes(RollingSample.note("1", "3", "1,200 (1/3)"))
                .build();
        return new StoredPoll(row, p, new Provenance("tracker.html", "0", "table 1 row " + row, Instant.EPOCH));
    }

    @Test
    void aTrackersReleaseTheAverageLeftOutIsMarkedSo() {
        Workspace ws = Workspace.of(null, dir.resolve("store.db"));
        ForecastRequest r = ForecastRequest.of("london-2012", LocalDate.parse("2012-04-26"))
                .withSimulation(SimulationSettings.withDefaults().withSims(2_000));
        var in = ReportInputs.gather(ws, Forecasts.run(ws, r), r.averaging(), null, Instant.EPOCH);
        StringBuilder plain = new StringBuilder();
        PollSections.polls(plain, in);
        assertThat(plain.toString()).doesNotContain("not averaged").doesNotContain("rolling tracker");

        // The marks are the average's own list: the releases stored, the average leaves one out, the table says which.
        try (PollStore store = ws.openStore()) {
            store.add(
                    "tracker.html",
                    "0".repeat(64),
                    "html",
                    List.of(
                            Map.entry(
                                    release(LocalDate.parse("2012-04-24"), 900).poll(), "table 1 row 900"),
                            Map.entry(
                                    release(LocalDate.parse("2012-04-25"), 901).poll(), "table 1 row 901")),
                    false);
        }
        var with = ReportInputs.gather(ws, Forecasts.run(ws, r), r.averaging(), null, Instant.EPOCH);
        StringBuilder h = new StringBuilder();
        PollSections.polls(h, with);
        String html = h.toString();
        assertThat(html).contains("less a rolling tracker's releases whose interviews a newer release holds");
        // the release of the 24th only: the 25th's three nights hold two of its own
        assertThat(html.split("not averaged: a newer release of the firm holds its interviews", -1))
                .hasSize(2);
    }
}
