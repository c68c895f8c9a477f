package org.pollcast.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

public class TileMapTest {
    public static final List<String> LONDON = List.of(
            "Barnet and Camden",
            "Bexley and Bromley",
            "Brent and Harrow",
            "City and East",
            "Croydon and Sutton",
            "Ealing and Hillingdon",
            "Enfield and Haringey",
            "Greenwich and Lewisham",
            "Havering and Redbridge",
            "Lambeth and Southwark",
            "Merton and Wandsworth",
            "North East",
            "South West",
            "West Central");

    private static List<TileMap.Tile> tiles(List<String> names) {
        List<TileMap.Tile> t = new ArrayList<>();
        for (String n : names) {
            t.add(new TileMap.Tile(n, "LAB 60%", "#E4003B", 0.6, List.of("Labour: 60%", "Conservative: 40%")));
        }
        return t;
    }

    /**
     * Names stay inside a tile: London's on two lines as before, Scotland's longest on three within 14 characters each
     * ("Hamilton, Larkhall and Stonehouse" ran past both edges), cut with "…" past the third.
     */
    @Test
    void longNamesWrapWithinTheTile() {
        assertThat(TileMap.nameLines("Barnet and Camden")).containsExactly("Barnet &", "Camden");
        assertThat(TileMap.nameLines("North East")).containsExactly("North East");
        assertThat(TileMap.nameLines("West Central")).containsExactly("West", "Central");
        assertThat(TileMap.nameLines("Hamilton, Larkhall and Stonehouse"))
                .containsExactly("Hamilton,", "Larkhall &", "Stonehouse");
        assertThat(TileMap.nameLines("Caithness, Sutherland and Ross"))
                .containsExactly("Caithness,", "Sutherland &", "Ross");
        assertThat(TileMap.nameLines("Midlothian South, Tweeddale and Lauderdale"))
                .hasSize(3)
                .allMatch(l -> l.length() <= 14)
                .last()
                .asString()
                .endsWith("…");
        for (String n : List.of(
                "Na h-Eileanan an Iar", "Aberdeen South and North Kincardine", "Glasgow Maryhill and Springburn")) {
            assertThat(TileMap.nameLines(n)).as(n).hasSizeLessThanOrEqualTo(3).allMatch(l -> l.length() <= 14);
        }
    }

    @Test
    void everyLondonConstituencyHasItsOwnSquare() {
        String svg = TileMap.svg("m", "Map", tiles(LONDON));
        assertThat(TileMap.knows(tiles(LONDON))).isTrue();
        Matcher m = Pattern.compile("<rect x=\"(\\d+)\" y=\"(\\d+)\"").matcher(svg);
        List<String> at = new ArrayList<>();
        while (m.find()) {
            at.add(m.group(1) + "," + m.group(2));
        }
        assertThat(at).hasSize(14).doesNotHaveDuplicates();
        for (String n : LONDON) {
            assertThat(svg).contains("data-constituency=\"" + n + "\"><title>" + n + "\nLabour: 60%");
        }
        // Barnet and Camden is north of Croydon and Sutton; Ealing and Hillingdon west of Havering and Redbridge.
        assertThat(svg.indexOf("Barnet")).isPositive();
        assertThat(y(svg, "Barnet and Camden")).isLessThan(y(svg, "Croydon and Sutton"));
        assertThat(x(svg, "Ealing and Hillingdon")).isLessThan(x(svg, "Havering and Redbridge"));
    }

    @Test
    void unknownPlacesGoBelowAndNamesAreEscaped() {
        List<TileMap.Tile> t = tiles(List.of("North East", "<b>Elsewhere</b>"));
        assertThat(TileMap.knows(t)).isFalse();
        String svg = TileMap.svg("m", "Map <x>", t);
        assertThat(svg).contains("&lt;b&gt;Elsewhere").doesNotContain("<b>").contains("aria-label=\"Map &lt;x&gt;\"");
        assertThat(y(svg, "<b>Elsewhere</b>")).isGreaterThan(y(svg, "North East"));
    }

    @Test
    void textOnATileReadsOnItsColour() {
        String svg =
                TileMap.svg("m", "Map", List.of(new TileMap.Tile("North East", "LD 99%", "#FAA61A", 1, List.of())));
        // Full Lib Dem orange is pale: black text, and a darker outline than the fill.
        assertThat(svg).contains("fill=\"#000000\"").contains("stroke=\"" + Colours.outline("#FAA61A") + "\"");
        assertThat(Colours.outline("#FAA61A")).isNotEqualTo("#FAA61A");
    }

    @Test
    void aProvisionalTileIsPaleStripedAndDashedAndSaysSoInWords() {
        String svg = TileMap.svg(
                "night",
                "Map",
                List.of(
                        new TileMap.Tile("North East", "LAB won", "#E4003B", 1, List.of(), false, "declared"),
                        new TileMap.Tile("City and East", "LAB 99%", "#E4003B", 1, List.of(), true, "to come"),
                        new TileMap.Tile("West Central", "CON 60%", "#0087DC", 0.6, List.of(), true, "to come")));
        // One pattern for the map, used by each provisional tile; only those have dashed outlines.
        assertThat(svg.split("<pattern id=\"night-hatch\"", -1)).hasSize(2);
        assertThat(svg.split("fill=\"url\\(#night-hatch\\)\"", -1)).hasSize(3);
        assertThat(svg.split("stroke-dasharray", -1)).hasSize(3);
        assertThat(svg).contains(">declared</text>").contains(">to come</text>");
        // However sure, a projection stays paler than a result in the same colour, and its text stays black.
        String solid = Colours.overWhite("#E4003B", 1);
        String pale = Colours.overWhite("#E4003B", 0.2 + 0.35);
        assertThat(svg).contains("fill=\"" + solid + "\"").contains("fill=\"" + pale + "\"");
        assertThat(Colours.luminance(pale)).isGreaterThan(Colours.luminance(solid));
        assertThat(Colours.contrast(pale, "#000000")).isGreaterThanOrEqualTo(Colours.TEXT_CONTRAST);
    }

    private static int x(String svg, String name) {
        return coordinate(svg, name, 1);
    }

    private static int y(String svg, String name) {
        return coordinate(svg, name, 2);
    }

    private static int coordinate(String svg, String name, int group) {
        String escaped = Html.text(name);
        Matcher m = Pattern.compile(
                        "data-constituency=\"" + Pattern.quote(escaped) + "\">.*?<rect x=\"(\\d+)\" y=\"(\\d+)\"",
                        Pattern.DOTALL)
                .matcher(svg);
        assertThat(m.find()).as(name).isTrue();
        return Integer.parseInt(m.group(group));
    }
}
