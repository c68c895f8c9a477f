package org.pollcast.report;

import static org.pollcast.report.Html.num;
import static org.pollcast.report.Html.pct;
import static org.pollcast.report.Html.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.pollcast.simulate.CandidateForecast;
import org.pollcast.simulate.MayorForecast;

/**
 * How the race moved ({@link RaceSeries}): the chance of winning, and the first-preference share (the leader's
 * with its 90% range), as forecast as of each date from the polls known then. The x axis is the as-of date, not when pollcast
 * ran: the run-by-run chart ({@link PollCharts#history}) is the record of what was published.
 */
final class RaceCharts {
    /** The candidates whose chances are drawn: the likeliest winners today. */
    static final int CHANCES = 4;
    /**
     * The candidates whose share is drawn: the two likeliest winners, the first with its 90% range (two ranges over
     * each other were one purple block where they overlapped, which a reader could not assign).
     */
    static final int SHARES = 2;

    private RaceCharts() {}

    /**
     * The candidates a chart of how the race moved draws: the likeliest winners today ({@link #SHARES} or {@link
     * #CHANCES}), then anyone who led or ran second, by share or by chance, as of an earlier date, two more at most.
     * The final two alone left out who the race was about for most of it: Iceland's 2016 chart drew Guðni and Halla
     * Tómasdóttir, and not Davíð Oddsson, second in every forecast until the last weeks (a blind trial).
     */
    static List<CandidateForecast> shown(ReportInput in, boolean shares) {
        return shown(in.forecast().mayor(), in.race().points(), shares);
    }

    /** As above, of forecast {@code f} and the race's {@code points}. */
    static List<CandidateForecast> shown(MayorForecast f, List<RaceSeries.Point> points, boolean shares) {
        int n = shares ? SHARES : CHANCES;
        List<CandidateForecast> out = new ArrayList<>(ReportCharts.likeliest(f, n));
        for (RaceSeries.Point p : points) {
            Map<String, Double> by = shares
                    ? p.firstPref().entrySet().stream()
                            .collect(Collectors.toMap(
                                    Map.Entry::getKey, e -> e.getValue().mean()))
                    : p.pWin();
            List<String> top = by.entrySet().stream()
                    .filter(e -> !e.getKey().equals("other"))
                    .sorted(Map.Entry.<String, Double>comparingByValue()
                            .reversed()
                            .thenComparing(Map.Entry.comparingByKey()))
                    .limit(2)
                    .map(Map.Entry::getKey)
                    .toList();
            for (String id : top) {
                if (out.size() < n + 2 && out.stream().noneMatch(c -> c.id().equals(id))) {
                    f.candidates().stream()
                            .filter(c -> c.id().equals(id))
                            .findFirst()
                            .ifPresent(out::add);
                }
            }
        }
        return out;
    }

    static ChartSpec chances(ReportInput in, Palette palette) {
        List<ChartSpec.Series> series = new ArrayList<>();
        Palette.Shades colours = palette.shades();
        for (CandidateForecast c : shown(in, false)) {
            List<double[]> pts = new ArrayList<>();
            for (RaceSeries.Point p : in.race().points()) {
                Double w = p.pWin().get(c.id());
                if (w != null) {
                    pts.add(new double[] {p.asOf().toEpochDay(), 100 * w});
                }
            }
            series.add(line(c.name(), colours.hex(c.id(), c.party()), pts));
        }
        return new ChartSpec(
                "race-chances",
                "xy",
                "How the race moved: " + LeadWords.of(in.election()).chance().toLowerCase(Locale.ROOT)
                        + " as of each date",
                footer(in),
                "",
                LeadWords.of(in.election()).chance() + " (%)",
                List.of(),
                series,
                List.of(),
                false,
                true);
    }

    static ChartSpec shares(ReportInput in, Palette palette) {
        List<ChartSpec.Series> bands = new ArrayList<>();
        List<ChartSpec.Series> lines = new ArrayList<>();
        List<CandidateForecast> shown = shown(in, true);
        Palette.Shades colours = palette.shades();
        for (CandidateForecast c : shown) {
            List<RaceSeries.Point> has = in.race().points().stream()
                    .filter(p -> p.firstPref().containsKey(c.id()))
                    .toList();
            int n = has.size();
            double[] px = new double[2 * n];
            double[] py = new double[2 * n];
            List<double[]> mean = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                RaceSeries.Point p = has.get(i);
                RaceSeries.Share s = p.firstPref().get(c.id());
                double x = p.asOf().toEpochDay();
                px[i] = x;
                py[i] = s.p95();
                px[2 * n - 1 - i] = x;
                py[2 * n - 1 - i] = s.p05();
                mean.add(new double[] {x, s.mean()});
            }
            String colour = colours.hex(c.id(), c.party());
            if (n > 1 && c == shown.get(0)) {
                bands.add(new ChartSpec.Series(c.name() + " 90% range", colour, px, py, null, "band", null, false));
            }
            lines.add(line(c.name(), colour, mean));
        }
        // The band first, so that it covers no line.
        List<ChartSpec.Series> series = new ArrayList<>(bands);
        series.addAll(lines);
        return new ChartSpec(
                "race-share",
                "xy",
                "How the race moved: " + LeadWords.of(in.election()).votes() + " (shaded: the leader's 90% range)",
                footer(in),
                "",
                LeadWords.of(in.election()).votesTitle() + " (%)",
                List.of(),
                series,
                List.of(),
                false,
                true);
    }

    /** The alt text: what the chart shows, over which dates, and where each shown candidate started and ended. */
    static String alt(ReportInput in, boolean shares) {
        LeadWords w = LeadWords.of(in.election());
        return shares
                ? "Line chart of the likeliest winners' (and of any who led or ran second earlier) expected share of "
                        + w.votes() + " as of each date, "
                        + "the leader's with a shaded 90% range, " + raceSpan(in) + ": " + raceMoves(in, true) + "."
                : "Line chart of each leading " + w.one() + "'s chance of " + w.winning()
                        + ", forecast again as of each date from "
                        + "the polls known then, " + raceSpan(in) + ": " + raceMoves(in, false)
                        + ". It shows how the race moved as the polls came in.";
    }

    /**
     * How the race moved, a row per date: the chance of winning of the likeliest winners, or the two likeliest
     * winners' first-preference share with its 90% range.
     */
    static ChartFigures.Data data(ReportInput in, boolean shares) {
        List<CandidateForecast> shown = shown(in, shares);
        List<String> header =
                new ArrayList<>(List.of("As of", LeadWords.of(in.election()).polls() + " by then"));
        // A move with no new mayoral poll is the Westminster polls' since the last one: the column says so.
        boolean westminster = in.race().points().stream().anyMatch(p -> p.westminster() > 0);
        if (westminster) {
            header.add("Westminster polls since the newest "
                    + LeadWords.of(in.election())
                            .polls()
                            .toLowerCase(Locale.ROOT)
                            .replaceAll("s$", ""));
        }
        shown.forEach(x -> header.add(text(x.name()) + (shares ? " (90% range)" : "")));
        List<List<String>> rows = new ArrayList<>();
        for (RaceSeries.Point p : in.race().points()) {
            List<String> row = new ArrayList<>(List.of(p.asOf().toString(), Integer.toString(p.polls())));
            if (westminster) {
                row.add(Integer.toString(p.westminster()));
            }
            for (CandidateForecast x : shown) {
                if (shares) {
                    RaceSeries.Share s = p.firstPref().get(x.id());
                    row.add(s == null ? "–" : num(s.mean(), 1) + " (" + ChartFigures.range(s.p05(), s.p95()) + ")");
                } else {
                    Double w = p.pWin().get(x.id());
                    row.add(w == null ? "–" : text(pct(w)));
                }
            }
            rows.add(row);
        }
        return new ChartFigures.Data(header, rows);
    }

    /** "from 2019-06-04 to 2021-05-06 (48 dates)". */
    private static String raceSpan(ReportInput in) {
        List<RaceSeries.Point> pts = in.race().points();
        return "from " + pts.get(0).asOf() + " to " + pts.get(pts.size() - 1).asOf() + " (" + pts.size()
                + (pts.size() == 1 ? " date)" : " dates)");
    }

    /** Each shown candidate's figure at the first date and the last: "Sadiq Khan from 76% to 96%". */
    private static String raceMoves(ReportInput in, boolean shares) {
        List<RaceSeries.Point> pts = in.race().points();
        RaceSeries.Point last = pts.get(pts.size() - 1);
        List<String> parts = new ArrayList<>();
        for (CandidateForecast x : shown(in, shares)) {
            // From the first date with a figure of theirs: a candidate who entered late (Iceland 2024's Halla
            // Tómasdóttir, second on the day and the winner) was left out of the words for having none at the first.
            RaceSeries.Point first = pts.stream()
                    .filter(p -> !(shares ? shareText(p, x.id()) : chanceText(p, x.id())).isEmpty())
                    .findFirst()
                    .orElse(pts.get(0));
            String then = shares ? shareText(first, x.id()) : chanceText(first, x.id());
            String now = shares ? shareText(last, x.id()) : chanceText(last, x.id());
            if (!then.isEmpty() && !now.isEmpty()) {
                parts.add(x.name() + " from " + then + " to " + now);
            }
        }
        return String.join("; ", parts);
    }

    private static String chanceText(RaceSeries.Point p, String id) {
        Double w = p.pWin().get(id);
        return w == null ? "" : pct(w);
    }

    private static String shareText(RaceSeries.Point p, String id) {
        RaceSeries.Share s = p.firstPref().get(id);
        return s == null ? "" : num(s.mean(), 0) + "% (90% range " + ChartFigures.range(s.p05(), s.p95()) + ")";
    }

    private static ChartSpec.Series line(String name, String colour, List<double[]> pts) {
        return new ChartSpec.Series(
                name,
                colour,
                pts.stream().mapToDouble(a -> a[0]).toArray(),
                pts.stream().mapToDouble(a -> a[1]).toArray(),
                null,
                pts.size() > 1 ? "line" : "dots",
                "circle",
                true);
    }

    /** The series' own footer: its simulations and seed are not the headline forecast's. */
    private static String footer(ReportInput in) {
        RaceSeries r = in.race();
        return String.format(
                Locale.ROOT,
                "Source: pollcast · %s · each date forecast from the polls public by then · model %s · %,d simulations"
                        + " a date, seed %d",
                in.election().id(),
                r.modelVersion(),
                r.sims(),
                r.seed());
    }
}
