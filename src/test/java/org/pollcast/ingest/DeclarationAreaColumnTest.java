package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.BadInputException;
import org.pollcast.election.Declaration;
import org.pollcast.election.Election;

/**
 * A place that lists its own count areas calls them areas, and a newsroom's night file for it says {@code area} (or
 * {@code count area}) where London's says {@code constituency}. Found on a first try of a combined authority's night:
 * the file {@code area,candidate,votes} was refused as "missing required column" 'constituency'. The figures are
 * Peterborough's declaration in the 2025 Cambridgeshire and Peterborough mayoral election (Bristow 15,769, Coogan
 * 9,221, Smith 7,629, Dupré 2,907, Ensch 2,649:
 * https://www.peterboroughtoday.co.uk/news/politics/paul-bristow-wins-landslide-victory-in-peterboroughs-metro-mayor-vote-5110806),
 * under the definition src/test/resources/ingest/elections/cpca-2025.yaml, which lists the six count areas.
 */
class DeclarationAreaColumnTest {
    @TempDir
    Path root;

    private Election cpca2025;
    private AliasTable aliases;

    @BeforeEach
    void thePlace() throws IOException {
        IngestFixtures.copyData(root);
        for (String e : List.of("cpca-2021.yaml", "cpca-2025.yaml")) {
            Files.copy(
                    Path.of(IngestFixtures.fixture("elections/" + e)),
                    root.resolve("elections").resolve(e));
        }
        DataHome home = new DataHome(root);
        cpca2025 = new ElectionCatalog(home).resolve("cpca-2025");
        aliases = AliasTable.load(List.of(home.aliases()));
    }

    private static final String[] PETERBOROUGH = {
        "Peterborough,Paul Bristow,15769",
        "Peterborough,Ryan Coogan,9221",
        "Peterborough,Anna Smith,7629",
        "Peterborough,Lorna Dupré,2907",
        "Peterborough,Bob Ensch,2649"
    };

    private Path night(String header, String... rows) throws IOException {
        Path file = root.resolve("night.csv");
        Files.writeString(file, header + "\n" + String.join("\n", rows) + "\n");
        return file;
    }

    @Test
    void anAreaColumnIsReadAsTheDeclaringArea() throws IOException {
        // What places call their count areas: a New York newsroom's file said borough, and was refused.
        for (String header : List.of(
                "area,candidate,votes",
                "Count area,Candidate,Votes",
                "Council,Candidate,Votes",
                "borough,candidate,votes")) {
            List<Declaration> d = DeclarationsReader.read(night(header, PETERBOROUGH), cpca2025, aliases);
            assertThat(d).as(header).singleElement().satisfies(x -> {
                assertThat(x.constituency()).isEqualTo("Peterborough");
                assertThat(x.votes())
                        .isEqualTo(Map.of(
                                "bristow", 15769L, "coogan", 9221L, "smith", 7629L, "dupre", 2907L, "ensch", 2649L));
            });
        }
    }

    @Test
    void anUnknownAreaIsNamedUnderTheFilesOwnHeading() throws IOException {
        assertThatThrownBy(() -> DeclarationsReader.read(
                        night("Area,candidate,votes", "Peterbrough,Paul Bristow,15769"), cpca2025, aliases))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("night.csv:2: field 'Area': 'Peterbrough' is not a count area of cpca-2025")
                .hasMessageContaining("did you mean 'Peterborough'");
    }

    /**
     * A name too far from every area for a suggestion ("Cambridge City", as a council's own page heads it; "Durham
     * County" for County Durham in the North East's night) said only that it was no area: on the night the user had to
     * open the definition to find how it spells them. The message lists them instead.
     */
    @Test
    void anAreaWithNoCloseNameIsNamedBesideEveryArea() throws IOException {
        assertThatThrownBy(() -> DeclarationsReader.read(
                        night("area,candidate,votes", "Cambridge City Council,Paul Bristow,15769"), cpca2025, aliases))
                .isInstanceOf(BadInputException.class)
                .hasMessage(root.resolve("night.csv") + ":2: field 'area': 'Cambridge City Council' is not a count area"
                        + " of cpca-2025; its areas are Peterborough, Fenland, Huntingdonshire, East Cambridgeshire,"
                        + " South Cambridgeshire, Cambridge");
    }

    @Test
    void anAreaAndAConstituencyColumnTogetherAreRefused() throws IOException {
        assertThatThrownBy(() -> DeclarationsReader.read(
                        night("constituency,area,candidate,votes", "Peterborough,Peterborough,Paul Bristow,15769"),
                        cpca2025,
                        aliases))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("night.csv:1: field 'area': columns constituency and area both name the area"
                        + " declaring; keep one");
    }
}
