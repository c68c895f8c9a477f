package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pollcast.ingest.IngestFixtures.fixture;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.BadInputException;
import org.pollcast.election.ContestResult;

/**
 * Official results typed in as the declaring councils and the press print them, thousands separators and all
 * ("181,040"): the Mayor's results and the turnout file read them as the constituency, transfer and declarations
 * files already did. Before, the Mayor's results file refused "181,040", and a turnout file's "205,028" ended in
 * {@code cannot read turnout: For input string: "205,028"}, naming neither line nor field. Figures: the East
 * Midlands 2024 and West of England 2021 and 2025 results (src/test/resources/ingest/README.md).
 */
class PrintedResultsTest {
    @TempDir
    Path root;

    private DataHome home;

    @BeforeEach
    void addThePlaces() throws IOException {
        IngestFixtures.copyData(root);
        for (String e : new String[] {"eastmids-2024.yaml", "weca-2021.yaml", "weca-2025.yaml"}) {
            Files.copy(
                    Path.of(fixture("elections/" + e)),
                    root.resolve("elections").resolve(e));
        }
        for (String r :
                new String[] {"eastmids_mayor_results.csv", "weca_mayor_results.csv", "weca_election_turnout.csv"}) {
            Files.copy(Path.of(fixture("results/" + r)), root.resolve("results").resolve(r));
        }
        home = new DataHome(root);
    }

    private ResultsCatalog results() {
        return new ResultsCatalog(home, new ElectionCatalog(home));
    }

    private org.pollcast.election.Election election(String id) {
        return new ElectionCatalog(home).resolve(id);
    }

    @Test
    void votesWithThousandsSeparatorsAreTheCounts() {
        ContestResult em =
                results().firstPreferences(election("eastmids-2024"), "mayor").orElseThrow();
        assertThat(em.votes())
                .isEqualTo(Map.of(
                        "ward", 181_040L,
                        "bradley", 129_332L,
                        "adlington-stringer", 50_666L,
                        "graves", 49_201L,
                        "relf", 23_359L,
                        "tamblyn-saville", 15_970L));
        assertThat(results()
                        .finalRound(election("weca-2021"), "mayor")
                        .orElseThrow()
                        .votes())
                .isEqualTo(Map.of("norris", 125_482L, "swilliams", 85_389L));
        assertThat(results().validVotes(election("weca-2025"), "mayor")).hasValue(205_028L);
    }

    @Test
    void aCountThatIsNoCountNamesTheFileLineAndField() throws IOException {
        Path turnout = root.resolve("results/weca_election_turnout.csv");
        Files.writeString(turnout, Files.readString(turnout).replace("\"205,028\"", "205.028"));
        assertThatThrownBy(() -> results().validVotes(election("weca-2025"), "mayor"))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining(
                        "weca_election_turnout.csv:2: field 'valid_votes': '205.028' is not a whole number");
    }

    /** A minus sign typed by mistake was read as a negative vote before, and counted. */
    @Test
    void aNegativeCountIsRefused() throws IOException {
        Path mayor = root.resolve("results/weca_mayor_results.csv");
        Files.writeString(mayor, Files.readString(mayor).replace("\"4,682\"", "-4682"));
        assertThatThrownBy(() -> results().firstPreferences(election("weca-2025"), "mayor"))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("weca_mayor_results.csv:13: field 'votes': -4682 is negative");
    }
}
