package org.pollcast.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.simulate.AssemblyForecast;
import org.pollcast.simulate.ShareDistribution;

/**
 * A big house's seats chart with a party near a threshold. Spain 2023 a day out (a blind trial's kit, seats from one
 * national list): PP, PSOE, Vox and Sumar peaked at about 6% per two-seat bin, Junts was 96% sure of 0 or 1 seat and
 * ERC 87%; the axis ran to 100 and drew the four parties that decide the government as flat lines along the floor.
 */
class BigHouseSpikeTest {
    @TempDir
    Path tmp;

    /** A party whose seats spread evenly over {@code width} counts from {@code from}, with {@code atZero} at 0. */
    private static AssemblyForecast.PartySeats party(String id, int from, int width, double atZero) {
        double[] d = new double[351];
        d[0] = atZero;
        for (int s = from; s < from + width; s++) {
            d[s] += (1 - atZero) / width;
        }
        double mean = (1 - atZero) * (from + (width - 1) / 2.0);
        ShareDistribution share = new ShareDistribution(5, 3, 4, 5, 6, 7);
        return new AssemblyForecast.PartySeats(id, id, mean, 0, from + width, 0, mean, d, 0, 1 - atZero, share, 1);
    }

    private static ChartSpec chart(List<AssemblyForecast.PartySeats> parties) {
        return AssemblyCharts.bigHouse(
                "Congress: seats won by each party (of 350)",
                "footer",
                Palette.load(Path.of("data/palette.yaml")),
                parties,
                160);
    }

    @Test
    void aPartySureOfNoSeatsRunsOffAnAxisCutAboveTheOthers() throws Exception {
        ChartSpec c = chart(List.of(party("pp", 110, 40, 0), party("psoe", 90, 40, 0), party("junts", 6, 10, 0.96)));
        // Spread over 40 counts, each party has 5% per two-seat bin; Junts has 96% in the first.
        assertThat(c.yCap()).isCloseTo(7.5, offset(1e-9));
        assertThat(c.series().stream().map(ChartSpec.Series::name)).containsExactly("pp", "psoe", "junts (96% at 0–1)");
        // The numbers behind the chart stay whole: its table and alt text read them.
        assertThat(c.series().get(2).y()[0]).isCloseTo(96.0, offset(1e-9));
        assertThat(ChartRenderer.yTop(c)).isEqualTo(c.yCap());
        ChartRenderer.writePng(c, tmp);
        assertThat(Files.size(tmp.resolve("assembly-seats.png"))).isPositive();
        assertThat(Files.size(tmp.resolve("assembly-seats-phone.png"))).isPositive();
    }

    /**
     * Bars where they can be read, lines where they would be hairlines: London's 17 counts of five parties stay bars;
     * Bulgaria's 97 counts of eight (a blind trial, 776 bars) and any house past 100 counts are lines, a point per seat
     * where the counts fit, per bin past that.
     */
    @Test
    void barsOnlyWhereEachCanBeRead() {
        assertThat(AssemblyCharts.asLines(17, 5)).isFalse();
        assertThat(AssemblyCharts.asLines(40, 5)).isFalse();
        assertThat(AssemblyCharts.asLines(97, 8)).isTrue();
        assertThat(AssemblyCharts.asLines(101, 1)).isTrue();
        assertThat(AssemblyCharts.perSeat(chart(List.of(party("pp", 60, 40, 0)))))
                .isFalse(); // 161 counts: bins of 2
        ChartSpec small = AssemblyCharts.bigHouse(
                "t", "f", Palette.load(Path.of("data/palette.yaml")), List.of(party("pp", 60, 20, 0)), 96);
        assertThat(AssemblyCharts.perSeat(small)).isTrue();
        assertThat(small.yLabel()).isEqualTo("Probability (%)");
    }

    @Test
    void withoutSuchASpikeTheAxisReachesTheHighestPoint() {
        // A party at the threshold half the time (Germany's FDP and BSW about 1 in 4, at 0 three times in four, are
        // spikes; here 40% at 0 is not): nothing is cut.
        ChartSpec c = chart(List.of(party("pp", 110, 40, 0), party("fdp", 30, 10, 0.4)));
        assertThat(c.yCap()).isNaN();
        assertThat(c.series().stream().map(ChartSpec.Series::name)).containsExactly("pp", "fdp");
        assertThat(ChartRenderer.yTop(c)).isEqualTo(40.0);
    }
}
