package org.pollcast.report;

import static org.pollcast.report.Html.num;
import static org.pollcast.report.Html.pct;
import static org.pollcast.report.Html.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.pollcast.aggregate.HouseEffect;
import org.pollcast.aggregate.Trend;
import org.pollcast.poll.StoredPoll;
import org.pollcast.simulate.AssemblyForecast;
import org.pollcast.simulate.CandidateForecast;
import org.pollcast.simulate.MayorForecast;
import org.pollcast.simulate.RunoffPair;
import org.pollcast.simulate.ShareDistribution;

/**
 * A chart on the page: the PNG, alt text that says what the chart shows and why it is there, a caption, and
 * the numbers behind it as a table. The PNG is the only picture: XChart draws SVG text as outlines (4.8 MB a
 * report, unreadable to screen readers), so the words live in the HTML instead.
 */
final class ChartFigures {
    /** The fewest simulated run-offs that make a finalist's share "when there" worth a row. */
    static final int MIN_RUNOFFS = 200;

    private ChartFigures() {}

    static void figure(StringBuilder h, ChartSpec c, ReportInput in) {
        figure(h, c, alt(c, in), data(c, in), caption(c, in));
    }

    /** A chart with its alt text (plain, escaped here) and the numbers behind it. */
    static void figure(StringBuilder h, ChartSpec c, String alt, Data d) {
        figure(h, c, alt, d, "");
    }

    /**
     * What a caption says beyond the chart's title (plain; empty for nothing): for the charts over time, how their
     * dates and their model versions differ, which an editor must know before quoting a move.
     */
    static String caption(ChartSpec c, ReportInput in) {
        return switch (c.id()) {
            case "race-chances", "race-share" ->
                "Each point is the forecast made again now with only the polls public by then, by one model (version "
                        + in.race().modelVersion() + ") with "
                        + String.format(Locale.ROOT, "%,d", in.race().sims())
                        + " simulations a date (the last date is the headline forecast), so a move is the polls' or"
                        + " time's, never a model change; it is not what was published then";
            case "history" ->
                "What pollcast published at each run, by the time it ran; a dashed line labelled with a model version"
                        + " marks where a new model took over, so a step there is partly the model's";
            default -> "";
        };
    }

    /** A chart with its alt text, the numbers behind it and a note after its title in the caption (plain text). */
    static void figure(StringBuilder h, ChartSpec c, String alt, Data d, String note) {
        String id = text(c.id());
        h.append("<figure class=\"chart\" id=\"chart-")
                .append(id)
                // A phone gets the tall version, drawn with larger letters; the wide one is for everything else.
                .append("\"><picture><source media=\"(max-width: 600px)\" srcset=\"charts/")
                .append(id)
                .append("-phone.png\" width=\"")
                .append(ChartRenderer.Size.PHONE.width())
                .append("\" height=\"")
                .append(ChartRenderer.Size.PHONE.height())
                .append("\"><img src=\"charts/")
                .append(id)
                .append(".png\" alt=\"")
                .append(text(alt))
                .append("\" width=\"")
                .append(ChartRenderer.WIDTH)
                .append("\" height=\"")
                .append(ChartRenderer.HEIGHT)
                .append("\" loading=\"lazy\"></picture><figcaption>")
                .append(text(c.title()))
                .append(note.isEmpty() ? "" : ". " + text(note))
                .append(". <a href=\"charts/")
                .append(id)
                .append(".png\">Full size</a></figcaption>\n<details")
                .append(d.id() == null ? "" : " open")
                .append("><summary>The numbers behind this chart</summary>\n");
        Html.table(h, d.id(), text(c.title()), d.header(), d.rows());
        h.append("</details></figure>\n");
    }

    /**
     * A chart's data as already-escaped cells. {@code id}, when not null, makes it the section's own table of these
     * numbers: it carries that id (for links and tests) and is shown open, where a chart's numbers are folded away.
     */
    record Data(List<String> header, List<List<String>> rows, String id) {
        Data(List<String> header, List<List<String>> rows) {
            this(header, rows, null);
        }
    }

    static String alt(ChartSpec c, ReportInput in) {
        MayorForecast f = in.forecast().mayor();
        return switch (c.id()) {
            case "trend" ->
                "Line chart of each leading " + LeadWords.of(in.election()).one()
                        + "'s polling average over time, with shaded 50% and 90% "
                        + "bands and each poll as a dot. Latest: " + latestTrend(in)
                        + ". It shows how the race has moved and how far single polls scatter around the trend.";
            case "house-effects" ->
                "Bar chart of how far each pollster's figures sit from the average pollster's, for "
                        + "the two leading " + LeadWords.of(in.election()).many()
                        + ", with 90% intervals. It shows which firms lean which way, which the "
                        + "average corrects for.";
            case "win-probability" ->
                "Bar chart of each leading "
                        + LeadWords.of(in.election()).option().toLowerCase(Locale.ROOT)
                        + "'s chance of " + LeadWords.of(in.election()).winning() + ": "
                        + joinWins(f)
                        + ". It is the headline of the forecast.";
            case "first-preferences", "list-vote", "vote-share" ->
                "Curves of the simulated share of "
                        + LeadWords.of(in.election()).votes() + " of the leading "
                        + LeadWords.of(in.election()).many() + ": " + joinShares(f)
                        + ". Wider curves mean less certainty.";
            case "runoff-pairs" ->
                "Bar chart of how often each pair of candidates reaches the " + ReportCharts.finalRound(f) + ": "
                        + joinPairs(f) + ".";
            case "runoff-margin" ->
                "Curve of the finalist's share of the two finalists' votes in the likeliest "
                        + ReportCharts.finalRound(f) + "; the dashed line at 50% separates winning from losing.";
            // The body by its own name ("630 Bundestag seats"): a list-only election has no "Assembly".
            case "assembly-seats" ->
                (c.kind().equals("xy")
                                ? AssemblyCharts.perSeat(c)
                                        ? "Lines, over the seat counts, of how many of the "
                                        : "Lines, over bins of a few seats, of how many of the "
                                : "Bars of how many of the ")
                        + in.forecast().assembly().seats()
                        + " " + in.assemblyTitle() + " seats"
                        + (in.forecast().assembly().house() == null ? "" : " and any overhang")
                        + " each party wins across the simulations: "
                        + joinSeats(in.forecast().assembly())
                        + (c.kind().equals("xy")
                                ? ". Higher points are likelier seat counts."
                                : ". Taller bars are likelier seat counts.")
                        + (Double.isNaN(c.yCap())
                                ? ""
                                : " The value axis stops at " + num(c.yCap(), 1)
                                        + "% so that the spread parties' lines can be read; the lines of the parties"
                                        + " near-certain of one count run off its top, and their names say how"
                                        + " likely that count is.");
            case "blocs" ->
                "Bar chart of the chance of each " + in.assemblyTitle() + " majority or blocking minority: "
                        + joinBlocs(in.forecast().assembly()) + ".";
            case "race-chances" -> RaceCharts.alt(in, false);
            case "race-share" -> RaceCharts.alt(in, true);
            case "history" ->
                "Line chart of each leading candidate's chance of winning as published at each run of pollcast, by "
                        + "the time it ran. It is the record of what was published; a step can be a new poll, time "
                        + "passing or a new model version.";
            default -> c.title();
        };
    }

    static Data data(ChartSpec c, ReportInput in) {
        MayorForecast f = in.forecast().mayor();
        List<List<String>> rows = new ArrayList<>();
        switch (c.id()) {
            case "trend" -> {
                Trend t = in.trend().trend();
                List<CandidateForecast> lead = ReportCharts.drawn(f);
                List<String> header = new ArrayList<>(List.of("Week starting"));
                lead.forEach(x -> header.add(text(x.name()) + " (90% band)"));
                // Weekly, ending on the last day: the daily trend would be hundreds of rows.
                for (int d = (t.days() - 1) % 7; d < t.days(); d += 7) {
                    List<String> row =
                            new ArrayList<>(List.of(t.start().plusDays(d).toString()));
                    for (CandidateForecast x : lead) {
                        int j = t.options().indexOf(x.id());
                        row.add(j < 0 ? "–" : band(t, j, d));
                    }
                    rows.add(row);
                }
                return new Data(header, rows);
            }
            case "house-effects" -> {
                // The section's only table (it had its own, row for row the same, below this one): each house with
                // the names its polls were published under, which include the name on its bar.
                Map<String, Set<String>> published = new HashMap<>();
                for (StoredPoll sp : in.polls()) {
                    published
                            .computeIfAbsent(sp.poll().pollster(), k -> new TreeSet<>())
                            .add(sp.poll().publishedAs());
                }
                for (HouseEffect e : in.average().houseEffects()) {
                    rows.add(List.of(
                            PollSections.house(e.pollster(), published.getOrDefault(e.pollster(), Set.of())),
                            text(ReportCharts.effectName(f, e.option())),
                            Html.signed(e.estimate()),
                            Double.isNaN(e.se()) ? "–" : Html.signed(e.low90()) + " to " + Html.signed(e.high90()),
                            Integer.toString(e.polls())));
                }
                return new Data(
                        List.of(
                                "Pollster (house)",
                                LeadWords.of(in.election()).option(),
                                "Points",
                                "90% interval",
                                "Polls"),
                        rows,
                        "house-effects-table");
            }
            case "win-probability" -> {
                for (CandidateForecast x : ReportCharts.likeliest(f, ReportCharts.LEADING)) {
                    rows.add(List.of(text(x.name()), Html.pctChance(x.pWin()), Html.se(x.pWinSe(), f.kept())));
                }
                return new Data(
                        List.of(
                                LeadWords.of(in.election()).option(),
                                "Chance of " + LeadWords.of(in.election()).winning(),
                                "± Monte Carlo s.e."),
                        rows);
            }
            case "first-preferences", "list-vote", "vote-share" -> {
                for (CandidateForecast x : ReportCharts.drawn(f)) {
                    rows.add(List.of(
                            text(x.name()),
                            num(x.firstPref().mean(), 1),
                            range(x.firstPref().p25(), x.firstPref().p75()),
                            range(x.firstPref().p05(), x.firstPref().p95())));
                }
                return new Data(
                        List.of(LeadWords.of(in.election()).option(), "Mean share (%)", "50% range", "90% range"),
                        rows);
            }
            case "runoff-pairs" -> {
                for (RunoffPair p : f.runoffPairs().stream().limit(6).toList()) {
                    // The pair's own split, tallied for pairs of the leading candidates (blank for the rest).
                    Optional<ShareDistribution> split = p.shareOf(p.a());
                    rows.add(List.of(
                            text(ReportCharts.name(f, p.a()) + " v " + ReportCharts.name(f, p.b())),
                            Html.pctChance(p.p()),
                            split.map(d -> text(ReportCharts.name(f, p.a()) + " ") + num(d.mean(), 1))
                                    .orElse(text("")),
                            split.map(d -> range(d.p05(), d.p95())).orElse(text(""))));
                }
                return new Data(
                        List.of(
                                ReportCharts.finalRound(f).equals("run-off") ? "Run-off" : "Final two",
                                "Chance",
                                "Split of the two's votes (%)",
                                "90% range"),
                        rows);
            }
            case "runoff-margin" -> {
                // The chart draws the likeliest pair's own split when it was tallied: its table gives that split.
                RunoffPair top = f.runoffPairs().get(0);
                if (f.topPairHist() != null) {
                    for (String id : List.of(top.a(), top.b())) {
                        ShareDistribution d = top.shareOf(id).orElseThrow();
                        rows.add(List.of(
                                text(ReportCharts.name(f, id)),
                                text(pct(top.p())),
                                num(d.mean(), 1),
                                range(d.p05(), d.p95())));
                    }
                    return new Data(
                            List.of(
                                    "Candidate",
                                    "The two meet in the " + ReportCharts.finalRound(f),
                                    "Share of the two's votes (%)",
                                    "90% range"),
                            rows);
                }
                for (CandidateForecast x : f.candidates()) {
                    // A share "when there" from a handful of run-offs is noise (Mandu Reid 2021: 37.0–37.1% from
                    // a couple of draws): only candidates with enough simulated run-offs to say it get a row.
                    if (x.pRunoff() * f.sims() >= MIN_RUNOFFS
                            && !Double.isNaN(x.runoffShare().mean())) {
                        rows.add(List.of(
                                text(x.name()),
                                text(pct(x.pRunoff())),
                                num(x.runoffShare().mean(), 1),
                                range(x.runoffShare().p05(), x.runoffShare().p95())));
                    }
                }
                return new Data(
                        List.of(
                                "Candidate",
                                "Reaches the " + ReportCharts.finalRound(f),
                                "Final-round share when there (%)",
                                "90% range"),
                        rows);
            }
            case "assembly-seats" -> {
                for (AssemblyForecast.PartySeats p : in.forecast().assembly().parties()) {
                    if (p.seatsMean() >= 0.05) {
                        rows.add(List.of(
                                text(p.name()),
                                num(p.seatsMean(), 1),
                                num(p.seatsP05(), 0) + "–" + num(p.seatsP95(), 0),
                                Integer.toString(mode(p.seatDistribution())),
                                text(pct(p.seatDistribution()[mode(p.seatDistribution())]))));
                    }
                }
                return new Data(List.of("Party", "Seats (mean)", "90% range", "Likeliest count", "Its chance"), rows);
            }
            case "blocs" -> {
                // The Assembly section's only table of the blocs (it had its own, row for row the same, above the
                // chart), so it keeps that table's id.
                for (AssemblyForecast.BlocForecast b : in.forecast().assembly().blocs()) {
                    rows.add(List.of(text(b.label()), Html.pctChance(b.p())));
                }
                return new Data(List.of("Bloc", "Chance"), rows, "bloc-table");
            }
            case "race-chances", "race-share" -> {
                return RaceCharts.data(in, c.id().equals("race-share"));
            }
            default -> {
                return generic(c);
            }
        }
    }

    /** Any other chart: each series' points (category charts) or its first and last point (lines). */
    private static Data generic(ChartSpec c) {
        List<List<String>> rows = new ArrayList<>();
        if (c.kind().equals("category")) {
            for (ChartSpec.Series s : c.series()) {
                for (int i = 0; i < c.categories().size(); i++) {
                    if (s.y()[i] != 0) {
                        rows.add(List.of(text(s.name()), text(c.categories().get(i)), num(s.y()[i], 1)));
                    }
                }
            }
            return new Data(List.of("Series", "Category", text(c.yLabel())), rows);
        }
        for (ChartSpec.Series s : c.series()) {
            for (int i = 0; i < s.x().length; i++) {
                String x = c.dateAxis()
                        ? LocalDate.ofEpochDay((long) Math.floor(s.x()[i])).toString()
                        : num(s.x()[i], 1);
                rows.add(List.of(text(s.name()), x, num(s.y()[i], 1)));
            }
        }
        return new Data(List.of("Series", c.dateAxis() ? "Date" : text(c.xLabel()), text(c.yLabel())), rows);
    }

    private static String band(Trend t, int j, int d) {
        double m = t.mean()[j][d];
        double half = HouseEffect.Z90 * t.se()[j][d];
        return num(m, 1) + " (" + range(Math.max(0, m - half), m + half) + ")";
    }

    static String range(double lo, double hi) {
        return num(lo, 1) + "–" + num(hi, 1);
    }

    private static int mode(double[] dist) {
        int best = 0;
        for (int s = 1; s < dist.length; s++) {
            if (dist[s] > dist[best]) {
                best = s;
            }
        }
        return best;
    }

    private static String latestTrend(ReportInput in) {
        Trend t = in.trend().trend();
        List<String> parts = new ArrayList<>();
        for (CandidateForecast x : ReportCharts.leading(in.forecast().mayor(), 3)) {
            int j = t.options().indexOf(x.id());
            if (j >= 0 && t.days() > 0) {
                parts.add(x.name() + " " + num(t.mean()[j][t.days() - 1], 0) + "%");
            }
        }
        return String.join(", ", parts);
    }

    private static String joinWins(MayorForecast f) {
        List<String> parts = new ArrayList<>();
        for (CandidateForecast x : ReportCharts.likeliest(f, 3)) {
            parts.add(x.name() + " " + pct(x.pWin()) + " (" + Html.chance(x.pWin()) + ")");
        }
        return String.join(", ", parts);
    }

    private static String joinShares(MayorForecast f) {
        List<String> parts = new ArrayList<>();
        for (CandidateForecast x : ReportCharts.sharesDrawn(f)) {
            parts.add(x.name() + " most likely " + num(x.firstPref().p50(), 0) + "% (90% range "
                    + range(x.firstPref().p05(), x.firstPref().p95()) + ")");
        }
        return String.join("; ", parts);
    }

    private static String joinPairs(MayorForecast f) {
        List<String> parts = new ArrayList<>();
        for (RunoffPair p : f.runoffPairs().stream().limit(3).toList()) {
            parts.add(ReportCharts.name(f, p.a()) + " v " + ReportCharts.name(f, p.b()) + " " + pct(p.p()));
        }
        return String.join(", ", parts);
    }

    private static String joinSeats(AssemblyForecast a) {
        List<String> parts = new ArrayList<>();
        a.parties().stream()
                .filter(p -> p.seatsMean() >= 0.5)
                .sorted((x, y) -> Double.compare(y.seatsMean(), x.seatsMean()))
                .forEach(p -> parts.add(p.name() + " about " + num(p.seatsMean(), 0)));
        return String.join(", ", parts);
    }

    private static String joinBlocs(AssemblyForecast a) {
        List<String> parts = new ArrayList<>();
        for (AssemblyForecast.BlocForecast b : a.blocs()) {
            parts.add(b.label() + " " + pct(b.p()));
        }
        return String.join("; ", parts);
    }
}
