package org.pollcast.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pollcast.election.Scope;
import org.pollcast.poll.Poll;
import org.pollcast.poll.PollBuilder;

/**
 * A blind trial's Germany had eleven pollsters and the trend chart seven markers: Forschungsgruppe Wahlen was drawn
 * like Verian, Allensbach like Ipsos. Each pollster of a chart now has a marker of its own, up to thirteen; past that
 * the rest share one that the legend names for what it is.
 */
class PollsterMarkersTest {
    private static List<Poll> polls(int pollsters) {
        List<Poll> out = new ArrayList<>();
        for (int i = 0; i < pollsters; i++) {
            out.add(PollBuilder.of("de-2025", "bundestag-list", Scope.LIST, "firm " + i)
                    .ended(LocalDate.parse("2025-01-01").plusDays(i))
                    .sample(1000)
                    .shares(Map.of("union", 30.0, "afd", 20.0))
                    .build());
        }
        return out;
    }

    @Test
    void elevenPollstersGetElevenMarkers() {
        Map<String, String> m = PollCharts.pollsterMarkers(polls(11));
        assertThat(m).hasSize(11);
        assertThat(new HashSet<>(m.values())).hasSize(11);
        assertThat(m.get("firm 0")).isEqualTo("circle");
    }

    @Test
    void thirteenHaveTheirOwnAndBeyondThatTheRestShareTheLast() {
        assertThat(new HashSet<>(PollCharts.pollsterMarkers(polls(13)).values()))
                .hasSize(13);
        Map<String, String> m = PollCharts.pollsterMarkers(polls(16));
        assertThat(new HashSet<>(m.values())).hasSize(13);
        List<String> shared = m.entrySet().stream()
                .filter(e -> e.getValue().equals("asterisk"))
                .map(Map.Entry::getKey)
                .toList();
        assertThat(shared).containsExactly("firm 12", "firm 13", "firm 14", "firm 15");
    }

    /** Every marker name is one the renderer draws as itself, not its fallback circle. */
    @Test
    void everyMarkerIsDrawnAsItsOwnShape() {
        List<String> drawn = ReportCharts.MARKERS.stream()
                .map(name -> ChartRenderer.marker(name).getClass().getName() + " "
                        + (ChartRenderer.marker(name) instanceof OpenMarker o ? o.kind() : ""))
                .toList();
        assertThat(drawn).doesNotHaveDuplicates();
    }
}
