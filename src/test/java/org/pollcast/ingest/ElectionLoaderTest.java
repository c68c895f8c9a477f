package org.pollcast.ingest;

import org.pollcast.election.SeatMethod;
import org.pollcast.election.Candidate;
import org.pollcast.election.VotingSystem;
import org.pollcast.election.AdditionalMemberContest;
import org.pollcast.election.Option;
import org.pollcast.election.SingleWinnerContest;
import org.pollcast.election.Election;
import org.pollcast.ingest.ElectionLoader;
import org.pollcast.ingest.ElectionCatalog;
import org.pollcast.ingest.DataHome;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pollcast.BadInputException;

class ElectionLoaderTest {
    private static final ElectionCatalog BUNDLED = new ElectionCatalog(new DataHome(Path.of("data")));

    @TempDir
    Path dir;

    @Test
    void everyBundledDefinitionLoadsAndCrossChecks() {
        List<Election> all = BUNDLED.all();
        assertThat(all).extracting(Election::id).containsExactly("london-2000", "london-2004", "london-2008",
                "london-2012", "london-2016", "london-2021", "london-2024", "london-2028");
        for (Election e : all) {
            AdditionalMemberContest assembly = (AdditionalMemberContest) e.contest("assembly").orElseThrow();
            assertThat(assembly.seats()).isEqualTo(25);
            assertThat(assembly.constituencySeats()).isEqualTo(14);
            assertThat(assembly.listSeats()).isEqualTo(11);
            assertThat(assembly.method()).isEqualTo(SeatMethod.DHONDT_MODIFIED);
            assertThat(assembly.threshold()).isEqualTo(5.0);
        }
    }

    @Test
    void mayoralSystemsFollowTheLaw() {
        // Supplementary Vote 2000–2021, first-past-the-post in 2024, Supplementary Vote again from 2028.
        assertThat(BUNDLED.resolve("london-2008").contest("mayor").orElseThrow().system()).isEqualTo(VotingSystem.SUPPLEMENTARY_VOTE);
        assertThat(BUNDLED.resolve("london-2024").contest("mayor").orElseThrow().system()).isEqualTo(VotingSystem.FPTP);
        Election e2028 = BUNDLED.resolve("london-2028");
        assertThat(e2028.contest("mayor").orElseThrow().system()).isEqualTo(VotingSystem.SUPPLEMENTARY_VOTE);
        assertThat(e2028.baseline()).isEqualTo("london-2024");
        assertThat(e2028.date()).isEqualTo(LocalDate.of(2028, 5, 4));
    }

    @Test
    void candidatesOf2008AreTheOfficialTen() {
        SingleWinnerContest mayor = (SingleWinnerContest) BUNDLED.resolve("london-2008").contest("mayor").orElseThrow();
        assertThat(mayor.candidates()).hasSize(10);
        assertThat(mayor.candidates().get(0)).isEqualTo(new Candidate("johnson", "Boris Johnson", "con"));
        assertThat(mayor.options().get(mayor.options().size() - 1).id()).isEqualTo(Option.OTHER);
    }

    @Test
    void resolvesAPathAsWellAsAnId() throws IOException {
        Path copy = dir.resolve("my-election.yaml");
        Files.copy(Path.of("data/elections/london-2012.yaml"), copy);
        assertThat(BUNDLED.resolve(copy.toString()).id()).isEqualTo("london-2012");
    }

    @Test
    void unknownIdListsTheKnownOnes() {
        assertThatThrownBy(() -> BUNDLED.resolve("london-2099")).isInstanceOf(BadInputException.class)
                .hasMessageContaining("unknown election 'london-2099'").hasMessageContaining("london-2008");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unknown system|system: supplementary-vote|system: alternative-vote|field 'contests.mayor.system': unknown system 'alternative-vote'",
        "duplicate candidate id|{id: b, name: Bee, party: p}|{id: a, name: Bee, party: p}|field 'contests.mayor.candidates[1].id': duplicate id 'a'",
        "threshold above 100|threshold: 5|threshold: 105|field 'contests.assembly.threshold': 105.0 is outside 0–100",
        "negative threshold|threshold: 5|threshold: -1|field 'contests.assembly.threshold': -1.0 is outside 0–100",
        "seats do not add up|seats: 4|seats: 5|field 'contests.assembly.seats': seats do not add up: 2 constituencies + 2 list seats = 4, but seats is 5",
        "unknown method|method: dhondt-modified|method: hare|field 'contests.assembly.method': unknown method 'hare'",
        "unknown field|listSeats: 2|listSeat: 2|field 'contests.assembly.listSeat': unknown field",
        "unknown party|party: p}|party: q}|field 'contests.mayor.candidates[0].party': unknown party 'q'",
        "bad date|date: 2030-05-02|date: 2030-02-30|field 'date': '2030-02-30' is not a date",
        "reserved id|{id: a, name: Ay|{id: other, name: Ay|field 'contests.mayor.candidates[0].id': 'other' is reserved",
        "duplicate constituency|{id: c2, name: Two}|{id: c1, name: Two}|field 'contests.assembly.constituencies[1].id': duplicate id 'c1'",
    })
    void invalidDefinitionNamesFileAndField(String what, String replace, String with, String expected) throws IOException {
        Path file = dir.resolve("test.yaml");
        String valid = """
                id: test
                name: Test election
                date: 2030-05-02
                parties:
                  - {id: p, name: Party P}
                contests:
                  mayor:
                    system: supplementary-vote
                    candidates:
                      - {id: a, name: Ay, party: p}
                      - {id: b, name: Bee, party: p}
                  assembly:
                    system: additional-member
                    seats: 4
                    listSeats: 2
                    method: dhondt-modified
                    threshold: 5
                    parties: [p]
                    constituencies:
                      - {id: c1, name: One}
                      - {id: c2, name: Two}
                """;
        assertThat(ElectionLoader.load(writeTo(file, valid)).id()).isEqualTo("test");
        assertThat(valid).as(what).contains(replace);
        writeTo(file, valid.replace(replace, with));
        assertThatThrownBy(() -> ElectionLoader.load(file)).as(what).isInstanceOf(BadInputException.class)
                .hasMessageStartingWith(file + ": ").hasMessageContaining(expected);
    }

    @Test
    void brokenYamlNamesTheLine() throws IOException {
        Path file = writeTo(dir.resolve("broken.yaml"), "id: x\nname: [unclosed\ndate: 2030-01-01\n");
        assertThatThrownBy(() -> ElectionLoader.load(file)).isInstanceOf(BadInputException.class)
                .hasMessageStartingWith(file + ":").hasMessageContaining("not valid YAML");
    }

    @Test
    void baselineMustExistAndComeEarlier() throws IOException {
        Path elections = Files.createDirectories(dir.resolve("data/elections"));
        Files.copy(Path.of("data/elections/london-2000.yaml"), elections.resolve("london-2000.yaml"));
        Files.writeString(elections.resolve("later.yaml"), Files.readString(Path.of("data/elections/london-2008.yaml"))
                .replace("id: london-2008", "id: later").replace("baseline: london-2004", "baseline: london-2004x"));
        ElectionCatalog catalog = new ElectionCatalog(new DataHome(dir.resolve("data")));
        assertThatThrownBy(catalog::all).isInstanceOf(BadInputException.class)
                .hasMessageContaining("later.yaml: field 'baseline': unknown election 'london-2004x'");
    }

    @Test
    void fileNameMustMatchId() throws IOException {
        Path elections = Files.createDirectories(dir.resolve("data/elections"));
        Files.copy(Path.of("data/elections/london-2000.yaml"), elections.resolve("renamed.yaml"));
        ElectionCatalog catalog = new ElectionCatalog(new DataHome(dir.resolve("data")));
        assertThatThrownBy(() -> catalog.resolve("renamed")).isInstanceOf(BadInputException.class)
                .hasMessageContaining("field 'id': 'london-2000' does not match the file name 'renamed'");
    }

    private static Path writeTo(Path file, String text) throws IOException {
        Files.writeString(file, text);
        return file;
    }
}
