package org.pollcast.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pollcast.backtest.BacktestRow;
import org.pollcast.ingest.DataHome;
import org.pollcast.ingest.ElectionCatalog;

class BacktestReportTest {
    private static BacktestRow row(String election, int days, String method, double mae) {
        return row(election, days, method, mae, 3);
    }

    private static BacktestRow row(String election, int days, String method, double mae, int polls) {
        return new BacktestRow(
                election,
                days,
                "2024-04-25",
                method,
                polls,
                "polls",
                mae,
                1,
                Double.NaN,
                0,
                0,
                1,
                2,
                3,
                0,
                0,
                Double.NaN,
                0,
                0);
    }

    /** An election whose baselines had no poll to average has no bar for them, not a bar of 0 labelled "0". */
    @Test
    void aBaselineWithoutPollsIsNoBar() {
        List<BacktestRow> rows = List.of(
                row("london-2021", 7, "model", 4.17),
                row("london-2021", 7, "last-week", 5.02),
                row("london-2024", 7, "model", 2.41));
        List<BacktestRow> model =
                rows.stream().filter(r -> r.method().equals("model")).toList();

        double[] lastWeek = BacktestCharts.errors(rows, model, "last-week");

        assertThat(lastWeek[0]).isEqualTo(5.02);
        assertThat(lastWeek[1]).isNaN();
    }

    /** The shared series is left out of the names under the bars; elections of different places keep their ids. */
    @Test
    void theNamesLeaveOutTheSeriesTheyShareOnly() {
        assertThat(BacktestCharts.labels(
                        List.of(row("chicago-2019", 1, "model", 2), row("chicago-2023", 7, "model", 3))))
                .containsExactly("2019 −1d", "2023 −7d");
        assertThat(BacktestCharts.labels(List.of(row("gm-2017", 1, "model", 2), row("wy-2021", 1, "model", 3))))
                .containsExactly("gm-2017 −1d", "wy-2021 −1d");
        assertThat(BacktestCharts.labels(List.of(
                        row("chicago-2023", 7, "model", 2),
                        row("chicago-2023" + org.pollcast.election.RoundLabel.SECOND_ROUND, 7, "model", 3))))
                .containsExactly("2023 −7d", "2023 round 2 −7d");
    }

    /** The verdict names the vote a second round's rows score: its run-off's, not first preferences. */
    @Test
    void theVerdictNamesTheSecondRoundsVote() {
        List<BacktestRow> rows = List.of(
                row("chicago-2023" + org.pollcast.election.RoundLabel.SECOND_ROUND, 7, "model", 3.25),
                row("chicago-2023" + org.pollcast.election.RoundLabel.SECOND_ROUND, 7, "last-week", 4.18),
                row("chicago-2023" + org.pollcast.election.RoundLabel.SECOND_ROUND, 7, "last-poll", 5.03));
        assertThat(BacktestTables.verdict(rows)).contains("the lowest second-round vote MAE in 1 of 1");
        List<BacktestRow> both = new java.util.ArrayList<>(rows);
        both.add(row("chicago-2023", 7, "model", 3.77));
        both.add(row("chicago-2023", 7, "last-week", 1.58));
        both.add(row("chicago-2023", 7, "last-poll", 1.58));
        assertThat(BacktestTables.verdict(both)).contains("MAE (second-round vote or first-preference, by election)");
    }

    /**
     * Model rows with no baseline beside them (no poll in their last week) are said to be the model's alone: the LA
     * trial read "no forecast from polls" under two scored rows as a contradiction. With no row at all, as before.
     */
    @Test
    void modelRowsWithoutBaselinesAreSaidToBeTheModelsAlone() {
        assertThat(BacktestTables.verdict(List.of(row("la-2022", 7, "model", 2.4))))
                .contains("no forecast here had a poll in its last week")
                .contains("the rows above are the model's alone");
        assertThat(BacktestTables.verdict(List.of()))
                .isEqualTo("Verdict: no forecast from polls to set beside the baselines.");
        // with no poll behind any row, no poll is named as what stood behind them (the Serbian trial)
        assertThat(BacktestTables.verdict(List.of(row("la-2022", 7, "model", 2.4, 0))))
                .contains("the rows above are the model's alone, from the last election's result or a counted first"
                        + " round.")
                .doesNotContain("older polls");
    }

    /**
     * Each election's MAE is named by its own vote: a first-past-the-post mayoralty has no first preferences (West of
     * England 2025's verdict spoke of "first-preference MAE"), a Supplementary Vote one has.
     */
    @Test
    void theVerdictNamesEachElectionsOwnVote() {
        var catalog = new ElectionCatalog(new DataHome(Path.of("data")));
        var names = BacktestTables.errorNames(List.of(catalog.resolve("london-2024"), catalog.resolve("london-2021")));
        assertThat(names).containsEntry("london-2024", "vote-share").containsEntry("london-2021", "first-preference");
        List<BacktestRow> fptp = List.of(
                row("london-2024", 7, "model", 2.0),
                row("london-2024", 7, "last-week", 3.0),
                row("london-2024", 7, "last-poll", 3.0));
        assertThat(BacktestTables.verdict(fptp, names)).contains("the lowest vote-share MAE in 1 of 1");
        // The verdict names the votes of the cases it ranks: a forecast with no baseline beside it is no case.
        List<BacktestRow> withUnpolled = new java.util.ArrayList<>(fptp);
        withUnpolled.add(row("london-2021", 7, "model", 4.0));
        assertThat(BacktestTables.verdict(withUnpolled, names)).contains("the lowest vote-share MAE in 1 of 1");
    }
}
