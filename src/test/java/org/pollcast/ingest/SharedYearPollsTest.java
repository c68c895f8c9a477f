package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.BadInputException;
import org.pollcast.poll.StoredPoll;
import org.pollcast.store.PollQuery;
import org.pollcast.store.PollStore;

/**
 * Polls whose file names the year, not the election, once another place's election is defined on London's polling
 * day (the West Midlands Mayor was elected with London's in 2021 and 2024). Defining it used to refuse every such
 * row of that year, London's included ("more than one election in 2021; use --election"): the shared long files
 * (one {@code year} column) and every encyclopedia page, whose title gives the year, stopped loading. A poll whose
 * names are the candidates of one of the year's elections only is that election's, as results rows are told apart;
 * names that fit several (party names) still need the file to say which.
 */
class SharedYearPollsTest {
    @TempDir
    Path root;

    private Ingester ingester;
    private PollStore store;

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
        ingester =
                new Ingester(new ElectionCatalog(home), AliasTable.load(List.of(home.aliases())), IngestFixtures.CLOCK);
        store = PollStore.open(root.resolve("store.db"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Path write(String name, String text) throws IOException {
        Path file = root.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    @Test
    void aYearsPollsGoToTheElectionWhoseCandidatesTheyName() throws IOException {
        Path file = write(
                "year-2021.csv",
                "year,pollster,fieldwork_start,fieldwork_end,sample_size,scope,candidate_or_party,share\n"
                        + "2021,YouGov,2021-04-28,2021-05-04,1141,first_pref,Sadiq Khan,48\n"
                        + "2021,YouGov,2021-04-28,2021-05-04,1141,first_pref,Shaun Bailey,31\n"
                        + "2021,Survation,2021-04-26,2021-04-28,1000,first_pref,Alice Able,50\n"
                        + "2021,Survation,2021-04-26,2021-04-28,1000,first_pref,Bob Baker,40\n"
                        + "2021,Survation,2021-04-26,2021-04-28,1000,first_pref,Cath Cole,10\n");
        IngestReport r = ingester.ingest(file.toString(), store, IngestSettings.withDefaults());
        assertThat(r.added()).isEqualTo(2);
        assertThat(store.polls(PollQuery.of("london-2021")))
                .extracting(StoredPoll::poll)
                .singleElement()
                .satisfies(p -> assertThat(p.shares()).containsKeys("khan", "bailey"));
        assertThat(store.polls(PollQuery.of("toytown-2021")))
                .extracting(StoredPoll::poll)
                .singleElement()
                .satisfies(p -> assertThat(p.shares()).containsKeys("able", "baker", "cole"));
    }

    @Test
    void namesThatFitSeveralOfTheYearsElectionsStillNeedTheFileToSayWhich() throws IOException {
        Path file = write(
                "parties-2021.csv",
                "year,pollster,fieldwork_start,fieldwork_end,sample_size,scope,Labour,Conservative\n"
                        + "2021,YouGov,2021-04-28,2021-05-04,1141,first_pref,48,31\n");
        assertThatThrownBy(() -> ingester.ingest(file.toString(), store, IngestSettings.withDefaults()))
                .isInstanceOf(BadInputException.class)
                .satisfies(e -> assertThat(e.getMessage() + "\n" + String.join("\n", ((BadInputException) e).details()))
                        .contains("parties-2021.csv:2: field 'year'")
                        .contains("london-2021")
                        .contains("toytown-2021")
                        .contains("--election"));
    }

    /**
     * An encyclopedia page's title names the place as well as the year ("2024 West Midlands mayoral election"). A
     * poll whose names fit two of the year's elections (a party standing for its candidate, or "Richard Parker
     * Labour" read word by word as London's Labour candidate) is the election's of the place the title names. The
     * West Midlands 2024 page's More in Common row named only Parker, Street, Williams and Harper-Nunes, and was
     * refused ("the names of this poll fit london-2024 and wm-2024").
     */
    @Test
    void aPagesTitleSaysWhichOfTheYearsElectionsItsPollsAreAbout() throws IOException {
        Path page = write("toytown.html", """
                <html><head><title>2021 Toytown mayoral election - Wikipedia</title></head><body>
                <h1>2021 Toytown mayoral election</h1><h2>Opinion polling</h2>
                <table class="wikitable"><tr><th>Pollster</th><th>Dates conducted</th><th>Sample size</th>
                <th>Alice Able Conservative</th><th>Bob Baker Labour</th></tr>
                <tr><td>Survation</td><td>26–28 Apr 2021</td><td>1,000</td><td>50%</td><td>40%</td></tr>
                </table></body></html>""");
        IngestReport r = ingester.ingest(page.toString(), store, IngestSettings.withDefaults());
        assertThat(r.added()).isEqualTo(1);
        assertThat(store.polls(PollQuery.of("toytown-2021")))
                .extracting(StoredPoll::poll)
                .singleElement()
                .satisfies(p -> assertThat(p.shares()).containsKeys("able", "baker"));
        assertThat(store.polls(PollQuery.of("london-2021"))).isEmpty();
    }

    @Test
    void aTitleNamingNoneOrSeveralOfTheYearsPlacesLeavesItToTheNames() throws IOException {
        Path page = write("both.html", """
                <html><head><title>Toytown and London mayoral voting intention 2021</title></head><body>
                <h1>2021 Toytown and London mayoral elections</h1>
                <table class="wikitable"><tr><th>Pollster</th><th>Dates conducted</th><th>Sample size</th>
                <th>Conservative</th><th>Labour</th></tr>
                <tr><td>Survation</td><td>26–28 Apr 2021</td><td>1,000</td><td>50%</td><td>40%</td></tr>
                </table></body></html>""");
        // Party names fit both places (each party's one candidate); "Alice Able Conservative" would not: Alice Able
        // is no name of London's Conservative candidate.
        assertThatThrownBy(() -> ingester.ingest(page.toString(), store, IngestSettings.withDefaults()))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("the names of this poll fit london-2021 and toytown-2021")
                .hasMessageContaining("names several of their places (london-2021: London, toytown-2021: Toytown)");
    }

    /**
     * A page about a place whose election is not defined (Greater Manchester, the same day as London in 2021) says
     * so, rather than only that the names fit none of the year's elections. (The figures are made up: nothing from
     * the page can be stored.)
     */
    @Test
    void aTitleNamingAnUndefinedPlaceSaysToDefineItsElection() throws IOException {
        Path page = write("gm.html", """
                <html><head><title>2021 Greater Manchester mayoral election - Wikipedia</title></head><body>
                <h1>2021 Greater Manchester mayoral election</h1>
                <table class="wikitable"><tr><th>Pollster</th><th>Dates conducted</th><th>Burnham</th><th>Evans</th></tr>
                <tr><td>Survation</td><td>26–28 Apr 2021</td><td>60%</td><td>20%</td></tr>
                </table></body></html>""");
        assertThatThrownBy(() -> ingester.ingest(page.toString(), store, IngestSettings.withDefaults()))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("the page title '2021 Greater Manchester mayoral election' names none of their"
                        + " places (london-2021: London, toytown-2021: Toytown): if it is about another place, define"
                        + " its election");
    }

    /**
     * A party column the election does not define (the SNP on a Great Britain table, before the definition named it)
     * made the poll fit none of the year's elections, and the refusal said "the names of this poll are options of none
     * of them" though all but one were: it now names the election the poll nearly fits and what that one lacks.
     */
    @Test
    void aPollThatNearlyFitsOneOfTheYearsElectionsIsToldWhatThatOneLacks() throws IOException {
        Path file = write(
                "parties-2021.csv",
                "year,pollster,fieldwork_start,fieldwork_end,sample_size,scope,Conservative,Labour,Green,SNP\n"
                        + "2021,YouGov,2021-04-28,2021-05-04,1141,first_pref,40,35,20,5\n");
        assertThatThrownBy(() -> ingester.ingest(file.toString(), store, IngestSettings.withDefaults()))
                .isInstanceOf(BadInputException.class)
                .satisfies(e -> assertThat(e.getMessage() + "\n" + String.join("\n", ((BadInputException) e).details()))
                        .contains("london-2021 and toytown-2021 have every name of this poll but 'SNP'"));
    }
}
