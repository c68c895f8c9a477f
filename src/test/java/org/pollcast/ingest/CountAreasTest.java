package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pollcast.BadInputException;
import org.pollcast.election.CountArea;
import org.pollcast.election.Election;
import org.pollcast.election.SingleWinnerContest;

/**
 * A single-winner contest's own count areas ({@code contests.mayor.areas}): read with their tiles, checked as
 * constituencies are, and preferred to the Assembly's constituencies as the areas the night declares.
 */
class CountAreasTest {
    private static final String PLACE = """
            id: place-2030
            name: A place
            date: 2030-05-02
            parties:
              - {id: p, name: Party P}
            contests:
              mayor:
                system: fptp
                candidates:
                  - {id: a, name: Ay, party: p}
                  - {id: b, name: Bee, party: p}
                areas:
                  - {id: north, name: North, tile: [0, 0]}
                  - {id: south-east, name: South East, tile: [1, 1]}
                  - {id: west, name: West, tile: [0, 1]}
            """;

    @TempDir
    Path dir;

    @Test
    void areasAreReadInOrderWithTheirTiles() throws IOException {
        Election e = ElectionLoader.load(write(PLACE));
        SingleWinnerContest mayor = e.first(SingleWinnerContest.class).orElseThrow();
        assertThat(mayor.areas())
                .containsExactly(
                        new CountArea("north", "North", new CountArea.Tile(0, 0)),
                        new CountArea("south-east", "South East", new CountArea.Tile(1, 1)),
                        new CountArea("west", "West", new CountArea.Tile(0, 1)));
        assertThat(e.countAreas(mayor)).isEqualTo(mayor.areas());
        // Tiles are optional when no area has one.
        Election plain = ElectionLoader.load(write(PLACE.replaceAll(", tile: \\[\\d, \\d\\]", "")));
        assertThat(plain.first(SingleWinnerContest.class).orElseThrow().areas())
                .extracting(CountArea::tile)
                .containsOnlyNulls();
    }

    @Test
    void londonsMayorIsDeclaredByTheAssemblysConstituenciesUnlessItListsItsOwn() throws IOException {
        Election london = new ElectionCatalog(new DataHome(Path.of("data"))).resolve("london-2021");
        SingleWinnerContest mayor = london.first(SingleWinnerContest.class).orElseThrow();
        assertThat(mayor.areas()).isEmpty();
        assertThat(london.countAreas(mayor))
                .hasSize(14)
                .extracting(CountArea::name)
                .contains("Barnet and Camden");
        assertThat(london.countAreas(mayor)).extracting(CountArea::tile).containsOnlyNulls();
        // An explicit list takes precedence over the Assembly's constituencies.
        String withAssembly = PLACE + """
                  assembly:
                    system: additional-member
                    seats: 3
                    listSeats: 2
                    method: dhondt-modified
                    threshold: 5
                    parties: [p]
                    constituencies:
                      - {id: c1, name: One}
                """;
        Election both = ElectionLoader.load(write(withAssembly));
        assertThat(both.countAreas(both.first(SingleWinnerContest.class).orElseThrow()))
                .extracting(CountArea::id)
                .containsExactly("north", "south-east", "west");
    }

    /** Each row: what is wrong, the line the message names, the text replaced, its replacement, the message. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "duplicate id|14|{id: south-east, name: South East|{id: north, name: South East|field 'contests.mayor.areas[1].id': duplicate id 'north'",
                "duplicate name|15|{id: west, name: West|{id: west, name: North|field 'contests.mayor.areas[2].name': duplicate name 'North'",
                "a name that reads as another's|15|{id: west, name: West|{id: west, name: NORTH.|field 'contests.mayor.areas[2].name': 'NORTH.' reads as area 'north'",
                "an id that reads as another's name|15|{id: west, name: West|{id: south_east, name: West|field 'contests.mayor.areas[2].id': 'south_east' reads as area 'south-east'",
                "a bad id|13|{id: north,|{id: North,|field 'contests.mayor.areas[0].id': 'North' must be lower case",
                "a missing name|15|{id: west, name: West,|{id: west,|field 'contests.mayor.areas[2].name': is required",
                "one area without a tile|15|West, tile: [0, 1]}|West}|field 'contests.mayor.areas[2]': 'West' has no tile, but other areas do",
                "two areas on one square|15|tile: [0, 1]|tile: [1, 1]|field 'contests.mayor.areas[2].tile': [1, 1] is already South East's square",
                "a tile of one number|15|tile: [0, 1]|tile: [0]|field 'contests.mayor.areas[2].tile': expected [column, row], two whole numbers",
                "a negative row|15|tile: [0, 1]|tile: [0, -1]|field 'contests.mayor.areas[2].tile': -1 is outside 0–19",
                "a fraction|15|tile: [0, 1]|tile: [0, 1.5]|field 'contests.mayor.areas[2].tile[1]': expected a whole number, got '1.5'",
                "an unknown field|15|tile: [0, 1]|square: [0, 1]|field 'contests.mayor.areas[2].square': unknown field; expected one of [id, name, tile]",
            })
    void aBadAreaNamesFileLineAndField(String what, int line, String replace, String with, String expected)
            throws IOException {
        assertThat(PLACE).as(what).contains(replace);
        Path file = write(PLACE.replace(replace, with));
        assertThatThrownBy(() -> ElectionLoader.load(file))
                .as(what)
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith(file + ":" + line + ": ")
                .hasMessageContaining(expected);
    }

    private Path write(String text) throws IOException {
        Path file = dir.resolve("place-2030.yaml");
        Files.writeString(file, text);
        return file;
    }
}
