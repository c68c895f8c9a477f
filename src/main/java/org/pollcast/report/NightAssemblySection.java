package org.pollcast.report;

import static org.pollcast.report.Html.num;
import static org.pollcast.report.Html.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.pollcast.simulate.AssemblyForecast;
import org.pollcast.simulate.LiveForecast;
import org.pollcast.simulate.ShareDistribution;

/**
 * The Assembly on election night's page ({@code report --declared --declared-assembly}): a plain-words line
 * first, the seats by party as a table and a stacked bar chart (declared constituency seats, those still to come,
 * list seats, with each party's 90% range), the chances of the definition's blocs, then the Assembly's
 * constituencies on the tile map ({@link NightAssemblyMap}). Until the list is counted (which {@code live} does not
 * take) nothing here is decided, so no chance reads "certain" or "none".
 */
final class NightAssemblySection {
    private NightAssemblySection() {}

    static ChartSpec chart(NightInput in, Palette palette) {
        AssemblyForecast a = in.projection().assembly().forecast();
        return AssemblyCharts.nightSeats(
                a,
                in.assemblyDeclared(),
                in.assemblyTitle() + ": projected seats by party (of " + AssemblyHouse.seatsShort(a) + ")",
                String.format(
                        Locale.ROOT,
                        "Source: pollcast · %s election night · %,d simulations, seed %d · %d of %d %s declared",
                        in.election().id(),
                        in.projection().sims(),
                        in.projection().seed(),
                        in.projection().assembly().declared().size(),
                        a.constituencies().size(),
                        in.seatUnits()),
                palette);
    }

    static void render(StringBuilder h, NightInput in, ChartSpec chart, Palette palette) {
        AssemblyForecast a = in.projection().assembly().forecast();
        h.append("<section id=\"assembly\" aria-labelledby=\"assembly-h\"><h2 id=\"assembly-h\">")
                .append(text(in.assemblyTitle()))
                .append("</h2>\n<p id=\"assembly-summary\">")
                .append(text(summary(in)))
                .append("</p>\n<h3>Seats</h3>\n");
        seats(h, in, chart);
        h.append("<h3>The ").append(a.constituencies().size()).append(" Assembly constituencies</h3>\n");
        NightAssemblyMap.render(h, in, palette);
        Html.notes(h, a.notes());
        h.append("</section>\n");
    }

    /**
     * The seats: every party's in a table (and each list region's, where the list is allocated by region), the chart,
     * and the blocs' chances.
     */
    static void seats(StringBuilder h, NightInput in, ChartSpec chart) {
        AssemblyForecast a = in.projection().assembly().forecast();
        seatsTable(h, in);
        AssemblySection.regionTable(h, a);
        ChartFigures.figure(h, chart, alt(in), data(in, chart), caption(a.constituenciesOnly()));
        if (!a.blocs().isEmpty()) {
            List<List<String>> blocRows = new ArrayList<>();
            for (AssemblyForecast.BlocForecast b : a.blocs()) {
                blocRows.add(List.of(text(b.label()), NightPage.pctChance(b.p(), ListNightWords.seatsCounted(in))));
            }
            Html.table(
                    h,
                    "assembly-bloc-table",
                    "Majorities and blocking minorities",
                    List.of("Bloc", "Chance"),
                    blocRows);
        }
    }

    /** What the chart's bars and marks mean, after its title; {@code noList}: a body of constituencies only. */
    private static String caption(boolean noList) {
        return "Each bar is a party's mean projected seats: solid, the "
                + (noList
                        ? "seats already declared; paler, the seats still to come."
                        : "constituency seats already declared; paler, the constituency seats still to come; palest,"
                                + " the list seats.")
                + " The dark marks are the 90% range of its total (5th to 95th percentile of the simulations)";
    }

    /**
     * The Assembly so far in plain sentences: the likeliest largest party with its seats, each bloc's chance, and
     * the constituencies declared, by party.
     */
    static String summary(NightInput in) {
        LiveForecast.Assembly night = in.projection().assembly();
        AssemblyForecast a = night.forecast();
        AssemblyForecast.PartySeats top = a.parties().stream()
                .max((x, y) -> Double.compare(x.pLargest(), y.pLargest()))
                .orElseThrow();
        StringBuilder s = new StringBuilder();
        int declared = night.declared().size();
        int k = a.constituencies().size();
        if (declared == 0) {
            s.append("No Assembly constituency has declared yet: this is the pre-election forecast moved by the night's"
                    + " mayoral results. ");
        }
        s.append(top.name()).append(" is projected to be the largest party");
        chanceAndSeats(s, top, a).append(". ");
        List<String> blocs = new ArrayList<>();
        for (AssemblyForecast.BlocForecast b : a.blocs()) {
            // A sentence each: the labels are the definition's own words, capitals and all.
            blocs.add(b.label() + ": " + NightPage.percent(b.p(), false) + " (" + LiveForecast.chance(b.p(), false)
                    + ")");
        }
        if (!blocs.isEmpty()) {
            s.append(String.join(". ", blocs)).append(". ");
        }
        s.append(declared).append(" of ").append(k).append(" Assembly constituencies declared");
        if (declared != in.projection().declared()) {
            // The two ballots are counted apart: the Assembly's constituencies can lag the Mayor's.
            s.append(" (the Mayor's: ").append(in.projection().declared()).append(')');
        }
        if (declared > 0) {
            List<String> won = new ArrayList<>();
            in.assemblyDeclared().forEach((party, n) -> won.add(name(a, party) + " " + n));
            s.append(", won by ").append(String.join(", ", won));
        }
        s.append("; the list seats are projected until the list is counted.");
        return s.toString();
    }

    /** Every party with a seat or a chance of one: seats declared, projected, and its list vote. */
    private static void seatsTable(StringBuilder h, NightInput in) {
        AssemblyForecast a = in.projection().assembly().forecast();
        Map<String, Integer> declared = in.assemblyDeclared();
        // No list threshold (the Scottish Parliament): every party with a list vote passes it, and no column says so.
        String over = AssemblySection.overThreshold(in.election());
        // A body of constituencies only: no list seats, and its vote is no list's; the chance of a majority instead.
        boolean noList = a.constituenciesOnly();
        boolean counted = ListNightWords.seatsCounted(in);
        // Counted, the largest party is a result, not a chance: "100.0% (certain)" read alike for two tied parties.
        List<AssemblyForecast.PartySeats> top = counted ? ListNightWords.mostSeats(a) : List.of();
        List<List<String>> rows = new ArrayList<>();
        for (AssemblyForecast.PartySeats p : listed(a)) {
            int won = declared.getOrDefault(p.id(), 0);
            List<String> row = new ArrayList<>(List.of(
                    text(p.name()),
                    num(p.seatsMean(), 1),
                    Integer.toString(median(p)),
                    seatRange(p),
                    Integer.toString(won),
                    num(Math.max(0, p.constituencyMean() - won), 1)));
            if (!noList) {
                row.add(num(p.listMean(), 1));
            }
            ShareDistribution share = voteShare(in, p);
            row.add(num(share.mean(), 1) + " (" + ChartFigures.range(share.p05(), share.p95()) + ")");
            row.add(
                    counted && top.contains(p)
                            ? (top.size() > 1 ? "tied" : "won")
                            : NightPage.pctChance(p.pLargest(), counted));
            if (noList) {
                row.add(NightPage.pctChance(AssemblyTables.pMajority(a, p), counted));
            } else if (over != null) {
                row.add(text(NightPage.percent(AssemblyHouse.listChance(p), false)));
            }
            rows.add(row);
        }
        List<String> header = new ArrayList<>(List.of(
                "Party",
                "Seats (mean)",
                "Median",
                "90% range",
                noList ? "Seats declared" : "Constituency seats declared",
                noList ? "Seats to come (mean)" : "Constituency seats to come (mean)"));
        if (!noList) {
            header.add("List seats (mean)");
        }
        header.add(noList ? "Vote % (90% range)" : "List vote % (90% range)");
        header.add("Largest party");
        if (noList) {
            header.add("Majority (" + AssemblyTables.majority(a) + " of " + a.seats() + ")");
        } else if (over != null) {
            header.add(over);
        }
        if (AssemblyHouse.sentence(a) != null) {
            h.append("<p>").append(Html.text(AssemblyHouse.sentence(a))).append("</p>\n");
        }
        Html.table(
                h,
                "assembly-night-table",
                "Projected seats by party (of " + AssemblyHouse.seats(a) + ")",
                header,
                rows);
        AssemblySection.tiesNote(h, a);
    }

    /**
     * A party's share of the vote its seats follow: the list's, as the seats' model drew it; in a body of constituencies
     * only, the night's projection of the vote itself (the page's bands), which the seats' model follows one for one
     * but draws with its own "others" (29.9% there beside 30.5% counted, with every constituency in).
     */
    static ShareDistribution voteShare(NightInput in, AssemblyForecast.PartySeats p) {
        if (!in.projection().assembly().forecast().constituenciesOnly()) {
            return p.listShare();
        }
        return in.projection()
                .candidate(p.id())
                .map(LiveForecast.Candidate::firstPref)
                .orElse(p.listShare());
    }

    /** The parties worth a row: a seat in some simulations, or a real chance of passing the list threshold. */
    static List<AssemblyForecast.PartySeats> listed(AssemblyForecast a) {
        return a.parties().stream()
                .filter(p -> p.seatsMean() >= 0.005 || AssemblyHouse.listChance(p) >= 0.005)
                .toList();
    }

    /**
     * ", with an 8 in 10 chance (80%), and about 12 of the 25 seats (median 12, 90% range 10–14)": the night's
     * sentence on the likeliest largest party, after its name and what it is projected to do.
     */
    static StringBuilder chanceAndSeats(StringBuilder s, AssemblyForecast.PartySeats top, AssemblyForecast a) {
        return s.append(", with ")
                .append(Html.withArticle(LiveForecast.chance(top.pLargest(), false)))
                .append(" chance (")
                .append(NightPage.percent(top.pLargest(), false))
                .append("), and about ")
                .append(num(top.seatsMean(), 0))
                .append(' ')
                .append(AssemblyHouse.ofTheSeats(a))
                .append(" (median ")
                .append(median(top))
                .append(", 90% range ")
                .append(seatRange(top))
                .append(')');
    }

    /** The seat count a party reaches or falls short of half the time. */
    static int median(AssemblyForecast.PartySeats p) {
        return AssemblyForecast.seatQuantile(p.seatDistribution(), 0.5);
    }

    /** The chart's alt text: what it shows, and each shown party's figures in words. */
    static String alt(NightInput in) {
        AssemblyForecast a = in.projection().assembly().forecast();
        Map<String, Integer> declared = in.assemblyDeclared();
        boolean noList = a.constituenciesOnly();
        List<String> parts = new ArrayList<>();
        for (AssemblyForecast.PartySeats p : AssemblyCharts.shown(a)) {
            parts.add(p.name() + " " + num(p.seatsMean(), 1) + " (90% range "
                    + seatRange(p) + "; " + declared.getOrDefault(p.id(), 0)
                    + " declared, " + num(Math.max(0, p.constituencyMean() - declared.getOrDefault(p.id(), 0)), 1)
                    + (noList ? " more)" : " more constituency, " + num(p.listMean(), 1) + " list)"));
        }
        return "Stacked bar chart of each party's projected seats on the " + in.assemblyTitle() + " (of "
                + AssemblyHouse.seats(a)
                + (noList
                        ? "), split into seats declared and seats still to come, with the 90% range of the total: "
                        : "), split into constituency seats declared, constituency seats still to come and list"
                                + " seats, with the 90% range of the total: ")
                + String.join("; ", parts) + ". It shows who is on course to be the"
                + " largest party and how much is settled.";
    }

    /** The numbers behind the chart: one row per party drawn. */
    static ChartFigures.Data data(NightInput in, ChartSpec chart) {
        AssemblyForecast a = in.projection().assembly().forecast();
        Map<String, Integer> declared = in.assemblyDeclared();
        boolean noList = a.constituenciesOnly();
        List<List<String>> rows = new ArrayList<>();
        for (AssemblyForecast.PartySeats p : AssemblyCharts.shown(a)) {
            int won = declared.getOrDefault(p.id(), 0);
            List<String> row = new ArrayList<>(List.of(
                    text(p.name()), Integer.toString(won), num(Math.max(0, p.constituencyMean() - won), 1)));
            if (!noList) {
                row.add(num(p.listMean(), 1));
            }
            row.add(num(p.seatsMean(), 1));
            row.add(seatRange(p));
            rows.add(row);
        }
        return new ChartFigures.Data(
                noList
                        ? List.of("Party", "Seats declared", "Seats to come (mean)", "All seats (mean)", "90% range")
                        : List.of(
                                "Party",
                                "Constituency seats declared",
                                "Constituency seats to come (mean)",
                                "List seats (mean)",
                                "All seats (mean)",
                                "90% range"),
                rows);
    }

    /** "10–13": seat percentiles are whole seats. */
    static String seatRange(AssemblyForecast.PartySeats p) {
        return num(p.seatsP05(), 0) + "–" + num(p.seatsP95(), 0);
    }

    static String name(AssemblyForecast a, String party) {
        return a.parties().stream()
                .filter(p -> p.id().equals(party))
                .map(AssemblyForecast.PartySeats::name)
                .findFirst()
                .orElse(party);
    }
}
