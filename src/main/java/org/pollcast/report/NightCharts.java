package org.pollcast.report;

import static org.pollcast.report.Html.num;
import static org.pollcast.report.Html.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.pollcast.simulate.LiveForecast;

/**
 * How the election-night projection moved with each declaration: the leading candidates' chances, and the
 * leader's and runner-up's first preferences with their 50% and 90% bands, against the number of constituencies
 * declared (0 is the pre-election forecast the night starts from). For the list vote of an election without a Mayor,
 * the leading parties' chances of the most list votes and their list votes, in files named for them (as the
 * forecast's {@code list-vote.png}): a newsroom's page linking {@code night-share.png} is not shown list votes. A body
 * of constituencies only's are named for its vote ({@code night-most-votes.png}, {@code night-vote.png}), with no
 * "list" in them.
 */
final class NightCharts {
    /**
     * What the night shows before its first declaration. Its averages are the forecast's, but its spread is widened
     * (docs/election-night.md), so its chances differ from the forecast page's: said, not left to look like a
     * contradiction.
     */
    static final String PRIOR = "the pre-election forecast as the night holds it: the same averages, their spread"
            + " widened so that the first declarations can move them, so its chances are not the forecast's own";

    /** Candidates followed on the charts: the two the race is between (the table has the rest). */
    private static final int FOLLOWED = 2;

    private NightCharts() {}

    static List<ChartSpec> all(NightInput in, Palette palette) {
        return List.of(chance(in, palette), share(in, palette));
    }

    /** The chances chart's id, and so its file name. */
    static String chanceId(NightInput in) {
        return in.listLed() ? "night-most-" + in.leadVote().plural().replace(' ', '-') : "night-chance";
    }

    /** The shares chart's id, and so its file name. */
    static String shareId(NightInput in) {
        return in.listLed() ? "night-" + in.leadVote().fileStem() : "night-share";
    }

    static ChartSpec chance(NightInput in, Palette palette) {
        List<ChartSpec.Series> series = new ArrayList<>();
        Palette.Shades colours = palette.shades();
        for (LiveForecast.Candidate c : followed(in, FOLLOWED)) {
            double[] y = new double[in.steps().size()];
            for (int s = 0; s < y.length; s++) {
                y[s] = 100 * NightInput.of(in.steps().get(s).forecast(), c.id()).pWin();
            }
            series.add(
                    new ChartSpec.Series(c.name(), colours.hex(c.id(), c.party()), x(in), y, null, "line", null, true));
        }
        return new ChartSpec(
                chanceId(in),
                "xy",
                in.listLed()
                        ? "Chance of " + in.most() + " after each declaration"
                        : "Chance of winning after each declaration",
                footer(in),
                declaredAxis(in),
                in.listLed() ? "Chance of " + in.most() + " (%)" : "Chance of winning (%)",
                List.of(),
                series,
                List.of(),
                false,
                false);
    }

    static ChartSpec share(NightInput in, Palette palette) {
        List<ChartSpec.Series> series = new ArrayList<>();
        double[] x = x(in);
        Palette.Shades colours = palette.shades();
        for (LiveForecast.Candidate c : followed(in, 2)) {
            String colour = colours.hex(c.id(), c.party());
            int n = x.length;
            double[][] bands = {new double[2 * n], new double[2 * n], new double[2 * n], new double[2 * n]};
            double[] median = new double[n];
            for (int s = 0; s < n; s++) {
                LiveForecast.Candidate at = NightInput.of(in.steps().get(s).forecast(), c.id());
                median[s] = at.firstPref().p50();
                // Each band is one closed outline: along the top edge, then back along the bottom edge.
                bands[0][s] = x[s];
                bands[0][2 * n - 1 - s] = x[s];
                bands[1][s] = at.firstPref().p95();
                bands[1][2 * n - 1 - s] = at.firstPref().p05();
                bands[2][s] = x[s];
                bands[2][2 * n - 1 - s] = x[s];
                bands[3][s] = at.firstPref().p75();
                bands[3][2 * n - 1 - s] = at.firstPref().p25();
            }
            series.add(new ChartSpec.Series(
                    c.name() + " 90% band", colour, bands[0], bands[1], null, "band", null, false));
            series.add(new ChartSpec.Series(
                    c.name() + " 50% band", colour, bands[2], bands[3], null, "band50", null, false));
            series.add(new ChartSpec.Series(c.name(), colour, x, median, null, "line", null, true));
        }
        return new ChartSpec(
                shareId(in),
                "xy",
                in.shareTitle() + " after each declaration (shaded: 50% and 90% bands)",
                footer(in),
                declaredAxis(in),
                in.shareTitle() + " (%)",
                List.of(),
                series,
                List.of(),
                false,
                false);
    }

    /** What each chart shows, in words, for its alt text: where the followed candidates started and ended. */
    static String alt(ChartSpec c, NightInput in) {
        NightInput.Step first = in.steps().get(0);
        NightInput.Step last = in.steps().get(in.steps().size() - 1);
        List<String> parts = new ArrayList<>();
        boolean chance = c.id().equals(chanceId(in));
        for (LiveForecast.Candidate x : followed(in, FOLLOWED)) {
            LiveForecast.Candidate a = NightInput.of(first.forecast(), x.id());
            LiveForecast.Candidate b = NightInput.of(last.forecast(), x.id());
            parts.add(
                    chance
                            ? x.name() + " from "
                                    + NightPage.percent(
                                            a.pWin(), first.forecast().decided()) + " to "
                                    + NightPage.percent(
                                            b.pWin(), last.forecast().decided())
                            : x.name() + " from " + num(a.firstPref().p50(), 1) + "% (90%: " + range(a) + ") to "
                                    + num(b.firstPref().p50(), 1) + "% (" + range(b) + ")");
        }
        String who = in.listLed() ? "parties'" : "candidates'";
        String what = chance
                ? "Line chart of the leading " + who + " chances of " + (in.listLed() ? in.most() : "winning")
                : "Line chart of the two leading " + who + " projected " + in.wide()
                        + " " + (in.listLed() ? in.leadVote().words() : in.shareWord())
                        + ", with shaded 50% and 90% bands,";
        return what + " before the first declaration and after each of the " + last.declared() + " so far: "
                + String.join("; ", parts) + ". It shows how much each declaration settled the race.";
    }

    /** The numbers behind a chart: one row per step. */
    static ChartFigures.Data data(ChartSpec c, NightInput in) {
        boolean chance = c.id().equals(chanceId(in));
        List<LiveForecast.Candidate> followed = followed(in, FOLLOWED);
        boolean counting = anyCounting(in);
        List<String> header =
                new ArrayList<>(List.of(counting ? "Reporting" : "Declared", in.ownAreas() ? "Area" : "Constituency"));
        for (LiveForecast.Candidate x : followed) {
            header.add(text(x.name())
                    + (chance ? in.listLed() ? ": chance of " + in.most() : " chance" : " median (50%; 90% range)"));
        }
        List<List<String>> rows = new ArrayList<>();
        for (NightInput.Step s : in.steps()) {
            List<String> row = new ArrayList<>(List.of(Integer.toString(s.declared()), added(s)));
            for (LiveForecast.Candidate x : followed) {
                LiveForecast.Candidate at = NightInput.of(s.forecast(), x.id());
                row.add(chance ? NightPage.pctChance(at.pWin(), s.forecast().decided()) : bands(at));
            }
            rows.add(row);
        }
        return new ChartFigures.Data(header, rows);
    }

    /** "40.1 (39.0–41.2; 37.5–42.6)": median, then the 50% and the 90% range. */
    static String bands(LiveForecast.Candidate c) {
        return num(c.firstPref().p50(), 1) + " (" + num(c.firstPref().p25(), 1) + "–"
                + num(c.firstPref().p75(), 1) + "; " + range(c) + ")";
    }

    private static String range(LiveForecast.Candidate c) {
        return num(c.firstPref().p05(), 1) + "–" + num(c.firstPref().p95(), 1);
    }

    /** The constituency a step added, escaped; step 0's words for the forecast the night starts from. */
    static String added(NightInput.Step s) {
        if (s.runoff()) {
            return "second preferences counted";
        }
        if (s.added() == null) {
            return "none yet (the pre-election forecast, widened)";
        }
        return text(s.added().constituency())
                + (s.added().complete()
                        ? ""
                        : " (counting, " + num(100 * s.added().counted(), 0) + "% counted)");
    }

    /** Whether a step adds a constituency still counting, not declared. */
    private static boolean anyCounting(NightInput in) {
        return in.steps().stream().anyMatch(s -> s.added() != null && !s.added().complete());
    }

    /**
     * The x axis: "Constituencies declared (0: before the first)", or areas. A constituency still counting is a step of
     * its own but not declared: with one among the steps the axis counts those "reporting", as a newsroom says of
     * results in, so the point of 3 declarations and a fourth 40% counted is not read as 4 declared.
     */
    private static String declaredAxis(NightInput in) {
        boolean counting = anyCounting(in);
        return (in.ownAreas() ? "Areas" : "Constituencies")
                + (counting ? " reporting (0: before the first)" : " declared (0: before the first)");
    }

    static List<LiveForecast.Candidate> followed(NightInput in, int n) {
        return in.ranked().stream().limit(n).toList();
    }

    private static double[] x(NightInput in) {
        return in.steps().stream().mapToDouble(NightInput.Step::declared).toArray();
    }

    private static String footer(NightInput in) {
        NightInput.Step last = in.steps().get(in.steps().size() - 1);
        return String.format(
                Locale.ROOT,
                "Source: pollcast · %s election night · %,d simulations a step (%,d the last), seed %d",
                in.election().id(),
                in.steps().get(0).sims(),
                last.sims(),
                in.projection().seed());
    }
}
