package org.pollcast.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.pollcast.simulate.AssemblyForecast;

/** The Assembly: seat distributions by party and the probability of each bloc. */
final class AssemblyCharts {
    private AssemblyCharts() {}

    static ChartSpec assemblySeats(ReportInput in, Palette palette) {
        AssemblyForecast a = in.forecast().assembly();
        List<AssemblyForecast.PartySeats> top = a.parties().stream()
                .filter(p -> !p.id().equals("other") && p.seatsMean() >= 0.05)
                .sorted(Comparator.comparingDouble(AssemblyForecast.PartySeats::seatsMean)
                        .reversed())
                .limit(6)
                .toList();
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
        return new ChartSpec(
                "assembly-seats",
                "category",
                in.assemblyTitle() + ": seats won by each party (of " + a.seats() + ")",
                ReportCharts.footer(in),
                "Seats",
                "Probability (%)",
                seats,
                series,
                List.of(),
                false,
                false);
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
