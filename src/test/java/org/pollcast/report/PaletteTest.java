package org.pollcast.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.BadInputException;

class PaletteTest {
    @TempDir
    Path dir;

    @Test
    void bundledPaletteAndDefaults() {
        Palette palette = Palette.load(Path.of("data/palette.yaml"));
        assertThat(palette.hex("lab")).isEqualTo("#E4003B");
        assertThat(palette.hex("nobody")).isEqualTo("#7F7F7F");
        assertThat(Palette.load(dir.resolve("absent.yaml")).hex("lab")).isEqualTo("#7F7F7F");
    }

    @Test
    void badColoursAndDuplicatesNameTheLine() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.yaml"), "lab: \"#E4003B\"\ncon: blue\n");
        assertThatThrownBy(() -> Palette.load(bad))
                .isInstanceOf(BadInputException.class)
                .hasMessage(bad + ":2: field 'con': 'blue' is not a colour like #E4003B");
        Path twice = Files.writeString(dir.resolve("twice.yaml"), "lab: \"#E4003B\"\nlab: \"#E4003C\"\n");
        assertThatThrownBy(() -> Palette.load(twice))
                .isInstanceOf(BadInputException.class)
                .hasMessage(twice + ":2: field 'lab': duplicate key; first given on line 1");
        Path nested = Files.writeString(dir.resolve("nested.yaml"), "lab: {colour: \"#E4003B\"}\n");
        assertThatThrownBy(() -> Palette.load(nested))
                .isInstanceOf(BadInputException.class)
                .hasMessage(nested + ":1: field 'lab': expected a text, got a mapping");
    }
}
