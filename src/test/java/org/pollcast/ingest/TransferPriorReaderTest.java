package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pollcast.BadInputException;
import org.pollcast.election.TransferPrior;

/**
 * The transfer prior's second-round swing and lean: the bundled values, the defaults of a file without them, and bad
 * ones.
 */
class TransferPriorReaderTest {
    private static final String BASE = "noSecondPreference: 0.39\nsameBlocAffinity: 2.75\nconcentration: 100\n";

    @Test
    void theBundledPriorStatesTheSwingItsDefaultRepeats() {
        TransferPrior bundled = TransferPriorReader.load(Path.of("data/transfers/prior.yaml"));
        assertThat(bundled.secondRoundSwing()).isEqualTo(TransferPrior.DEFAULT_SECOND_ROUND_SWING);
        assertThat(bundled.secondRoundLean()).isEqualTo(TransferPrior.DEFAULT_SECOND_ROUND_LEAN);
        assertThat(bundled.secondRoundReturn()).isEqualTo(TransferPrior.DEFAULT_SECOND_ROUND_RETURN);
    }

    @Test
    void aFileFromBeforeTheSwingTakesTheDefault(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("prior.yaml"), BASE);
        assertThat(TransferPriorReader.load(file).secondRoundSwing())
                .isEqualTo(TransferPrior.DEFAULT_SECOND_ROUND_SWING);
        Path none = Files.writeString(dir.resolve("none.yaml"), BASE + "secondRoundSwing: 0\n");
        assertThat(TransferPriorReader.load(none).secondRoundSwing()).isZero();
        assertThat(TransferPriorReader.load(file).secondRoundLean()).isEqualTo(TransferPrior.DEFAULT_SECOND_ROUND_LEAN);
        Path lean = Files.writeString(dir.resolve("lean.yaml"), BASE + "secondRoundLean: 0.5\n");
        assertThat(TransferPriorReader.load(lean).secondRoundLean()).isEqualTo(0.5);
        assertThat(TransferPriorReader.load(file).secondRoundReturn())
                .isEqualTo(TransferPrior.DEFAULT_SECOND_ROUND_RETURN);
        Path back = Files.writeString(dir.resolve("back.yaml"), BASE + "secondRoundReturn: 0.8\n");
        assertThat(TransferPriorReader.load(back).secondRoundReturn()).isEqualTo(0.8);
    }

    /**
     * A data folder of one's own made from elections, polls and results alone (the Boston trial's) has no prior: the
     * error says where the file comes from, where it said only that there was none.
     */
    @Test
    void aMissingPriorSaysWhereToCopyItFrom(@TempDir Path dir) {
        assertThatThrownBy(() -> TransferPriorReader.load(dir.resolve("transfers/prior.yaml")))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining(
                        "transfers/prior.yaml: no such transfer prior file (pollcast's own is data/transfers/prior.yaml)");
    }

    /** A lean with no swing to be the mean of is refused, where it was dropped without a word (review). */
    @Test
    void aLeanWithNoSwingIsRefused(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("prior.yaml"), BASE + "secondRoundSwing: 0\nsecondRoundLean: 1\n");
        assertThatThrownBy(() -> TransferPriorReader.load(file))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("secondRoundLean")
                .hasMessageContaining("with secondRoundSwing 0");
    }

    /** A second-round swing, lean or return out of its range is refused, naming the file, the field and the range. */
    @ParameterizedTest
    @CsvSource({
        "secondRoundSwing, -1, outside 0 to 5",
        "secondRoundLean, 7, outside -5 to 5",
        "secondRoundReturn, 1.2, outside above 0 to 1",
        "secondRoundReturn, 0, outside above 0 to 1"
    })
    void aSecondRoundSettingOutOfRangeNamesTheFileAndField(String field, String value, String range, @TempDir Path dir)
            throws IOException {
        Path file = Files.writeString(dir.resolve("prior.yaml"), BASE + field + ": " + value + "\n");
        assertThatThrownBy(() -> TransferPriorReader.load(file))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("prior.yaml")
                .hasMessageContaining(field)
                .hasMessageContaining(range);
    }
}
