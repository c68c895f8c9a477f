package org.pollcast.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.pollcast.Counted;
import org.pollcast.backtest.BacktestRow;
import org.pollcast.election.RoundLabel;

/** The backtest's two charts: how often results fell inside the intervals, and each forecast's error beside the baselines'. */
public final class BacktestCharts {
    private BacktestCharts() {}

    /** Writes the calibration and error charts into {@code charts}; null (nothing written) when no forecast scored. */
    public static Path charts(List<BacktestRow> rows, Path charts) throws IOException {
        List<BacktestRow> model =
                rows.stream().filter(r -> r.method().equals("model")).toList();
        if (model.isEmpty()) {
            return null; // every election skipped: an empty chart says less than the skipped lines
        }
        int scored = model.stream().mapToInt(BacktestRow::scored).sum();
        double in50 = scored == 0
                ? 0
                : 100.0 * model.stream().mapToInt(BacktestRow::in50).sum() / scored;
        double in90 = scored == 0
                ? 0
                : 100.0 * model.stream().mapToInt(BacktestRow::in90).sum() / scored;
        String footer = String.format(
                Locale.ROOT,
                "Source: pollcast backtest · %s, %s scored (5%%+)",
                Counted.of(model.size(), "forecast", "forecasts"),
                Counted.of(scored, "candidate share", "candidate shares"));
        ChartSpec calibration = new ChartSpec(
                "calibration",
                "category",
                "Calibration: how often results fell inside the intervals",
                footer,
                "",
                "Share of candidates (%)",
                List.of("50% interval", "90% interval"),
                List.of(
                        new ChartSpec.Series(
                                "Nominal", "#B0B0B0", null, new double[] {50, 90}, null, "bars", null, true),
                        new ChartSpec.Series(
                                "Observed", "#0B6E99", null, new double[] {in50, in90}, null, "bars", null, true)),
                List.of(),
                false,
                false);
        List<String> labels = labels(model);
        Map<String, double[]> byMethod = new LinkedHashMap<>();
        for (String m : List.of("model", "last-week", "last-poll")) {
            byMethod.put(m, errors(rows, model, m));
        }
        List<ChartSpec.Series> series = List.of(
                new ChartSpec.Series("Model", "#0B6E99", null, byMethod.get("model"), null, "bars", null, true),
                new ChartSpec.Series(
                        "Last week's polls", "#E69F00", null, byMethod.get("last-week"), null, "bars", null, true),
                new ChartSpec.Series(
                        "Last poll", "#999999", null, byMethod.get("last-poll"), null, "bars", null, true));
        ChartSpec errors = new ChartSpec(
                "errors",
                "category",
                model.stream().anyMatch(BacktestRow::secondRound)
                        ? "First-preference and second-round error by election and horizon"
                        : "First-preference error by election and horizon",
                footer,
                "",
                "Mean absolute error (points, candidates 5%+)",
                labels,
                series,
                List.of(),
                false,
                false);
        // A folder of pollcast's own, replaced whole like a report's: a user's calibration.png in a folder of
        // theirs is never written over (the charts went into any folder, by name, until a newsroom's trial).
        ReportWriter.write(charts, work -> {
            ChartRenderer.write(calibration, work);
            ChartRenderer.write(errors, work);
            return List.of(calibration, errors);
        });
        return charts;
    }

    /**
     * {@code method}'s error at each of the model's forecasts: NaN, no bar, where it has none (no poll in the last
     * week to average), where a 0 was drawn and labelled, as if the baseline had made no error.
     */
    static double[] errors(List<BacktestRow> rows, List<BacktestRow> model, String method) {
        double[] y = new double[model.size()];
        for (int i = 0; i < model.size(); i++) {
            BacktestRow key = model.get(i);
            y[i] = rows.stream()
                    .filter(r -> r.method().equals(method)
                            && r.election().equals(key.election())
                            && r.daysBefore() == key.daysBefore())
                    .mapToDouble(BacktestRow::mae)
                    .findFirst()
                    .orElse(Double.NaN);
        }
        return y;
    }

    /**
     * "2021 −7d" for each row: the election's id less the series all the rows share ("london-"), or the whole id where
     * they are of more than one series; a second round's "2023 round 2 −7d".
     */
    static List<String> labels(List<BacktestRow> model) {
        List<String> prefixes = model.stream()
                .map(r -> r.election().substring(0, r.election().lastIndexOf('-') + 1))
                .distinct()
                .toList();
        String shared = prefixes.size() == 1 ? prefixes.get(0) : "";
        return model.stream()
                .map(r -> r.election().substring(shared.length()).replace(RoundLabel.SECOND_ROUND, " round 2") + " −"
                        + r.daysBefore() + "d")
                .toList();
    }
}
