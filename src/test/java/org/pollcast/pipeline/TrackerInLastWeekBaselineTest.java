package org.pollcast.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.backtest.BacktestRow;
import org.pollcast.election.Election;
import org.pollcast.election.Scope;
import org.pollcast.ingest.DataHome;
import org.pollcast.ingest.ElectionCatalog;
import org.pollcast.ingest.IngestFixtures;
import org.pollcast.poll.Poll;
import org.pollcast.poll.PollBuilder;

/**
 * The backtest's last-week baseline counts a rolling tracker's interviews once, as the model's average does. Portugal's
 * final week of 2025: CESOP–UCP for Público and RTP, 6–13 May (AD 34, PS 26, Chega 19, IL 7), and Pitagórica's daily
 * tracker for CNN Portugal, Jornal de Notícias, TSF and TVI, 10–13 May (31.5, 26.3, 18.3, 7.0), 11–14 May (31.9, 25.2,
 * 19.1, 5.6) and 12–15 May (33.2, 25.6, 19.3, 5.8) (https://filipvanlaenen.github.io/portuguese_ep_polls/, the pages
 * of each poll). Result in Portugal (valid votes, SGMAI via lusojornal.com): AD 1,951,792, PS 1,394,491, Chega
 * 1,345,575, IL 330,149 of 5,820,426. Before, the baseline averaged four polls, three of them one tracker's.
 */
class TrackerInLastWeekBaselineTest {
    private static final double VALID = 5_820_426;
    private static Election election;

    @BeforeAll
    static void load(@TempDir Path root) throws IOException {
        IngestFixtures.copyDataWith(root, "pt-ar-2025.yaml");
        election = new ElectionCatalog(new DataHome(root)).resolve("pt-ar-2025");
    }

    private static Poll poll(String pollster, String client, LocalDate start, LocalDate end, double... s) {
        Map<String, Double> shares = new LinkedHashMap<>();
        shares.put("ad", s[0]);
        shares.put("ps", s[1]);
        shares.put("ch", s[2]);
        shares.put("il", s[3]);
        return PollBuilder.of("pt-ar-2025", "assembly", Scope.LIST, pollster)
                .client(client)
                .started(start)
                .ended(end)
                .shares(shares)
                .build();
    }

    private static final String CNN = "CNN Portugal, Jornal de Notícias, TSF and TVI";

    private static final List<Poll> WEEK = List.of(
            poll("CESOP–UCP", "Público and RTP", LocalDate.of(2025, 5, 6), LocalDate.of(2025, 5, 13), 34, 26, 19, 7),
            poll("Pitagórica", CNN, LocalDate.of(2025, 5, 10), LocalDate.of(2025, 5, 13), 31.5, 26.3, 18.3, 7.0),
            poll("Pitagórica", CNN, LocalDate.of(2025, 5, 11), LocalDate.of(2025, 5, 14), 31.9, 25.2, 19.1, 5.6),
            poll("Pitagórica", CNN, LocalDate.of(2025, 5, 12), LocalDate.of(2025, 5, 15), 33.2, 25.6, 19.3, 5.8));

    @Test
    void theTrackersOverlappingReleasesCountOnceInTheLastWeek() {
        Map<String, Double> actual = new LinkedHashMap<>();
        actual.put("ad", 100 * 1_951_792 / VALID);
        actual.put("ps", 100 * 1_394_491 / VALID);
        actual.put("ch", 100 * 1_345_575 / VALID);
        actual.put("il", 100 * 330_149 / VALID);
        actual.put(
                "other",
                100 - actual.values().stream().mapToDouble(Double::doubleValue).sum());
        List<BacktestRow> rows = BacktestScores.baselines(
                election, 1, LocalDate.of(2025, 5, 17), WEEK, actual, List.of("ad", "ps"), "ad");
        BacktestRow week = rows.stream()
                .filter(r -> r.method().equals("last-week"))
                .findFirst()
                .orElseThrow();
        // CESOP–UCP and Pitagórica's newest release, 12–15 May: AD (34 + 33.2) / 2 = 33.6, PS 25.8
        assertThat(week.polls()).isEqualTo(2);
        assertThat(week.leadError()).isCloseTo((33.6 - 25.8) - (actual.get("ad") - actual.get("ps")), within(0.05));
    }
}
