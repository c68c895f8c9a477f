package org.pollcast.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.BadInputException;
import org.pollcast.backtest.BacktestRow;
import org.pollcast.ingest.IngestFixtures;

/**
 * A body named one way in an election and another in its baseline (the Welsh blind trial's "senedd" in 2021 and
 * "assembly" in 2016) is refused naming both ids and the folder to change, where the forecast stopped at "no contest
 * 'senedd-list'; known: assembly".
 */
class BaselineContestsTest {
    @TempDir
    Path tmp;

    @Test
    void aContestNamedOtherwiseInTheBaselineIsNamedWithIt() throws IOException {
        Path data = tmp.resolve("data");
        IngestFixtures.copyData(data);
        Workspace ws = Workspace.of(data, tmp.resolve("x.db"));
        var london2024 = ws.catalog().resolve("london-2024");
        assertThatCode(() -> BaselineContests.check(ws, london2024)).doesNotThrowAnyException();

        Path definition = data.resolve("elections/london-2024.yaml");
        Files.writeString(definition, Files.readString(definition).replace("\n  assembly:\n", "\n  senedd:\n"));
        Workspace renamed = Workspace.of(data, tmp.resolve("y.db"));
        assertThatThrownBy(() -> Forecasts.runWith(
                        renamed,
                        ForecastRequest.of("london-2024", LocalDate.of(2024, 5, 1)),
                        renamed.catalog().resolve("london-2024"),
                        List.of(),
                        LocalDate.of(2024, 5, 1)))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("its contest 'senedd' is 'assembly' in its baseline london-2021")
                .hasMessageContaining("data/elections/");

        // A backtest skips that election, saying why, and goes on to the others (it stopped the whole run).
        List<String> skipped = new java.util.ArrayList<>();
        List<BacktestRow> rows = BacktestRunner.run(
                renamed,
                List.of(
                        renamed.catalog().resolve("london-2024"),
                        renamed.catalog().resolve("london-2021")),
                List.of(7),
                2_000,
                1,
                BacktestRunner.Scales.defaults(),
                false,
                skipped,
                null);
        assertThat(skipped).anyMatch(s -> s.startsWith("london-2024: not forecast: ") && s.contains("'senedd'"));
        assertThat(rows).isNotEmpty().allMatch(r -> r.election().equals("london-2021"));
    }
}
