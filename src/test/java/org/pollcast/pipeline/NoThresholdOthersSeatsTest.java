package org.pollcast.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.ingest.IngestFixtures;
import org.pollcast.ingest.IngestSettings;
import org.pollcast.simulate.AssemblyForecast;
import org.pollcast.simulate.SimulationSettings;
import org.pollcast.store.PollStore;

/**
 * South Africa's National Assembly (400 seats, Hagenbach-Bischoff quota, no threshold), the day before 2019 from the
 * polls naming only the ANC, DA and EFF: the IFP, FF+ and a dozen more are the forecast's "others" (9% of the vote),
 * who won 46 seats. Never seated, the seats their quotas took went to the three named parties by their remainders, a
 * dozen each: the ANC 235 seats from 55.6% of the vote. Seated as lists, "others" hold their share of the house.
 */
class NoThresholdOthersSeatsTest {
    @TempDir
    Path tmp;

    @Test
    void othersWinTheirShareOfAHouseWithNoThreshold() throws IOException {
        Path data = tmp.resolve("data");
        IngestFixtures.copyData(data);
        Path fixtures = Path.of("src/test/resources/ingest");
        Files.copy(fixtures.resolve("elections/za-2019.yaml"), data.resolve("elections/za-2019.yaml"));
        Workspace ws = Workspace.of(data, tmp.resolve("store.db"));
        try (PollStore store = ws.openStore()) {
            ws.ingester()
                    .ingest(
                            fixtures.resolve("wikipedia-za-2019.html").toString(),
                            store,
                            IngestSettings.withDefaults().withAcceptNewPollsters(true));
        }
        ForecastOutcome o = Forecasts.run(
                ws,
                ForecastRequest.of("za-2019", LocalDate.of(2019, 5, 7))
                        .withSimulation(SimulationSettings.withDefaults().withSims(20_000L)));
        AssemblyForecast a = o.forecast().assembly();
        double anc = seats(a, "anc");
        double other = seats(a, "other");
        double ancShare =
                o.forecast().mayor().input().mean()[o.forecast().mayor().input().index("anc")];
        assertThat(other).isGreaterThan(20);
        // Proportional: the ANC's seats are its share of 400, give or take the quota's rounding and the draws.
        assertThat(anc).isCloseTo(ancShare * 4, within(6.0));
        assertThat(a.parties().stream()
                        .mapToDouble(AssemblyForecast.PartySeats::seatsMean)
                        .sum())
                .isCloseTo(400, within(1e-6));
    }

    private static double seats(AssemblyForecast a, String party) {
        return a.parties().stream()
                .filter(p -> p.id().equals(party))
                .findFirst()
                .orElseThrow()
                .seatsMean();
    }
}
