package org.pollcast.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pollcast.backtest.ResultCheck;
import org.pollcast.election.Election;
import org.pollcast.ingest.DataHome;
import org.pollcast.ingest.ElectionCatalog;
import org.pollcast.simulate.AssemblyForecast;
import org.pollcast.simulate.AssemblyForecast.PartySeats;

/**
 * A party that won seats but was not forecast on its own (no poll named it, so its vote sat in Others, never seated) is
 * scored as forecast none. Greece's Spartiates won 12 seats in June 2023 and stood in no poll of the trial's kit: the
 * seat check left them out and said "8 of 8 parties" inside their ranges. London 2008's figures: the list seats as
 * counted (Conservative 11, Labour 8, Liberal Democrat 3, Green 2, BNP 1), a forecast naming the first four only.
 */
class UnforecastSeatWinnerTest {
    private static PartySeats party(String id, String name, double mean, double p05, double p95) {
        return new PartySeats(id, name, mean, p05, p95, 0, mean, new double[] {1}, 0, 1, null, Double.NaN);
    }

    @Test
    void aSeatWinnerTheForecastDidNotRunIsScoredAtNone() {
        AssemblyForecast forecast = new AssemblyForecast(
                "assembly",
                25,
                List.of(
                        party("con", "Conservative", 11.2, 10, 13),
                        party("lab", "Labour", 8.1, 7, 9),
                        party("ld", "Liberal Democrats", 3.4, 2, 5),
                        party("grn", "Green", 2.3, 1, 3)),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                0,
                null);
        Map<String, Integer> won = new LinkedHashMap<>();
        won.put("con", 11);
        won.put("lab", 8);
        won.put("ld", 3);
        won.put("grn", 2);
        won.put("bnp", 1);
        won.put("ukip", 0);
        Election london2008 = new ElectionCatalog(new DataHome(Path.of("data"))).resolve("london-2008");
        List<ResultCheck.Seats> seats = ResultChecks.seats(forecast, won, london2008);
        assertThat(seats)
                .extracting(ResultCheck.Seats::name)
                .containsExactly("Conservative", "Labour", "Liberal Democrats", "Green", "BNP");
        ResultCheck.Seats bnp = seats.get(4);
        assertThat(bnp.won()).isEqualTo(1);
        assertThat(bnp.inside90()).isFalse();
        // Its miss of one seat counts in the seat error: (0.2 + 0.1 + 0.4 + 0.3 + 1) / 5.
        assertThat(ResultCheck.seatError(seats)).isCloseTo(0.4, within(1e-9));
    }
}
