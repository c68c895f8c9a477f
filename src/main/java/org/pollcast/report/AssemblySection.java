package org.pollcast.report;

import static org.pollcast.report.Html.num;
import static org.pollcast.report.Html.pct;
import static org.pollcast.report.Html.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.DoubleFunction;
import org.pollcast.election.AdditionalMemberContest;
import org.pollcast.election.Election;
import org.pollcast.simulate.AssemblyForecast;

/** The London Assembly on the page: the constituency map and its table, the parties' seats and the blocs. */
final class AssemblySection {
    private AssemblySection() {}

    static void render(StringBuilder h, ReportInput in, Palette palette, List<ChartSpec> charts) {
        AssemblyForecast a = in.forecast().assembly();
        Map<String, String> names = partyNames(a);
        h.append("<section id=\"assembly\" aria-labelledby=\"assembly-h\"><h2 id=\"assembly-h\">")
                .append(text(in.assemblyTitle()))
                .append("</h2>\n")
                .append("<p>")
                .append(text(summary(a)))
                .append("</p>\n");
        if (!a.constituencies().isEmpty()) {
            constituencies(h, a, palette, names);
        }
        h.append("<h3>Seats</h3>\n");
        if (AssemblyHouse.sentence(a) != null) {
            h.append("<p>").append(text(AssemblyHouse.sentence(a))).append("</p>\n");
        }
        partyTable(h, a, overThreshold(in.election()));
        regionTable(h, a);
        chart(h, charts, "assembly-seats", in);
        // The blocs' chances are the blocs chart's numbers, shown open (ChartFigures.data): a table of its own here
        // repeated them row for row. ReportCharts draws the chart whenever the definition names blocs.
        chart(h, charts, "blocs", in);
        Html.notes(h, a.notes());
        h.append("</section>\n");
    }

    /** The constituencies' map and table (a pure list body has none, and no such part). */
    private static void constituencies(
            StringBuilder h, AssemblyForecast a, Palette palette, Map<String, String> names) {
        h.append("<h3>The ")
                .append(a.constituencies().size())
                .append(
                        " constituencies</h3>\n<div class=\"map-and-table\"><figure class=\"map\" id=\"constituency-map\">");
        List<TileMap.Tile> tiles = tiles(a, palette, names);
        h.append(TileMap.svg("tile-map", mapSummary(a, names), tiles))
                .append("<figcaption>Each square is one constituency, "
                        // Only London's squares have places; another place's fill rows in its definition's order.
                        + (TileMap.knows(tiles)
                                ? "placed roughly where it is in London"
                                : "in rows in the order the election's definition lists them, not on a map")
                        + ". Its colour is the likeliest winner's party; the stronger the colour, the surer. Hover for"
                        + " every party's chance and vote share (median, 90% range); the table gives the same"
                        + " numbers.</figcaption></figure>\n");
        List<List<String>> rows = new ArrayList<>();
        for (AssemblyForecast.ConstituencyForecast c : a.constituencies()) {
            int[] order = ranked(c);
            List<String> others = new ArrayList<>();
            for (int r = 1; r < order.length && c.pWin()[order[r]] >= 0.005; r++) {
                others.add(text(nameOf(names, c.parties().get(order[r])) + " " + pct(c.pWin()[order[r]])));
            }
            List<String> votes = new ArrayList<>();
            for (int r = 0; r < Math.min(3, order.length); r++) {
                String v = voteRange(c, order[r], "");
                if (!v.isEmpty()) {
                    votes.add("<span class=\"party\">"
                            + text(c.parties().get(order[r]).toUpperCase(Locale.ROOT)) + " " + v + "</span>");
                }
            }
            rows.add(List.of(
                    text(c.name()) + (c.imputed() ? " <em>(no earlier result: see the notes)</em>" : ""),
                    "<span class=\"party\">" + swatch(palette.hex(c.parties().get(order[0])))
                            + text(nameOf(names, c.parties().get(order[0]))) + "</span>",
                    Html.pctChance(c.pWin()[order[0]]),
                    others.isEmpty() ? "–" : String.join(", ", others),
                    votes.isEmpty() ? "–" : String.join(", ", votes)));
        }
        Html.table(
                h,
                "constituency-table",
                "Constituencies: the likeliest winner, the others' chances, and vote shares",
                List.of("Constituency", "Likeliest winner", "Chance", "Others", "Vote % (90% range)"),
                rows);
        h.append("</div>\n");
    }

    static List<TileMap.Tile> tiles(AssemblyForecast a, Palette palette, Map<String, String> names) {
        List<TileMap.Tile> tiles = new ArrayList<>();
        for (AssemblyForecast.ConstituencyForecast c : a.constituencies()) {
            int[] order = ranked(c);
            String lead = c.parties().get(order[0]);
            List<String> details = new ArrayList<>();
            for (int r = 0; r < order.length && c.pWin()[order[r]] >= 0.005; r++) {
                details.add(nameOf(names, c.parties().get(order[r])) + ": " + pct(c.pWin()[order[r]]) + " ("
                        + Html.chance(c.pWin()[order[r]]) + ")" + voteRange(c, order[r], " · vote "));
            }
            tiles.add(new TileMap.Tile(
                    c.name(),
                    lead.toUpperCase(Locale.ROOT) + " " + num(100 * c.pWin()[order[0]], 0) + "%",
                    palette.hex(lead),
                    c.pWin()[order[0]],
                    details));
        }
        return tiles;
    }

    /** Party j's simulated vote share in constituency c, "45 (38–52)", after {@code prefix}; "" if not run there. */
    static String voteRange(AssemblyForecast.ConstituencyForecast c, int j, String prefix) {
        if (c.share() == null || c.share()[j] == null || Double.isNaN(c.share()[j].p50())) {
            return "";
        }
        return prefix + num(c.share()[j].p50(), 0) + " (" + num(c.share()[j].p05(), 0) + "–"
                + num(c.share()[j].p95(), 0) + ")";
    }

    /**
     * The heading of the chance of passing the list threshold, with the definition's threshold: "Over 5%" in London,
     * whatever another place's rule is elsewhere. Where a party with enough constituency seats is spared it (New
     * Zealand's one electorate), the column is the chance of either, and says so.
     */
    static String overThreshold(Election election) {
        // No threshold (the Scottish Parliament): every party with a vote passes it, and the column says nothing.
        var contest = election.first(AdditionalMemberContest.class);
        if (contest.isEmpty()) {
            return "Over the list threshold";
        }
        double t = contest.get().threshold();
        int w = contest.get().listRules().thresholdWaiver();
        String seats = w == 0 ? "" : " or " + w + " constituency seat" + (w == 1 ? "" : "s");
        if (t > 0 && contest.get().listRules().variesByParty()) {
            // A coalition's list needs more than a party's: one figure in the heading would misstate it.
            return "Over its list threshold" + seats + ": " + AssemblyTables.thresholdWords(contest.get());
        }
        return t <= 0 ? null : "Over " + AssemblyTables.thresholdText(t) + "% of the list" + seats;
    }

    /** Each list region's expected list seats by party, when the contest allocates them region by region. */
    static void regionTable(StringBuilder h, AssemblyForecast a) {
        if (a.regions().isEmpty()) {
            return;
        }
        List<Integer> shown = new ArrayList<>();
        for (int j = 0; j < a.parties().size(); j++) {
            final int party = j;
            if (a.regions().stream().anyMatch(r -> r.listSeatsMean()[party] >= 0.05)) {
                shown.add(j);
            }
        }
        List<String> header = new ArrayList<>(List.of("Region", "List seats"));
        shown.forEach(j -> header.add(text(a.parties().get(j).name())));
        List<List<String>> rows = new ArrayList<>();
        for (AssemblyForecast.RegionSeats r : a.regions()) {
            List<String> row = new ArrayList<>(List.of(text(r.name()), Integer.toString(r.listSeats())));
            shown.forEach(j -> row.add(num(r.listSeatsMean()[j], 1)));
            rows.add(row);
        }
        Html.table(h, "region-table", "List seats by region (mean over the simulations)", header, rows);
    }

    private static void partyTable(StringBuilder h, AssemblyForecast a, String over) {
        // A pure list body's constituency seats are all 0 and its list seats are its seats: both columns left out.
        // A body of constituencies only has it the other way round, and its one vote is no list's.
        boolean pureList = a.constituencies().isEmpty();
        boolean noList = a.constituenciesOnly();
        List<List<String>> rows = new ArrayList<>();
        for (AssemblyForecast.PartySeats p : a.parties()) {
            if (p.seatsMean() < 0.005 && AssemblyHouse.listChance(p) < 0.005) {
                continue;
            }
            rows.add(List.of(
                    text(p.name()),
                    num(p.seatsMean(), 1),
                    num(p.seatsP05(), 0) + "–" + num(p.seatsP95(), 0),
                    num(p.constituencyMean(), 1),
                    num(p.listMean(), 1),
                    num(p.listShare().mean(), 1) + " ("
                            + ChartFigures.range(
                                    p.listShare().p05(), p.listShare().p95()) + ")",
                    text(pct(p.pLargest())),
                    text(pct(AssemblyHouse.listChance(p)))));
            if (over == null) {
                rows.set(rows.size() - 1, rows.get(rows.size() - 1).subList(0, 7));
            }
            if (pureList || noList) {
                List<String> row = new ArrayList<>(rows.get(rows.size() - 1));
                row.subList(3, 5).clear();
                if (AssemblyTables.asksMajority(a)) {
                    // What a reader asks of a house of one kind of seat: will anyone govern alone.
                    row.add(text(pct(AssemblyTables.pMajority(a, p))));
                }
                rows.set(rows.size() - 1, row);
            }
        }
        List<String> header = new ArrayList<>(List.of(
                        "Party",
                        "Seats (mean)",
                        "90% range",
                        "Constituency seats",
                        "List seats",
                        noList ? "Vote share % (90% range)" : "List vote % (90% range)",
                        "Largest party",
                        over == null ? "" : over)
                .subList(0, over == null ? 7 : 8));
        if (pureList || noList) {
            header.subList(3, 5).clear();
        }
        if (AssemblyTables.asksMajority(a)) {
            header.add("Majority (" + AssemblyTables.majority(a) + " seats)");
        }
        Html.table(h, "assembly-table", "Seats by party (of " + AssemblyHouse.seats(a) + ")", header, rows);
        tiesNote(h, a);
    }

    /** The party likeliest to have the most seats (a tie counting for each tied party). */
    static AssemblyForecast.PartySeats largest(AssemblyForecast a) {
        return a.parties().stream()
                .max(Comparator.comparingDouble(AssemblyForecast.PartySeats::pLargest))
                .orElseThrow();
    }

    /**
     * The headline of an election led by its list vote, which decides seats: "Labour is 97.5% likely to win the most
     * seats in the London Assembly (alone or tied)", {@code chance} being the {@link #largest} party's chance as the
     * page writes chances ({@code chance}). P(largest) counts a tie for every tied party: the words say so when ties are
     * not rare. A close race names every contender, as {@link HtmlReport#likely} does.
     */
    static String mostSeats(AssemblyForecast a, String title, DoubleFunction<String> chance) {
        AssemblyForecast.PartySeats top = largest(a);
        String tied = tiesShare(a) > 0.005 ? " (alone or tied)" : "";
        // As a single winner's headline: parties within a few points of chance are a close race, not a call.
        List<AssemblyForecast.PartySeats> byChance = new java.util.ArrayList<>();
        byChance.add(top);
        a.parties().stream()
                .filter(p -> p != top)
                .sorted(Comparator.comparingDouble(AssemblyForecast.PartySeats::pLargest)
                        .reversed())
                .forEach(byChance::add);
        return HtmlReport.likely(
                        byChance.stream().map(AssemblyForecast.PartySeats::name).toList(),
                        byChance.stream()
                                .mapToDouble(AssemblyForecast.PartySeats::pLargest)
                                .toArray(),
                        "win the most seats in the " + title,
                        chance)
                + tied;
    }

    /**
     * The share of simulations in which two or more parties tie for the most seats: counted, not the "largest party"
     * column's excess over 100%, which counts a three-way tie twice.
     */
    static double tiesShare(AssemblyForecast a) {
        return a.pTie();
    }

    /**
     * Why the "largest party" column sums past 100%: Labour 70.5% and the Conservatives 33.2% to be largest read as a
     * mistake without it. Nothing when ties are too rare to show.
     */
    static void tiesNote(StringBuilder h, AssemblyForecast a) {
        double largest = a.parties().stream()
                .mapToDouble(AssemblyForecast.PartySeats::pLargest)
                .sum();
        if (largest > 1.005) {
            h.append("<p class=\"note\">Largest party: a tie for the most seats counts for every tied party (about ")
                    .append(num(100 * a.pTie(), 0))
                    .append("% of simulations end in one), so the column adds up to more than 100%.</p>\n");
        }
    }

    static void chart(StringBuilder h, List<ChartSpec> charts, String id, ReportInput in) {
        charts.stream().filter(c -> c.id().equals(id)).forEach(c -> ChartFigures.figure(h, c, in));
    }

    static Map<String, String> partyNames(AssemblyForecast a) {
        Map<String, String> names = new HashMap<>();
        a.parties().forEach(p -> names.put(p.id(), p.name()));
        return names;
    }

    /** Indexes of a constituency's parties, likeliest winner first. */
    static int[] ranked(AssemblyForecast.ConstituencyForecast c) {
        Integer[] order = new Integer[c.parties().size()];
        for (int j = 0; j < order.length; j++) {
            order[j] = j;
        }
        Arrays.sort(order, (x, y) -> Double.compare(c.pWin()[y], c.pWin()[x]));
        return Arrays.stream(order).mapToInt(Integer::intValue).toArray();
    }

    private static String summary(AssemblyForecast a) {
        AssemblyForecast.PartySeats top = a.parties().stream()
                .max((x, y) -> Double.compare(x.pLargest(), y.pLargest()))
                .orElseThrow();
        return top.name() + " is the likeliest largest party (" + pct(top.pLargest()) + ", "
                + Html.chance(top.pLargest()) + "), with about " + num(top.seatsMean(), 0) + " "
                + AssemblyHouse.ofTheSeats(a) + " (90% range " + num(top.seatsP05(), 0) + "–" + num(top.seatsP95(), 0)
                + ").";
    }

    private static String mapSummary(AssemblyForecast a, Map<String, String> names) {
        List<String> parts = new ArrayList<>();
        for (AssemblyForecast.ConstituencyForecast c : a.constituencies()) {
            int lead = ranked(c)[0];
            parts.add(c.name() + ": " + nameOf(names, c.parties().get(lead)) + " " + pct(c.pWin()[lead]));
        }
        return "Map of the " + a.constituencies().size() + " constituencies by likeliest winner. "
                + String.join("; ", parts) + ".";
    }

    private static String swatch(String colour) {
        return "<span class=\"swatch\" aria-hidden=\"true\" style=\"background:" + colour + ";border-color:"
                + Colours.outline(colour) + "\"></span>";
    }

    /** A party's name; an id with no name (a party only in constituencies) shows as itself. */
    private static String nameOf(Map<String, String> names, String id) {
        return names.getOrDefault(id, id);
    }
}
