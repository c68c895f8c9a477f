package org.pollcast.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A chart's source footer is read in full, on as many lines as it needs, and never runs off the image. */
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

    /**
     * A blind trial's Germany: on a phone (letters 1.7 times as large, 688 px of line) the seat chart's footer was cut
     * after two lines, in the middle of the note on the party no poll names, and without the seed. It wraps to as many
     * lines as it needs, each fitting, and says all of it.
     */
    @Test
    void aFooterTooLongForTwoLinesWrapsOnAndLosesNothing() {
        FontMetrics phone = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB)
                .createGraphics()
                .getFontMetrics(new Font(Font.SANS_SERIF, Font.PLAIN, 20));
        String footer = "Source: pollcast · de-2025 · average of 62 polls from 11 pollsters as of 2025-02-22; no poll"
                + " names ssw: each takes their party's share at de-2021 out of others (ssw 0.1%); the newest information"
                + " is 1 day old (2025-02-21): wider by the drift since · 100,000 simulations, seed 20280504";
        List<String> lines = ChartRenderer.footerLines(footer, phone, 688);
        assertThat(lines.size()).isBetween(3, ChartRenderer.MOST_FOOTER_LINES - 1);
        lines.forEach(l -> assertThat(phone.stringWidth(l)).as(l).isLessThanOrEqualTo(688));
        assertThat(String.join(" ", lines))
                .doesNotContain("…")
                .contains("(ssw 0.1%)")
                .endsWith("seed 20280504");
        assertThat(words(String.join(" ", lines)))
                .as("every word, in order: only a separator at a break is left out")
                .isEqualTo(words(footer));
        assertThat(lines).noneMatch(l -> l.startsWith("·") || l.endsWith("·"));
    }

    private static List<String> words(String text) {
        return java.util.Arrays.stream(text.split(" "))
                .filter(w -> !w.equals("·"))
                .toList();
    }

    /** A word wider than the line is broken where the line ends, not dropped. */
    @Test
    void aWordWiderThanTheLineIsBrokenNotLost() {
        String word = "x".repeat(300);
        List<String> lines = ChartRenderer.footerLines(word, METRICS, 600);
        assertThat(String.join("", lines)).isEqualTo(word);
        lines.forEach(l -> assertThat(METRICS.stringWidth(l)).isLessThanOrEqualTo(600));
    }

    @Test
    void onlyARunawayFooterEndsInAnEllipsis() {
        String footer = "word ".repeat(400).strip();
        List<String> lines = ChartRenderer.footerLines(footer, METRICS, 600);
        assertThat(lines).hasSize(ChartRenderer.MOST_FOOTER_LINES);
        assertThat(lines.get(lines.size() - 1)).endsWith("…");
        lines.forEach(l -> assertThat(METRICS.stringWidth(l)).isLessThanOrEqualTo(600));
    }
}
