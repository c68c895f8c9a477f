package org.pollcast.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.pipeline.Pollcast;

/** The library API the notebooks use: the same numbers as the command line. */
class PollcastApiTest {
    @TempDir
    Path tmp;

    @Test
    void notebookApiMatchesTheCommandLine() {
        Pollcast pc = Pollcast.open(Path.of("data"), tmp.resolve("nb.db"));
        assertThat(pc.polls("london-2008")).hasSize(24);
        var avg = pc.average("london-2008", LocalDate.of(2008, 4, 30));
        assertThat(avg.polls()).isEqualTo(12);
        assertThat(pc.houseEffectsTable(avg).columnNames()).contains("pollster", "lead johnson>livingstone");
        var f = pc.forecast("london-2012", LocalDate.of(2012, 4, 26), 20_000, 7);
        var cli = CliRun.in(
                tmp.resolve("nb.db"),
                "forecast",
                "london-2012",
                "--as-of",
                "2012-04-26",
                "--sims",
                "20000",
                "--seed",
                "7",
                "--format",
                "json");
        assertThat(cli.out())
                .contains(Double.toString(f.mayor().candidates().get(0).pWin()));
        var charts = pc.charts("london-2012", f);
        var image = pc.image(pc.chart(charts, "win-probability"));
        assertThat(image.getWidth()).isEqualTo(1200);
        assertThat(pc.finalRound("london-2008").votes()).containsEntry("johnson", 1_168_738L);
        assertThat(pc.scenario("london-2012", LocalDate.of(2012, 4, 26), 20_000, 7, "livingstone>=40")
                        .mayor()
                        .kept())
                .isPositive();
        assertThatThrownBy(() -> pc.chart(charts, "nope")).hasMessageContaining("no chart 'nope'");
    }
}
