package org.pollcast.pipeline;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.BadInputException;

/**
 * A data folder made for {@code --data} with a list-vote election's definition and results but no
 * {@code transfers/prior.yaml} (a blind trial's Finnish kit): every forecast reads the prior, and the refusal says why
 * and where to find it, where it said only "no such transfer prior file".
 */
class MissingTransferPriorTest {
    @TempDir
    Path root;

    @Test
    void aForecastWithoutTheTransferPriorSaysToCopyIt() throws IOException {
        Path data = root.resolve("data");
        Files.createDirectories(data.resolve("elections"));
        Files.createDirectories(data.resolve("results"));
        Files.copy(Path.of("src/test/resources/ingest/elections/fi-2019.yaml"), data.resolve("elections/fi-2019.yaml"));
        Workspace ws = Workspace.of(data, root.resolve("fi.db"));
        assertThatThrownBy(() -> Forecasts.run(ws, ForecastRequest.of("fi-2019", LocalDate.parse("2019-04-07"))))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("transfers/prior.yaml: no such transfer prior file: every forecast reads it")
                .hasMessageContaining("copy the bundled data/transfers/prior.yaml into this data folder");
    }
}
