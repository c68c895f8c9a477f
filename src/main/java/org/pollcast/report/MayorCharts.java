package org.pollcast.report;

import java.util.ArrayList;
import java.util.List;
import org.pollcast.election.Election;
import org.pollcast.election.LeadVote;
import org.pollcast.election.VotingSystem;
import org.pollcast.simulate.CandidateForecast;
import org.pollcast.simulate.MayorForecast;
import org.pollcast.simulate.RunoffPair;

/** The Mayor: win probabilities, first-preference ranges, likely run-offs and the run-off margin. */
final class MayorCharts {
    private MayorCharts() {}

    static ChartSpec winProbability(ReportInput in, Palette palette) {
        MayorForecast f = in.forecast().mayor();
        List<CandidateForecast> lead = ReportCharts.likeliest(f, ReportCharts.LEADING);
        List<ChartSpec.Series> series = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (CandidateForecast c : lead) {
            names.add(c.name());
        }
        Palette.Shades colours = palette.shades();
        for (int i = 0; i < lead.size(); i++) {
            double[] y = new double[lead.size()];
            double[] e = new double[lead.size()];
            y[i] = 100 * lead.get(i).pWin();
            e[i] = 100 * lead.get(i).pWinSe();
            series.add(new ChartSpec.Series(
                    lead.get(i).name(),
                    colours.hex(lead.get(i).id(), lead.get(i).party()),
                    null,
                    y,
                    e,
                    "bars",
                    null,
                    false));
        }
        return new ChartSpec(
                "win-probability",
                "category",
                LeadWords.of(in.election()).winChart(),
                ReportCharts.footer(in),
                "",
                "Win probability (%, ± Monte Carlo standard error)",
                names,
                series,
                List.of(),
                false,
                false);
    }

    /**
     * The shares chart's id, and so its file name: {@code list-vote} where the lead is the list vote, so that a
     * newsroom's page linking {@code first-preferences.png} is not shown parties' list shares under that name.
     */
    static String sharesId(Election e) {
        // A body of constituencies only's chart is of its vote, not a list's: vote-share.png, not list-vote.png.
        return e.leadVote()
                .map(v -> v == LeadVote.LIST ? "list-vote" : "vote-share")
                .orElse("first-preferences");
    }

    static ChartSpec firstPreferences(ReportInput in, Palette palette) {
        MayorForecast f = in.forecast().mayor();
        List<ChartSpec.Series> series = new ArrayList<>();
        Palette.Shades colours = palette.shades();
        for (CandidateForecast c : ReportCharts.sharesDrawn(f)) {
            double[][] xy = halfPointShares(f.firstHist(), f.input().index(c.id()));
            series.add(new ChartSpec.Series(
                    c.name(), colours.hex(c.id(), c.party()), xy[0], xy[1], null, "line", null, true));
        }
        series = ReportCharts.trimmed(series);
        return new ChartSpec(
                sharesId(in.election()),
                "xy",
                "Simulated " + LeadWords.of(in.election()).simulated() + " of the leading "
                        + LeadWords.of(in.election()).many(),
                ReportCharts.footer(in),
                LeadWords.of(in.election()).votesTitle() + " (%)",
                "Share of simulations (% per half point)",
                List.of(),
                series,
                // Under first-past-the-post there is no run-off, so half the vote is no line to cross.
                f.system().equals(VotingSystem.FPTP.code())
                        ? List.of()
                        : List.of(new ChartSpec.Marker(50, "50%: outright win")),
                false,
                false);
    }

    /**
     * The final pairs the chart draws: those of 0.5% or more, five at most (a sixth label no longer fits beside the
     * others; the table under the chart has six). None in a landslide that elects on the first count in all but a few
     * draws (Ireland 2018's Higgins, 70% in the polls): the charts of the final round are then left out.
     */
    static List<RunoffPair> pairsDrawn(MayorForecast f) {
        return f.runoffPairs().stream().filter(p -> p.p() >= 0.005).limit(5).toList();
    }

    static ChartSpec runoffPairs(ReportInput in, Palette palette) {
        MayorForecast f = in.forecast().mayor();
        List<RunoffPair> pairs = pairsDrawn(f);
        List<String> names = new ArrayList<>();
        double[] y = new double[pairs.size()];
        double[] e = new double[pairs.size()];
        for (int i = 0; i < pairs.size(); i++) {
            RunoffPair p = pairs.get(i);
            names.add(ReportCharts.shortName(f, p.a()) + " v " + ReportCharts.shortName(f, p.b()));
            y[i] = 100 * p.p();
            e[i] = 100 * p.se();
        }
        return new ChartSpec(
                "runoff-pairs",
                "category",
                "Who reaches the " + ReportCharts.finalRound(f),
                ReportCharts.footer(in),
                "",
                "Probability (%)",
                names,
                List.of(new ChartSpec.Series("Final pair", "#555555", null, y, e, "bars", null, false)),
                List.of(),
                false,
                false);
    }

    static ChartSpec runoffMargin(ReportInput in, Palette palette) {
        MayorForecast f = in.forecast().mayor();
        RunoffPair top = f.runoffPairs().get(0);
        int a = f.input().index(top.a());
        // The pair's own split; a candidate's final-round share mixes whoever it met, which the title would misname.
        double[][] xy =
                f.topPairHist() != null ? halfPointShares(f.topPairHist(), 0) : halfPointShares(f.runoffHist(), a);
        double[] x = xy[0];
        double[] y = xy[1];
        String who = ReportCharts.name(f, top.a());
        // Without the pair's split (not tallied), the share is against whoever the candidate met: the title says so.
        // "Second round" under two rounds (ReportCharts.finalRound), where "final round" read as instant-runoff's.
        String round = f.system().equals(VotingSystem.TWO_ROUND.code()) ? "Second round" : "Final round";
        String title = f.topPairHist() != null
                ? round + ", " + who + " v " + ReportCharts.name(f, top.b()) + ": " + Possessive.of(who) + " share"
                : round + ": " + Possessive.of(who) + " share against whoever " + who + " meets";
        return new ChartSpec(
                "runoff-margin",
                "xy",
                title,
                ReportCharts.footer(in),
                Possessive.of(who) + " share of the two finalists' votes (%)",
                "Share of those " + (ReportCharts.finalRound(f).equals("run-off") ? "run-offs" : "final rounds")
                        + " (% per half point)",
                List.of(),
                ReportCharts.trimmed(List.of(new ChartSpec.Series(
                        who, palette.hex(top.a(), f.input().parties().get(a)), x, y, null, "line", null, true))),
                List.of(new ChartSpec.Marker(50, "50%")),
                false,
                false);
    }

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
}
