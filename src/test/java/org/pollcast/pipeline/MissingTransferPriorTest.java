package org.pollcast.pipeline;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.BadInputException;
import org.pollcast.ingest.IngestFixtures;

/**
 * A data folder holding a place's definitions and results but no transfers/prior.yaml (the South African trial's kit,
 * a list vote with no second preferences) could not forecast, and was told only "no such transfer prior file".
 */
class MissingTransferPriorTest {
    @TempDir
    Path tmp;

    @Test
    void aDataFolderWithoutTheTransferPriorIsToldWhatItIsAndWhereToGetIt() throws IOException {
        Path data = tmp.resolve("data");
        IngestFixtures.copyData(data);
        Files.copy(Path.of("src/test/resources/ingest/elections/za-2019.yaml"), data.resolve("elections/za-2019.yaml"));
        Files.delete(data.resolve("transfers/prior.yaml"));
        Workspace ws = Workspace.of(data, tmp.resolve("store.db"));
        assertThatThrownBy(() -> Forecasts.run(ws, ForecastRequest.of("za-2019", LocalDate.of(2019, 5, 7))))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("transfers/prior.yaml: no such transfer prior file: every forecast reads it")
                .hasMessageContaining("copy data/transfers/prior.yaml from pollcast into this data folder");
    }
}
