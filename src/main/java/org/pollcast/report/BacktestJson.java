package org.pollcast.report;

import java.util.List;
import org.pollcast.backtest.BacktestRow;
import org.pollcast.backtest.ResultCheck;

/** {@code pollcast backtest --format json}: one row per election, horizon and method, and what was skipped and why. */
public record BacktestJson(List<Row> rows, List<String> skipped) {

    public BacktestJson {
        rows = List.copyOf(rows);
        skipped = List.copyOf(skipped);
    }

    public static String write(List<BacktestRow> rows, List<String> skipped) {
        return Json.write(new BacktestJson(rows.stream().map(Row::of).toList(), skipped));
    }

    /** One backtest forecast's scores (see {@link BacktestRow}); scores that do not apply are null. */
    public record Row(
            String election,
            int daysBefore,
            String asOf,
            String method,
            int polls,
            String source,
            double mae,
            double leadError,
            double finalError,
            double brier,
            double logLoss,
            int in50,
            int in90,
            int scored,
            double logScore,
            double seatMae,
            int seatsIn90,
            int seatParties,
            List<Share> shares) {

        static Row of(BacktestRow r) {
            return new Row(
                    r.election(),
                    r.daysBefore(),
                    r.asOf(),
                    r.method(),
                    r.polls(),
                    r.source(),
                    r.mae(),
                    r.leadError(),
                    r.finalError(),
                    r.brier(),
                    r.logLoss(),
                    r.in50(),
                    r.in90(),
                    r.scored(),
                    r.logScore(),
                    r.seatMae(),
                    r.seatsIn90(),
                    r.seatParties(),
                    r.shares().stream().map(Share::of).toList());
        }
    }

    /**
     * One scored share beside the result: the forecast's mean, its 50% range (p25 to p75) and 90% range (p05 to
     * p95), in percent.
     */
    public record Share(
            String id, String name, double mean, double p05, double p25, double p75, double p95, double actual) {
        static Share of(ResultCheck.Share s) {
            return new Share(s.id(), s.name(), s.mean(), s.p05(), s.p25(), s.p75(), s.p95(), s.actual());
        }
    }
}
