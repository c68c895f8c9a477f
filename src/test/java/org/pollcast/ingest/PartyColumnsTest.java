package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pollcast.ingest.IngestFixtures.CATALOG;
import static org.pollcast.ingest.IngestFixtures.ingester;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.BadInputException;
import org.pollcast.election.Scope;
import org.pollcast.poll.Poll;
import org.pollcast.poll.StoredPoll;
import org.pollcast.store.PollQuery;
import org.pollcast.store.PollStore;

/**
 * Columns headed by party names fit the Mayor (each party's one candidate) and the Assembly (the parties) alike.
 * Such a file used to be filed as Assembly polls without a word, and the mayoral forecast then had no polls: now
 * the file must say which (a contest or scope column, a table title) or {@code --contest} does. Savanta's mayoral
 * poll of 12 March 2024 (Lab 51, Con 27, LD 10, Green 8, Reform 2) was published by party, as firms often do.
 */
class PartyColumnsTest {
    private static final String SAVANTA =
            "pollster,fieldwork_end,sample_size,Labour,Conservative,Lib Dem,Green,Reform\n"
                    + "Savanta,2024-03-12,1510,51,27,10,8,2\n";
    /** Find Out Now for Reform UK, May 2025 (FON2025MAY): mayoral voting intention by party, no candidates yet. */
    private static final String FIND_OUT_NOW_2028 =
            "pollster,client,published,sample_size,%s\n" + "Find Out Now,Reform UK,2025-05-12,1102,33,20,10,13,20\n";

    @TempDir
    Path dir;

    PollStore store;

    @BeforeEach
    void open() {
        store = PollStore.open(dir.resolve("s.db"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private static IngestSettings forElection(String id) {
        return IngestSettings.withDefaults().withElection(CATALOG.resolve(id));
    }

    private List<Poll> polls(String election) {
        return store.polls(PollQuery.of(election)).stream()
                .map(StoredPoll::poll)
                .toList();
    }

    private static String whole(Throwable e) {
        return e.getMessage() + "\n" + String.join("\n", ((BadInputException) e).details());
    }

    @Test
    void partyColumnsWithNothingToSayWhichContestAreRefusedNotFiledAsAssembly() throws IOException {
        Path file = write("savanta.csv", SAVANTA);
        for (IngestSettings s :
                List.of(forElection("london-2024"), forElection("london-2024").withSkipInvalid(true))) {
            // Skipping invalid rows does not help: every row would be either, and the choice is the file's.
            assertThatThrownBy(() -> ingester().ingest(file.toString(), store, s))
                    .isInstanceOf(BadInputException.class)
                    .satisfies(e -> assertThat(whole(e))
                            .contains(file + ":2: field 'contest': cannot tell which contest of london-2024 this poll"
                                    + " is about: its columns name options of mayor and assembly alike, and the file"
                                    + " does not say which; add a contest column (mayor, assembly) or a scope column,"
                                    + " or pass --contest mayor or --contest assembly (nothing from this file was"
                                    + " stored)")
                            .contains("header: pollster,fieldwork_end,sample_size,Labour,Conservative,Lib Dem,Green,"
                                    + "Reform")
                            .contains("as mayor: Labour = Sadiq Khan, Conservative = Susan Hall, Lib Dem = Rob Blackie,"
                                    + " Green = Zoë Garbett, Reform = Howard Cox")
                            .contains("as assembly: Labour = Labour, Conservative = Conservative, Lib Dem = Liberal"
                                    + " Democrats"));
        }
        assertThat(polls("london-2024")).isEmpty();
    }

    @Test
    void contestMayorFilesThemAsFirstPreferencesOfEachPartysCandidate() throws IOException {
        Path file = write("savanta.csv", SAVANTA);
        IngestReport r = ingester()
                .ingest(file.toString(), store, forElection("london-2024").withContest("mayor"));
        assertThat(r.summary()).endsWith(": 1 poll, 1 added, 0 already stored (london-2024 mayor, first preferences)");
        Poll p = polls("london-2024").get(0);
        assertThat(p.contest()).isEqualTo("mayor");
        assertThat(p.scope()).isEqualTo(Scope.FIRST_PREF);
        assertThat(p.shares())
                .containsExactly(
                        Map.entry("khan", 51.0),
                        Map.entry("hall", 27.0),
                        Map.entry("blackie", 10.0),
                        Map.entry("garbett", 8.0),
                        Map.entry("cox", 2.0));
    }

    @Test
    void contestAssemblyFilesThemAsAnAssemblyPollOfNoStatedBallot() throws IOException {
        Path file = write("savanta.csv", SAVANTA);
        IngestReport r = ingester()
                .ingest(file.toString(), store, forElection("london-2024").withContest("assembly"));
        assertThat(r.summary()).endsWith("(london-2024 assembly, ballot not stated)");
        assertThat(polls("london-2024"))
                .singleElement()
                .satisfies(p -> assertThat(p.scope()).isEqualTo(Scope.UNSPECIFIED))
                .satisfies(p -> assertThat(p.shares()).containsOnlyKeys("lab", "con", "ld", "grn", "reform"));
    }

    @Test
    void aContestColumnSaysWhichAndMustAgreeWithContest() throws IOException {
        Path file = write(
                "c.csv", SAVANTA.replaceFirst("pollster,", "contest,pollster,").replace("Savanta,", "mayor,Savanta,"));
        ingester().ingest(file.toString(), store, forElection("london-2024"));
        assertThat(polls("london-2024")).extracting(Poll::contest).containsExactly("mayor");

        Path other = write(
                "d.csv",
                SAVANTA.replaceFirst("pollster,", "contest,pollster,")
                        .replace("Savanta,", "assembly,Savanta,")
                        .replace("2024-03-12", "2024-03-13"));
        assertThatThrownBy(() -> ingester()
                        .ingest(
                                other.toString(),
                                store,
                                forElection("london-2024").withContest("mayor")))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining(other + ":2: field 'contest': 'assembly' but --contest is mayor");
    }

    @Test
    void london2028PartyColumnsFitThreeContestsAndContestMayorGivesThePlaceholderCandidates() throws IOException {
        // 2028's candidates are placeholders whose ids are their parties' ids ("Labour candidate" is lab), and its
        // Westminster contest has the parties as options too: party columns fit all three.
        Path file = write("fon.csv", FIND_OUT_NOW_2028.formatted("Labour,Conservative,Lib Dem,Green,Reform UK"));
        assertThatThrownBy(() -> ingester().ingest(file.toString(), store, forElection("london-2028")))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("its columns name options of mayor, assembly and westminster alike")
                .hasMessageContaining("or pass --contest mayor, --contest assembly or --contest westminster")
                .satisfies(e -> assertThat(((BadInputException) e).details())
                        .contains("as mayor: Labour = Labour candidate, Conservative = Conservative candidate, Lib Dem"
                                + " = Liberal Democrat candidate, Green = Green candidate, Reform UK = Laila"
                                + " Cunningham"));
        assertThat(polls("london-2028")).isEmpty();

        IngestReport r = ingester()
                .ingest(file.toString(), store, forElection("london-2028").withContest("mayor"));
        assertThat(r.summary()).endsWith("(london-2028 mayor, first preferences)");
        assertThat(polls("london-2028"))
                .singleElement()
                .satisfies(p -> assertThat(p.shares())
                        .containsExactly(
                                Map.entry("lab", 33.0),
                                Map.entry("con", 20.0),
                                Map.entry("ld", 10.0),
                                Map.entry("grn", 13.0),
                                Map.entry("reform", 20.0)));
    }

    @Test
    void london2028PlaceholderNamesAreTheMayorsOnly() throws IOException {
        // "Labour candidate" is how the definition names the placeholder; no party or Westminster option reads so.
        Path file = write(
                "fon.csv",
                FIND_OUT_NOW_2028.formatted("Labour candidate,Conservative candidate,Liberal Democrat candidate,"
                        + "Green candidate,Reform UK candidate"));
        IngestReport r = ingester().ingest(file.toString(), store, forElection("london-2028"));
        assertThat(r.summary()).endsWith("(london-2028 mayor, first preferences)");
        assertThat(polls("london-2028"))
                .singleElement()
                .satisfies(p -> assertThat(p.shares()).containsOnlyKeys("lab", "con", "ld", "grn", "reform"));
    }

    @Test
    void aTableTitleSaysWhichContestItsPartyColumnsAreAbout() throws IOException {
        String table = """
                <table class="wikitable"><tr><th>Pollster</th><th>Fieldwork end</th><th>Lab</th><th>Con</th>
                <th>LD</th><th>Green</th><th>Reform</th></tr>
                <tr><td>Savanta</td><td>12 Mar 2024</td><td>51</td><td>27</td><td>10</td><td>8</td><td>2</td></tr>
                </table>""";
        Path mayoral = write("m.html", "<html><body><h2>Mayoral voting intention</h2>" + table + "</body></html>");
        ingester().ingest(mayoral.toString(), store, forElection("london-2024"));
        assertThat(polls("london-2024")).extracting(Poll::contest).containsExactly("mayor");

        try (PollStore other = PollStore.open(dir.resolve("o.db"))) {
            Path assembly = write("a.html", "<html><body><h2>London Assembly</h2>" + table + "</body></html>");
            ingester().ingest(assembly.toString(), other, forElection("london-2024"));
            assertThat(other.polls(PollQuery.of("london-2024")))
                    .extracting(sp -> sp.poll().contest() + " " + sp.poll().scope())
                    .containsExactly("assembly unspecified");
        }

        Path untitled = write("u.html", "<html><body><h2>Opinion polls</h2>" + table + "</body></html>");
        assertThatThrownBy(() -> ingester().ingest(untitled.toString(), store, forElection("london-2024")))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining(untitled + ":table 1 row 2: field 'contest': cannot tell which contest")
                .satisfies(e -> assertThat(((BadInputException) e).details())
                        .contains("table columns: Pollster,Fieldwork end,Lab,Con,LD,Green,Reform"));
    }

    @Test
    void theSummarySaysWhatEachContestAndScopeGot() throws IOException {
        IngestReport bundled = ingester().ingest("data/polls/london-2012.csv", store, IngestSettings.withDefaults());
        assertThat(bundled.summary())
                .isEqualTo("data/polls/london-2012.csv (wide-csv): 35 polls, 35 added, 0 already stored (london-2012"
                        + " mayor: first preferences 15, run-off 16; london-2012 assembly: constituency vote 2, list"
                        + " vote 2)");

        // A row repeated in the file is one poll, and counted once.
        Path file = write(
                "mixed.csv",
                "contest,scope,pollster,fieldwork_end,Labour,Conservative\n"
                        + "mayor,first_pref,Savanta,2024-03-12,51,27\n"
                        + "mayor,first_pref,Savanta,2024-03-12,51,27\n"
                        + "assembly,list,Savanta,2024-03-12,40,25\n");
        IngestReport r = ingester().ingest(file.toString(), store, forElection("london-2024"));
        assertThat(r.summary())
                .isEqualTo(file + " (wide-csv): 2 polls, 2 added, 1 already stored (london-2024 mayor: first"
                        + " preferences 1; london-2024 assembly: list vote 1)");

        // Against no store (the Savanta poll of 12 March above is stored with other figures: a dry run against this
        // store finds that conflict, as the real run would, CliTest.ingestDryRunChecksTheStoredPolls).
        IngestReport dry = ingester()
                .ingest(
                        write("savanta.csv", SAVANTA).toString(),
                        null,
                        forElection("london-2024").withContest("mayor").withDryRun(true));
        assertThat(dry.summary())
                .endsWith(": 1 poll valid (london-2024 mayor, first preferences); dry run, nothing stored");
    }
}
