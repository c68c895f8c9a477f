package org.pollcast.election;

/**
 * One place whose count a single-winner contest declares on its own on election night: a council area of a
 * combined authority (Birmingham in the West Midlands), or, for London's Mayor, an Assembly constituency.
 *
 * @param tile where the area's square goes on the night page's tile map, or null to leave it to the default
 *             layout
 */
public record CountArea(String id, String name, Tile tile) {

    /** A square of the tile map: column from the left and row from the top, both from 0. */
    public record Tile(int column, int row) {
        public Tile {
            if (column < 0 || row < 0) {
                throw new IllegalArgumentException("tile " + column + ", " + row + " is off the map");
            }
        }
    }

    /** The area as a constituency: what the declarations readers match a row's name against. */
    public Constituency asConstituency() {
        return new Constituency(id, name);
    }

    /** An Assembly constituency counted for the Mayor too (London), placed by the report's own layout. */
    public static CountArea of(Constituency c) {
        return new CountArea(c.id(), c.name(), null);
    }
}
