package org.pollcast.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToIntFunction;
import org.pollcast.backtest.BacktestRow;
import org.pollcast.backtest.BlocScore;
import org.pollcast.election.Election;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Backtest rows as tables, a summary and a verdict; the charts are {@link BacktestCharts}, the JSON {@link BacktestJson}. */
public final class BacktestTables {
    private BacktestTables() {}

    public static Table table(List<BacktestRow> rows) {
        StringColumn election = StringColumn.create("election");
        IntColumn days = IntColumn.create("days_before");
        StringColumn method = StringColumn.create("method");
        IntColumn polls = IntColumn.create("polls");
        DoubleColumn mae = Tables.decimals(DoubleColumn.create("mae"), 2);
        DoubleColumn lead = Tables.signed(DoubleColumn.create("lead_error"), 1);
        DoubleColumn fin = Tables.signed(DoubleColumn.create("final_error"), 1);
        DoubleColumn brier = Tables.decimals(DoubleColumn.create("brier"), 3);
        DoubleColumn logLoss = Tables.decimals(DoubleColumn.create("log_loss"), 2);
        StringColumn in50 = StringColumn.create("in_50%");
        StringColumn in90 = StringColumn.create("in_90%");
        DoubleColumn seatMae = Tables.decimals(DoubleColumn.create("seat_mae"), 2);
        StringColumn seatsIn90 = StringColumn.create("seats_in_90%");
        for (BacktestRow r : rows) {
            election.append(r.election());
            days.append(r.daysBefore());
            method.append(r.method());
            polls.append(r.polls());
            Tables.append(mae, r.mae());
            Tables.append(lead, r.leadError());
            Tables.append(fin, r.finalError());
            Tables.append(brier, r.brier());
            Tables.append(logLoss, r.logLoss() + 0.0);
            in50.append(r.scored() == 0 ? "" : r.in50() + "/" + r.scored());
            in90.append(r.scored() == 0 ? "" : r.in90() + "/" + r.scored());
            Tables.append(seatMae, r.seatMae());
            seatsIn90.append(r.seatParties() == 0 ? "" : r.seatsIn90() + "/" + r.seatParties());
        }
        return Table.create(
                "backtest",
                election,
                days,
                method,
                polls,
                mae,
                lead,
                fin,
                brier,
                logLoss,
                in50,
                in90,
                seatMae,
                seatsIn90);
    }

    /**
     * Each model forecast's chance that each bloc of named parties holds its seats, against the seats they won: the
     * chance a reader of a parliament where no party governs alone reads first (the Storting's red-green parties).
     */
    public static Table blocs(List<BlocScore> scores) {
        StringColumn election = StringColumn.create("election");
        IntColumn days = IntColumn.create("days_before");
        StringColumn bloc = StringColumn.create("bloc");
        DoubleColumn chance = Tables.decimals(DoubleColumn.create("chance_%"), 1);
        IntColumn seats = IntColumn.create("seats_won");
        StringColumn held = StringColumn.create("held");
        DoubleColumn brier = Tables.decimals(DoubleColumn.create("brier"), 3);
        DoubleColumn logLoss = Tables.decimals(DoubleColumn.create("log_loss"), 2);
        for (BlocScore b : scores) {
            election.append(b.election());
            days.append(b.daysBefore());
            bloc.append(b.label());
            chance.append(100 * b.p());
            seats.append(b.seats());
            held.append(b.held() ? "yes" : "no");
            brier.append(b.brier());
            logLoss.append(b.logLoss());
        }
        return Table.create(
                "blocs (the model's chance that each bloc holds its seats)",
                election,
                days,
                bloc,
                chance,
                seats,
                held,
                brier,
                logLoss);
    }

    /** "Blocs: mean Brier 0.012 and log loss 0.05 over 6 chances of 3 forecasts." */
    public static String blocsSummary(List<BlocScore> scores) {
        double brier = scores.stream().mapToDouble(BlocScore::brier).average().orElse(Double.NaN);
        double logLoss =
                scores.stream().mapToDouble(BlocScore::logLoss).average().orElse(Double.NaN);
        long forecasts = scores.stream()
                .map(b -> b.election() + "/" + b.daysBefore())
                .distinct()
                .count();
        return String.format(
                Locale.ROOT,
                "Blocs: mean Brier %.3f and log loss %.2f over %d %s of %d %s (two blocs that cannot both hold are not"
                        + " two independent tests).",
                brier,
                logLoss,
                scores.size(),
                scores.size() == 1 ? "chance" : "chances",
                forecasts,
                forecasts == 1 ? "forecast" : "forecasts");
    }

    /**
     * Per method, over the cases where all three methods exist (elections with polls at that horizon), so
     * the comparison is like for like: mean MAE, mean absolute lead error, mean Brier and log loss, coverage.
     */
    public static Table summary(List<BacktestRow> all) {
        List<BacktestRow> rows = comparable(all);
        StringColumn method = StringColumn.create("method");
        IntColumn n = IntColumn.create("forecasts");
        DoubleColumn mae = Tables.decimals(DoubleColumn.create("mean_mae"), 2);
        DoubleColumn lead = Tables.decimals(DoubleColumn.create("mean_abs_lead_error"), 2);
        DoubleColumn brier = Tables.decimals(DoubleColumn.create("mean_brier"), 3);
        DoubleColumn logLoss = Tables.decimals(DoubleColumn.create("mean_log_loss"), 2);
        DoubleColumn cover50 = Tables.decimals(DoubleColumn.create("in_50%"), 0);
        DoubleColumn cover90 = Tables.decimals(DoubleColumn.create("in_90%"), 0);
        // A second round's MAE is of two shares that must sum to 100, a first round's of a whole field: averaged
        // together they said neither (Chicago: 4.25 "mean MAE" from first rounds of 3.1 and 3.8 and run-offs of 6.8
        // and 3.3). Where the rows hold both, each method has a line for each round.
        boolean mixed = rows.stream().anyMatch(BacktestRow::secondRound)
                && rows.stream().anyMatch(r -> !r.secondRound());
        List<Boolean> rounds = mixed ? List.of(false, true) : List.of(false);
        for (boolean second : rounds) {
            for (String m : List.of("model", "last-week", "last-poll")) {
                List<BacktestRow> rs = rows.stream()
                        .filter(r -> r.method().equals(m) && (!mixed || r.secondRound() == second))
                        .toList();
                if (rs.isEmpty()) {
                    continue;
                }
                method.append(mixed ? m + (second ? " (second rounds)" : " (first rounds)") : m);
                n.append(rs.size());
                // A value a row could not score (a result that does not say who won) is left out of its mean.
                Tables.append(mae, meanOf(rs, BacktestRow::mae));
                Tables.append(lead, meanOf(rs, r -> Math.abs(r.leadError())));
                Tables.append(brier, meanOf(rs, BacktestRow::brier));
                Tables.append(logLoss, meanOf(rs, BacktestRow::logLoss));
                Tables.append(cover50, percentIn(rs, BacktestRow::in50));
                Tables.append(cover90, percentIn(rs, BacktestRow::in90));
            }
        }
        return Table.create(
                "by method, on the cases with polls (all three methods)",
                method,
                n,
                mae,
                lead,
                brier,
                logLoss,
                cover50,
                cover90);
    }

    /**
     * What a baseline's Brier score and log loss are, printed under the table: a mean of polls gives no chance of its
     * own, and is scored as if it gave its leader 100%, so where the leader won its scores are 0.000 and 0.00. A blind
     * trial's Germany read that as a perfect forecast beside the model's 0.004. The scores stay (the verdict compares
     * log losses, and the CSV and JSON keep their columns); the note says what they are and how often the leader won.
     * Empty when no baseline was scored.
     */
    public static String baselineNote(List<BacktestRow> rows) {
        List<BacktestRow> scored = rows.stream()
                .filter(r -> !r.method().equals("model") && !Double.isNaN(r.logLoss()))
                .toList();
        if (scored.isEmpty()) {
            return "";
        }
        long right = scored.stream().filter(r -> r.logLoss() == 0).count();
        // Leaders tied in the polls share the certainty: the winner among them scores ln k (a tie of two: 0.500 and
        // 0.69), far under a lost case's 13.82.
        long tied = scored.stream()
                .filter(r -> r.logLoss() > 0 && r.logLoss() < LOST_BELOW)
                .count();
        return String.format(
                        Locale.ROOT,
                        "note: last-week and last-poll give no chance of their own; their brier and log_loss score them as"
                                + " giving their leader 100%%: 0.000 and 0.00 where the leader won (%d of %d rows here),"
                                + " 2.000 and 13.82 where it lost",
                        right,
                        scored.size())
                + (tied == 0
                        ? "."
                        : String.format(
                                Locale.ROOT,
                                "; leaders tied in the polls share it (%d %s: 0.500 and 0.69 for two).",
                                tied,
                                tied == 1 ? "row" : "rows"));
    }

    /** A baseline's log loss at or over this lost its case (ln 10⁶ = 13.82); under it, a tie shared the win. */
    private static final double LOST_BELOW = 13.0;

    /** The percentage of the scored shares that {@code in} counts inside a range; NaN when none was scored. */
    private static double percentIn(List<BacktestRow> rows, ToIntFunction<BacktestRow> in) {
        int scored = rows.stream().mapToInt(BacktestRow::scored).sum();
        return scored == 0 ? Double.NaN : 100.0 * rows.stream().mapToInt(in).sum() / scored;
    }

    /** The mean of {@code value} over {@code rows}, leaving out the rows it is NaN for; NaN when none has one. */
    private static double meanOf(List<BacktestRow> rows, java.util.function.ToDoubleFunction<BacktestRow> value) {
        return rows.stream()
                .mapToDouble(value)
                .filter(x -> !Double.isNaN(x))
                .average()
                .orElse(Double.NaN);
    }

    /** The rows of (election, horizon) cases that all three methods scored. */
    public static List<BacktestRow> comparable(List<BacktestRow> rows) {
        return rows.stream()
                .filter(r -> rows.stream()
                                .filter(o -> o.election().equals(r.election()) && o.daysBefore() == r.daysBefore())
                                .count()
                        == 3)
                .toList();
    }

    /** Does the model beat the baselines, on the cases where all three exist? */
    public static String verdict(List<BacktestRow> rows) {
        return verdict(rows, Map.of());
    }

    /**
     * As {@link #verdict(List)}, naming the share whose error is measured ({@code errorNames}, by election id, as
     * {@link #errorNames} gives them; first preferences for an id it lacks), or each where the scored elections mix
     * them.
     */
    public static String verdict(List<BacktestRow> rows, Map<String, String> errorNames) {
        int cases = 0;
        int maeWins = 0;
        int logCases = 0;
        int logWins = 0;
        for (BacktestRow m :
                rows.stream().filter(r -> r.method().equals("model")).toList()) {
            List<BacktestRow> base = rows.stream()
                    .filter(r -> r.election().equals(m.election())
                            && r.daysBefore() == m.daysBefore()
                            && !r.method().equals("model"))
                    .toList();
            if (base.size() < 2) {
                continue;
            }
            cases++;
            maeWins += base.stream().allMatch(b -> m.mae() <= b.mae()) ? 1 : 0;
            if (!Double.isNaN(m.logLoss())) {
                logCases++;
                logWins += base.stream().allMatch(b -> m.logLoss() <= b.logLoss()) ? 1 : 0;
            }
        }
        if (cases == 0) {
            // Said of the rows above, which a new user read as contradicted by it (the LA trial's forecasts from the
            // last election's result and a first round's count).
            // A list-led parliament's baselines are list polls: the Scottish trial's forecast a day out had three
            // polls of the last week, none stating the list ballot, and "no poll in its last week" read as false.
            boolean list =
                    rows.stream().anyMatch(r -> LeadWords.Shares.LIST.errorName.equals(errorNames.get(r.election())));
            boolean noPolls =
                    rows.stream().filter(r -> r.method().equals("model")).allMatch(r -> r.polls() == 0);
            return rows.stream().noneMatch(r -> r.method().equals("model"))
                    ? "Verdict: no forecast from polls to set beside the baselines."
                    : "Verdict: no forecast here had a "
                            + (list ? "list-vote poll (a poll stating the list ballot)" : "poll")
                            + " in its last week, so the two baselines (the last week's polls, the last poll) do not"
                            + " both stand beside it; the rows above are the model's alone, from "
                            // with no poll at all, only the result stands behind them (the Serbian trial's verdict
                            // named polls of another ballot for a forecast of none)
                            + (noPolls
                                    ? ""
                                    : "older polls, "
                                            + (list
                                                    ? "polls of the other ballot or of no stated ballot standing in, "
                                                    : ""))
                            + "the last election's result or a counted first round.";
        }
        List<BacktestRow> like = comparable(rows);
        double modelLog =
                meanOf(like.stream().filter(r -> r.method().equals("model")).toList(), BacktestRow::logLoss);
        double lastWeek =
                meanOf(like.stream().filter(r -> r.method().equals("last-week")).toList(), BacktestRow::logLoss);
        double lastPoll =
                meanOf(like.stream().filter(r -> r.method().equals("last-poll")).toList(), BacktestRow::logLoss);
        double bestBase = Math.min(lastWeek, lastPoll);
        if (bestBase < 1e-9) {
            // Name the baseline whose leader won every case: the other's may have lost one (London 2008's last poll).
            boolean weekPerfect = lastWeek < 1e-9;
            boolean both = weekPerfect && lastPoll < 1e-9;
            String perfect = both
                    ? "both baselines' leaders"
                    : weekPerfect ? "the last week's leader" : "the last poll's leader";
            // The other baseline's leader lost a case: its log loss is comparable, and said.
            String other = both
                    ? ""
                    : String.format(
                            Locale.ROOT,
                            "; the %s's, whose leader lost a case, is %.2f against the model's %.2f",
                            weekPerfect ? "last poll" : "last week",
                            weekPerfect ? lastPoll : lastWeek,
                            modelLog);
            // A baseline whose leader won every case scores 0, which no forecast short of certainty can match: "the
            // lowest log loss in 0 of 20" read as the model losing, where the comparison says nothing either way.
            return String.format(
                    Locale.ROOT,
                    "Verdict: the model has the lowest %s in %d of %d cases with polls; its mean log loss is %.2f."
                            + " The baselines give their leader certainty, and here %s won every case, for"
                            + " a log loss of 0.00, which no forecast short of certainty can match (one upset"
                            + " would have cost ln 10^6 = 13.8): the log loss does not rank %s against the model"
                            + " here%s.",
                    maeOf(comparable(rows), errorNames),
                    maeWins,
                    cases,
                    modelLog,
                    perfect,
                    both ? "the baselines" : "that baseline",
                    other);
        }
        return String.format(
                Locale.ROOT,
                "Verdict: the model has the lowest %s in %d of %d cases with polls and the lowest "
                        + "log loss in %d of %d; mean log loss %.2f against the better baseline's %.2f (baselines give"
                        + " the leader certainty, which costs ln 10^6 = 13.8 when the leader loses).",
                maeOf(comparable(rows), errorNames),
                maeWins,
                cases,
                logWins,
                logCases,
                modelLog,
                bestBase);
    }

    /**
     * What each election's MAE is of, by id, in the words the report uses for its shares: "first-preference" under a
     * preferential count, "vote-share" under first past the post and in a body of constituencies only, "first-round
     * vote" in a two-round election, "list-vote" in a parliament alone. A first-past-the-post mayoralty's verdict spoke
     * of "first-preference MAE" where there is no second preference.
     */
    public static Map<String, String> errorNames(List<Election> elections) {
        Map<String, String> out = new LinkedHashMap<>();
        elections.forEach(e -> out.put(e.id(), LeadWords.of(e).shares().errorName));
        return out;
    }

    /**
     * The error the verdict ranks: "first-preference MAE", "list-vote MAE", "vote-share MAE", "second-round vote MAE"
     * (a two-round election's second round), or "MAE (first-preference or second-round vote, by election)" where the
     * rows score different votes.
     */
    private static String maeOf(List<BacktestRow> rows, Map<String, String> errorNames) {
        List<String> kinds = rows.stream()
                .map(r -> r.secondRound()
                        ? "second-round vote"
                        : errorNames.getOrDefault(r.election(), LeadWords.Shares.FIRST_PREFERENCES.errorName))
                .distinct()
                .toList();
        return kinds.size() <= 1
                ? kinds.stream().findFirst().orElse("first-preference") + " MAE"
                : "MAE (" + String.join(" or ", kinds) + ", by election)";
    }
}
