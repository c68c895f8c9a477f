package org.pollcast.report;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.text.StringEscapeUtils;
import org.pollcast.aggregate.HouseEffect;
import org.pollcast.aggregate.ShareEstimate;
import org.pollcast.poll.Poll;
import org.pollcast.poll.StoredPoll;
import org.pollcast.simulate.AssemblyForecast;
import org.pollcast.simulate.CandidateForecast;
import org.pollcast.simulate.MayorForecast;
import org.pollcast.simulate.SimulationSettings;

/**
 * The report page: one self-contained {@code index.html} (inline CSS, charts as SVG files in
 * {@code charts/} beside it, nothing from the network). Every string that came from data is escaped with
 * {@link #text}, so a pollster called {@code <script>} shows as text.
 */
public final class HtmlReport {
    private HtmlReport() {}

    /** Escapes a data string for HTML text and attribute values. */
    static String text(String s) {
        return s == null ? "" : StringEscapeUtils.escapeHtml4(s).replace("'", "&#39;");
    }

    private static String pct(double p) {
        return Double.isNaN(p) ? "–" : String.format(Locale.ROOT, "%.1f%%", 100 * p);
    }

    private static String num(double v, int places) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%." + places + "f", v);
    }

    public static String render(ReportInput in, List<ChartSpec> charts) {
        MayorForecast f = in.forecast().mayor();
        StringBuilder h = new StringBuilder(64_000);
        CandidateForecast leader = f.candidates().stream()
                .max(Comparator.comparingDouble(CandidateForecast::pWin))
                .orElseThrow();
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>")
                .append(text(in.election().name()))
                .append(
                        " — pollcast forecast</title>\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<style>")
                .append(CSS)
                .append("</style></head>\n<body>\n<header>\n<h1 id=\"headline\">")
                .append(text(leader.name()))
                .append(" is ")
                .append(pct(leader.pWin()))
                .append(" likely to be elected Mayor</h1>\n")
                .append("<p class=\"sub\">")
                .append(text(in.election().name()))
                .append(", polling day ")
                .append(in.election().date())
                .append(". Forecast as of ")
                .append(f.input().asOf())
                .append(" (")
                .append(f.input().daysToElection())
                .append(" days to go): ")
                .append(text(f.input().source()))
                .append(".</p>\n</header>\n<main>\n");
        if (in.changes() != null) {
            changes(h, in.changes());
        }
        h.append("<section id=\"mayor\"><h2>Mayor</h2>\n");
        winTable(h, f);
        h.append("</section>\n<section id=\"charts\"><h2>Charts</h2>\n");
        for (ChartSpec c : charts) {
            h.append("<figure class=\"chart\" id=\"chart-")
                    .append(text(c.id()))
                    .append("\"><img src=\"charts/")
                    .append(text(c.id()))
                    .append(".svg\" alt=\"")
                    .append(text(c.title()))
                    .append("\" width=\"")
                    .append(ChartRenderer.WIDTH)
                    .append("\" height=\"")
                    .append(ChartRenderer.HEIGHT)
                    .append("\"><figcaption>")
                    .append(text(c.title()))
                    .append(" · <a href=\"charts/")
                    .append(text(c.id()))
                    .append(".png\">PNG</a> · <a href=\"charts/")
                    .append(text(c.id()))
                    .append(".svg\">SVG</a></figcaption></figure>\n");
        }
        h.append("</section>\n");
        if (in.forecast().assembly() != null) {
            assembly(h, in.forecast().assembly());
        }
        if (in.average() != null) {
            averageTable(h, in);
            houseEffects(h, in);
        }
        polls(h, in);
        settings(h, in);
        h.append("</main>\n<footer><p>Made by pollcast at ")
                .append(text(in.runAt().toString()))
                .append(
                        ". Numbers are simulations of what the polls imply, not certainties; see the model notes above.</p></footer>\n")
                .append("</body></html>\n");
        return h.toString();
    }

    private static void winTable(StringBuilder h, MayorForecast f) {
        h.append("<table id=\"win-table\"><thead><tr><th>Candidate</th><th>Party</th><th>Win</th><th>± MC s.e.</th>")
                .append(
                        "<th>Outright (1st round)</th><th>In run-off</th><th>First preferences (90% range)</th></tr></thead><tbody>\n");
        for (CandidateForecast c : f.candidates()) {
            h.append("<tr><td>")
                    .append(text(c.name()))
                    .append("</td><td>")
                    .append(text(c.party()))
                    .append("</td><td>")
                    .append(pct(c.pWin()))
                    .append("</td><td>")
                    .append(pct(c.pWinSe()))
                    .append("</td><td>")
                    .append(pct(c.pFirstRoundWin()))
                    .append("</td><td>")
                    .append(pct(c.pRunoff()))
                    .append("</td><td>")
                    .append(num(c.firstPref().mean(), 1))
                    .append(" (")
                    .append(num(c.firstPref().p05(), 1))
                    .append("–")
                    .append(num(c.firstPref().p95(), 1))
                    .append(")</td></tr>\n");
        }
        h.append("</tbody></table>\n");
        for (String note : f.notes()) {
            h.append("<p class=\"note\">").append(text(note)).append("</p>\n");
        }
    }

    private static void changes(StringBuilder h, ChangeReport c) {
        h.append("<section id=\"changes\"><h2>What changed since the last run</h2>\n<p>Last run ")
                .append(text(c.lastRunAt()))
                .append(" (as of ")
                .append(text(c.lastAsOf()))
                .append("). New polls: ")
                .append(c.newPolls().isEmpty() ? "none" : text(String.join("; ", c.newPolls())))
                .append(".</p>\n")
                .append(
                        "<table id=\"changes-table\"><thead><tr><th>Candidate</th><th>Then</th><th>Now</th><th>Change</th>");
        for (int i = 0; i < c.newPolls().size(); i++) {
            h.append("<th>From poll ").append(i + 1).append("</th>");
        }
        h.append("<th>From time passing</th><th>Other</th></tr></thead><tbody>\n");
        for (ChangeReport.OptionChange o : c.options()) {
            h.append("<tr><td>")
                    .append(text(o.name()))
                    .append("</td><td>")
                    .append(pct(o.before()))
                    .append("</td><td>")
                    .append(pct(o.now()))
                    .append("</td><td>")
                    .append(signedPts(o.now() - o.before()))
                    .append("</td>");
            for (double d : o.byPoll()) {
                h.append("<td>").append(signedPts(d)).append("</td>");
            }
            h.append("<td>")
                    .append(signedPts(o.byTime()))
                    .append("</td><td>")
                    .append(signedPts(o.unexplained()))
                    .append("</td></tr>\n");
        }
        h.append(
                "</tbody></table>\n<p class=\"note\">Each poll's effect is the forecast with it minus the forecast without it "
                        + "(same seed); time's effect is the last run's polls forecast at today's date; 'other' is what remains.</p></section>\n");
    }

    private static String signedPts(double p) {
        return String.format(Locale.ROOT, "%+.1f pts", 100 * p);
    }

    private static void assembly(StringBuilder h, AssemblyForecast a) {
        h.append(
                        "<section id=\"assembly\"><h2>London Assembly</h2>\n<table id=\"assembly-table\"><thead><tr><th>Party</th>")
                .append(
                        "<th>Seats (mean)</th><th>90% range</th><th>Constituency</th><th>List</th><th>Largest party</th>")
                .append("<th>Over 5%</th></tr></thead><tbody>\n");
        for (AssemblyForecast.PartySeats p : a.parties()) {
            if (p.seatsMean() < 0.005 && p.pOverThreshold() < 0.005) {
                continue;
            }
            h.append("<tr><td>")
                    .append(text(p.name()))
                    .append("</td><td>")
                    .append(num(p.seatsMean(), 1))
                    .append("</td><td>")
                    .append(num(p.seatsP05(), 0))
                    .append("–")
                    .append(num(p.seatsP95(), 0))
                    .append("</td><td>")
                    .append(num(p.constituencyMean(), 1))
                    .append("</td><td>")
                    .append(num(p.listMean(), 1))
                    .append("</td><td>")
                    .append(pct(p.pLargest()))
                    .append("</td><td>")
                    .append(pct(p.pOverThreshold()))
                    .append("</td></tr>\n");
        }
        h.append(
                "</tbody></table>\n<table id=\"bloc-table\"><thead><tr><th>Bloc</th><th>Probability</th></tr></thead><tbody>\n");
        for (AssemblyForecast.BlocForecast b : a.blocs()) {
            h.append("<tr><td>")
                    .append(text(b.label()))
                    .append("</td><td>")
                    .append(pct(b.p()))
                    .append("</td></tr>\n");
        }
        h.append(
                "</tbody></table>\n<table id=\"constituency-table\"><thead><tr><th>Constituency</th><th>Likely winners</th></tr></thead><tbody>\n");
        for (AssemblyForecast.ConstituencyForecast c : a.constituencies()) {
            StringBuilder w = new StringBuilder();
            for (int j = 0; j < c.parties().size(); j++) {
                if (c.pWin()[j] >= 0.005) {
                    w.append(w.length() == 0 ? "" : ", ")
                            .append(text(c.parties().get(j)))
                            .append(' ')
                            .append(pct(c.pWin()[j]));
                }
            }
            h.append("<tr><td>")
                    .append(text(c.name()))
                    .append(c.imputed() ? " <em>(baseline imputed)</em>" : "")
                    .append("</td><td>")
                    .append(w)
                    .append("</td></tr>\n");
        }
        h.append("</tbody></table>\n");
        for (String note : a.notes()) {
            h.append("<p class=\"note\">").append(text(note)).append("</p>\n");
        }
        h.append("</section>\n");
    }

    private static void averageTable(StringBuilder h, ReportInput in) {
        h.append(
                        "<section id=\"average\"><h2>Polling average</h2>\n<table id=\"average-table\"><thead><tr><th>Candidate</th>")
                .append(
                        "<th>Share</th><th>s.e.</th><th>90% interval</th><th>Polls</th><th>Effective sample</th></tr></thead><tbody>\n");
        for (ShareEstimate s : in.average().shares()) {
            h.append("<tr><td>")
                    .append(text(s.name()))
                    .append("</td><td>")
                    .append(num(s.share(), 1))
                    .append("</td><td>")
                    .append(num(s.se(), 2))
                    .append("</td><td>")
                    .append(num(s.low90(), 1))
                    .append("–")
                    .append(num(s.high90(), 1))
                    .append("</td><td>")
                    .append(s.polls())
                    .append("</td><td>")
                    .append(num(s.effectiveSample(), 0))
                    .append("</td></tr>\n");
        }
        h.append("</tbody></table>\n");
        for (String note : in.average().notes()) {
            h.append("<p class=\"note\">").append(text(note)).append("</p>\n");
        }
        h.append("</section>\n");
    }

    private static void houseEffects(StringBuilder h, ReportInput in) {
        List<HouseEffect> effects = in.average().houseEffects();
        h.append(
                "<section id=\"house-effects\"><h2>House effects</h2>\n<p>Points relative to the average pollster (positive: the "
                        + "pollster shows more), with 90% intervals and the number of polls.</p>\n<table id=\"house-effects-table\"><thead><tr>"
                        + "<th>Pollster</th><th>Option</th><th>Estimate</th><th>90% interval</th><th>Polls</th></tr></thead><tbody>\n");
        for (HouseEffect e : effects) {
            h.append("<tr><td>")
                    .append(text(e.pollster()))
                    .append("</td><td>")
                    .append(text(e.option()))
                    .append("</td><td>")
                    .append(String.format(Locale.ROOT, "%+.1f", e.estimate()))
                    .append("</td><td>")
                    .append(
                            Double.isNaN(e.se())
                                    ? "–"
                                    : String.format(Locale.ROOT, "%+.1f to %+.1f", e.low90(), e.high90()))
                    .append("</td><td>")
                    .append(e.polls())
                    .append("</td></tr>\n");
        }
        h.append("</tbody></table></section>\n");
    }

    private static void polls(StringBuilder h, ReportInput in) {
        h.append(
                        "<section id=\"polls\"><h2>Polls used</h2>\n<table id=\"polls-table\"><thead><tr><th>Date</th><th>Pollster</th>")
                .append(
                        "<th>Client</th><th>Question</th><th>n</th><th>Shares</th><th>Source</th></tr></thead><tbody>\n");
        for (StoredPoll sp : in.polls()) {
            Poll p = sp.poll();
            if (p.date().isAfter(in.forecast().mayor().input().asOf())) {
                continue;
            }
            StringBuilder shares = new StringBuilder();
            for (Map.Entry<String, Double> s : p.shares().entrySet()) {
                shares.append(shares.length() == 0 ? "" : ", ")
                        .append(s.getKey())
                        .append(' ')
                        .append(num(s.getValue(), 0));
            }
            h.append("<tr><td>")
                    .append(p.date())
                    .append(
                            switch (p.datePrecision()) {
                                case EXACT -> "";
                                case APPROXIMATE -> " (approx.)";
                                case MONTH -> " (month only)";
                            })
                    .append("</td><td>")
                    .append(text(p.pollster()))
                    .append("</td><td>")
                    .append(text(p.client()))
                    .append("</td><td>")
                    .append(text(p.contest() + " " + p.scope()))
                    .append("</td><td>")
                    .append(p.sampleSize() == null ? "–" : p.sampleSize())
                    .append("</td><td>")
                    .append(text(shares.toString()))
                    .append("</td><td>")
                    .append(text(p.citation()))
                    .append(" <span class=\"prov\">")
                    .append(text(sp.provenance().source()))
                    .append(':')
                    .append(text(sp.provenance().location()))
                    .append("</span></td></tr>\n");
        }
        h.append("</tbody></table></section>\n");
    }

    private static void settings(StringBuilder h, ReportInput in) {
        MayorForecast f = in.forecast().mayor();
        SimulationSettings s = f.settings();
        String lastPoll = in.polls().stream()
                .map(sp -> sp.poll().date())
                .max(Comparator.naturalOrder())
                .map(Object::toString)
                .orElse("none");
        String lastIngest = in.polls().stream()
                .map(sp -> sp.provenance().ingestedAt())
                .max(Comparator.naturalOrder())
                .map(Object::toString)
                .orElse("none");
        h.append("<section id=\"model\"><h2>Model and data</h2>\n<table id=\"settings-table\"><tbody>\n");
        row(h, "Simulations", String.format(Locale.ROOT, "%,d", f.sims()));
        row(h, "Seed", Long.toString(s.seed()));
        row(h, "Generator", f.generator());
        row(
                h,
                "Polling error (sd, 50% candidate)",
                num(s.pollingErrorSd(), 1) + " points, Student-t with " + num(s.studentDf(), 0) + " df");
        row(h, "Drift per day", num(s.driftPerDay(), 2) + " points");
        row(h, "Transfer concentration", num(s.transferConcentration(), 0));
        row(h, "Latest poll", lastPoll);
        row(h, "Latest ingest", lastIngest);
        h.append("</tbody></table></section>\n");
    }

    private static void row(StringBuilder h, String key, String value) {
        h.append("<tr><th>")
                .append(text(key))
                .append("</th><td>")
                .append(text(value))
                .append("</td></tr>\n");
    }

    private static final String CSS =
            "body{font-family:'DejaVu Sans',Helvetica,Arial,sans-serif;margin:0;color:#1d1d1d;background:#fff}"
                    + "header,main,footer{max-width:1240px;margin:0 auto;padding:0 20px}h1{font-size:2rem;margin:24px 0 6px}"
                    + ".sub{color:#555;margin:0 0 18px}h2{border-bottom:2px solid #ddd;padding-bottom:4px;margin-top:32px}"
                    + "table{border-collapse:collapse;margin:10px 0;font-size:.9rem}th,td{border-bottom:1px solid #e3e3e3;padding:4px 10px;"
                    + "text-align:left;vertical-align:top}thead th{background:#f4f4f4}.note{color:#555;font-size:.85rem;margin:4px 0}"
                    + "figure.chart{margin:18px 0}figure.chart img{max-width:100%;height:auto;border:1px solid #eee}"
                    + "figcaption{color:#555;font-size:.85rem}.prov{color:#888;font-size:.8rem}footer{color:#777;font-size:.8rem;margin:30px auto}";
}
