package org.pollcast.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ColoursTest {
    /** The parties that share London's charts in every recent election. */
    private static final List<String> MAIN = List.of("lab", "con", "ld", "grn", "reform");

    /**
     * Below this CIE76 difference two parties are hard to tell apart at chart sizes. 17 is a judgement, not a
     * standard: it is what Labour and the Greens keep for a deuteranope (18), and what Reform's old cyan
     * (#12B6CF) lost against the Conservatives' blue for a tritanope (16).
     */
    private static final double DISTINCT = 17;

    @Test
    void wcagFormulasMatchKnownValues() {
        assertThat(Colours.contrast("#000000", "#FFFFFF")).isCloseTo(21, within(1e-9));
        assertThat(Colours.contrast("#777777", "#FFFFFF")).isCloseTo(4.48, within(0.01));
        assertThat(Colours.textOn("#FAA61A")).isEqualTo("#000000");
        assertThat(Colours.textOn("#2E3B74")).isEqualTo("#FFFFFF");
        assertThat(Colours.deltaE("#FF0000", "#FF0000")).isZero();
    }

    @Test
    void mainPartiesStayDistinctForEveryKindOfColourVision() {
        Palette p = Palette.load(Path.of("data/palette.yaml"));
        for (int i = 0; i < MAIN.size(); i++) {
            for (int j = i + 1; j < MAIN.size(); j++) {
                String a = p.hex(MAIN.get(i));
                String b = p.hex(MAIN.get(j));
                assertThat(Colours.deltaE(a, b))
                        .as(MAIN.get(i) + " v " + MAIN.get(j))
                        .isGreaterThan(DISTINCT);
                for (Colours.Vision v : Colours.Vision.values()) {
                    assertThat(Colours.deltaE(Colours.seenWith(v, a), Colours.seenWith(v, b)))
                            .as(MAIN.get(i) + " v " + MAIN.get(j) + ", " + v)
                            .isGreaterThan(DISTINCT);
                }
            }
        }
        assertThat(Colours.deltaE(
                        Colours.seenWith(Colours.Vision.TRITANOPIA, "#12B6CF"),
                        Colours.seenWith(Colours.Vision.TRITANOPIA, p.hex("con"))))
                .as("the old Reform cyan, which this check exists to catch")
                .isLessThan(DISTINCT);
    }

    @Test
    void everyPaletteColourGetsAnOutlineThatStandsOutOnWhite() {
        for (String hex : List.of("#FAA61A", "#5FD3E3", "#B0B0B0", "#E4003B", "#FFFFFF")) {
            assertThat(Colours.contrast(Colours.outline(hex), "#FFFFFF"))
                    .as(hex)
                    .isGreaterThanOrEqualTo(Colours.GRAPHIC_CONTRAST);
        }
        assertThat(Colours.outline("#E4003B"))
                .as("already dark enough: unchanged")
                .isEqualTo("#E4003B");
    }
}
