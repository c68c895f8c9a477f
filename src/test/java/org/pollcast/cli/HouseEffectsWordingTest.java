package org.pollcast.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HouseEffectsWordingTest {
    @TempDir
    Path tmp;

    /**
     * A report whose house effects were not adjusted because the user asked says so, not that its polls are one firm's:
     * london-2012's eleven polls are from three firms, and "one firm's polls only" stood beside that (review).
     */
    @Test
    void houseEffectsTurnedOffAreSaidAsAskedNotAsOneFirm() throws Exception {
        Path out = tmp.resolve("report");
        CliRun r = CliRun.in(
                tmp.resolve("store.db"),
                "report",
                "london-2012",
                "--as-of",
                "2012-04-26",
                "--no-house-adjust",
                "--no-race-chart",
                "--sims",
                "2000",
                "--out",
                out.toString());
        assertThat(r.status()).as(r.err()).isZero();
        String html = Files.readString(out.resolve("index.html"));
        assertThat(html)
                .contains("house effects not adjusted, as asked (--no-house-adjust)")
                .doesNotContain("one firm");
    }
}
