package org.pollcast.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pollcast.backtest.ReplayResult;

/** The first line of {@code live --replay}'s table names the baseline the night starts from, or says there is none. */
class ReplayTablesTest {
    private static String printed(String baseline) {
        ReplayResult r = new ReplayResult(
                "northeast-2024",
                baseline,
                200,
                4_000,
                20280504,
                "mcguinness",
                List.of(new ReplayResult.Row(0, 0, 3.49, 1, 0.538, 0.620, 3.63, 0.99)),
                List.of());
        StringWriter text = new StringWriter();
        ReplayTables.print(r, new PrintWriter(text, true));
        return text.toString().lines().findFirst().orElseThrow();
    }

    @Test
    void aReplayOnABaselineNamesIt() {
        assertThat(printed("london-2016"))
                .isEqualTo("northeast-2024 election night replayed on the london-2016 baseline: 200 random declaration"
                        + " orders, 4,000 simulations a step; winner mcguinness");
    }

    /** A place's first election (North East 2024, replayed on its seven councils) printed "on the null baseline". */
    @Test
    void aFirstElectionSaysItHasNoBaseline() {
        assertThat(printed(null))
                .isEqualTo("northeast-2024 election night replayed with no baseline election (the first of its"
                        + " series): 200 random declaration orders, 4,000 simulations a step; winner mcguinness")
                .doesNotContain("null");
    }
}
