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
import org.pollcast.election.ConstituencyVotes;
import org.pollcast.election.ContestResult;
import org.pollcast.election.Election;
import org.pollcast.election.TransferTable;

/**
 * A place's official results in files of its own, named for its series ({@code toytown_mayor_results.csv} for
 * {@code toytown-2021}), read beside London's of the same day: each kind of file is found by its name, and neither
 * place's rows are read as the other's. Toytown and its figures are made up; London's are the bundled ones.
 */
class PlaceResultFilesTest {
    @TempDir
    Path root;

    private DataHome home;
    private AliasTable aliases;

    @BeforeEach
    void copyDataAndAddToytown() throws IOException {
        IngestFixtures.copyData(root);
        toytown("""
                      - {id: able, name: Alice Able, party: con}
                      - {id: baker, name: Bob Baker, party: lab}
                      - {id: cole, name: Cath Cole, party: grn}
                """);
        home = new DataHome(root);
        aliases = AliasTable.load(List.of(root.resolve("aliases.yaml")));
    }

    /** Defines toytown-2021 (Supplementary Vote, on London's polling day) with these candidates' lines. */
    private void toytown(String candidates) throws IOException {
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
                """ + candidates);
    }

    private void write(String file, String text) throws IOException {
        Files.writeString(root.resolve("results").resolve(file), text);
    }

    private ElectionCatalog catalog() {
        return new ElectionCatalog(home);
    }

    private ResultsCatalog results() {
        return new ResultsCatalog(home, catalog());
    }

    private Election election(String id) {
        return catalog().resolve(id);
    }

    private java.util.Optional<TransferTableReader.Found> secondPreferences(String id) {
        return TransferTableReader.table(
                TransferTableReader.parse(ResultFiles.find(home, ResultFiles.Kind.MAYOR_SECOND_PREFERENCES)),
                election(id),
                "mayor",
                aliases,
                RowOwners.of(catalog()));
    }

    private void writeToytownsFiles() throws IOException {
        write("toytown_mayor_results.csv", """
                year,round,candidate,party,votes,source
                2021,1,Alice Able,Conservative,480,TEST
                2021,1,Bob Baker,Labour,420,TEST
                2021,1,Cath Cole,Green,100,TEST
                2021,2,Alice Able,Conservative,520,TEST
                2021,2,Bob Baker,Labour,450,TEST
                """);
        write("toytown_mayor_second_preferences.csv", """
                year,first_pref_candidate,second_pref_candidate,votes,source
                2021,Cath Cole,Alice Able,40,TEST
                2021,Cath Cole,Bob Baker,30,TEST
                2021,Cath Cole,none,30,TEST
                """);
        write("toytown_election_turnout.csv", """
                year,contest,electorate,ballots_cast,valid_votes,rejected,turnout_pct,turnout_basis,source
                2021,mayor,,,1000,,,,TEST
                """);
    }

    @Test
    void aPlacesOwnFilesAreReadFirstPreferencesFinalRoundSecondPreferencesAndTurnout() throws IOException {
        writeToytownsFiles();
        Election toytown = election("toytown-2021");
        ContestResult first = results().firstPreferences(toytown, "mayor").orElseThrow();
        assertThat(first.votes()).isEqualTo(Map.of("able", 480L, "baker", 420L, "cole", 100L));
        assertThat(first.complete()).isTrue();
        assertThat(results().finalRound(toytown, "mayor").orElseThrow().votes())
                .containsEntry("able", 520L)
                .containsEntry("baker", 450L)
                .hasSize(2);
        assertThat(results().validVotes(toytown, "mayor")).hasValue(1000);
        TransferTableReader.Found table = secondPreferences("toytown-2021").orElseThrow();
        assertThat(table.files())
                .extracting(p -> p.getFileName().toString())
                .containsExactly("toytown_mayor_second_preferences.csv");
        TransferTable t = table.table();
        int cole = t.ids().indexOf("cole");
        assertThat(t.share(cole, t.ids().indexOf("able"))).isEqualTo(0.4);
        assertThat(t.share(cole, t.ids().indexOf("baker"))).isEqualTo(0.3);
    }

    @Test
    void londonsResultsOfTheSameDayAreTheSameWithAnotherPlacesFilesBeside() throws IOException {
        Election london = election("london-2021");
        ContestResult first = results().firstPreferences(london, "mayor").orElseThrow();
        ContestResult runoff = results().finalRound(london, "mayor").orElseThrow();
        long valid = results().validVotes(london, "mayor").orElseThrow();
        TransferTable table = secondPreferences("london-2021").orElseThrow().table();
        writeToytownsFiles();
        // A row of Toytown's file naming a London candidate is a mistake in Toytown's file, never London's votes.
        Files.writeString(
                root.resolve("results/toytown_mayor_results.csv"),
                "2021,1,Sadiq Khan,Labour,7,TEST\n",
                java.nio.file.StandardOpenOption.APPEND);
        assertThat(results().firstPreferences(london, "mayor")).contains(first);
        assertThat(results().finalRound(london, "mayor")).contains(runoff);
        assertThat(results().validVotes(london, "mayor")).hasValue(valid);
        TransferTableReader.Found again = secondPreferences("london-2021").orElseThrow();
        assertThat(again.files())
                .extracting(p -> p.getFileName().toString())
                .containsExactly("london_mayor_second_preferences.csv");
        assertThat(again.table().ids()).isEqualTo(table.ids());
        for (int i = 0; i < table.ids().size(); i++) {
            for (int j = 0; j < table.ids().size(); j++) {
                assertThat(again.table().share(i, j)).isEqualTo(table.share(i, j));
            }
        }
        assertThatThrownBy(() -> results().firstPreferences(election("toytown-2021"), "mayor"))
                .hasMessageContaining("toytown_mayor_results.csv:7: field 'candidate': 'Sadiq Khan' is not a"
                        + " candidate of toytown-2021 mayor by its definition's spelling (case and accents aside) or an alias (the 2021 rows of"
                        + " toytown_mayor_results.csv are toytown-2021's");
    }

    /**
     * A place whose single-winner contest is not called {@code mayor} (a Senate race's {@code senate}), on London's
     * polling day: London's rows of that year were asked whether they name a candidate of London's {@code senate}
     * contest, which it has not, and Sadiq Khan was refused as "not a candidate of any election held in 2021", so the
     * place's result could not be read at all. London's rows are its Mayor's; the place's own are its contest's.
     */
    @Test
    void aPlacesContestOfAnotherNameIsReadBesideLondonsMayorOfTheSameDay() throws IOException {
        Files.writeString(
                root.resolve("elections/toytown-2021.yaml"),
                Files.readString(root.resolve("elections/toytown-2021.yaml"))
                        .replace("  mayor:\n    system: supplementary-vote", "  senate:\n    system: fptp"));
        write("toytown_mayor_results.csv", """
                year,round,candidate,party,votes,source
                2021,1,Alice Able,Conservative,480,TEST
                2021,1,Bob Baker,Labour,420,TEST
                2021,1,Cath Cole,Green,100,TEST
                """);
        write("toytown_mayor_second_preferences.csv", """
                year,first_pref_candidate,second_pref_candidate,votes,source
                2021,Cath Cole,Alice Able,40,TEST
                """);
        assertThat(results()
                        .firstPreferences(election("toytown-2021"), "senate")
                        .orElseThrow()
                        .votes())
                .isEqualTo(Map.of("able", 480L, "baker", 420L, "cole", 100L));
        assertThat(results()
                        .firstPreferences(election("london-2021"), "mayor")
                        .orElseThrow()
                        .votes())
                .containsEntry("bailey", 893_051L);
        assertThat(TransferTableReader.table(
                        TransferTableReader.parse(ResultFiles.find(home, ResultFiles.Kind.MAYOR_SECOND_PREFERENCES)),
                        election("toytown-2021"),
                        "senate",
                        aliases,
                        RowOwners.of(catalog())))
                .hasValueSatisfying(t -> assertThat(t.files())
                        .extracting(p -> p.getFileName().toString())
                        .containsExactly("toytown_mayor_second_preferences.csv"));
    }

    /** Before files were per place, a candidate's name alone said whose a row was: a shared name took London's. */
    @Test
    void aLondonRowIsNeverAnotherPlacesEvenWhenItsCandidateHasTheSameName() throws IOException {
        toytown("""
                      - {id: bailey, name: Shaun Bailey, party: con}
                      - {id: baker, name: Bob Baker, party: lab}
                """);
        assertThat(results().firstPreferences(election("toytown-2021"), "mayor"))
                .isEmpty();
        write("toytown_mayor_results.csv", """
                year,round,candidate,party,votes,source
                2021,1,Shaun Bailey,Conservative,480,TEST
                2021,1,Bob Baker,Labour,420,TEST
                """);
        assertThat(results()
                        .firstPreferences(election("toytown-2021"), "mayor")
                        .orElseThrow()
                        .votes())
                .isEqualTo(Map.of("bailey", 480L, "baker", 420L));
        assertThat(results()
                        .firstPreferences(election("london-2021"), "mayor")
                        .orElseThrow()
                        .votes())
                .containsEntry("bailey", 893_051L);
    }

    @Test
    void anotherPlacesRowsOfAYearWithoutItsElectionAreNobodys() throws IOException {
        write("toytown_mayor_results.csv", """
                year,round,candidate,party,votes,source
                2024,1,Nobody Known,Independent,5,TEST
                """);
        write("toytown_election_turnout.csv", """
                year,contest,electorate,ballots_cast,valid_votes,rejected,turnout_pct,turnout_basis,source
                2024,mayor,,,5,,,,TEST
                """);
        Election london = election("london-2024");
        assertThat(results().firstPreferences(london, "mayor").orElseThrow().complete())
                .isTrue();
        assertThat(results().validVotes(london, "mayor")).hasValue(2_484_432);
    }

    @Test
    void aBadRowOfAPlacesFileNamesTheFileTheLineAndTheField() throws IOException {
        write("toytown_mayor_results.csv", """
                year,round,candidate,party,votes,source
                2021,1,Alice Able,Conservative,480,TEST
                2021,1,Alice Abel,Conservative,1,TEST
                """);
        Election toytown = election("toytown-2021");
        assertThatThrownBy(() -> results().firstPreferences(toytown, "mayor"))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith(root.resolve("results/toytown_mayor_results.csv") + ":3: field 'candidate':"
                        + " 'Alice Abel' is not a candidate of toytown-2021 mayor by its definition's spelling (case and accents aside) or an alias;"
                        + " did you mean 'Alice Able'?")
                .hasMessageContaining("another place's rows go in a file named for its own");
        write("toytown_mayor_results.csv", """
                year,round,candidate,party,votes,source
                2021,1,Alice Able,Conservative,480x,TEST
                """);
        assertThatThrownBy(() -> results().firstPreferences(toytown, "mayor"))
                .hasMessageContaining(
                        "toytown_mayor_results.csv:2: field 'votes': '480x' is not a whole number of votes");
        write("toytown_mayor_second_preferences.csv", """
                year,first_pref_candidate,second_pref_candidate,votes,source
                2021,Cath Cole,Alice Able,40,TEST
                2021,Cath Cole,Zed Zero,30,TEST
                """);
        assertThatThrownBy(() -> secondPreferences("toytown-2021"))
                .hasMessageContaining("toytown_mayor_second_preferences.csv:3: field 'second_pref_candidate'")
                .hasMessageContaining("Zed Zero");
        // London's count never reads them.
        assertThat(secondPreferences("london-2021")).isPresent();
    }

    /** A file named for no election's series goes by year, and a mistake in it says how to name it. */
    @Test
    void aFileNamedForNoSeriesSaysHowToNameIt() throws IOException {
        write("toytwon_mayor_results.csv", """
                year,round,candidate,party,votes,source
                2021,1,Alice Abel,Conservative,480,TEST
                """);
        assertThatThrownBy(() -> results().firstPreferences(election("toytown-2021"), "mayor"))
                .hasMessageContaining("toytwon_mayor_results.csv:2: field 'candidate': 'Alice Abel' is not a"
                        + " candidate of any election held in 2021 (london-2021, toytown-2021)")
                .hasMessageContaining("e.g. toytown_mayor_results.csv");
        write("toytwon_mayor_results.csv", """
                year,round,candidate,party,votes,source
                2021,1,Alice Able,Conservative,480,TEST
                """);
        assertThat(results()
                        .firstPreferences(election("toytown-2021"), "mayor")
                        .orElseThrow()
                        .votes())
                .containsEntry("able", 480L);
        // In a year of no other election, the row is the year's election's, and the message says the same.
        Files.writeString(
                root.resolve("elections/toytown-2022.yaml"),
                Files.readString(root.resolve("elections/toytown-2021.yaml")).replace("2021", "2022"));
        write("toytwon_mayor_results.csv", """
                year,round,candidate,party,votes,source
                2022,1,Alice Abel,Conservative,480,TEST
                """);
        assertThatThrownBy(() -> results().firstPreferences(election("toytown-2022"), "mayor"))
                .hasMessageContaining("toytwon_mayor_results.csv is named for no election's series ('toytwon')")
                .hasMessageContaining("e.g. toytown_mayor_results.csv");
    }

    @Test
    void aCopyOfAResultsFileLeftBesideItIsRefusedNotReadTwice() throws IOException {
        // A backup of London's file: its prefix names no series, so its rows are read by year, and each London
        // candidate would be given twice (before, the later file's figure silently replaced the first's).
        Files.copy(
                root.resolve("results/london_mayor_results.csv"),
                root.resolve("results/backup_london_mayor_results.csv"));
        assertThatThrownBy(() -> results().firstPreferences(election("london-2021"), "mayor"))
                .hasMessageContaining("backup_london_mayor_results.csv:")
                .hasMessageContaining("is given again for london-2021 round 1 (first at london_mayor_results.csv:");
    }

    @Test
    void filesAreFoundByTheirKindLondonsFirstThenByName() throws IOException {
        for (String name : List.of(
                "toytown_mayor_results.csv",
                "aaa_mayor_results.csv",
                "mayor_results.csv", // no prefix
                "toytown-mayor_results.csv", // no underscore: not this kind
                "toytown_mayor_results.csv.bak",
                "toytown_mayor_constituency_results.csv")) {
            write(name, "year,round,candidate,party,votes,source\n");
        }
        assertThat(ResultFiles.find(home, ResultFiles.Kind.MAYOR_RESULTS))
                .extracting(f -> f.path().getFileName().toString() + "=" + f.prefix())
                .containsExactly(
                        "london_mayor_results.csv=london",
                        "aaa_mayor_results.csv=aaa",
                        "toytown_mayor_results.csv=toytown");
        // Every bundled file is of exactly one kind.
        try (var files = Files.list(root.resolve("results"))) {
            for (Path f : files.filter(p -> p.getFileName().toString().startsWith("london_"))
                    .toList()) {
                long kinds = java.util.Arrays.stream(ResultFiles.Kind.values())
                        .filter(k -> ResultFiles.find(home, k).stream()
                                .anyMatch(r -> r.path().equals(f)))
                        .count();
                assertThat(kinds).as(f.toString()).isEqualTo(1);
            }
        }
    }

    /**
     * Assembly files name parties, not candidates, so a year's rows cannot be told apart by name: a place's own
     * file holds its rows, London's file London's.
     */
    @Test
    void assemblyFilesOfTwoPlacesOnOneDayKeepTheirOwnRows() throws IOException {
        Files.writeString(root.resolve("elections/toytown-2021.yaml"), """
                id: toytown-2021
                name: Toytown elections 2021
                date: 2021-05-06
                parties:
                  - {id: con, name: Conservative}
                  - {id: lab, name: Labour}
                contests:
                  assembly:
                    system: additional-member
                    seats: 3
                    listSeats: 1
                    method: dhondt-modified
                    threshold: 5
                    parties: [con, lab]
                    constituencies:
                      - {id: north, name: North}
                      - {id: south, name: South}
                """);
        write("toytown_assembly_list_results.csv", """
                year,party,votes,list_seats,constituency_seats,source
                2021,Conservative,600,0,2,TEST
                2021,Labour,400,1,0,TEST
                """);
        write("toytown_assembly_constituency_results.csv", """
                year,constituency,party,candidate,votes,elected,source,complete
                2021,North,Conservative,,300,1,TEST,yes
                2021,North,Labour,,200,0,TEST,yes
                """);
        RowOwners owners = RowOwners.of(catalog());
        Election toytown = election("toytown-2021");
        AssemblyVotes list = AssemblyResultsReader.read(
                ResultFiles.find(home, ResultFiles.Kind.ASSEMBLY_LIST_RESULTS), owners, toytown, aliases);
        assertThat(list.listVotes()).containsExactly(600.0, 400.0);
        assertThat(list.constituencySeats()).containsExactly(2, 0);
        Election london = election("london-2021");
        AssemblyVotes londons = AssemblyResultsReader.read(
                ResultFiles.find(home, ResultFiles.Kind.ASSEMBLY_LIST_RESULTS), owners, london, aliases);
        assertThat(londons.listVotes()[londons.parties().indexOf("lab")]).isEqualTo(986_609);
        Map<String, ConstituencyVotes> seats = ConstituencyResultsReader.read(
                ResultFiles.find(home, ResultFiles.Kind.ASSEMBLY_CONSTITUENCY_RESULTS),
                owners,
                toytown,
                toytown.contest("assembly").orElseThrow(),
                aliases);
        assertThat(seats).containsOnlyKeys("North");
        assertThat(ConstituencyResultsReader.read(
                        ResultFiles.find(home, ResultFiles.Kind.ASSEMBLY_CONSTITUENCY_RESULTS),
                        owners,
                        london,
                        london.contest("assembly").orElseThrow(),
                        aliases))
                .hasSize(14)
                .doesNotContainKey("North");
    }
}
