package org.pollcast.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A chart's source footer is read in full where it fits in two lines, and never runs off the image. */
class ChartFooterTest {
    private static final FontMetrics METRICS;

    static {
        BufferedImage image = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB);
        METRICS = image.createGraphics().getFontMetrics(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    }

    @Test
    void aShortFooterIsOneLine() {
        assertThat(ChartRenderer.footerLines("Source: pollcast · london-2012", METRICS, 1168))
                .containsExactly("Source: pollcast · london-2012");
    }

    /** london-2028's trend footer: its correction and the age of its newest poll were cut off at one line. */
    @Test
    void aLongFooterBreaksAtASeparatorIntoTwoLinesThatEachFit() {
        String footer = "Source: pollcast · london-2028 · average of 2 polls from 2 pollsters as of 2026-12-03; lead"
                + " narrowed by 3.1 points for systematic poll error; the newest information is 322 days old (2026-01-15),"
                + " so the range is widened for it · 100,000 simulations, seed 20280504";
        int width = 1168;
        List<String> lines = ChartRenderer.footerLines(footer, METRICS, width);
        assertThat(lines).hasSize(2);
        lines.forEach(l -> assertThat(METRICS.stringWidth(l)).isLessThanOrEqualTo(width));
        assertThat(String.join(" ", lines).replace("  ", " "))
                .contains("322 days old")
                .contains("seed 20280504");
        assertThat(lines.get(0)).doesNotEndWith("·").doesNotEndWith(" ");
    }

    @Test
    void whatTwoLinesCannotHoldEndsInAnEllipsis() {
        String footer = "word ".repeat(400).strip();
        List<String> lines = ChartRenderer.footerLines(footer, METRICS, 600);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).endsWith("…");
        lines.forEach(l -> assertThat(METRICS.stringWidth(l)).isLessThanOrEqualTo(600));
    }
}
