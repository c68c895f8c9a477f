package org.pollcast.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pollcast.simulate.CandidateForecast;
import org.pollcast.simulate.MayorForecast;
import org.pollcast.simulate.RunoffPair;
import org.pollcast.simulate.ShareDistribution;
import org.pollcast.simulate.ShareInput;
import org.pollcast.simulate.SimulationSettings;

/**
 * The forecast table lists the final pairs of 0.05% or more; where every pair is rarer (a winner outright in all but a
 * few draws: Ireland 2025's Connolly) the heading printed with nothing under it. Made-up figures.
 */
class RunoffPairsListedTest {
    private static String printed(double pairChance) {
        ShareInput input = new ShareInput(
                "x-2025",
                LocalDate.of(2025, 10, 23),
                1,
                List.of("a", "b"),
                List.of("Ann A", "Bob B"),
                List.of("ind", "ind"),
                new double[] {62, 38},
                new double[] {1, 1},
                true,
                "test input");
        ShareDistribution d = new ShareDistribution(62, 60, 61, 62, 63, 64);
        ShareDistribution e = new ShareDistribution(38, 36, 37, 38, 39, 40);
        MayorForecast f = new MayorForecast(
                "x-2025",
                "mayor",
                "instant-runoff",
                input,
                SimulationSettings.withDefaults(),
                100_000,
                100_000,
                "test",
                List.of(),
                List.of(
                        new CandidateForecast("a", "Ann A", "ind", 1, 0, pairChance, 1 - pairChance, d, d),
                        new CandidateForecast("b", "Bob B", "ind", 0, 0, pairChance, 0, e, e)),
                List.of(new RunoffPair("a", "b", pairChance, 0.0001, d)),
                new long[2 * MayorForecast.BINS],
                new long[2 * MayorForecast.BINS],
                null,
                List.of(),
                false);
        StringWriter out = new StringWriter();
        ForecastTables.print(f, new PrintWriter(out, true));
        return out.toString();
    }

    @Test
    void aHeadingOnlyWithAPairToList() {
        assertThat(printed(0.0002)).doesNotContain("Most likely final two");
        assertThat(printed(0.02)).contains("Most likely final two:\n  a v b: 2.0%");
    }
}
