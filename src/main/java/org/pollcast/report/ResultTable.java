package org.pollcast.report;

import static org.pollcast.report.Html.num;
import static org.pollcast.report.Html.text;

import java.util.ArrayList;
import java.util.List;
import org.pollcast.backtest.BacktestRow;
import org.pollcast.backtest.ResultCheck;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Every number of "How this forecast did" ({@link ResultSection}) as rows: the page's table and
 * {@code data/result.csv} are made from the same rows, so they cannot disagree. Columns of the CSV: {@code measure}
 * ({@code chance_of_winning}, {@code first_preferences}, {@code first_preferences_mean_abs_error},
 * {@code final_round}, {@code assembly_seats}, {@code assembly_seats_mean_abs_error}), {@code option}, {@code name},
 * {@code forecast} (mean), {@code p05}, {@code p25}, {@code p75}, {@code p95}, {@code result}, {@code inside_50} and
 * {@code inside_90} ({@code yes}/{@code no}, or "3 of 4" on an average's row) and {@code error} (forecast minus
 * result; the mean absolute error on an average's row).
 */
final class ResultTable {
    private ResultTable() {}

    /**
     * One number of the comparison, for the table and the CSV alike. Shares and chances in percent; a chance's
     * result is 100 for the winner, 0 for a loser; an average error has only {@code error}, and its interval
     * columns count the results inside ("3 of 4").
     */
    record Row(
            String measure,
            String option,
            String name,
            double forecast,
            double p05,
            double p25,
            double p75,
            double p95,
            double result,
            String inside50,
            String inside90,
            double error) {

        boolean seats() {
            return measure.startsWith("assembly_seats");
        }

        /** The row's name on the page, a share's named as {@code words} name the vote ("1st prefs", "Vote"). */
        String label(LeadWords words) {
            String shares = words.resultLabel();
            String who = option.equals("other") ? "Others (not named)" : name;
            return switch (measure) {
                case "chance_of_winning" -> "Chance: " + who + (result > 0 ? " (won)" : " (lost)");
                case "first_preferences" -> shares + ": " + who;
                case "first_preferences_mean_abs_error" -> shares + ", average miss*";
                // Two rounds ("1st round" shares): the deciding count is the second round, cast afresh.
                case "final_round" -> (words.twoRounds() ? "2nd round: " : "Final round: ") + who;
                case "assembly_seats" -> "Seats: " + who;
                default -> "Seats, average miss";
            };
        }
    }

    static List<Row> rows(ResultCheck r) {
        List<Row> out = new ArrayList<>();
        ResultCheck.Race race = r.race();
        if (race != null) {
            out.add(chance(race.winner(), true));
            if (race.runnerUp() != null) {
                out.add(chance(race.runnerUp(), false));
            }
            boolean favouriteListed = race.favouriteWon()
                    || (race.runnerUp() != null
                            && race.runnerUp().id().equals(race.favourite().id()));
            if (!favouriteListed) {
                out.add(chance(race.favourite(), false));
            }
        }
        for (ResultCheck.Share s : ResultSection.byResult(r.firstPrefs())) {
            out.add(share("first_preferences", s));
        }
        BacktestRow score = r.score();
        if (score != null) {
            out.add(average(
                    "first_preferences_mean_abs_error",
                    score.mae(),
                    score.in50() + " of " + score.scored(),
                    score.in90() + " of " + score.scored()));
        }
        if (r.finalRound() != null) {
            out.add(share("final_round", r.finalRound()));
        }
        double nan = Double.NaN;
        for (ResultCheck.Seats s : r.seats()) {
            String in90 = s.inside90() ? "yes" : "no";
            out.add(new Row(
                    "assembly_seats",
                    s.id(),
                    s.name(),
                    s.mean(),
                    s.p05(),
                    nan,
                    nan,
                    s.p95(),
                    s.won(),
                    "",
                    in90,
                    s.error()));
        }
        if (!r.seats().isEmpty()) {
            long inside = r.seats().stream().filter(ResultCheck.Seats::inside90).count();
            out.add(average(
                    "assembly_seats_mean_abs_error",
                    ResultCheck.seatError(r.seats()),
                    "",
                    inside + " of " + r.seats().size()));
        }
        return out;
    }

    /** A chance of winning: the result is 100 for the winner, 0 for a loser. */
    private static Row chance(ResultCheck.Contender c, boolean won) {
        double nan = Double.NaN;
        return new Row(
                "chance_of_winning", c.id(), c.name(), 100 * c.pWin(), nan, nan, nan, nan, won ? 100 : 0, "", "", nan);
    }

    private static Row share(String measure, ResultCheck.Share s) {
        String in50 = s.inside50() ? "yes" : "no";
        String in90 = s.inside90() ? "yes" : "no";
        return new Row(
                measure,
                s.id(),
                ResultSection.name(s),
                s.mean(),
                s.p05(),
                s.p25(),
                s.p75(),
                s.p95(),
                s.actual(),
                in50,
                in90,
                s.error());
    }

    /** An average error, with how many results fell inside the ranges. */
    private static Row average(String measure, double error, String in50, String in90) {
        double nan = Double.NaN;
        return new Row(measure, "", "", nan, nan, nan, nan, nan, nan, in50, in90, error);
    }

    static List<List<String>> htmlRows(List<Row> rows, LeadWords words) {
        List<List<String>> out = new ArrayList<>();
        for (Row r : rows) {
            boolean chance = r.measure().equals("chance_of_winning");
            boolean average = Double.isNaN(r.result()) && !chance;
            String unit = r.seats() ? "" : "%";
            int places = r.seats() ? 0 : 1;
            out.add(List.of(
                    text(r.label(words)),
                    Double.isNaN(r.forecast()) ? "" : num(r.forecast(), 1) + unit,
                    Double.isNaN(r.p05()) ? "" : num(r.p05(), places) + "–" + num(r.p95(), places) + unit,
                    chance ? (r.result() > 0 ? "won" : "lost") : average ? "" : num(r.result(), places) + unit,
                    Double.isNaN(r.error()) ? "" : average ? num(r.error(), 1) : Html.signed(r.error()),
                    average && !r.inside50().isEmpty()
                            ? r.inside90() + " <span class=\"odds\">(50% range: " + r.inside50() + ")</span>"
                            : r.inside90()));
        }
        return out;
    }

    /** {@code data/result.csv}: the table's numbers, unrounded but for the print format. */
    static Table table(ResultCheck r) {
        StringColumn measure = StringColumn.create("measure");
        StringColumn option = StringColumn.create("option");
        StringColumn name = StringColumn.create("name");
        DoubleColumn forecast = Tables.decimals(DoubleColumn.create("forecast"), 2);
        DoubleColumn p05 = Tables.decimals(DoubleColumn.create("p05"), 2);
        DoubleColumn p25 = Tables.decimals(DoubleColumn.create("p25"), 2);
        DoubleColumn p75 = Tables.decimals(DoubleColumn.create("p75"), 2);
        DoubleColumn p95 = Tables.decimals(DoubleColumn.create("p95"), 2);
        DoubleColumn result = Tables.decimals(DoubleColumn.create("result"), 2);
        StringColumn in50 = StringColumn.create("inside_50");
        StringColumn in90 = StringColumn.create("inside_90");
        DoubleColumn error = Tables.decimals(DoubleColumn.create("error"), 2);
        for (Row row : rows(r)) {
            measure.append(row.measure());
            option.append(row.option());
            name.append(row.name());
            Tables.append(forecast, row.forecast());
            Tables.append(p05, row.p05());
            Tables.append(p25, row.p25());
            Tables.append(p75, row.p75());
            Tables.append(p95, row.p95());
            Tables.append(result, row.result());
            in50.append(row.inside50());
            in90.append(row.inside90());
            Tables.append(error, row.error());
        }
        return Table.create("result", measure, option, name, forecast, p05, p25, p75, p95, result, in50, in90, error);
    }
}
