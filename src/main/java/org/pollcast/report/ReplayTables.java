package org.pollcast.report;

import java.io.PrintWriter;
import java.util.Locale;
import org.pollcast.Counted;
import org.pollcast.backtest.ReplayResult;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/** {@code pollcast live --replay}: the model's scores after each number of declarations, beside a uniform swing. */
public final class ReplayTables {
    private ReplayTables() {}

    public static void print(ReplayResult r, PrintWriter out) {
        out.printf(
                Locale.ROOT,
                "%s election night replayed %s: %s, %,d simulations a step; winner %s%n",
                r.election(),
                // A place's first election has none: the line said "on the null baseline".
                r.baseline() == null
                        ? "with no baseline election (the first of its series)"
                        : "on the " + r.baseline() + " baseline",
                Counted.of(r.orders(), "random declaration order", "random declaration orders"),
                r.sims(),
                r.winner());
        out.print(Tables.text(table(r)));
        r.notes().forEach(n -> out.println("note: " + n));
    }

    public static Table table(ReplayResult r) {
        IntColumn declared = IntColumn.create("declared");
        DoubleColumn counted = Tables.decimals(DoubleColumn.create("counted_%"), 0);
        DoubleColumn mae = Tables.decimals(DoubleColumn.create("mae"), 2);
        DoubleColumn uniform = Tables.decimals(DoubleColumn.create("uniform_swing_mae"), 2);
        DoubleColumn better = Tables.decimals(DoubleColumn.create("model_better_%"), 0);
        DoubleColumn coverage = Tables.decimals(DoubleColumn.create("in_90%_%"), 0);
        DoubleColumn winner = Tables.decimals(DoubleColumn.create("winner_p"), 3);
        DoubleColumn logLoss = Tables.decimals(DoubleColumn.create("log_loss"), 3);
        for (ReplayResult.Row s : r.rows()) {
            declared.append(s.declared());
            counted.append(100 * s.counted());
            mae.append(s.mae());
            uniform.append(s.uniformMae());
            better.append(100 * s.modelBetter());
            coverage.append(100 * s.coverage90());
            winner.append(s.winnerProb());
            logLoss.append(s.logLoss());
        }
        return Table.create(
                r.election() + " replay", declared, counted, mae, uniform, better, coverage, winner, logLoss);
    }
}
