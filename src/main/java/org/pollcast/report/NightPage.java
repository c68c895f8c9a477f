package org.pollcast.report;

import static org.pollcast.report.Html.num;
import static org.pollcast.report.Html.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.pollcast.simulate.LiveForecast;

/**
 * Election night's page ({@code report --declared}): the projection in plain words first (what a screen reader
 * reads first), then the constituencies on the tile map with a table beside it, the London-wide projection as
 * bands, and how the projection moved with each declaration. The same layout, styles and accessibility rules as
 * the forecast's page ({@link HtmlReport}): one column that fits a phone, no script, nothing from the network.
 */
final class NightPage {
    /** The night's additions to the report's styles: the map legend and the bands chart. */
    private static final String CSS =
            ".legend{display:flex;flex-direction:column;gap:4px;font-size:.85rem;margin:6px 0}"
                    + ".legend svg{vertical-align:middle;margin-right:6px}svg.bands{width:100%;height:auto;max-width:640px}";

    private NightPage() {}

    /**
     * The page: {@code charts} are how the projection moved ({@link NightCharts}); {@code assemblySeats} the
     * Assembly's seats chart, or null when the Assembly is not projected.
     */
    static String render(NightInput in, List<ChartSpec> charts, ChartSpec assemblySeats, Palette palette) {
        LiveForecast f = in.projection();
        LiveForecast.Candidate leader = in.leader();
        StringBuilder h = new StringBuilder(64_000);
        open(h, in, "constituencies", in.units());
        h.append("<header>\n<h1 id=\"headline\">")
                .append(text(leader.name()))
                .append(result(in) != null ? " is elected" : " is projected to win: " + leader.chance())
                .append("</h1>\n<p class=\"sub\">")
                .append(text(in.election().name()))
                .append(", election night: ")
                .append(num(100 * f.counted(), 0))
                .append("% of the expected vote counted, ")
                .append(f.declared())
                .append(" of ")
                .append(f.constituencies())
                .append(' ')
                .append(in.units())
                .append(" declared.</p>\n</header>\n<main>\n<p id=\"summary\">")
                .append(text(summary(in)))
                .append("</p>\n<nav aria-label=\"Sections\"><a href=\"#constituencies\">")
                .append(capital(in.units()))
                .append("</a> · <a href=\"#projection\">Projection</a> · <a href=\"#moves\">How it moved</a> · ")
                .append(assemblySeats == null ? "" : "<a href=\"#assembly\">Assembly</a> · ")
                .append("<a href=\"projection.csv\">Data (CSV)</a></nav>\n")
                .append(
                        "<section id=\"constituencies\" aria-labelledby=\"constituencies-h\"><h2 id=\"constituencies-h\">"
                                + "The ")
                .append(in.units())
                .append("</h2>\n");
        NightMap.render(h, in, palette);
        h.append("</section>\n<section id=\"projection\" aria-labelledby=\"projection-h\"><h2 id=\"projection-h\">")
                .append(text(in.wide()))
                .append(' ')
                .append(in.shareWord())
                .append("</h2>\n");
        bands(h, in, palette, in.votes(), "", "Projected " + in.shareWord() + " (%), percentiles");
        if (f.runoffCounted()) {
            h.append("<p>The run-off is counted from the declared second preferences, not simulated.</p>\n");
        }
        h.append(
                "</section>\n<section id=\"moves\" aria-labelledby=\"moves-h\"><h2 id=\"moves-h\">How the projection "
                        + "moved with each declaration</h2>\n<p>The same projection re-run on the first 1, 2, … declarations, "
                        + "in the order they arrived; 0 is the pre-election forecast the night starts from, its spread widened.</p>\n");
        moves(h, in, charts, " " + in.shareWord());
        h.append("</section>\n");
        // The Assembly after all of the Mayor's sections: how the projection moved is the Mayor's alone.
        if (assemblySeats != null) {
            NightAssemblySection.render(h, in, assemblySeats, palette);
        }
        h.append("<section id=\"notes\" aria-labelledby=\"notes-h\"><h2 id=\"notes-h\">About these numbers"
                        + "</h2>\n<p>Declared figures are fixed; ")
                .append(text(declarationsMove(
                        in.election().baseline() != null, in.election().area(), in.unit(), in.units())))
                .append(". An error shared by every ")
                .append(in.unit())
                .append(" still to come stays on top, because results do not arrive in random order. Chances are the"
                        + " share of simulations: a 9 in 10 favourite loses 1 time in 10.</p>\n");
        Html.notes(h, f.notes());
        h.append("</section>\n");
        close(h, in, assemblySeats != null);
        return h.toString();
    }

    /**
     * What a declaration moves, in words. A place's first election has no last election to swing from, and no leans to
     * tell which areas are alike: its page spoke of "each declaration's swing from the last election" and "similar
     * areas'" all the same (the North East's first, 2024).
     */
    static String declarationsMove(boolean hasBaseline, String area, String unit, String units) {
        return hasBaseline
                ? "each declaration's swing from the last election moves " + area + "'s projection and, more, similar "
                        + units + "'"
                : "there is no last election to swing from, so each declaration's difference from the pre-election"
                        + " forecast moves " + area + "'s projection and, alike, every " + unit + " still to come";
    }

    /**
     * The page's start, up to its header: the title, the styles and the link that skips to section {@code skipTo}
     * ({@code skipWhat} says what is there).
     */
    static void open(StringBuilder h, NightInput in, String skipTo, String skipWhat) {
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(text(in.election().name()))
                .append(" — election night, pollcast</title>\n<style>")
                .append(HtmlReport.CSS)
                .append(CSS)
                .append("</style></head>\n<body>\n<a class=\"skip\" href=\"#")
                .append(skipTo)
                .append("\">Skip to the ")
                .append(skipWhat)
                .append("</a>\n");
    }

    /**
     * The projection's bands as a figure: the chart, its caption (the {@code wide} share of {@code what}, then {@code
     * more}) and the numbers behind it under {@code tableTitle}.
     */
    static void bands(StringBuilder h, NightInput in, Palette palette, String what, String more, String tableTitle) {
        h.append("<figure class=\"chart\" id=\"chart-night-bands\">")
                .append(NightBands.svg(in, palette))
                .append("<figcaption>The projected ")
                .append(text(in.wide()))
                .append(" share of ")
                .append(what)
                .append(": the pale bar is the 90% range (5th to 95th percentile), the strong bar the 50% range, the"
                        + " black line the median.")
                .append(more)
                .append("</figcaption>\n<details><summary>The numbers behind this chart</summary>\n");
        ChartFigures.Data bands = NightBands.data(in);
        Html.table(h, "night-bands-table", tableTitle, bands.header(), bands.rows());
        h.append("</details></figure>\n");
    }

    /**
     * How the projection moved: a table of every step (the leader's {@code votes}, " first preferences", with its
     * bands) and the charts.
     */
    static void moves(StringBuilder h, NightInput in, List<ChartSpec> charts, String votes) {
        LiveForecast.Candidate leader = in.leader();
        ChartFigures.Data moves = NightCharts.data(charts.get(0), in);
        List<String> header = new ArrayList<>(moves.header());
        header.add(2, "Vote counted");
        header.add(text(leader.name()) + votes + ": median (50%; 90% range)");
        List<List<String>> rows = new ArrayList<>();
        for (int s = 0; s < in.steps().size(); s++) {
            NightInput.Step step = in.steps().get(s);
            List<String> row = new ArrayList<>(moves.rows().get(s));
            row.add(2, num(100 * step.forecast().counted(), 0) + "%");
            row.add(NightCharts.bands(NightInput.of(step.forecast(), leader.id())));
            rows.add(row);
        }
        Html.table(h, "moves-table", "The projection after each declaration", header, rows);
        for (ChartSpec c : charts) {
            ChartFigures.figure(h, c, NightCharts.alt(c, in), NightCharts.data(c, in));
        }
    }

    /** The page's end: the footer with the run's settings and the data files, the Assembly's when {@code assembly}. */
    static void close(StringBuilder h, NightInput in, boolean assembly) {
        LiveForecast f = in.projection();
        h.append("</main>\n<footer><p>Made by pollcast at ")
                .append(text(in.runAt().toString()))
                .append(String.format(
                        Locale.ROOT,
                        ": %,d simulations (%,d for each earlier step), seed %d, generator %s.</p>",
                        f.sims(),
                        in.steps().get(0).sims(),
                        f.seed(),
                        text(f.generator())))
                .append("<p>Data: <a href=\"projection.csv\">projection.csv</a>, <a href=\"projection.json\">"
                        + "projection.json</a>, <a href=\"data/moves.csv\">data/moves.csv</a>, "
                        + "<a href=\"data/constituencies.csv\">data/constituencies.csv</a>")
                .append(
                        !assembly
                                ? ""
                                : ", <a href=\"data/assembly.csv\">data/assembly.csv</a>, <a href=\"data/"
                                        + "assembly-constituencies.csv\">data/assembly-constituencies.csv</a>, <a href=\""
                                        + "data/assembly-blocs.csv\">data/assembly-blocs.csv</a>")
                .append(".</p></footer>\n</body></html>\n");
    }

    /** "areas" → "Areas", for a link or heading. */
    private static String capital(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    /**
     * A chance on the night's page, as a percentage with words beside it: "63.4% (6 in 10)". One wording for the
     * whole page, live's ({@link LiveForecast#chance(double, boolean)}), and never 100% or "certain" until the
     * count has {@code decided} the race.
     */
    static String pctChance(double p, boolean decided) {
        return text(percent(p, decided)) + " <span class=\"odds\">(" + LiveForecast.chance(p, decided) + ")</span>";
    }

    /**
     * A chance on the night as plain text in percent ("63.4%"), by the rule for every chance pollcast prints
     * ({@link Tables#chance}), and until the count has {@code decided} the race never 0% or 100% but "{@code <0.1%}"
     * and "{@code >99.9%}": every simulation agreeing is not yet a result.
     */
    static String percent(double p, boolean decided) {
        return !(p >= 0 && p <= 1) ? "–" : Tables.chance(p, decided) + "%";
    }

    /**
     * "Sadiq Khan is projected to win, with an 8 in 10 chance (80.2%)": the article is the chance's as it is read
     * aloud ({@link Html#withArticle}), where a fixed "a" gave "a 8 in 10".
     */
    static String projectedToWin(String name, String chance, String percent) {
        return name + " is projected to win, with " + Html.withArticle(chance) + " chance (" + percent + ")";
    }

    /**
     * Once the count has decided the race, its result in words, as a newsroom states it: "Sadiq Khan is elected:
     * 1,206,034 votes to Shaun Bailey's 977,601 in the run-off (55.2% to 44.8%)", from the counted final round, or
     * from the counted votes where no run-off is counted (first past the post); null while anything is projected.
     * A chance of "certain" says less than the count that made it so.
     */
    static String result(NightInput in) {
        LiveForecast f = in.projection();
        if (!f.decided()) {
            return null;
        }
        List<LiveForecast.Candidate> finalists = f.countedFinalists();
        if (finalists.size() == 2) {
            LiveForecast.Candidate a = finalists.get(0);
            LiveForecast.Candidate b = finalists.get(1);
            double[] share = LiveForecast.pairShares(a.runoffVotes(), b.runoffVotes());
            return String.format(
                    Locale.ROOT,
                    "%s is elected: %,.0f votes to %s %,.0f in the run-off (%.1f%% to %.1f%%)",
                    a.name(),
                    a.runoffVotes(),
                    Possessive.of(b.name()),
                    b.runoffVotes(),
                    share[0],
                    share[1]);
        }
        List<LiveForecast.Candidate> top = f.candidates().stream()
                .filter(c -> !c.id().equals("other"))
                .sorted(Comparator.comparingLong(LiveForecast.Candidate::votesCounted)
                        .reversed())
                .limit(2)
                .toList();
        if (top.size() < 2 || !top.get(0).id().equals(in.leader().id())) {
            return null;
        }
        LiveForecast.Candidate a = top.get(0);
        LiveForecast.Candidate b = top.get(1);
        return String.format(
                Locale.ROOT,
                "%s is elected: %,d %s to %s %,d (%.1f%% to %.1f%%)",
                a.name(),
                a.votesCounted(),
                in.votes().equals("the vote") ? "votes" : in.votes(),
                Possessive.of(b.name()),
                b.votesCounted(),
                a.firstPref().p50(),
                b.firstPref().p50());
    }

    /** The night so far in plain sentences: who is projected to win and how sure, and how much is counted. */
    static String summary(NightInput in) {
        LiveForecast f = in.projection();
        List<LiveForecast.Candidate> ranked = in.ranked();
        LiveForecast.Candidate a = ranked.get(0);
        StringBuilder s = new StringBuilder();
        if (f.declared() + f.partial() == 0) {
            s.append("No ")
                    .append(in.unit())
                    .append(" has declared yet: this is ")
                    .append(NightCharts.PRIOR)
                    .append(". ");
        }
        String result = result(in);
        if (result != null) {
            s.append(result);
        } else {
            s.append(projectedToWin(a.name(), a.chance(), percent(a.pWin(), f.decided())));
        }
        if (result == null && ranked.size() > 1) {
            LiveForecast.Candidate b = ranked.get(1);
            s.append("; ")
                    .append(b.name())
                    .append(" has ")
                    .append(b.chance())
                    .append(" (")
                    .append(percent(b.pWin(), f.decided()))
                    .append(')');
        }
        s.append(". ")
                .append(num(100 * f.counted(), 0))
                .append("% of the expected vote is counted: ")
                .append(f.declared())
                .append(" of ")
                .append(f.constituencies())
                .append(' ')
                .append(in.units())
                .append(" declared");
        if (f.partial() > 0) {
            s.append(", ").append(f.partial()).append(" counting");
        }
        s.append(". ").append(a.name());
        if (f.firstRoundCounted()) {
            // Counted, not projected: a range from 40.0% to 40.0% says nothing.
            s.append("'s ")
                    .append(in.wide())
                    .append(" share of ")
                    .append(in.votes())
                    .append(" is ")
                    .append(num(a.firstPref().p50(), 1))
                    .append("%, every ")
                    .append(in.unit())
                    .append(" counted.");
        } else {
            s.append("'s ")
                    .append(in.wide())
                    .append(" share of ")
                    .append(in.votes())
                    .append(" is most likely ")
                    .append(num(a.firstPref().p50(), 1))
                    .append("%, and 9 times in 10 between ")
                    .append(num(a.firstPref().p05(), 1))
                    .append("% and ")
                    .append(num(a.firstPref().p95(), 1))
                    .append("%.");
        }
        if (!f.decide().isEmpty()) {
            List<String> names = new ArrayList<>();
            f.decide().stream().limit(3).forEach(d -> names.add(d.constituency()));
            s.append(" Still to come and most deciding: ")
                    .append(String.join(", ", names))
                    .append('.');
        }
        return s.toString();
    }
}
