package org.pollcast.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.pollcast.simulate.AssemblyForecast;

/**
 * The Assembly: seat distributions by party and the probability of each bloc; on election night, each party's
 * projected seats split into declared, still to come and list.
 */
final class AssemblyCharts {
    /** Parties on a seats chart; the tables have the rest. */
    // Eight, as the list-vote trend draws: at six, Germany's BSW (8.7 seats on average, 22% to pass 5%) was left off
    // a chart titled "seats won by each party" that drew the FDP (9.7, 24%), the other party at the threshold.
    private static final int SHOWN = 8;

    private AssemblyCharts() {}

    static ChartSpec assemblySeats(ReportInput in, Palette palette) {
        AssemblyForecast a = in.forecast().assembly();
        List<AssemblyForecast.PartySeats> top = shown(a);
        // Seat counts from 0 to the largest any shown party reaches with probability 0.1% or more.
        int maxSeat = 0;
        for (AssemblyForecast.PartySeats p : top) {
            for (int s = 0; s <= a.seats(); s++) {
                if (p.seatDistribution()[s] >= 0.001) {
                    maxSeat = Math.max(maxSeat, s);
                }
            }
        }
        String title = in.assemblyTitle() + ": seats won by each party (of " + AssemblyHouse.seatsShort(a) + ")";
        if (asLines(maxSeat + 1, top.size())) {
            return bigHouse(title, ReportCharts.footer(in), palette, top, maxSeat);
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
        return new ChartSpec(
                "assembly-seats",
                "category",
                title,
                ReportCharts.footer(in),
                "Seats",
                "Probability (%)",
                seats,
                series,
                List.of(),
                false,
                false);
    }

    /** The most seat counts drawn as bars: London's 25 are; the Bundestag's 630 are not. */
    static final int MOST_BARS = 100;

    /**
     * The most bars in all, seat counts times parties: London's 17 counts of five parties are 85, each a bar one can
     * read. Bulgaria's 240-seat house (a blind trial) reached 97 counts of eight parties, 776 hairline bars in which no
     * party's shape could be told from its neighbours'; drawn as lines, each is one curve.
     */
    static final int MOST_BARS_IN_ALL = 200;

    /** Whether a seats chart of {@code counts} seat counts and {@code parties} parties is drawn as lines, not bars. */
    static boolean asLines(int counts, int parties) {
        return counts > MOST_BARS || counts * parties > MOST_BARS_IN_ALL;
    }

    /** Whether a seats chart drawn as lines has a point per seat count, not per bin of a few. */
    static boolean perSeat(ChartSpec c) {
        double[] x = c.series().isEmpty() ? null : c.series().get(0).x();
        return x != null && x.length > 1 && x[1] - x[0] == 1;
    }

    /**
     * A big house's seats as a line per party over the seat counts, in bins of a few seats on a numeric axis: the
     * Bundestag's 630 drew some 280 hairline bars under 280 labels that no one could read. A point is the chance of
     * any count in its bin, drawn at the bin's middle.
     */
    static ChartSpec bigHouse(
            String title, String footer, Palette palette, List<AssemblyForecast.PartySeats> top, int maxSeat) {
        int width = (int) Math.ceil((maxSeat + 1) / (double) MOST_BARS);
        int bins = maxSeat / width + 1;
        double[] x = new double[bins];
        for (int b = 0; b < bins; b++) {
            x[b] = b * width + (width - 1) / 2.0;
        }
        double[][] ys = new double[top.size()][bins];
        for (int i = 0; i < top.size(); i++) {
            for (int s = 0; s <= maxSeat; s++) {
                ys[i][s / width] += 100 * top.get(i).seatDistribution()[s];
            }
        }
        double cap = spikeCap(ys);
        List<ChartSpec.Series> series = new ArrayList<>();
        for (int i = 0; i < top.size(); i++) {
            AssemblyForecast.PartySeats p = top.get(i);
            int peak = peak(ys[i]);
            String name = ys[i][peak] > cap
                    ? String.format(Locale.ROOT, "%s (%.0f%% at %s)", p.name(), ys[i][peak], binWords(peak, width))
                    : p.name();
            series.add(new ChartSpec.Series(name, palette.hex(p.id()), x, ys[i], null, "line", null, true));
        }
        return new ChartSpec(
                "assembly-seats",
                "xy",
                title,
                footer,
                "Seats",
                width == 1 ? "Probability (%)" : "Probability (%, per " + width + " seats)",
                List.of(),
                series,
                List.of(),
                false,
                false,
                cap);
    }

    /** A spike is a party this sure of one bin of seats; it is cut off where it would flatten the others. */
    static final double SPIKE = 50;

    /**
     * Where the value axis ends: above the spread parties' highest point, when a party near a threshold, at 0 seats
     * in most draws, would otherwise set it. The Bundestag's FDP (76% at 0) and Spain's regional lists (96%) drew
     * the other parties' curves, peaking at 6% per bin, as flat lines along the floor. NaN where no party spikes
     * past three times the others' peak (a list vote with no party near a threshold).
     */
    static double spikeCap(double[][] ys) {
        double spike = 0;
        double spread = 0;
        for (double[] y : ys) {
            double top = y[peak(y)];
            if (top >= SPIKE) {
                spike = Math.max(spike, top);
            } else {
                spread = Math.max(spread, top);
            }
        }
        return spread > 0 && spike > 3 * spread ? 1.5 * spread : Double.NaN;
    }

    private static int peak(double[] y) {
        int at = 0;
        for (int i = 1; i < y.length; i++) {
            at = y[i] > y[at] ? i : at;
        }
        return at;
    }

    /** A bin's seats in words: "0" for a bin of one, "0–1" for a bin of two. */
    private static String binWords(int bin, int width) {
        int from = bin * width;
        return width == 1 ? Integer.toString(from) : from + "–" + (from + width - 1);
    }

    /** The parties a seats chart shows: up to eight with a twentieth of a seat or more on average, most seats first. */
    static List<AssemblyForecast.PartySeats> shown(AssemblyForecast a) {
        return a.parties().stream()
                .filter(p -> !p.id().equals("other") && p.seatsMean() >= 0.05)
                .sorted(Comparator.comparingDouble(AssemblyForecast.PartySeats::seatsMean)
                        .reversed())
                .limit(SHOWN)
                .toList();
    }

    /** Shades of a party's colour for its seats: declared constituency seats, those still to come, list seats. */
    static final double[] SEGMENT_OPACITY = {1, 0.55, 0.28};

    /** The grey of the seats chart's legend keys and its range. */
    static final String KEY = "#4d4d4d";

    /**
     * Election night's Assembly seats: one stacked bar per party, its mean seats split into the constituency seats
     * already declared (solid party colour), the constituency seats still to come (paler) and the list seats
     * (palest), with the 90% range of its total seats drawn over the bar. The stack's height is the mean total.
     *
     * @param declared constituency seats declared so far, by party id
     */
    static ChartSpec nightSeats(
            AssemblyForecast a, Map<String, Integer> declared, String title, String footer, Palette palette) {
        List<AssemblyForecast.PartySeats> shown = shown(a);
        int n = shown.size();
        List<String> names = shown.stream().map(p -> label(p, n)).toList();
        List<ChartSpec.Series> series = new ArrayList<>();
        // The legend's keys first, in grey (the party colours are on the bars): zero-height segments, drawn as none.
        // Short: a phone's legend cuts a key at about 24 letters; the caption says the rest.
        // A body of constituencies only has no list seats: two keys, not an empty third.
        String[] key = a.constituenciesOnly()
                ? new String[] {"Declared", "To come"}
                : new String[] {"Constituency, declared", "Constituency, to come", "List seats"};
        for (int k = 0; k < key.length; k++) {
            series.add(new ChartSpec.Series(
                    key[k],
                    Colours.overWhite(KEY, SEGMENT_OPACITY[k]),
                    null,
                    new double[n],
                    null,
                    "stacked",
                    null,
                    true));
        }
        double[] mid = new double[n];
        double[] half = new double[n];
        double[] low = new double[n];
        double[] high = new double[n];
        for (int i = 0; i < n; i++) {
            AssemblyForecast.PartySeats p = shown.get(i);
            int won = declared.getOrDefault(p.id(), 0);
            double[][] segment = new double[key.length][n];
            segment[0][i] = won;
            // The declared seats are in every simulation, so the mean is never below them but by rounding.
            segment[1][i] = Math.max(0, p.constituencyMean() - won);
            if (key.length > 2) {
                segment[2][i] = p.listMean();
            }
            String colour = palette.hex(p.id());
            for (int k = 0; k < key.length; k++) {
                series.add(new ChartSpec.Series(
                        p.name() + ": " + key[k],
                        Colours.overWhite(colour, SEGMENT_OPACITY[k]),
                        null,
                        segment[k],
                        null,
                        "stacked",
                        null,
                        false));
            }
            mid[i] = (p.seatsP05() + p.seatsP95()) / 2;
            half[i] = (p.seatsP95() - p.seatsP05()) / 2;
            low[i] = p.seatsP05();
            high[i] = p.seatsP95();
        }
        series.add(new ChartSpec.Series("90% range", KEY, null, mid, half, "range", null, false));
        series.add(new ChartSpec.Series("90% range of total", KEY, null, high, null, "cap", null, true));
        series.add(new ChartSpec.Series("90% range, low end", KEY, null, low, null, "cap", null, false));
        return new ChartSpec(
                "assembly-night-seats", "category", title, footer, "", "Seats", names, series, List.of(), false, false);
    }

    /**
     * A bar's label on the night's seats chart: the party's name, or, where {@code bars} bars leave it too little room
     * (about 900 px of plot shared between them, 8.6 px a letter), its id in capitals as the tile map labels it ("WEP"
     * for "Women's Equality Party" among six): names side by side ran into each other. The table under the chart
     * names every party in full.
     */
    static String label(AssemblyForecast.PartySeats p, int bars) {
        int room = (int) (900.0 / Math.max(1, bars) / 8.6);
        return p.name().length() <= room ? p.name() : p.id().toUpperCase(Locale.ROOT);
    }

    static ChartSpec blocs(ReportInput in, Palette palette) {
        AssemblyForecast a = in.forecast().assembly();
        List<String> names = new ArrayList<>();
        double[] y = new double[a.blocs().size()];
        double[] e = new double[a.blocs().size()];
        for (int b = 0; b < a.blocs().size(); b++) {
            AssemblyForecast.BlocForecast bloc = a.blocs().get(b);
            names.add(ReportCharts.shortLabel(bloc.label()));
            y[b] = 100 * bloc.p();
            e[b] = 100 * bloc.se();
        }
        return new ChartSpec(
                "blocs",
                "category",
                in.assemblyTitle() + ": majorities and blocking minorities",
                ReportCharts.footer(in),
                "",
                "Probability (%)",
                names,
                List.of(new ChartSpec.Series("Probability", "#555555", null, y, e, "bars", null, false)),
                List.of(),
                false,
                false);
    }
}
