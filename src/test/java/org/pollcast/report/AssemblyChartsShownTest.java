package org.pollcast.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pollcast.simulate.AssemblyForecast;
import org.pollcast.simulate.ShareDistribution;

/**
 * The parties a seats chart draws. Germany 2025 a day out: Union 206, AfD 155, SPD 108, Grüne 93, Linke 49, FDP 9.7 and
 * BSW 8.7 seats on average (both at the 5% threshold, about 1 in 4 to pass it), FW 0.2. The chart, titled "seats won
 * by each party", drew six and left BSW off, while its table of numbers listed it.
 */
class AssemblyChartsShownTest {
    private static AssemblyForecast.PartySeats party(String id, double mean) {
        ShareDistribution share = new ShareDistribution(5, 3, 4, 5, 6, 7);
        return new AssemblyForecast.PartySeats(id, id, mean, 0, mean * 2, 0, mean, new double[631], 0, 0.5, share, 0.5);
    }

    @Test
    void everyPartyWithSeatsAtTheThresholdIsDrawn() {
        List<AssemblyForecast.PartySeats> parties = new ArrayList<>(List.of(
                party("spd", 108.1),
                party("union", 205.9),
                party("gruene", 93.2),
                party("fdp", 9.7),
                party("afd", 154.7),
                party("linke", 49.4),
                party("bsw", 8.7),
                party("fw", 0.2),
                party("other", 0)));
        AssemblyForecast a =
                new AssemblyForecast("bundestag", 630, parties, List.of(), List.of(), List.of(), List.of(), 0, null);
        assertThat(AssemblyCharts.shown(a).stream().map(AssemblyForecast.PartySeats::id))
                .containsExactly("union", "afd", "spd", "gruene", "linke", "fdp", "bsw", "fw");
    }
}
