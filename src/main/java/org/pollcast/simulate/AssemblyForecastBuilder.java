package org.pollcast.simulate;

import java.util.ArrayList;
import java.util.List;
import org.pollcast.election.ListRegion;

/** Turns the merged Assembly tallies into the immutable forecast. */
final class AssemblyForecastBuilder {
    private AssemblyForecastBuilder() {}

    static AssemblyForecast build(AssemblyInput in, AssemblyTally t, long kept) {
        int p = in.size();
        int seats = in.seats();
        List<AssemblyForecast.PartySeats> parties = new ArrayList<>();
        for (int j = 0; j < p; j++) {
            double[] dist = new double[seats + 1];
            double mean = 0;
            double cMean = 0;
            double lMean = 0;
            for (int s = 0; s <= seats; s++) {
                dist[s] = kept == 0 ? 0 : (double) t.seatHist[j * (seats + 1) + s] / kept;
                mean += s * dist[s];
                cMean += kept == 0 ? 0 : s * (double) t.constituencyHist[j * (seats + 1) + s] / kept;
                lMean += kept == 0 ? 0 : s * (double) t.listHist[j * (seats + 1) + s] / kept;
            }
            parties.add(new AssemblyForecast.PartySeats(
                    in.parties().get(j),
                    in.names().get(j),
                    mean,
                    AssemblyForecast.seatQuantile(dist, 0.05),
                    AssemblyForecast.seatQuantile(dist, 0.95),
                    cMean,
                    lMean,
                    dist,
                    kept == 0 ? 0 : (double) t.largest[j] / kept,
                    kept == 0 ? 0 : (double) t.overThreshold[j] / kept,
                    Tally.distribution(t.listShareHist, j),
                    t.eligible == null ? Double.NaN : kept == 0 ? 0 : (double) t.eligible[j] / kept));
        }
        List<AssemblyForecast.ConstituencyForecast> constituencies = new ArrayList<>();
        for (int c = 0; c < in.constituencies().size(); c++) {
            double[] pWin = new double[p];
            for (int j = 0; j < p; j++) {
                pWin[j] = kept == 0 ? 0 : (double) t.constituencyWins[c * p + j] / kept;
            }
            ShareDistribution[] share = new ShareDistribution[p];
            for (int x = t.contenderStart[c]; x < t.contenderStart[c + 1]; x++) {
                share[t.contenders[x]] = Tally.distribution(t.contenderHist, x);
            }
            constituencies.add(new AssemblyForecast.ConstituencyForecast(
                    in.constituencies().get(c), in.imputed()[c], in.parties(), pWin, share));
        }
        List<AssemblyForecast.BlocForecast> blocs = new ArrayList<>();
        for (int b = 0; b < in.blocs().size(); b++) {
            double pr = kept == 0 ? 0 : (double) t.blocs[b] / kept;
            blocs.add(new AssemblyForecast.BlocForecast(
                    in.blocs().get(b).id(),
                    in.blocs().get(b).label(),
                    pr,
                    kept == 0 ? 0 : Math.sqrt(pr * (1 - pr) / kept)));
        }
        List<String> notes = new ArrayList<>(in.sources());
        List<AssemblyForecast.RegionSeats> regions = new ArrayList<>();
        for (int r = 0; r < in.regions().size(); r++) {
            double[] mean = new double[p];
            for (int j = 0; j < p; j++) {
                mean[j] = kept == 0 ? 0 : (double) t.regionListSeats[r * p + j] / kept;
            }
            ListRegion region = in.regions().get(r);
            regions.add(new AssemblyForecast.RegionSeats(region.id(), region.name(), region.listSeats(), mean));
        }
        return new AssemblyForecast(
                in.contest(),
                seats,
                parties,
                constituencies,
                blocs,
                notes,
                regions,
                kept == 0 ? 0 : (double) t.ties / kept,
                house(seats, t.overhangHist, kept));
    }

    /** The house's size over the simulations, from their overhang; null when overhang is absorbed. */
    private static AssemblyForecast.House house(int seats, long[] overhangHist, long kept) {
        if (overhangHist == null) {
            return null;
        }
        double[] dist = new double[overhangHist.length];
        double mean = 0;
        int max = 0;
        for (int o = 0; o < dist.length; o++) {
            dist[o] = kept == 0 ? 0 : (double) overhangHist[o] / kept;
            mean += o * dist[o];
            max = overhangHist[o] > 0 ? o : max;
        }
        return new AssemblyForecast.House(
                seats,
                seats + mean,
                seats + AssemblyForecast.seatQuantile(dist, 0.05),
                seats + AssemblyForecast.seatQuantile(dist, 0.95),
                seats + max,
                kept == 0 ? 0 : 1 - dist[0]);
    }
}
