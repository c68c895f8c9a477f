package org.pollcast.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.pollcast.backtest.ResultCheck;

/**
 * A report's "How this forecast did" never says a result fell outside a range it seems to end on. Portugal's 2025
 * legislative election, a day out in a blind trial: Chega won 1,345,575 of 5,820,426 valid votes in Portugal (23.12%,
 * SGMAI via lusojornal.com), and the page said "forecast 18.7% (90% range 14.7–23.1%): the result was above it" beside
 * "Chega: 23.1%". The forecast's range is set here as the trial printed it, its top end just under the result.
 */
class ResultRangeWordsTest {
    private static final double CHEGA = 100.0 * 1_345_575 / 5_820_426;

    @Test
    void aResultJustPastAnEndThatPrintsAlikeIsGivenToTwoDecimals() {
        var s = new ResultCheck.Share("ch", "Chega", 18.7, 14.7, 17.0, 20.3, 23.08, CHEGA);
        assertThat(ResultSection.rangeWords(s))
                .isEqualTo("18.7% (90% range 14.7–23.1%): the result was above it (23.12% against 23.08%)");
    }

    @Test
    void aResultClearlyOutsideOrInsideIsSaidAsBefore() {
        var above = new ResultCheck.Share("ch", "Chega", 18.7, 14.7, 17.0, 20.3, 22.8, CHEGA);
        assertThat(ResultSection.rangeWords(above)).isEqualTo("18.7% (90% range 14.7–22.8%): the result was above it");
        var inside = new ResultCheck.Share("ch", "Chega", 18.7, 14.7, 17.0, 20.3, 23.2, CHEGA);
        assertThat(ResultSection.rangeWords(inside)).isEqualTo("18.7% (90% range 14.7–23.2%): inside it");
    }
}
