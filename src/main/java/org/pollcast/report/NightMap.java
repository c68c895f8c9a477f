package org.pollcast.report;

import static org.pollcast.report.Html.num;
import static org.pollcast.report.Html.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.pollcast.election.Candidate;
import org.pollcast.election.CountArea;
import org.pollcast.election.Declaration;
import org.pollcast.simulate.LiveForecast;

/**
 * Election night on the report's tile map: a declared constituency in its winner's colour, solid and labelled
 * "won"; one still to come (or counting) pale, striped and outlined with dashes in its projected leader's colour,
 * labelled with how often that candidate leads there in the simulations. The table beside it says the same in
 * words, so neither colour nor the map is the only way to read it.
 */
final class NightMap {
    private NightMap() {}

    static void render(StringBuilder h, NightInput in, Palette palette) {
        LiveForecast f = in.projection();
        List<TileMap.Tile> tiles = tiles(in, palette);
        h.append("<div class=\"map-and-table\"><figure class=\"map\" id=\"night-map\">")
                .append(
                        in.ownAreas()
                                ? TileMap.svg("tile-map", mapSummary(in), tiles, layout(in, tiles))
                                : TileMap.svg("tile-map", mapSummary(in), tiles))
                .append("<figcaption>")
                .append(caption(in))
                .append("</figcaption>")
                .append(legend("night-legend", "legend-hatch", "candidate", "Still to come or counting"))
                .append("</figure>\n");
        List<List<String>> rows = new ArrayList<>();
        for (LiveForecast.Seat s : f.constituencyStatus()) {
            Declaration d = declaration(in, s.constituency());
            String lead = winner(s, d);
            LiveForecast.Candidate c = NightInput.of(f, lead);
            rows.add(List.of(
                    text(s.constituency()),
                    status(s),
                    "<span class=\"party\">" + swatch(palette.hex(c.id(), c.party())) + text(c.name()) + " ("
                            + text(partyLabel(c)) + ")" + (declared(s) ? " won" : " leads") + "</span>",
                    declared(s) ? "declared" : NightPage.pctChance(s.pLead(), false),
                    reportedOnly(in, s, d) ? reportedCell(in, d, f) : sharesCell(s, f)));
        }
        Html.table(
                h,
                "night-constituency-table",
                (in.ownAreas() ? "Areas" : "Constituencies")
                        + ": declared winners and, still to come, the projected leaders",
                List.of(
                        in.ownAreas() ? "Area" : "Constituency",
                        "Status",
                        "Winner or projected leader",
                        "Chance of leading",
                        "Vote %"),
                rows);
        h.append("</div>\n");
    }

    /**
     * A place's own areas go where its definition puts them ({@code tile: [column, row]}), or, without tiles, in rows
     * in the definition's order. London's constituencies keep the report's London layout.
     */
    static Map<String, TileMap.Cell> layout(NightInput in, List<TileMap.Tile> tiles) {
        List<CountArea> areas = in.areas();
        if (areas.isEmpty() || areas.stream().anyMatch(a -> a.tile() == null)) {
            return TileMap.inRows(tiles);
        }
        Map<String, TileMap.Cell> layout = new LinkedHashMap<>();
        for (CountArea a : areas) {
            layout.put(a.name(), new TileMap.Cell(a.tile().column(), a.tile().row()));
        }
        return layout;
    }

    private static String caption(NightInput in) {
        if (!in.ownAreas()) {
            return "Each square is one constituency, placed roughly where it is in London.";
        }
        return in.areas().stream().allMatch(a -> a.tile() != null)
                ? "Each square is one area, placed as the election's definition lays them out."
                : "Each square is one area, in the order of the election's definition, row by row.";
    }

    static List<TileMap.Tile> tiles(NightInput in, Palette palette) {
        LiveForecast f = in.projection();
        List<TileMap.Tile> tiles = new ArrayList<>();
        for (LiveForecast.Seat s : f.constituencyStatus()) {
            Declaration d = declaration(in, s.constituency());
            LiveForecast.Candidate c = NightInput.of(f, winner(s, d));
            boolean declared = declared(s);
            List<String> details = new ArrayList<>();
            details.add(
                    declared
                            ? "Declared: " + c.name() + " won"
                            : statusWords(s) + ": " + c.name() + " leads in " + NightPage.percent(s.pLead(), false)
                                    + " of simulations");
            details.add(shares(s, f));
            tiles.add(new TileMap.Tile(
                    s.constituency(),
                    partyLabel(c) + (declared ? " won" : " " + leadLabel(s.pLead())),
                    palette.hex(c.id(), c.party()),
                    declared ? 1 : s.pLead(),
                    details,
                    !declared,
                    declared ? "declared" : s.status().equals("counting") ? "counting" : "to come"));
        }
        return tiles;
    }

    /** "68%"; "&gt;99%" rather than a rounded "100%", which would read as a result. */
    private static String leadLabel(double p) {
        return p >= 0.995 ? ">99%" : num(100 * p, 0) + "%";
    }

    /**
     * The legend: a solid and a striped square, with what each means in words. {@code id} and {@code hatchId} keep
     * it unique on a page with two maps (the Mayor's and the Assembly's); {@code who} is "candidate" or "party", {@code
     * provisional} what a striped square is ("Still to come or counting"; the Assembly has no running counts).
     */
    static String legend(String id, String hatchId, String who, String provisional) {
        return "<div class=\"legend\" id=\"" + id + "\"><span><svg width=\"30\" height=\"20\" aria-hidden=\"true\">"
                + "<rect x=\"1\" y=\"1\" width=\"28\" height=\"18\" rx=\"3\" fill=\"#6b6b6b\" stroke=\"#3d3d3d\""
                + " stroke-width=\"2\"/></svg>Declared: solid, in the winner's colour, labelled “won”</span>"
                + "<span><svg width=\"30\" height=\"20\" aria-hidden=\"true\">"
                + TileMap.hatch(hatchId)
                + "<rect x=\"1\" y=\"1\" width=\"28\" height=\"18\" rx=\"3\" fill=\"#d2d2d2\" stroke=\"#3d3d3d\""
                + " stroke-dasharray=\"7 5\" stroke-width=\"2\"/><rect x=\"1\" y=\"1\" width=\"28\" height=\"18\""
                + " rx=\"3\" fill=\"url(#" + hatchId + ")\"/></svg>" + provisional + ": pale and striped, in the"
                + " projected leader's colour, with the chance that " + who + " leads there</span></div>\n";
    }

    /** Declared: the candidate with the most votes declared; otherwise the simulations' leader. */
    static String winner(LiveForecast.Seat s, Declaration d) {
        if (d == null || !d.complete()) {
            return s.leader();
        }
        return d.votes().entrySet().stream()
                .filter(e -> !e.getKey().equals("other"))
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElse(s.leader());
    }

    static boolean declared(LiveForecast.Seat s) {
        return s.status().equals("declared");
    }

    private static String status(LiveForecast.Seat s) {
        return text(statusWords(s));
    }

    private static String statusWords(LiveForecast.Seat s) {
        return switch (s.status()) {
            case "declared" -> "Declared";
            case "counting" -> "Counting (" + num(100 * s.counted(), 0) + "% counted)";
            default -> "To come";
        };
    }

    /** The three largest shares there, e.g. "Khan 40.2%, Bailey 33.1%, Berry 9.0%". */
    static String shares(LiveForecast.Seat s, LiveForecast f) {
        List<String> parts = new ArrayList<>();
        s.share().entrySet().stream()
                .filter(e -> !e.getKey().equals("other"))
                .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()))
                .limit(3)
                .forEach(e -> parts.add(ReportCharts.surname(
                                NightInput.of(f, e.getKey()).name()) + " " + Html.num(e.getValue(), 1) + "%"));
        return String.join(", ", parts);
    }

    /**
     * A declared constituency given as a news report gives it, its leading candidates only: their shares of a total
     * nobody reported are the model's estimate, which the table showed as declared figures (Havering and Redbridge
     * 2021, Bailey and Khan reported: "Bailey 46.4%, Khan 29.4%, Berry 5.8%", where the count had 50.3 and 30.4).
     */
    private static boolean reportedOnly(NightInput in, LiveForecast.Seat s, Declaration d) {
        return d != null
                && declared(s)
                && in.election().lead().filter(c -> !d.namesEveryone(c)).isPresent();
    }

    /** The votes given, largest first, and what was not: "Bailey 64,914, Khan 39,276 votes; the rest not given". */
    private static String reportedCell(NightInput in, Declaration d, LiveForecast f) {
        List<String> parts = new ArrayList<>();
        d.votes().entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
                .forEach(e -> parts.add("<span class=\"party\">"
                        + text(ReportCharts.surname(givenName(in, f, e.getKey())) + " "
                                + String.format(Locale.ROOT, "%,d", e.getValue()))
                        + "</span>"));
        return String.join(", ", parts) + " votes; the rest not given, so no shares";
    }

    /**
     * A declared candidate's name: the forecast's, or, for one it lumps into Others (Trafford 2017's Brophy, named
     * by a declaration that left out Morris), the contest's, which the page failed on before.
     */
    private static String givenName(NightInput in, LiveForecast f, String id) {
        return f.candidates().stream()
                .filter(c -> c.id().equals(id))
                .map(LiveForecast.Candidate::name)
                .findFirst()
                .or(() -> in.election()
                        .lead()
                        .flatMap(contest -> contest.candidates().stream()
                                .filter(c -> c.id().equals(id))
                                .map(Candidate::name)
                                .findFirst()))
                .orElse(id);
    }

    /** The shares for the table: each "Khan 40.2%" kept on one line, so a narrow column breaks between them. */
    private static String sharesCell(LiveForecast.Seat s, LiveForecast f) {
        List<String> parts = new ArrayList<>();
        for (String part : shares(s, f).split(", ")) {
            parts.add("<span class=\"party\">" + text(part) + "</span>");
        }
        return String.join(", ", parts);
    }

    static String partyLabel(LiveForecast.Candidate c) {
        return (c.party() == null ? c.id() : c.party()).toUpperCase(Locale.ROOT);
    }

    static Declaration declaration(NightInput in, String constituency) {
        return in.declarations().stream()
                .filter(d -> d.constituency().equals(constituency))
                .findFirst()
                .orElse(null);
    }

    private static String mapSummary(NightInput in) {
        List<String> parts = new ArrayList<>();
        for (LiveForecast.Seat s : in.projection().constituencyStatus()) {
            LiveForecast.Candidate c = NightInput.of(in.projection(), winner(s, declaration(in, s.constituency())));
            parts.add(s.constituency() + ": "
                    + (declared(s)
                            ? "declared, " + c.name() + " won"
                            : statusWords(s).toLowerCase(Locale.ROOT) + ", " + c.name() + " leads ("
                                    + NightPage.percent(s.pLead(), false) + ")"));
        }
        return "Map of the " + parts.size() + " " + in.units() + " on election night. " + String.join("; ", parts)
                + ".";
    }

    private static String swatch(String colour) {
        return "<span class=\"swatch\" aria-hidden=\"true\" style=\"background:" + colour + ";border-color:"
                + Colours.outline(colour) + "\"></span>";
    }
}
