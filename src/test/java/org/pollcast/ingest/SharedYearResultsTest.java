package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.BadInputException;
import org.pollcast.election.ContestResult;
import org.pollcast.election.Election;

/**
 * An election defined beside London's in the same year (the West Midlands Mayor was elected on London's day in
 * 2021) used to make every results look-up of that year fail ("more than one election in 2021; results are keyed
 * by year"), London's included, or read London's rows as its own. The rows with no election id stay London's;
 * the other election's rows are told apart by their candidates or an {@code election} column.
 */
class SharedYearResultsTest {
    @TempDir
    Path root;

    private ElectionCatalog catalog;
    private ResultsCatalog results;

    @BeforeEach
    void copyDataAndAddAnElection() throws IOException {
        IngestFixtures.copyData(root);
        Files.writeString(root.resolve("elections/toytown-2021.yaml"), """
                id: toytown-2021
                name: Toytown mayoral election 2021
                date: 2021-05-06
                parties:
                  - {id: con, name: Conservative}
                  - {id: lab, name: Labour}
                  - {id: grn, name: Green}
                contests:
                  mayor:
                    system: supplementary-vote
                    candidates:
                      - {id: able, name: Alice Able, party: con}
                      - {id: baker, name: Bob Baker, party: lab}
                      - {id: cole, name: Cath Cole, party: grn}
                """);
        DataHome home = new DataHome(root);
        catalog = new ElectionCatalog(home);
        results = new ResultsCatalog(home, catalog);
    }

    private void appendResults(String rows) throws IOException {
        Files.writeString(root.resolve("results/london_mayor_results.csv"), rows, StandardOpenOption.APPEND);
    }

    @Test
    void londonsResultsOfTheSameYearStayLondons() {
        ContestResult london = results.firstPreferences(catalog.resolve("london-2021"), "mayor")
                .orElseThrow();
        assertThat(london.complete()).isTrue();
        assertThat(london.votes()).containsKey("khan");
        assertThat(results.validVotes(catalog.resolve("london-2021"), "mayor")).isPresent();
        Election toytown = catalog.resolve("toytown-2021");
        assertThat(results.firstPreferences(toytown, "mayor")).isEmpty();
        assertThat(results.validVotes(toytown, "mayor")).isEmpty();
    }

    @Test
    void theOtherElectionsRowsAreToldApartByTheirCandidates() throws IOException {
        appendResults("2021,1,Alice Able,Conservative,500,TEST\n"
                + "2021,1,Bob Baker,Labour,400,TEST\n"
                + "2021,1,Cath Cole,Green,100,TEST\n");
        ContestResult toytown = results.firstPreferences(catalog.resolve("toytown-2021"), "mayor")
                .orElseThrow();
        assertThat(toytown.votes()).containsEntry("able", 500L).containsEntry("baker", 400L);
        assertThat(toytown.complete()).isTrue();
        assertThat(results.firstPreferences(catalog.resolve("london-2021"), "mayor")
                        .orElseThrow()
                        .votes())
                .doesNotContainKey("able")
                .containsKey("khan");
        // London still owns the year's unlabelled turnout rows; Toytown has none.
        assertThat(results.validVotes(catalog.resolve("london-2021"), "mayor")).isPresent();
        assertThat(results.validVotes(catalog.resolve("toytown-2021"), "mayor")).isEmpty();
    }

    @Test
    void aNameOfNoElectionThatYearIsStillAnErrorThatSaysWhatToDo() throws IOException {
        appendResults("2021,1,Nobody Known,Independent,5,TEST\n");
        assertThatThrownBy(() -> results.firstPreferences(catalog.resolve("toytown-2021"), "mayor"))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("london_mayor_results.csv:")
                .hasMessageContaining("'Nobody Known' is not a candidate of any election held in 2021")
                .hasMessageContaining("election");
    }

    @Test
    void anElectionColumnNamesTheElection() throws IOException {
        Files.writeString(
                root.resolve("results/london_mayor_results.csv"),
                "election,year,round,candidate,party,votes,source\n"
                        + "toytown-2021,2021,1,Alice Able,Conservative,500,TEST\n"
                        + "toytown-2021,2021,1,Bob Baker,Labour,400,TEST\n");
        assertThat(results.firstPreferences(catalog.resolve("toytown-2021"), "mayor")
                        .orElseThrow()
                        .votes())
                .containsEntry("able", 500L)
                .doesNotContainKey("cole");
        assertThat(results.firstPreferences(catalog.resolve("london-2021"), "mayor"))
                .isEmpty();
    }

    @Test
    void londonsSecondPreferenceTableIsNotReadAsTheOtherElections() {
        Election toytown = catalog.resolve("toytown-2021");
        AliasTable aliases = AliasTable.load(List.of(root.resolve("aliases.yaml")));
        Path table = root.resolve("results/london_mayor_second_preferences.csv");
        assertThat(TransferTableReader.read(table, toytown, "mayor", aliases, catalog.inYear(2021)))
                .isEmpty();
        assertThat(TransferTableReader.read(
                        table, catalog.resolve("london-2021"), "mayor", aliases, catalog.inYear(2021)))
                .isPresent();
    }
}
