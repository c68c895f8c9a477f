package org.pollcast.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.pollcast.backtest.BacktestRow;
import org.pollcast.backtest.Scores;
import org.pollcast.election.ContestResult;
import org.pollcast.election.CountRules;
import org.pollcast.election.RoundLabel;
import org.pollcast.election.VotingSystem;
import org.pollcast.report.BacktestTables;

/**
 * Who the backtest scores the win probability against. A new user's Ireland 2011 (instant-runoff, its published
 * count bundled to the third round, no one past half) was scored against the first-preference leader, a winner the
 * results never named, while the report said the winner was not known.
 */
class BacktestWinnerTest {
    private static final List<String> TOP = List.of("higgins", "gallagher");
    private static final Map<String, Double> FIRST = Map.of("higgins", 39.6, "gallagher", 28.5, "mcguinness", 13.7);

    @Test
    void aCountWithoutItsFinalRoundAndNoOneOverHalfNamesNoWinner() {
        assertThat(BacktestRunner.winnerOf(CountRules.of(VotingSystem.INSTANT_RUNOFF), TOP, FIRST, Optional.empty()))
                .isNull();
        assertThat(BacktestRunner.winnerOf(
                        CountRules.of(VotingSystem.SUPPLEMENTARY_VOTE), TOP, FIRST, Optional.empty()))
                .isNull();
        assertThat(Scores.logLoss(Map.of("higgins", 0.2, "gallagher", 0.8), null))
                .isNaN();
        assertThat(Scores.brier(Map.of("higgins", 0.2, "gallagher", 0.8), null)).isNaN();
    }

    @Test
    void theFinalRoundOrAMajorityOrFirstPastThePostNamesTheWinner() {
        // Tees Valley 2017: the first round's runner-up won the run-off.
        ContestResult runoff = new ContestResult(
                "tv-2017", "mayor", Map.of("houchen", 40_278L, "cherrett", 39_797L), true, List.of(), List.of());
        assertThat(BacktestRunner.winnerOf(
                        CountRules.of(VotingSystem.SUPPLEMENTARY_VOTE),
                        List.of("cherrett", "houchen"),
                        Map.of("cherrett", 39.5, "houchen", 39.5),
                        Optional.of(runoff)))
                .isEqualTo("houchen");
        assertThat(BacktestRunner.winnerOf(CountRules.of(VotingSystem.FPTP), TOP, FIRST, Optional.empty()))
                .isEqualTo("higgins");
        assertThat(BacktestRunner.winnerOf(
                        CountRules.of(VotingSystem.INSTANT_RUNOFF),
                        TOP,
                        Map.of("higgins", 52.0, "gallagher", 30.0),
                        Optional.empty()))
                .isEqualTo("higgins");
    }

    /** The summary and the verdict leave an unscored win probability out, as they leave out a missing MAE. */
    @Test
    void anUnknownWinnerIsLeftOutOfTheMeans() {
        List<BacktestRow> rows = List.of(
                row("a-2020", "model", 0.10),
                row("a-2020", "last-week", 0.0),
                row("a-2020", "last-poll", 0.0),
                row("b-2020", "model", Double.NaN),
                row("b-2020", "last-week", Double.NaN),
                row("b-2020", "last-poll", Double.NaN));
        var summary = BacktestTables.summary(rows);
        assertThat(summary.doubleColumn("mean_log_loss").get(0))
                .isEqualTo(0.10, org.assertj.core.data.Offset.offset(1e-9));
        // The baselines' leader won the one scored case, so their log loss is 0.00: the verdict says the log loss
        // cannot rank them against the model, not that the model had "the lowest log loss in 0 of 1".
        assertThat(BacktestTables.verdict(rows))
                .contains("its mean log loss is 0.10")
                .contains("the log loss does not rank the baselines against the model here.")
                .contains("here both baselines' leaders won every case")
                .doesNotContain("lowest log loss in");
        // London's backtest a week out: the last week's leader won every case, the last poll's lost 2008. The verdict
        // said "the leader won every case" beside a last-poll row scored 13.82.
        List<BacktestRow> lastPollLost = List.of(
                row("a-2020", "model", 0.10),
                row("a-2020", "last-week", 0.0),
                row("a-2020", "last-poll", 13.8),
                row("b-2020", "model", 0.20),
                row("b-2020", "last-week", 0.0),
                row("b-2020", "last-poll", 0.0));
        assertThat(BacktestTables.verdict(lastPollLost))
                .contains("here the last week's leader won every case, for a log loss of 0.00")
                .contains("the log loss does not rank that baseline against the model here; the last poll's, whose"
                        + " leader lost a case, is 6.90 against the model's 0.15")
                .doesNotContain("both baselines");
        List<BacktestRow> upset = List.of(
                row("a-2020", "model", 0.10), row("a-2020", "last-week", 13.8), row("a-2020", "last-poll", 13.8));
        assertThat(BacktestTables.verdict(upset))
                .contains("lowest log loss in 1 of 1; mean log loss 0.10 against the better baseline's 13.80");
    }

    /**
     * A blind trial's Germany printed the baselines' Brier 0.000 and log loss 0.00 beside the model's 0.004 and 0.05,
     * read as a perfect forecast: they give their leader certainty. The table's note says so, and how often the leader
     * won; the scores themselves stay, for the verdict and the CSV.
     */
    @Test
    void theBaselinesCertaintyIsExplainedUnderTheTable() {
        List<BacktestRow> rows = List.of(
                row("a-2020", "model", 0.05),
                row("a-2020", "last-week", 0.0),
                row("a-2020", "last-poll", 13.815510557964274),
                row("b-2020", "model", 0.10),
                row("b-2020", "last-week", 0.0),
                row("b-2020", "last-poll", 0.0));
        assertThat(BacktestTables.baselineNote(rows))
                .contains("give no chance of their own")
                .contains("giving their leader 100%")
                .contains("(3 of 4 rows here)");
        assertThat(BacktestTables.baselineNote(
                        rows.stream().filter(r -> r.method().equals("model")).toList()))
                .isEmpty();
        assertThat(BacktestTables.table(rows).columnNames())
                .as("the CSV keeps its columns")
                .contains("brier", "log_loss");
    }

    /**
     * Leaders tied in the polls share the baseline's certainty (a blind trial's Senedd 2026: More in Common's last poll
     * had Reform and Plaid Cymru on 26 each), scored 0.500 and 0.69: the note counted such rows neither as won nor as
     * lost, and its "0 of 2 rows" read as two upsets.
     */
    @Test
    void tiedLeadersAreSaidToShareTheBaselinesCertainty() {
        List<BacktestRow> rows = List.of(
                row("a-2020", "model", 0.58),
                row("a-2020", "last-week", Math.log(2)),
                row("a-2020", "last-poll", Math.log(2)),
                row("b-2020", "model", 0.10),
                row("b-2020", "last-week", 0.0),
                row("b-2020", "last-poll", 13.815510557964274));
        assertThat(BacktestTables.baselineNote(rows))
                .contains("(1 of 4 rows here)")
                .contains("leaders tied in the polls share it (2 rows: 0.500 and 0.69 for two)");
        assertThat(BacktestTables.baselineNote(rows.subList(3, 6))).doesNotContain("tied");
    }

    /**
     * A second round's MAE is of two shares, a first round's of a field: the summary gives each round its own lines
     * where the rows hold both, and one line per method where they do not.
     */
    @Test
    void firstAndSecondRoundsAreSummarisedApart() {
        List<BacktestRow> rows = new java.util.ArrayList<>();
        for (String m : List.of("model", "last-week", "last-poll")) {
            rows.add(row("a-2020", m, 0.1, 3.0));
            rows.add(row(RoundLabel.secondRound("a-2020"), m, 0.1, 7.0));
        }
        var summary = BacktestTables.summary(rows);
        assertThat(summary.stringColumn("method").asList())
                .containsExactly(
                        "model (first rounds)",
                        "last-week (first rounds)",
                        "last-poll (first rounds)",
                        "model (second rounds)",
                        "last-week (second rounds)",
                        "last-poll (second rounds)");
        assertThat(summary.doubleColumn("mean_mae").get(0)).isEqualTo(3.0);
        assertThat(summary.doubleColumn("mean_mae").get(3)).isEqualTo(7.0);
        var firstOnly = BacktestTables.summary(
                rows.stream().filter(r -> !r.secondRound()).toList());
        assertThat(firstOnly.stringColumn("method").asList()).containsExactly("model", "last-week", "last-poll");
    }

    private static BacktestRow row(String election, String method, double logLoss) {
        return row(election, method, logLoss, 1.0);
    }

    private static BacktestRow row(String election, String method, double logLoss, double mae) {
        return new BacktestRow(
                election,
                7,
                "2020-01-01",
                method,
                3,
                method,
                mae,
                1.0,
                Double.NaN,
                Double.isNaN(logLoss) ? Double.NaN : logLoss / 2,
                logLoss,
                0,
                0,
                0,
                Double.NaN,
                Double.NaN,
                Double.NaN,
                0,
                0);
    }
}
