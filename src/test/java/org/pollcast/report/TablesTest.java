package org.pollcast.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/** Every figure that rounds to zero prints as 0.0, never -0.0 or +0.0, whichever formatter prints it. */
class TablesTest {
    @Test
    void aSignedFigureThatRoundsToZeroHasNoSign() {
        assertThat(Tables.signed(-0.04, 1)).isEqualTo("0.0");
        assertThat(Tables.signed(-0.0, 1)).isEqualTo("0.0");
        assertThat(Tables.signed(0.04, 1)).isEqualTo("0.0");
        assertThat(Tables.signed(0.06, 1)).isEqualTo("+0.1");
        assertThat(Tables.signed(-0.06, 1)).isEqualTo("-0.1");
        assertThat(Tables.signed(-0.4, 0)).isEqualTo("0");
        assertThat(Tables.signed(10.0, 0)).isEqualTo("+10");
        assertThat(Html.num(-0.04, 1)).isEqualTo("0.0");
        assertThat(Html.num(-0.06, 1)).isEqualTo("-0.1");
    }

    @Test
    void columnsPrintTheirZerosUnsignedInTextAndCsv() {
        // pollster-accuracy printed "-0.0", house-effects "+0.00" beside "0.0": the column formats had their own rule.
        DoubleColumn signed = Tables.signed(DoubleColumn.create("signed", -0.004, -0.0, 0.004, 0.1, -2.345), 2);
        DoubleColumn plain = Tables.decimals(DoubleColumn.create("plain", -0.04, -0.0, 0.04, -0.06, 3.0), 1);
        Table t = Table.create("t", signed, plain);
        assertThat(Tables.csv(t).lines())
                .containsExactly("signed,plain", "0.00,0.0", "0.00,0.0", "0.00,0.0", "+0.10,-0.1", "-2.35,3.0");
        assertThat(Tables.text(t)).doesNotContain("-0.0").doesNotContain("+0.0");
    }

    /** A new user's nightly line said -2.3 pts beside 69.2% and 67.0% (unrounded 69.24 and 66.96). */
    @org.junit.jupiter.api.Test
    void aMoveIsTheDifferenceOfTheFiguresPrinted() {
        org.assertj.core.api.Assertions.assertThat(Tables.pointsBetweenPrinted(0.6924, 0.6696))
                .isEqualTo(-2.2);
        org.assertj.core.api.Assertions.assertThat(Tables.signed(Tables.pointsBetweenPrinted(0.155, 0.066), 1))
                .isEqualTo("-8.9");
    }

    /**
     * data/race.csv said 8.9 where the report's table of the same numbers said 9.0%: 895 of 10,000 simulations, a tie
     * the column's DecimalFormat rounded down and the HTML's String.format up. Every tie of 10,000 simulations now
     * prints alike in a column (CSV and text) and in the HTML.
     */
    @Test
    void aColumnRoundsAsTheReportDoes() {
        for (int k = 0; k <= 10_000; k += 5) {
            double chance = k / 10_000.0;
            Table t = Table.create(
                    "t",
                    Tables.chances(DoubleColumn.create("chance_%", 100 * chance)),
                    Tables.signed(DoubleColumn.create("move", 100 * chance - 50), 1));
            String page = Html.pct(chance).replace("%", "");
            // Where the page says "<0.1" or ">99.9" the CSV holds the number itself (chancesInACsvAreNumbers).
            String expected = (page.startsWith("<") || page.startsWith(">") ? Tables.chanceNumber(100 * chance) : page)
                    + "," + Tables.signed(100 * chance - 50, 1);
            assertThat(Tables.csv(t).lines().skip(1).findFirst())
                    .as("%d of 10,000", k)
                    .hasValue(expected);
            assertThat(Tables.text(t)).as("%d of 10,000", k).contains(" " + page + " ");
        }
        assertThat(Html.pct(0.0895)).isEqualTo("9.0%");
    }

    /**
     * The one rule for every chance pollcast prints, the chart's bar labels' since they said "<0.1" for Paddick's 14
     * wins in 100,000 simulations: a true zero is "0"; a figure that rounds to 0.0 without being zero is "<0.1" (a
     * value in points too, the backtest's errors); only a percentage stops short of 100 as ">99.9", and 100 itself
     * is "100.0", as the charts' labels always said. Rounded as the page's tables round (half up), not as XChart's
     * DecimalFormat did (half even: "0.2").
     */
    @Test
    void aChanceThatCameUpIsNotZeroAndOneThatMightNotHappenIsNotCertain() {
        assertThat(Tables.tenths(0, true)).isEqualTo("0");
        assertThat(Tables.tenths(-0.0, false)).isEqualTo("0");
        assertThat(Tables.tenths(0.014, true)).isEqualTo("<0.1");
        assertThat(Tables.tenths(0.04, false)).isEqualTo("<0.1");
        assertThat(Tables.tenths(-0.04, false)).isEqualTo(">-0.1");
        assertThat(Tables.tenths(0.05, true)).isEqualTo("0.1");
        assertThat(Tables.tenths(0.25, true)).isEqualTo("0.3");
        assertThat(Tables.tenths(99.94, true)).isEqualTo("99.9");
        assertThat(Tables.tenths(99.97, true)).isEqualTo(">99.9");
        assertThat(Tables.tenths(100, true)).isEqualTo("100.0");
        assertThat(Tables.tenths(99.96, false)).isEqualTo("100.0");
        assertThat(Html.pct(14 / 100_000.0)).isEqualTo("<0.1%");
        assertThat(Html.pct(0)).isEqualTo("0%");
        assertThat(Html.pct(0.99993)).isEqualTo(">99.9%");
        assertThat(Html.pct(1)).isEqualTo("100.0%");
        assertThat(Html.pct(Double.NaN)).isEqualTo("–");
        // On election night before the count decides, no chance is yet 0 or 100: every simulation agreeing is not a
        // result.
        assertThat(Tables.chance(0, false)).isEqualTo("<0.1");
        assertThat(Tables.chance(1, false)).isEqualTo(">99.9");
        assertThat(Tables.chance(0.5, false)).isEqualTo("50.0");
        assertThat(NightPage.percent(1, true)).isEqualTo("100.0%");
        assertThat(NightPage.percent(1, false)).isEqualTo(">99.9%");
    }

    /**
     * A CSV's column of chances stays numbers a spreadsheet can sort: where the page says "<0.1" or ">99.9", the chance
     * itself to two significant digits (london-2012's Paddick, 14 of 100,000 simulations: 0.014, where it said 0.0,
     * as for a candidate who never won); the same column printed for people says "<0.1".
     */
    @Test
    void chancesInACsvAreNumbers() {
        Table t = Table.create(
                "t",
                Tables.chances(DoubleColumn.create(
                        "win_%", 70.051, 29.93, 14 / 1000.0, 1 / 1000.0, 0, 100, 99.993, 100 / 3.0 / 1000)));
        assertThat(Tables.csv(t).lines())
                .containsExactly("win_%", "70.1", "29.9", "0.014", "0.001", "0", "100.0", "99.993", "0.033");
        assertThat(Tables.text(t).lines().skip(3).map(l -> l.replace("|", "").strip()))
                .containsExactly("70.1", "29.9", "<0.1", "<0.1", "0", "100.0", ">99.9", "<0.1");
    }

    /**
     * A Monte Carlo error is no more exact than the chance beside it. london-2028's Others, in none of 100,000
     * simulations, printed win 0 and win_se 0.00; a pair in 20 of 1,000,000 printed <0.1 beside 0.00. An error that
     * rounds to 0.00 is "<0.01"; one of exactly zero (a chance that never, or always, came up) is the rule of three's
     * bound on it: the chance is under 3/n, its error under sqrt(3/n (1 - 3/n) / n), rounded up. A CSV keeps numbers.
     */
    @Test
    void aMonteCarloErrorIsNoMoreExactThanItsChance() {
        double pair = 20 / 1_000_000.0;
        assertThat(Tables.chanceError(100 * Math.sqrt(pair * (1 - pair) / 1_000_000), 1_000_000))
                .isEqualTo("<0.01");
        assertThat(Tables.chanceError(0, 100_000)).isEqualTo("<0.01");
        assertThat(Tables.chanceError(0, 17_321)).isEqualTo("<0.01");
        assertThat(Tables.chanceError(0, 17_000)).isEqualTo("<0.02");
        assertThat(Tables.chanceError(0, 1_000)).isEqualTo("<0.18");
        assertThat(Tables.chanceError(0, 2)).isEqualTo("<35.36");
        assertThat(Tables.chanceError(0.0451, 100_000)).isEqualTo("0.05");
        assertThat(Tables.chanceError(0.005, 100_000)).isEqualTo("0.01");
        assertThat(Tables.chanceError(0.15, 100_000)).isEqualTo("0.15");
        assertThat(Tables.chanceError(Double.NaN, 100_000)).isEqualTo("–");
        assertThat(Html.se(0, 100_000)).isEqualTo("&lt;0.01%");
        Table t = Table.create(
                "t", Tables.chanceErrors(DoubleColumn.create("win_se", 0.146, 0.0045, 0, 1e-4 * Math.sqrt(0.2)), 1000));
        assertThat(Tables.csv(t).lines()).containsExactly("win_se", "0.15", "0.00", "0.00", "0.00");
        assertThat(Tables.text(t).lines().skip(3).map(l -> l.replace("|", "").strip()))
                .containsExactly("0.15", "<0.01", "<0.18", "<0.01");
    }
}
