package org.pollcast.ingest;

import static org.pollcast.ingest.YamlFile.at;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pollcast.election.Constituency;
import org.pollcast.election.CountArea;

/**
 * The places a contest is counted in, read from its definition and checked: the constituencies of an
 * additional-member contest, and the count areas a single-winner contest is declared by on election night, with
 * their squares on the night page's tile map. Failures name the field path and its line.
 */
final class ContestAreas {
    /** The largest column or row of a count area's tile: a map wider than this would not fit a page. */
    static final int MAX_TILE = 19;

    private final YamlFile<?> src;
    private final DefinitionFields fields;

    ContestAreas(YamlFile<?> src, DefinitionFields fields) {
        this.src = src;
        this.fields = fields;
    }

    /** The constituencies: a non-empty list, no id or name given twice. */
    List<Constituency> constituencies(List<ElectionSpec.ConstituencySpec> specs, String path) {
        List<Constituency> constituencies = fields.list(
                specs,
                path,
                true,
                (c, cPath) -> new Constituency(
                        fields.key(c.id(), at(cPath, "id")),
                        src.requiredText(c.name(), at(cPath, "name")),
                        c.region() == null ? null : fields.key(c.region(), at(cPath, "region"))));
        fields.unique(constituencies, Constituency::id, path, "id");
        fields.unique(constituencies, Constituency::name, path, "name");
        return constituencies;
    }

    /**
     * The count areas, checked as constituencies are and more: a declarations file names an area by its name or
     * id in any case, so no area's name or id may fold to another's. Tiles are given for every area or for none,
     * and no two share a square.
     */
    List<CountArea> countAreas(List<ElectionSpec.AreaSpec> specs, String path) {
        List<CountArea> areas = fields.list(
                specs,
                path,
                false,
                (a, aPath) -> new CountArea(
                        fields.key(a.id(), at(aPath, "id")),
                        src.requiredText(a.name(), at(aPath, "name")),
                        tile(a.tile(), aPath)));
        fields.unique(areas, CountArea::id, path, "id");
        fields.unique(areas, CountArea::name, path, "name");
        Map<String, String> owner = new LinkedHashMap<>();
        for (int i = 0; i < areas.size(); i++) {
            CountArea a = areas.get(i);
            for (String field : List.of("id", "name")) {
                String value = field.equals("id") ? a.id() : a.name();
                String previous = owner.putIfAbsent(Names.fold(value), a.id());
                if (previous != null && !previous.equals(a.id())) {
                    throw src.fail(
                            at(YamlFile.at(path, i), field),
                            "'" + value + "' reads as area '" + previous + "' (names and ids are matched in any case)");
                }
            }
        }
        long placed = areas.stream().filter(a -> a.tile() != null).count();
        Map<CountArea.Tile, String> squares = new LinkedHashMap<>();
        for (int i = 0; i < areas.size(); i++) {
            CountArea a = areas.get(i);
            String aPath = YamlFile.at(path, i);
            if (placed > 0 && a.tile() == null) {
                throw src.fail(
                        aPath,
                        "'" + a.name() + "' has no tile, but other areas do: give every area a tile"
                                + " [column, row], or none (the map then lays them out in rows)");
            }
            String previous = a.tile() == null ? null : squares.putIfAbsent(a.tile(), a.name());
            if (previous != null) {
                throw src.fail(
                        at(aPath, "tile"),
                        "[" + a.tile().column() + ", " + a.tile().row() + "] is already " + previous + "'s square");
            }
        }
        return areas;
    }

    private CountArea.Tile tile(List<Integer> cells, String areaPath) {
        if (cells == null) {
            return null;
        }
        String path = at(areaPath, "tile");
        if (cells.size() != 2 || cells.contains(null)) {
            throw src.fail(path, "expected [column, row], two whole numbers");
        }
        for (int v : cells) {
            if (v < 0 || v > MAX_TILE) {
                throw src.fail(path, v + " is outside 0–" + MAX_TILE + " (columns and rows count from 0)");
            }
        }
        return new CountArea.Tile(cells.get(0), cells.get(1));
    }
}
