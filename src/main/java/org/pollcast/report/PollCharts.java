package org.pollcast.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pollcast.aggregate.HouseEffect;
import org.pollcast.aggregate.PollAverage;
import org.pollcast.aggregate.SharesOfEveryone;
import org.pollcast.aggregate.Trend;
import org.pollcast.election.Contest;
import org.pollcast.election.Scope;
import org.pollcast.poll.Poll;
import org.pollcast.poll.StoredPoll;
import org.pollcast.simulate.CandidateForecast;
import org.pollcast.simulate.MayorForecast;

/** The polls over time: the trend with its band, house effects, and the nightly history of win probabilities. */
final class PollCharts {
    private PollCharts() {}

    static ChartSpec trend(ReportInput in, Palette palette) {
        MayorForecast f = in.forecast().mayor();
        Trend t = in.trend().trend();
        List<CandidateForecast> lead = ReportCharts.drawn(f);
        List<ChartSpec.Series> series = new ArrayList<>();
        List<Poll> polls = in.polls().stream()
                .map(StoredPoll::poll)
                .filter(p -> p.contest().equals(f.contest())
                        && p.scope() == Scope.FIRST_PREF
                        && p.knownBy(f.input().asOf()))
                .toList();
        Map<String, String> markerOf = pollsterMarkers(polls);
        Contest contest = in.election().contest(f.contest()).orElse(null);
        // On the trend's base: a poll of everyone naming every candidate standing, as the average reads it. Once a
        // poll, not once a candidate and pollster.
        List<Map<String, Double>> shares = polls.stream()
                .map(p -> contest == null ? p.shares() : SharesOfEveryone.ofThoseNamingAnOption(contest, p))
                .toList();
        Palette.Shades colours = palette.shades();
        for (CandidateForecast c : lead) {
            String colour = colours.hex(c.id(), c.party());
            int j = t.options().indexOf(c.id());
            // The line starts at the candidate's first poll: before it the smoother has nothing to say about them.
            int from = j < 0 ? -1 : firstPolled(polls, c.id(), t.start().toEpochDay());
            if (j >= 0 && from >= 0 && from < t.days()) {
                int n = t.days() - from;
                double[] x = new double[n];
                double[] mean = new double[n];
                for (int d = 0; d < n; d++) {
                    x[d] = t.start().toEpochDay() + from + d;
                    mean[d] = t.mean()[j][from + d];
                }
                series.add(band(c.name() + " 90% band", colour, x, t, j, from, HouseEffect.Z90, "band"));
                series.add(band(c.name() + " 50% band", colour, x, t, j, from, Z50, "band50"));
                series.add(new ChartSpec.Series(c.name(), colour, x, mean, null, "line", null, true));
            }
            for (Map.Entry<String, String> pollster : markerOf.entrySet()) {
                List<double[]> pts = new ArrayList<>();
                for (int i = 0; i < polls.size(); i++) {
                    Poll p = polls.get(i);
                    Double s = p.pollster().equals(pollster.getKey())
                            ? shares.get(i).get(c.id())
                            : null;
                    if (s != null) {
                        pts.add(new double[] {p.date().toEpochDay(), s});
                    }
                }
                if (!pts.isEmpty()) {
                    series.add(new ChartSpec.Series(
                            c.name() + " · " + pollster.getKey(),
                            colour,
                            pts.stream().mapToDouble(a -> a[0]).toArray(),
                            pts.stream().mapToDouble(a -> a[1]).toArray(),
                            null,
                            "dots",
                            pollster.getValue(),
                            false));
                }
            }
        }
        // Legend entries for the pollster shapes, in grey, placed on the first poll's top figure. XChart draws series
        // in order, so the grey shape would cover that candidate's coloured dot: the dot is drawn again on top.
        List<ChartSpec.Series> redrawn = new ArrayList<>();
        Map<String, List<String>> byMarker = new LinkedHashMap<>();
        markerOf.forEach((pollster, marker) ->
                byMarker.computeIfAbsent(marker, k -> new ArrayList<>()).add(pollster));
        for (Map.Entry<String, List<String>> entry : byMarker.entrySet()) {
            String pollster = entry.getValue().get(0);
            int firstIndex = 0;
            while (!polls.get(firstIndex).pollster().equals(pollster)) {
                firstIndex++;
            }
            Poll first = polls.get(firstIndex);
            // On the dots' base, the trend's: placed on the poll's printed top figure, the shape and the dot drawn
            // again over it stood where no dot is when the poll printed its don't-knows (Promocija plus's Croatian
            // poll of October 2024, Milanović 36.5 of everyone, drawn at 36.5 beside its dot at 43.3).
            Map<String, Double> firstShares = shares.get(firstIndex);
            double y = firstShares.values().stream()
                    .mapToDouble(Double::doubleValue)
                    .max()
                    .orElse(0);
            // The legend names the house as its polls were published: a 2026 poll by Savanta, whose house is
            // ComRes for house effects, is "Savanta" to a reader, and "ComRes / Savanta" when both names are drawn.
            // A marker shared by the pollsters past the last one of their own says how many it stands for.
            String shown = entry.getValue().size() == 1
                    ? ReportCharts.publishedName(pollster, polls)
                    : entry.getValue().size() + " other pollsters";
            series.add(new ChartSpec.Series(
                    shown,
                    "#555555",
                    new double[] {first.date().toEpochDay()},
                    new double[] {y},
                    null,
                    "dots",
                    entry.getKey(),
                    true));
            for (CandidateForecast c : lead) {
                Double share = firstShares.get(c.id());
                if (share != null && share == y) {
                    redrawn.add(new ChartSpec.Series(
                            c.name() + " · " + pollster + " · over the legend shape",
                            colours.hex(c.id(), c.party()),
                            new double[] {first.date().toEpochDay()},
                            new double[] {y},
                            null,
                            "dots",
                            entry.getKey(),
                            false));
                    break;
                }
            }
        }
        series.addAll(redrawn);
        List<ChartSpec.Marker> markers = new ArrayList<>();
        if (!in.election().date().isAfter(f.input().asOf().plusDays(60))) {
            markers.add(new ChartSpec.Marker(in.election().date().toEpochDay(), "Polling day"));
        }
        return new ChartSpec(
                "trend",
                "xy",
                LeadWords.of(in.election()).votesTitle() + ": polls and the trend (shaded: 50% and 90% bands)",
                ReportCharts.footer(in),
                "",
                LeadWords.of(in.election()).votesTitle() + " (%)",
                List.of(),
                series,
                markers,
                false,
                true);
    }

    /**
     * Each pollster's marker, in the order of their first poll: a marker of its own while {@link ReportCharts#MARKERS}
     * lasts, and past that the last marker shared by all the rest (the legend names them as "n other pollsters").
     * Before, the seven markers were handed out again from the eighth pollster on, and two firms looked alike.
     */
    static Map<String, String> pollsterMarkers(List<Poll> polls) {
        List<String> pollsters = polls.stream().map(Poll::pollster).distinct().toList();
        List<String> markers = ReportCharts.MARKERS;
        int own = pollsters.size() <= markers.size() ? pollsters.size() : markers.size() - 1;
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < pollsters.size(); i++) {
            out.put(pollsters.get(i), markers.get(Math.min(i, own)));
        }
        return out;
    }

    /** The standard normal quantile of 75%: a 50% interval is ± Z50 standard errors. */
    static final double Z50 = 0.6744897501960817;

    /**
     * A shaded band, mean ± z se, as one closed outline: along the top edge, then back along the bottom edge
     * (the shape XChart fills).
     */
    private static ChartSpec.Series band(
            String name, String colour, double[] x, Trend t, int j, int from, double z, String style) {
        int n = x.length;
        double[] px = new double[2 * n];
        double[] py = new double[2 * n];
        for (int d = 0; d < n; d++) {
            double m = t.mean()[j][from + d];
            double half = z * t.se()[j][from + d];
            px[d] = x[d];
            py[d] = m + half;
            px[2 * n - 1 - d] = x[d];
            py[2 * n - 1 - d] = Math.max(0, m - half);
        }
        return new ChartSpec.Series(name, colour, px, py, null, style, null, false);
    }

    /** Days from {@code start} to the first poll that names {@code option} (0 if before; -1 if none). */
    private static int firstPolled(List<Poll> polls, String option, long start) {
        return polls.stream()
                .filter(p -> p.shares().containsKey(option))
                .mapToLong(p -> p.date().toEpochDay())
                .min()
                .stream()
                .mapToInt(d -> (int) Math.max(0, d - start))
                .findFirst()
                .orElse(-1);
    }

    static ChartSpec houseEffects(ReportInput in, Palette palette) {
        PollAverage a = in.average();
        List<String> pollsters =
                a.houseEffects().stream().map(HouseEffect::pollster).distinct().toList();
        // Labelled as the trend's legend names them (the names the polls were published under), not by house alone:
        // "ComRes" on a 2024 chart of polls all published as Savanta read as a firm that had not polled.
        List<Poll> published = in.polls().stream().map(StoredPoll::poll).toList();
        List<String> labels = pollsters.stream()
                .map(p -> ReportCharts.publishedName(p, published))
                .toList();
        List<CandidateForecast> lead = ReportCharts.leading(in.forecast().mayor(), 2);
        List<ChartSpec.Series> series = new ArrayList<>();
        Palette.Shades colours = palette.shades();
        for (CandidateForecast c : lead) {
            double[] y = new double[pollsters.size()];
            double[] e = new double[pollsters.size()];
            for (int i = 0; i < pollsters.size(); i++) {
                String p = pollsters.get(i);
                HouseEffect h = a.houseEffects().stream()
                        .filter(x -> x.pollster().equals(p) && x.option().equals(c.id()))
                        .findFirst()
                        .orElse(null);
                // An option the firm did not poll has no effect: left out (NaN), not drawn as a lean of zero.
                y[i] = h == null ? Double.NaN : h.estimate();
                e[i] = h == null ? Double.NaN : Double.isNaN(h.se()) ? 0 : HouseEffect.Z90 * h.se();
            }
            series.add(new ChartSpec.Series(c.name(), colours.hex(c.id(), c.party()), null, y, e, "bars", null, true));
        }
        return new ChartSpec(
                "house-effects",
                "category",
                "House effects: how far each pollster sits from the average pollster",
                ReportCharts.footer(in),
                "",
                "Points (90% interval)",
                labels,
                series,
                List.of(),
                true,
                false);
    }

    static ChartSpec history(ReportInput in, Palette palette) {
        MayorForecast f = in.forecast().mayor();
        List<ChartSpec.Series> series = new ArrayList<>();
        List<ReportInput.HistoryRun> runs = new ArrayList<>(in.history());
        Palette.Shades colours = palette.shades();
        for (CandidateForecast c : ReportCharts.likeliest(f, 4)) {
            double[] x = new double[runs.size()];
            double[] y = new double[runs.size()];
            for (int r = 0; r < runs.size(); r++) {
                x[r] = runs.get(r).runAt().getEpochSecond() / 86_400.0;
                y[r] = 100 * runs.get(r).pWin().getOrDefault(c.id(), 0.0);
            }
            series.add(new ChartSpec.Series(
                    c.name(),
                    colours.hex(c.id(), c.party()),
                    x,
                    y,
                    null,
                    runs.size() > 1 ? "line" : "dots",
                    "circle",
                    true));
        }
        // A run made by another model version than the run before it: the step there is the model's, not the race's.
        List<ChartSpec.Marker> changes = new ArrayList<>();
        for (int r = 1; r < runs.size(); r++) {
            if (!runs.get(r).modelVersion().equals(runs.get(r - 1).modelVersion())) {
                changes.add(new ChartSpec.Marker(
                        runs.get(r).runAt().getEpochSecond() / 86_400.0,
                        "model " + runs.get(r).modelVersion()));
            }
        }
        return new ChartSpec(
                "history",
                "xy",
                LeadWords.of(in.election()).chance() + " as published, run by run",
                ReportCharts.footer(in),
                "",
                "Win probability (%)",
                List.of(),
                series,
                changes,
                false,
                true);
    }
}
