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

    /**
     * A primary's candidates share their party's colour, and several independents share grey: within one chart each
     * later one gets a shade, so the legend tells them apart (a blind trial's New York primary drew every line alike).
     */
    @Test
    void candidatesOfOnePartyGetShadesOfItInAChart() {
        Palette palette = Palette.load(Path.of("data/palette.yaml"));
        Palette.Shades chart = palette.shades();
        String first = chart.hex("mamdani", "lab");
        String second = chart.hex("cuomo", "lab");
        String third = chart.hex("lander", "lab");
        assertThat(first).isEqualTo("#E4003B");
        assertThat(java.util.Set.of(first, second, third)).hasSize(3);
        assertThat(chart.hex("cuomo", "lab")).as("asked again, the same").isEqualTo(second);
        assertThat(chart.hex("hall", "con"))
                .as("another party keeps its colour")
                .isEqualTo(palette.hex("con"));
        assertThat(brightness(second)).isLessThan(brightness(first));
        assertThat(brightness(third)).isGreaterThan(brightness(first));
        assertThat(palette.shades().hex("cuomo", "lab"))
                .as("a new chart starts afresh")
                .isEqualTo(first);
        Palette.Shades unknown = palette.shades();
        assertThat(unknown.hex("a", "dem")).isEqualTo("#7F7F7F");
        assertThat(unknown.hex("b", "dem"))
                .as("grey's later ones take hues, not greys")
                .isEqualTo("#E69F00");
    }

    private static int brightness(String hex) {
        java.awt.Color c = java.awt.Color.decode(hex);
        return c.getRed() + c.getGreen() + c.getBlue();
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
