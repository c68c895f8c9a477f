package org.pollcast.report;

import static org.pollcast.report.Html.num;
import static org.pollcast.report.Html.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.pollcast.simulate.AssemblyForecast;
import org.pollcast.simulate.LiveForecast;

/**
 * The Assembly's constituencies on election night's tile map, drawn as the Mayor's are ({@link NightMap}): a
 * declared constituency solid in its winner's party colour and labelled "won"; one still to come pale, striped and
 * outlined with dashes in the colour of the party that wins it in most simulations, labelled with how often. The
 * table beside it says the same in words.
 */
final class NightAssemblyMap {
    private NightAssemblyMap() {}

    static void render(StringBuilder h, NightInput in, Palette palette) {
        AssemblyForecast a = in.projection().assembly().forecast();
        List<TileMap.Tile> tiles = tiles(in, palette);
        h.append("<div class=\"map-and-table\"><figure class=\"map\" id=\"assembly-night-map\">")
                .append(TileMap.svg("assembly-tile-map", mapSummary(in), tiles))
                .append("<figcaption>Each square is one ")
                .append(in.seatUnit())
                // Only London's squares have places; another place's fill rows in its definition's order.
                .append(
                        TileMap.knows(tiles)
                                ? ", placed roughly where it is in London."
                                : ", in rows in the order the election's definition lists them, not on a map.")
                .append("</figcaption>")
                .append(NightMap.legend("assembly-night-legend", "assembly-legend-hatch", "party", "Still to come"))
                .append("</figure>\n");
        List<List<String>> rows = new ArrayList<>();
        for (AssemblyForecast.ConstituencyForecast c : a.constituencies()) {
            LiveForecast.DeclaredSeat d = declared(in, c.name());
            String party = d != null ? d.party() : leader(c);
            rows.add(List.of(
                    text(c.name()),
                    d != null ? "Declared" : "To come",
                    "<span class=\"party\">" + swatch(palette.hex(party))
                            + (d != null
                                    ? text(d.winner()) + " won"
                                    : text(NightAssemblySection.name(a, party)) + " leads")
                            + "</span>",
                    d != null
                            ? "declared"
                            : NightPage.pctChance(c.pWin()[c.parties().indexOf(party)], false),
                    d != null ? text(won(d)) : shares(c)));
        }
        Html.table(
                h,
                "assembly-night-constituency-table",
                Html.capitalised(in.seatUnits()) + ": declared winners and, still to come, the projected leaders",
                List.of("Constituency", "Status", "Winner or projected leader", "Chance of winning", "Vote %"),
                rows);
        h.append("</div>\n");
    }

    static List<TileMap.Tile> tiles(NightInput in, Palette palette) {
        AssemblyForecast a = in.projection().assembly().forecast();
        List<TileMap.Tile> tiles = new ArrayList<>();
        for (AssemblyForecast.ConstituencyForecast c : a.constituencies()) {
            LiveForecast.DeclaredSeat d = declared(in, c.name());
            String party = d != null ? d.party() : leader(c);
            // A declared winner may be a party the model lumps with others (an independent): no chance to look up.
            double p = d != null ? 1 : c.pWin()[c.parties().indexOf(party)];
            List<String> details = new ArrayList<>();
            if (d != null) {
                details.add("Declared: " + d.winner() + " won with " + won(d));
            } else {
                for (int j : AssemblySection.ranked(c)) {
                    if (c.pWin()[j] >= 0.005) {
                        details.add(NightAssemblySection.name(a, c.parties().get(j)) + ": "
                                + NightPage.percent(c.pWin()[j], false)
                                + AssemblySection.voteRange(c, j, " · vote "));
                    }
                }
            }
            tiles.add(new TileMap.Tile(
                    c.name(),
                    party.toUpperCase(Locale.ROOT) + (d != null ? " won" : " " + leadLabel(p)),
                    palette.hex(party),
                    p,
                    details,
                    d == null,
                    d != null ? "declared" : "to come"));
        }
        return tiles;
    }

    /** "68%"; "&gt;99%" rather than a rounded "100%", which would read as a result. */
    private static String leadLabel(double p) {
        return p >= 0.995 ? ">99%" : num(100 * p, 0) + "%";
    }

    /** The party that wins the constituency in most simulations. */
    private static String leader(AssemblyForecast.ConstituencyForecast c) {
        return c.parties().get(AssemblySection.ranked(c)[0]);
    }

    /** "51.2% (majority 31.4 points)". */
    private static String won(LiveForecast.DeclaredSeat d) {
        return num(d.share(), 1) + "% (majority " + num(d.majority(), 1) + " points)";
    }

    /** The three likeliest winners' projected shares there, each kept on one line: "LAB 45 (38–52)". */
    private static String shares(AssemblyForecast.ConstituencyForecast c) {
        List<String> parts = new ArrayList<>();
        int[] order = AssemblySection.ranked(c);
        for (int r = 0; r < Math.min(3, order.length); r++) {
            String v = AssemblySection.voteRange(c, order[r], "");
            if (!v.isEmpty()) {
                parts.add("<span class=\"party\">"
                        + text(c.parties().get(order[r]).toUpperCase(Locale.ROOT)) + " " + v + "</span>");
            }
        }
        return parts.isEmpty() ? "–" : String.join(", ", parts);
    }

    static LiveForecast.DeclaredSeat declared(NightInput in, String constituency) {
        return in.projection().assembly().declared().stream()
                .filter(d -> d.constituency().equals(constituency))
                .findFirst()
                .orElse(null);
    }

    private static String mapSummary(NightInput in) {
        AssemblyForecast a = in.projection().assembly().forecast();
        List<String> parts = new ArrayList<>();
        for (AssemblyForecast.ConstituencyForecast c : a.constituencies()) {
            LiveForecast.DeclaredSeat d = declared(in, c.name());
            String party = d != null ? d.party() : leader(c);
            parts.add(c.name() + ": "
                    + (d != null
                            ? "declared, " + NightAssemblySection.name(a, party) + " won"
                            : "to come, " + NightAssemblySection.name(a, party) + " leads ("
                                    + NightPage.percent(c.pWin()[c.parties().indexOf(party)], false) + ")"));
        }
        return "Map of the " + parts.size() + " " + in.seatUnits() + " on election night. " + String.join("; ", parts)
                + ".";
    }

    private static String swatch(String colour) {
        return "<span class=\"swatch\" aria-hidden=\"true\" style=\"background:" + colour + ";border-color:"
                + Colours.outline(colour) + "\"></span>";
    }
}
