package org.pollcast.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.pollcast.aggregate.HouseEffect;
import org.pollcast.aggregate.PollAverage;
import org.pollcast.aggregate.Trend;
import org.pollcast.election.Scope;
import org.pollcast.poll.Poll;
import org.pollcast.poll.StoredPoll;
import org.pollcast.simulate.AssemblyForecast;
import org.pollcast.simulate.CandidateForecast;
import org.pollcast.simulate.MayorForecast;
import org.pollcast.simulate.RunoffPair;

/** The report's charts as data ({@link ChartSpec}s), in the order the report shows them. */
public final class ReportCharts {
    private static final String[] MARKERS = {"circle", "square", "diamond", "triangle", "triangle-down", "cross", "plus"};
    private static final int LEADING = 5;

    private ReportCharts() {
    }

    public static List<ChartSpec> all(ReportInput in, Palette palette) {
        List<ChartSpec> charts = new ArrayList<>();
        if (in.trend() != null) {
            charts.add(trend(in, palette));
        }
        if (in.average() != null && !in.average().houseEffects().isEmpty()) {
            charts.add(houseEffects(in, palette));
        }
        charts.add(winProbability(in, palette));
        charts.add(firstPreferences(in, palette));
        if (!in.forecast().mayor().runoffPairs().isEmpty()) {
            charts.add(runoffPairs(in, palette));
            charts.add(runoffMargin(in, palette));
        }
        if (in.forecast().assembly() != null) {
            charts.add(assemblySeats(in, palette));
            charts.add(blocs(in, palette));
        }
        if (!in.history().isEmpty()) {
            charts.add(history(in, palette));
        }
        return charts;
    }

    static String footer(ReportInput in) {
        MayorForecast f = in.forecast().mayor();
        return String.format(Locale.ROOT, "Source: pollcast · %s · %s · %,d simulations, seed %d", in.election().id(),
                f.input().source(), f.sims(), f.settings().seed());
    }

    /** The leading options of the forecast, by mean first preference, "other" excluded. */
    static List<CandidateForecast> leading(MayorForecast f, int n) {
        return f.candidates().stream().filter(c -> !c.id().equals("other"))
                .sorted(Comparator.comparingDouble((CandidateForecast c) -> c.firstPref().mean()).reversed()).limit(n).toList();
    }

    static ChartSpec trend(ReportInput in, Palette palette) {
        MayorForecast f = in.forecast().mayor();
        Trend t = in.trend().trend();
        List<CandidateForecast> lead = leading(f, LEADING);
        List<ChartSpec.Series> series = new ArrayList<>();
        Map<String, String> markerOf = new LinkedHashMap<>();
        List<Poll> polls = in.polls().stream().map(StoredPoll::poll)
                .filter(p -> p.contest().equals(f.contest()) && p.scope() == Scope.FIRST_PREF && !p.date().isAfter(f.input().asOf())).toList();
        for (Poll p : polls) {
            markerOf.putIfAbsent(p.pollster(), MARKERS[markerOf.size() % MARKERS.length]);
        }
        for (CandidateForecast c : lead) {
            String colour = palette.hex(c.party());
            int j = t.options().indexOf(c.id());
            if (j >= 0) {
                double[] x = new double[t.days()];
                double[] low = new double[t.days()];
                double[] high = new double[t.days()];
                for (int d = 0; d < t.days(); d++) {
                    x[d] = t.start().toEpochDay() + d;
                    low[d] = Math.max(0, t.mean()[j][d] - HouseEffect.Z90 * t.se()[j][d]);
                    high[d] = t.mean()[j][d] + HouseEffect.Z90 * t.se()[j][d];
                }
                series.add(new ChartSpec.Series(c.name(), colour, x, t.mean()[j].clone(), null, "line", null, true));
                series.add(new ChartSpec.Series(c.name() + " 90% low", colour, x, low, null, "dashed", null, false));
                series.add(new ChartSpec.Series(c.name() + " 90% high", colour, x, high, null, "dashed", null, false));
            }
            for (Map.Entry<String, String> pollster : markerOf.entrySet()) {
                List<double[]> pts = new ArrayList<>();
                for (Poll p : polls) {
                    Double s = p.shares().get(c.id());
                    if (s != null && p.pollster().equals(pollster.getKey())) {
                        pts.add(new double[] {p.date().toEpochDay(), s});
                    }
                }
                if (!pts.isEmpty()) {
                    series.add(new ChartSpec.Series(c.name() + " · " + pollster.getKey(), colour, pts.stream().mapToDouble(a -> a[0]).toArray(),
                            pts.stream().mapToDouble(a -> a[1]).toArray(), null, "dots", pollster.getValue(), false));
                }
            }
        }
        // Legend entries for the pollster shapes, in grey, placed on the first poll (invisible beside the dots).
        for (Map.Entry<String, String> pollster : markerOf.entrySet()) {
            Poll first = polls.stream().filter(p -> p.pollster().equals(pollster.getKey())).findFirst().orElseThrow();
            double y = first.shares().values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
            series.add(new ChartSpec.Series(pollster.getKey(), "#555555", new double[] {first.date().toEpochDay()}, new double[] {y},
                    null, "dots", pollster.getValue(), true));
        }
        List<ChartSpec.Marker> markers = new ArrayList<>();
        if (!in.election().date().isAfter(f.input().asOf().plusDays(60))) {
            markers.add(new ChartSpec.Marker(in.election().date().toEpochDay(), "Polling day"));
        }
        return new ChartSpec("trend", "xy", "First preferences: polls and the trend (90% band)", footer(in), "",
                "First preferences (%)", List.of(), series, markers, false, true);
    }

    static ChartSpec houseEffects(ReportInput in, Palette palette) {
        PollAverage a = in.average();
        List<String> pollsters = a.houseEffects().stream().map(HouseEffect::pollster).distinct().toList();
        List<CandidateForecast> lead = leading(in.forecast().mayor(), 2);
        List<ChartSpec.Series> series = new ArrayList<>();
        for (CandidateForecast c : lead) {
            double[] y = new double[pollsters.size()];
            double[] e = new double[pollsters.size()];
            for (int i = 0; i < pollsters.size(); i++) {
                String p = pollsters.get(i);
                HouseEffect h = a.houseEffects().stream().filter(x -> x.pollster().equals(p) && x.option().equals(c.id())).findFirst().orElse(null);
                y[i] = h == null ? 0 : h.estimate();
                e[i] = h == null || Double.isNaN(h.se()) ? 0 : HouseEffect.Z90 * h.se();
            }
            series.add(new ChartSpec.Series(c.name(), palette.hex(c.party()), null, y, e, "bars", null, true));
        }
        return new ChartSpec("house-effects", "category", "House effects: how far each pollster sits from the average pollster",
                footer(in), "", "Points (90% interval)", pollsters, series, List.of(), true, false);
    }

    static ChartSpec winProbability(ReportInput in, Palette palette) {
        MayorForecast f = in.forecast().mayor();
        List<CandidateForecast> lead = leading(f, LEADING);
        List<ChartSpec.Series> series = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (CandidateForecast c : lead) {
            names.add(c.name());
        }
        for (int i = 0; i < lead.size(); i++) {
            double[] y = new double[lead.size()];
            double[] e = new double[lead.size()];
            y[i] = 100 * lead.get(i).pWin();
            e[i] = 100 * lead.get(i).pWinSe();
            series.add(new ChartSpec.Series(lead.get(i).name(), palette.hex(lead.get(i).party()), null, y, e, "bars", null, false));
        }
        return new ChartSpec("win-probability", "category", "Chance of winning the mayoralty", footer(in), "",
                "Win probability (%, ± Monte Carlo standard error)", names, series, List.of(), false, false);
    }

    static ChartSpec firstPreferences(ReportInput in, Palette palette) {
        MayorForecast f = in.forecast().mayor();
        List<ChartSpec.Series> series = new ArrayList<>();
        for (CandidateForecast c : leading(f, 3)) {
            double[][] xy = halfPointShares(f.firstHist(), f.input().index(c.id()));
            series.add(new ChartSpec.Series(c.name(), palette.hex(c.party()), xy[0], xy[1], null, "line", null, true));
        }
        series = trimmed(series);
        return new ChartSpec("first-preferences", "xy", "Simulated first preferences of the leading candidates", footer(in),
                "First preferences (%)", "Share of simulations (% per half point)", List.of(), series,
                List.of(new ChartSpec.Marker(50, "50%: outright win")), false, false);
    }

    static ChartSpec runoffPairs(ReportInput in, Palette palette) {
        MayorForecast f = in.forecast().mayor();
        List<RunoffPair> pairs = f.runoffPairs().stream().filter(p -> p.p() >= 0.005).limit(6).toList();
        List<String> names = new ArrayList<>();
        double[] y = new double[pairs.size()];
        double[] e = new double[pairs.size()];
        for (int i = 0; i < pairs.size(); i++) {
            RunoffPair p = pairs.get(i);
            names.add(name(f, p.a()) + " v " + name(f, p.b()));
            y[i] = 100 * p.p();
            e[i] = 100 * p.se();
        }
        return new ChartSpec("runoff-pairs", "category", "Who reaches the run-off", footer(in), "", "Probability (%)", names,
                List.of(new ChartSpec.Series("Run-off pair", "#555555", null, y, e, "bars", null, false)), List.of(), false, false);
    }

    static ChartSpec runoffMargin(ReportInput in, Palette palette) {
        MayorForecast f = in.forecast().mayor();
        RunoffPair top = f.runoffPairs().get(0);
        int a = f.input().index(top.a());
        double[][] xy = halfPointShares(f.runoffHist(), a);
        double[] x = xy[0];
        double[] y = xy[1];
        String who = name(f, top.a());
        return new ChartSpec("runoff-margin", "xy", "Final round, " + who + " v " + name(f, top.b()) + ": " + who + "'s share",
                footer(in), who + "'s share of the two finalists' votes (%)", "Share of those run-offs (% per half point)", List.of(),
                trimmed(List.of(new ChartSpec.Series(who, palette.hex(f.input().parties().get(a)), x, y, null, "line", null, true))),
                List.of(new ChartSpec.Marker(50, "50%")), false, false);
    }

    /**
     * Option {@code j}'s histogram regrouped from 0.1-point into 0.5-point bins: x the bin centres, y each bin's share of
     * the option's simulations in percent (all 0 when it has none).
     */
    private static double[][] halfPointShares(long[] hist, int j) {
        int group = 5;
        int bins = MayorForecast.BINS / group;
        double[] x = new double[bins];
        double[] y = new double[bins];
        long total = 0;
        for (int b = 0; b < MayorForecast.BINS; b++) {
            total += hist[j * MayorForecast.BINS + b];
        }
        for (int b = 0; b < bins; b++) {
            long count = 0;
            for (int g = 0; g < group; g++) {
                count += hist[j * MayorForecast.BINS + b * group + g];
            }
            x[b] = (b + 0.5) * 100.0 / bins;
            y[b] = total == 0 ? 0 : 100.0 * count / total;
        }
        return new double[][] {x, y};
    }

    static ChartSpec assemblySeats(ReportInput in, Palette palette) {
        AssemblyForecast a = in.forecast().assembly();
        List<AssemblyForecast.PartySeats> top = a.parties().stream().filter(p -> !p.id().equals("other") && p.seatsMean() >= 0.05)
                .sorted(Comparator.comparingDouble(AssemblyForecast.PartySeats::seatsMean).reversed()).limit(6).toList();
        // Seat counts from 0 to the largest any shown party reaches with probability 0.1% or more.
        int maxSeat = 0;
        for (AssemblyForecast.PartySeats p : top) {
            for (int s = 0; s <= a.seats(); s++) {
                if (p.seatDistribution()[s] >= 0.001) {
                    maxSeat = Math.max(maxSeat, s);
                }
            }
        }
        List<String> seats = new ArrayList<>();
        for (int s = 0; s <= maxSeat; s++) {
            seats.add(Integer.toString(s));
        }
        List<ChartSpec.Series> series = new ArrayList<>();
        for (AssemblyForecast.PartySeats p : top) {
            double[] y = new double[maxSeat + 1];
            for (int s = 0; s <= maxSeat; s++) {
                y[s] = 100 * p.seatDistribution()[s];
            }
            series.add(new ChartSpec.Series(p.name(), palette.hex(p.id()), null, y, null, "bars", null, true));
        }
        return new ChartSpec("assembly-seats", "category", "London Assembly: seats won by each party (of " + a.seats() + ")",
                footer(in), "Seats", "Probability (%)", seats, series, List.of(), false, false);
    }

    static ChartSpec blocs(ReportInput in, Palette palette) {
        AssemblyForecast a = in.forecast().assembly();
        List<String> names = new ArrayList<>();
        double[] y = new double[a.blocs().size()];
        double[] e = new double[a.blocs().size()];
        for (int b = 0; b < a.blocs().size(); b++) {
            AssemblyForecast.BlocForecast bloc = a.blocs().get(b);
            names.add(shortLabel(bloc.label()));
            y[b] = 100 * bloc.p();
            e[b] = 100 * bloc.se();
        }
        return new ChartSpec("blocs", "category", "London Assembly: majorities and blocking minorities", footer(in), "",
                "Probability (%)", names, List.of(new ChartSpec.Series("Probability", "#555555", null, y, e, "bars", null, false)),
                List.of(), false, false);
    }

    static ChartSpec history(ReportInput in, Palette palette) {
        MayorForecast f = in.forecast().mayor();
        List<ChartSpec.Series> series = new ArrayList<>();
        List<ReportInput.HistoryRun> runs = new ArrayList<>(in.history());
        for (CandidateForecast c : leading(f, 4)) {
            double[] x = new double[runs.size()];
            double[] y = new double[runs.size()];
            for (int r = 0; r < runs.size(); r++) {
                x[r] = runs.get(r).runAt().getEpochSecond() / 86_400.0;
                y[r] = 100 * runs.get(r).pWin().getOrDefault(c.id(), 0.0);
            }
            series.add(new ChartSpec.Series(c.name(), palette.hex(c.party()), x, y, null, runs.size() > 1 ? "line" : "dots", "circle", true));
        }
        return new ChartSpec("history", "xy", "Chance of winning, run by run", footer(in), "", "Win probability (%)", List.of(), series,
                List.of(), false, true);
    }

    /** The series cut to the x range where any of them is above 0.05 (plus one point either side). */
    private static List<ChartSpec.Series> trimmed(List<ChartSpec.Series> series) {
        int lo = Integer.MAX_VALUE;
        int hi = -1;
        for (ChartSpec.Series s : series) {
            for (int i = 0; i < s.y().length; i++) {
                if (s.y()[i] > 0.05) {
                    lo = Math.min(lo, i);
                    hi = Math.max(hi, i);
                }
            }
        }
        if (hi < 0) {
            return series;
        }
        int from = Math.max(0, lo - 1);
        List<ChartSpec.Series> out = new ArrayList<>();
        for (ChartSpec.Series s : series) {
            int to = Math.min(s.y().length, hi + 2);
            out.add(new ChartSpec.Series(s.name(), s.colour(), java.util.Arrays.copyOfRange(s.x(), from, to),
                    java.util.Arrays.copyOfRange(s.y(), from, to), null, s.style(), s.marker(), s.inLegend()));
        }
        return out;
    }

    private static String name(MayorForecast f, String id) {
        return f.candidates().stream().filter(c -> c.id().equals(id)).map(CandidateForecast::name).findFirst().orElse(id);
    }

    private static String shortLabel(String label) {
        int paren = label.indexOf(" (");
        return paren > 0 ? label.substring(0, paren) : label;
    }
}
