package org.pollcast.report;

import static org.pollcast.report.Html.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A tile map of the London Assembly's 14 constituencies: one square each, placed roughly where it lies in
 * London, filled with the colour of its likely winner, stronger the surer that is. Each tile carries its
 * details as an SVG {@code <title>} (shown on hover) and the whole map a text label; the page puts the same
 * numbers in a table beside it, because a map alone is no use to a screen reader.
 *
 * <p>Built from plain {@link Tile}s, not from a forecast, so election night can draw declared and
 * undeclared constituencies with the same map. Another place's map takes its squares from the election's
 * definition ({@code tile: [column, row]} of each count area), or else fills rows of five in the definition's order.
 */
public final class TileMap {
    private static final int SIZE = 112;
    private static final int GAP = 6;
    private static final int COLUMNS = 5;

    /** Column and row of each constituency, west to east and north to south. */
    private static final Map<String, int[]> LONDON = Map.ofEntries(
            Map.entry("brent-and-harrow", new int[] {1, 0}),
            Map.entry("barnet-and-camden", new int[] {2, 0}),
            Map.entry("enfield-and-haringey", new int[] {3, 0}),
            Map.entry("ealing-and-hillingdon", new int[] {0, 1}),
            Map.entry("west-central", new int[] {1, 1}),
            Map.entry("north-east", new int[] {2, 1}),
            Map.entry("city-and-east", new int[] {3, 1}),
            Map.entry("havering-and-redbridge", new int[] {4, 1}),
            Map.entry("south-west", new int[] {0, 2}),
            Map.entry("merton-and-wandsworth", new int[] {1, 2}),
            Map.entry("lambeth-and-southwark", new int[] {2, 2}),
            Map.entry("greenwich-and-lewisham", new int[] {3, 2}),
            Map.entry("bexley-and-bromley", new int[] {4, 2}),
            Map.entry("croydon-and-sutton", new int[] {2, 3}));

    private TileMap() {}

    /**
     * One constituency's tile.
     *
     * @param name    the constituency's name, as the election definition spells it
     * @param label   the short word on the tile (e.g. "LAB 78%", "LAB held")
     * @param colour  the fill, #RRGGBB (the likely winner's party colour; grey when nobody leads)
     * @param strength 0–1: how strongly to colour it (the winner's probability; 1 once declared)
     * @param details the lines of its hover text (e.g. each party's chance and vote-share range)
     * @param provisional drawn pale, hatched and with a dashed outline: a projection, not a result (election
     *                    night's constituencies still to come), so the difference does not rest on colour alone
     * @param note    a small word under the name (e.g. "declared", "to come"), or empty
     */
    public record Tile(
            String name,
            String label,
            String colour,
            double strength,
            List<String> details,
            boolean provisional,
            String note) {
        public Tile {
            details = List.copyOf(details);
            note = note == null ? "" : note;
        }

        /** A forecast's tile: solid, no note. */
        public Tile(String name, String label, String colour, double strength, List<String> details) {
            this(name, label, colour, strength, details, false, "");
        }
    }

    /** The layout key of a constituency name: "Barnet & Camden" and "Barnet and Camden" are the same place. */
    static String key(String name) {
        return name.toLowerCase(Locale.ROOT)
                .replace("&", "and")
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
    }

    /** Whether every tile has a place in the London layout. */
    public static boolean knows(List<Tile> tiles) {
        return tiles.stream().allMatch(t -> LONDON.containsKey(key(t.name())));
    }

    /** A tile's square: column from the left and row from the top, from 0. */
    public record Cell(int column, int row) {}

    /**
     * The map as an inline SVG element; {@code summary} is its text label for screen readers. Tiles go where London's
     * layout puts them; a tile it does not know goes in rows below it, in the order given, and when it knows none
     * (another place) the tiles fill rows of {@value #COLUMNS} from the top ({@link #inRows}).
     */
    public static String svg(String id, String summary, List<Tile> tiles) {
        boolean london = tiles.stream().anyMatch(t -> LONDON.containsKey(key(t.name())));
        if (!london) {
            return svg(id, summary, tiles, inRows(tiles));
        }
        Map<String, Cell> layout = new LinkedHashMap<>();
        int extra = 0;
        for (Tile t : tiles) {
            int[] at = LONDON.get(key(t.name()));
            if (at == null) {
                at = new int[] {extra % COLUMNS, 4 + extra / COLUMNS};
                extra++;
            }
            layout.put(t.name(), new Cell(at[0], at[1]));
        }
        return svg(id, summary, tiles, layout, COLUMNS, 4);
    }

    /**
     * The map with each tile at {@code layout}'s square for its name (a place's definition gives them); the map is as
     * wide and tall as the squares used. Every tile must have a square.
     */
    public static String svg(String id, String summary, List<Tile> tiles, Map<String, Cell> layout) {
        return svg(id, summary, tiles, layout, 1, 1);
    }

    /** The tiles in rows of {@value #COLUMNS}, left to right and top to bottom, in the order given. */
    public static Map<String, Cell> inRows(List<Tile> tiles) {
        Map<String, Cell> layout = new LinkedHashMap<>();
        for (int i = 0; i < tiles.size(); i++) {
            layout.put(tiles.get(i).name(), new Cell(i % COLUMNS, i / COLUMNS));
        }
        return layout;
    }

    private static String svg(
            String id, String summary, List<Tile> tiles, Map<String, Cell> layout, int minColumns, int minRows) {
        int columns = minColumns;
        int rows = minRows;
        List<String> parts = new ArrayList<>();
        for (Tile t : tiles) {
            Cell at = layout.get(t.name());
            if (at == null) {
                throw new IllegalArgumentException("no square for " + t.name());
            }
            columns = Math.max(columns, at.column() + 1);
            rows = Math.max(rows, at.row() + 1);
            parts.add(tile(t, at.column() * (SIZE + GAP), at.row() * (SIZE + GAP), text(id) + "-hatch"));
        }
        int w = columns * (SIZE + GAP) - GAP;
        int h = rows * (SIZE + GAP) - GAP;
        StringBuilder s = new StringBuilder();
        s.append("<svg class=\"tilemap\" id=\"")
                .append(text(id))
                .append("\" viewBox=\"-2 -2 ")
                .append(w + 4)
                .append(' ')
                .append(h + 4)
                .append("\" role=\"img\" aria-label=\"")
                .append(text(summary))
                .append("\">\n");
        if (tiles.stream().anyMatch(Tile::provisional)) {
            s.append(hatch(text(id) + "-hatch"));
        }
        parts.forEach(s::append);
        return s.append("</svg>\n").toString();
    }

    /** White diagonal stripes laid over a provisional tile's pale fill. */
    static String hatch(String id) {
        return "<defs><pattern id=\"" + id + "\" width=\"10\" height=\"10\" patternUnits=\"userSpaceOnUse\""
                + " patternTransform=\"rotate(45)\"><rect width=\"4\" height=\"10\" fill=\"#ffffff\""
                + " fill-opacity=\"0.6\"/></pattern></defs>\n";
    }

    private static String tile(Tile t, int x, int y, String hatchId) {
        double strength = Math.max(0, Math.min(1, t.strength()));
        // Even a toss-up keeps a tint of its leader's colour; a sure seat is the full party colour. A provisional
        // tile stays pale however sure, so that a result always looks stronger than a projection (and its black
        // text keeps its contrast through the stripes).
        double opacity = t.provisional() ? 0.2 + 0.35 * strength : 0.25 + 0.75 * strength;
        String seen = Colours.overWhite(t.colour(), opacity);
        String ink = Colours.textOn(seen);
        StringBuilder s = new StringBuilder();
        s.append("<g class=\"tile\" data-constituency=\"")
                .append(text(t.name()))
                .append("\"><title>")
                .append(text(t.name()));
        for (String d : t.details()) {
            s.append("\n").append(text(d));
        }
        s.append("</title><rect x=\"")
                .append(x)
                .append("\" y=\"")
                .append(y)
                .append("\" width=\"")
                .append(SIZE)
                .append("\" height=\"")
                .append(SIZE)
                .append("\" rx=\"6\" fill=\"")
                .append(seen)
                .append("\" stroke=\"")
                .append(Colours.outline(t.colour()))
                .append(t.provisional() ? "\" stroke-dasharray=\"7 5" : "")
                .append("\" stroke-width=\"2\"/>");
        if (t.provisional()) {
            s.append("<rect x=\"")
                    .append(x)
                    .append("\" y=\"")
                    .append(y)
                    .append("\" width=\"")
                    .append(SIZE)
                    .append("\" height=\"")
                    .append(SIZE)
                    .append("\" rx=\"6\" fill=\"url(#")
                    .append(hatchId)
                    .append(")\"/>");
        }
        if (!t.note().isEmpty()) {
            s.append("<text x=\"")
                    .append(x + SIZE / 2)
                    .append("\" y=\"")
                    .append(y + 72)
                    .append("\" fill=\"")
                    .append(ink)
                    .append("\" font-size=\"13\" font-style=\"italic\" text-anchor=\"middle\">")
                    .append(text(t.note()))
                    .append("</text>");
        }
        List<String> lines = nameLines(t.name());
        int top = y + 30;
        for (int i = 0; i < lines.size(); i++) {
            s.append("<text x=\"")
                    .append(x + SIZE / 2)
                    .append("\" y=\"")
                    .append(top + 18 * i)
                    .append("\" fill=\"")
                    .append(ink)
                    .append("\" font-size=\"15\" text-anchor=\"middle\">")
                    .append(text(lines.get(i)))
                    .append("</text>");
        }
        s.append("<text x=\"")
                .append(x + SIZE / 2)
                .append("\" y=\"")
                .append(y + SIZE - 16)
                .append("\" fill=\"")
                .append(ink)
                .append("\" font-size=\"19\" font-weight=\"bold\" text-anchor=\"middle\">")
                .append(text(t.label()))
                .append("</text></g>\n");
        return s.toString();
    }

    /** The most characters of a name on one line of a tile at its font size. */
    private static final int LINE = 14;

    /**
     * A name on at most three lines that fit a tile: "Havering and Redbridge" as "Havering &", "Redbridge"; a longer one
     * ("Hamilton, Larkhall and Stonehouse") word by word within {@value #LINE} characters, cut with "…" past the third
     * line (the tile's tooltip has the whole name).
     */
    static List<String> nameLines(String name) {
        String n = name.replace(" and ", " & ");
        int amp = n.indexOf(" & ");
        List<String> parts = amp > 0 ? List.of(n.substring(0, amp + 2), n.substring(amp + 3)) : List.of(n);
        if (parts.size() == 1 && n.length() > 10 && n.indexOf(' ') > 0 && n.length() <= LINE + 6) {
            int space = n.indexOf(' ');
            parts = List.of(n.substring(0, space), n.substring(space + 1));
        }
        List<String> lines = new ArrayList<>();
        for (String part : parts) {
            StringBuilder line = new StringBuilder();
            for (String word : part.split(" ")) {
                if (line.length() > 0 && line.length() + 1 + word.length() > LINE) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                line.append(line.length() == 0 ? "" : " ").append(word);
            }
            lines.add(line.toString());
        }
        if (lines.size() > 3) {
            String third = lines.get(2);
            lines = new ArrayList<>(lines.subList(0, 2));
            lines.add(third.length() >= LINE ? third.substring(0, LINE - 1) + "…" : third + "…");
        }
        return List.copyOf(lines);
    }
}
