package org.pollcast.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.ingest.IngestFixtures;

/**
 * CB Consultora's release of 11 October 2023 on the Argentine presidential election, as a news site reprinted it
 * (src/test/resources/ingest/README.md): lists of "• Javier Milei 29,9%" with decimal commas, under "Si las elecciones
 * presidenciales fueran hoy", then three run-off scenarios each with "En Blanco" and "No sabe". The page was refused
 * as figures in prose: its lines were no option lines, its paragraph spoke of no vote in English or German, and its
 * blank and don't-know lines were taken for candidates.
 */
class SpanishReleasePageTest {
    @TempDir
    Path tmp;

    @Test
    void decimalCommasSpanishVoteWordsAndBlankAndDontKnowLinesAreRead() throws IOException {
        Path data = tmp.resolve("data");
        IngestFixtures.copyDataWith(data, "ar-2019.yaml", "ar-2023.yaml");
        Path aliases = tmp.resolve("firms.yaml");
        Files.writeString(aliases, "pollsters:\n  CB Consultora: [CB Consultora Opinión Pública]\n");
        Path db = tmp.resolve("store.db");
        CliRun in = CliRun.inData(
                db,
                data,
                "ingest",
                IngestFixtures.fixture("lariberaweb-ar-2023-cb-2023-10-11.txt"),
                "--election",
                "ar-2023",
                "--format",
                "release-page",
                "--published",
                "2023-10-11",
                "--aliases",
                aliases.toString());
        assertThat(in.status()).as(in.err()).isZero();
        assertThat(in.out()).contains("4 polls, 4 added").contains("first preferences 1, run-off 3");
        String json =
                CliRun.inData(db, data, "polls", "ar-2023", "--format", "json").out();
        // Milei 29.9, Massa 29.1, Bullrich 21.8 in the first round; the first scenario's blank 15.7 and don't know 12
        // are one don't-know figure of 27.7 beside Milei 36.9 and Massa 35.3.
        assertThat(json)
                .contains("\"milei\" : 29.9")
                .contains("\"massa\" : 29.1")
                .contains("\"bullrich\" : 21.8")
                .contains("\"dontKnow\" : 27.7");
    }
}
