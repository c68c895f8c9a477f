package org.pollcast.report;

import static org.pollcast.report.Html.num;
import static org.pollcast.report.Html.pct;
import static org.pollcast.report.Html.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.pollcast.backtest.BacktestRow;
import org.pollcast.election.Election;
import org.pollcast.simulate.CandidateForecast;
import org.pollcast.simulate.MayorForecast;

/**
 * The parts of "How this works" that rest on evidence beyond today's polls: what would change the forecast
 * (scenarios from the same simulations) and how the model did on earlier elections (its calibration), said
 * plainly, including how few elections that record rests on.
 */
final class EvidenceSection {
    private EvidenceSection() {}

    static void scenarios(StringBuilder h, ReportInput in) {
        if (in.scenarios().isEmpty()) {
            return;
        }
        MayorForecast f = in.forecast().mayor();
        List<CandidateForecast> top = f.candidates().stream()
                .sorted((a, b) -> Double.compare(b.pWin(), a.pWin()))
                .limit(2)
                .toList();
        h.append("<h3 id=\"what-if\">What would change the forecast</h3>\n<p>The ")
                .append(in.scenarios().size())
                .append(" things that would move ")
                .append(text(Possessive.of(top.get(0).name())))
                .append(" chance most. Each is the same ")
                .append(String.format(Locale.ROOT, "%,d", f.sims()))
                .append(
                        " simulated elections, counted again over only those where it happened; no new assumptions.</p>\n");
        List<String> header = new ArrayList<>(List.of("If", "How often it happens"));
        top.forEach(c -> header.add(text(Possessive.of(c.name())) + " chance then"));
        List<List<String>> rows = new ArrayList<>();
        for (ReportInput.Scenario s : in.scenarios()) {
            List<String> row = new ArrayList<>(List.of(text(s.condition()), Html.chance(s.kept())));
            for (CandidateForecast c : top) {
                double p = s.pWin().getOrDefault(c.id(), 0.0);
                row.add(Html.pctChance(p) + " " + arrow(p - c.pWin()));
            }
            rows.add(row);
        }
        Html.table(h, "scenario-table", "What would change the forecast", header, rows);
    }

    private static String arrow(double change) {
        return "<span class=\"odds\">(" + Tables.signed(100 * change, 0) + " pts)</span>";
    }

    static void trackRecord(StringBuilder h, ReportInput in) {
        ReportInput.TrackRecord t = in.trackRecord();
        if (t == null) {
            return;
        }
        h.append("<h3 id=\"track-record\">How well it has done before</h3>\n");
        if (t.rows().isEmpty()) {
            h.append("<p>There is no earlier election with polls and a complete result to test the model on, so"
                    + " nothing can be said yet about how well calibrated it is.</p>\n");
            return;
        }
        int scored = 0;
        int in50 = 0;
        int in90 = 0;
        int called = 0;
        int known = 0; // forecasts whose election's results say who won
        List<List<String>> rows = new ArrayList<>();
        for (BacktestRow r : t.rows()) {
            scored += r.scored();
            in50 += r.in50();
            in90 += r.in90();
            double pActual = Math.exp(-r.logLoss()); // NaN when the results do not say who won: shown as "–"
            called += pActual > 0.5 ? 1 : 0;
            known += Double.isNaN(pActual) ? 0 : 1;
            rows.add(List.of(
                    text(r.election()),
                    Integer.toString(r.polls()),
                    num(r.mae(), 1),
                    Html.signed(r.leadError()),
                    text(pct(pActual)),
                    r.in50() + " of " + r.scored(),
                    r.in90() + " of " + r.scored()));
        }
        int n = t.rows().size();
        String series = in.election().series();
        if (t.rows().stream().noneMatch(r -> Election.seriesOf(r.election()).equals(series))) {
            // A place's first election: the record is the same model's on other places' elections, which a reader
            // would otherwise take for this place's.
            h.append("<p>")
                    .append(text(in.election().area()))
                    .append(" has no earlier election with polls and a result to test the model on: the record below is"
                            + " the same model's on other places' elections, not this place's.</p>\n");
        }
        h.append("<p>Each earlier election with a result, forecast again as of ")
                .append(t.daysBefore())
                .append(t.daysBefore() == 1 ? " day" : " days")
                .append(" before polling day with only the polls published by then. The winner was given more than an"
                        + " even chance in ")
                .append(called)
                .append(" of ")
                .append(known)
                .append(known < n ? " whose results say who won" : "")
                .append(". Of ")
                .append(scored)
                .append(in.election().listLed() ? " parties' results, " : " candidates' results, ")
                .append(in90)
                .append(" fell inside the forecast's 90% range (")
                .append(text(pct(scored == 0 ? Double.NaN : (double) in90 / scored)))
                .append("; a well-calibrated forecast gets about 90%) and ")
                .append(in50)
                .append(" inside the 50% range (")
                .append(text(pct(scored == 0 ? Double.NaN : (double) in50 / scored)))
                .append("; about half expected).</p>\n<p><strong>This rests on only ")
                .append(n)
                .append(n == 1 ? " election" : " elections")
                .append(" and ")
                .append(scored)
                .append((in.election().listLed() ? " party results" : " candidate results")
                        + ".</strong> With so few, one more big polling miss would change these figures a"
                        + " lot: read them as a rough check that the ranges are not wildly too narrow, not as proof that"
                        + " they are right.</p>\n");
        Html.table(
                h,
                "track-record-table",
                "The model's record: each earlier election forecast " + t.daysBefore()
                        + (t.daysBefore() == 1 ? " day out" : " days out"),
                List.of(
                        "Election",
                        "Polls then",
                        in.election().listLed()
                                ? "List-vote error (pts, average)"
                                : "First-preference error (pts, average)",
                        "Error on the winner's lead (pts)",
                        "Chance it gave the winner",
                        "Results in the 50% range",
                        "Results in the 90% range"),
                rows);
        if (!t.skipped().isEmpty()) {
            h.append("<p class=\"note\">Not scored: ")
                    .append(text(String.join("; ", t.skipped())))
                    .append(".</p>\n");
        }
    }
}
