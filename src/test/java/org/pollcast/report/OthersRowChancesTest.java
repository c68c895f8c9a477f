package org.pollcast.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pollcast.simulate.CandidateForecast;
import org.pollcast.simulate.MayorForecast;
import org.pollcast.simulate.ShareDistribution;
import org.pollcast.simulate.ShareInput;
import org.pollcast.simulate.SimulationSettings;
import tech.tablesaw.api.Table;

/**
 * "Others" is every candidate the polls leave unnamed, together: the forecast table leaves its chances empty rather
 * than print a 0 that reads as a verdict, as it did beside the largest share of a no-poll forecast with many
 * candidates (the Vancouver trial). Its share and range are printed as anyone's. Made-up figures.
 */
class OthersRowChancesTest {
    private static MayorForecast forecast() {
        ShareInput input = new ShareInput(
                "x-2025",
                LocalDate.of(2025, 10, 23),
                30,
                List.of("a", "b", "other"),
                List.of("Ann A", "Bob B", "Others"),
                List.of("ind", "ind", ""),
                new double[] {30, 25, 45},
                new double[] {3, 3, 5},
                true,
                "test input");
        ShareDistribution a = new ShareDistribution(30, 25, 28, 30, 32, 35);
        ShareDistribution b = new ShareDistribution(25, 20, 23, 25, 27, 30);
        ShareDistribution o = new ShareDistribution(45, 37, 42, 45, 48, 53);
        return new MayorForecast(
                "x-2025",
                "mayor",
                "fptp",
                input,
                SimulationSettings.withDefaults(),
                100_000,
                100_000,
                "test",
                List.of(),
                List.of(
                        new CandidateForecast("a", "Ann A", "ind", 0.8, 0.001, 0, 0.8, a, a),
                        new CandidateForecast("b", "Bob B", "ind", 0.2, 0.001, 0, 0.2, b, b),
                        new CandidateForecast("other", "Others", null, 0, 0, 0, 0, o, o)),
                List.of(),
                new long[3 * MayorForecast.BINS],
                new long[3 * MayorForecast.BINS],
                null,
                List.of(),
                false);
    }

    @Test
    void othersHaveAShareButNoChance() {
        Table t = ForecastTables.candidates(forecast());
        assertThat(t.doubleColumn("win_%").isMissing(2)).isTrue();
        assertThat(t.doubleColumn("win_se").isMissing(2)).isTrue();
        assertThat(t.doubleColumn("first_pref").getDouble(2)).isEqualTo(45);
        assertThat(t.doubleColumn("win_%").getDouble(0)).isEqualTo(80);
        assertThat(Tables.csv(t)).contains("\nother,Others,,,,45.0,37.0,53.0").contains("\na,Ann A,ind,80.0,");
    }
}
