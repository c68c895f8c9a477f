package org.pollcast.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlTest {
    @Test
    void aSignedDifferenceThatRoundsToZeroHasNoSign() {
        // A house effect of -2.3e-6 points printed "-0.0": a lean where there is none.
        assertThat(Html.signed(-2.3e-6)).isEqualTo("0.0");
        assertThat(Html.signed(0.04)).isEqualTo("0.0");
        assertThat(Html.signed(-0.05)).isEqualTo("-0.1");
        assertThat(Html.signed(2.26)).isEqualTo("+2.3");
        assertThat(Html.signed(Double.NaN)).isEqualTo("–");
    }

    /** A Monte Carlo error is printed to two decimals: to one, a 1.6% chance's 0.04 read "0.0%", no error at all. */
    @Test
    void aMonteCarloErrorIsNeverPrintedAsNone() {
        double p = 0.016;
        double se = Math.sqrt(p * (1 - p) / 100_000);
        assertThat(Html.se(se, 100_000)).isEqualTo("0.04%");
        assertThat(Html.se(0.001459, 100_000)).isEqualTo("0.15%");
        assertThat(Html.se(Double.NaN, 100_000)).isEqualTo("–");
    }

    /** The night page's headline sentence takes its article from the chance it gives. */
    @Test
    void theNightsProjectedWinnerHasTheArticleOfItsChance() {
        assertThat(NightPage.projectedToWin("Sadiq Khan", "8 in 10", "80.2%"))
                .isEqualTo("Sadiq Khan is projected to win, with an 8 in 10 chance (80.2%)");
        assertThat(NightPage.projectedToWin("Sadiq Khan", "7 in 10", "70.2%"))
                .isEqualTo("Sadiq Khan is projected to win, with a 7 in 10 chance (70.2%)");
        assertThat(NightPage.projectedToWin("Sadiq Khan", "80 in 100", "80.0%")).contains("with an 80 in 100 chance");
        assertThat(NightPage.projectedToWin("Sadiq Khan", "more than 99 in 100", ">99.9%"))
                .contains("with a more than 99 in 100 chance");
    }

    @Test
    void chancesInWordsRoundToTenthsAndGiveOddsInTheTails() {
        assertThat(Html.chance(0.7)).isEqualTo("7 in 10");
        assertThat(Html.chance(0.293)).isEqualTo("3 in 10");
        assertThat(Html.chance(0.5)).isEqualTo("5 in 10");
        // Tenths would call 2% and 9% the same "1 in 10": the tails get their own odds.
        assertThat(Html.chance(0.02)).isEqualTo("1 in 50");
        assertThat(Html.chance(0.079)).isEqualTo("1 in 10");
        // Odds snap to the ones readers know: 98.9% is "99 in 100", never "92 in 93".
        assertThat(Html.chance(0.989)).isEqualTo("99 in 100");
        assertThat(Html.chance(0.975)).isEqualTo("49 in 50");
        assertThat(Html.chance(0.95)).isEqualTo("19 in 20");
        assertThat(Html.chance(0.001)).isEqualTo("less than 1 in 200");
        assertThat(Html.chance(0.999)).isEqualTo("almost certain");
        assertThat(Html.chance(Double.NaN)).isEqualTo("–");
    }

    /** The summary's reminder uses the favourite's own odds: "a 7 in 10 favourite" beside a 6 in 10 one jarred. */
    @Test
    void aFavouriteLosesAsOftenAsItsOddsSay() {
        assertThat(Html.favouriteLoses(0.634)).isEqualTo("a 6 in 10 favourite loses 4 times in 10");
        assertThat(Html.favouriteLoses(0.7)).isEqualTo("a 7 in 10 favourite loses 3 times in 10");
        assertThat(Html.favouriteLoses(0.95)).isEqualTo("a 19 in 20 favourite loses 1 time in 20");
        assertThat(Html.favouriteLoses(0.45)).isEqualTo("a 5 in 10 favourite loses 5 times in 10");
        // West Yorkshire 2024's prior (a blind trial) read "a 8 in 10 favourite".
        assertThat(Html.favouriteLoses(0.838)).isEqualTo("an 8 in 10 favourite loses 2 times in 10");
        assertThat(Html.withArticle("11 in 12")).isEqualTo("an 11 in 12");
        assertThat(Html.withArticle("18 in 19")).isEqualTo("an 18 in 19");
        assertThat(Html.withArticle("almost certain")).isEqualTo("an almost certain");
        assertThat(Html.withArticle("1 in 20")).isEqualTo("a 1 in 20");
        assertThat(Html.withArticle("19 in 20")).isEqualTo("a 19 in 20");
        assertThat(Html.favouriteLoses(0.999)).isEqualTo("even an almost certain favourite can lose");
    }

    @Test
    void tablesScrollInTheirOwnBoxAndNameTheirRows() {
        StringBuilder h = new StringBuilder();
        Html.table(h, "t", "Cap", List.of("A", "B"), List.of(List.of("x", "1")));
        assertThat(h.toString())
                .startsWith("<div class=\"scroll\" tabindex=\"0\"")
                .contains("<caption>Cap</caption>")
                .contains("<th scope=\"row\">x</th><td>1</td>");
    }
}
