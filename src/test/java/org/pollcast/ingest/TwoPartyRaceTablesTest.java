package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
 * The encyclopedia's poll table of a two-party race (Pennsylvania's 2024 Senate election: Casey and McCormick, with a
 * Libertarian, a Green and a Constitution candidate on the ballot whom no poll of the table names), as a blind user
 * read it. Figures are the sources' (src/test/resources/ingest/README.md).
 */
class TwoPartyRaceTablesTest {
    static final String HEAD = "Poll source,Date(s) administered,Sample size[a],Margin of error,"
            + "Bob Casey Jr. (D),Dave McCormick (R),Other,Undecided\n";
    static final String ROWS = "CNN/SSRS[1],\"October 23–28, 2024\",819 (RV),± 4.7%,48%,45%,4%,–\n"
            + "AtlasIntel[2],\"October 12–17, 2024\",–,± 2.0%,47.1%,48.3%,–,–\n"
            + "Siena College/The New York Times/The Philadelphia Inquirer[4],\"October 7–10, 2024\","
            + "857 (LV),± 3.3%,48%,44%,–,–\n";

    @TempDir
    Path root;

    private Ingester ingester;
    private IngestSettings settings;

    @BeforeEach
    void addTheElections() throws IOException {
        IngestFixtures.copyDataWith(root, "pa-senate-2018.yaml", "pa-senate-2024.yaml");
        Files.copy(
                Path.of("src/test/resources/ingest/results/pa-senate_mayor_results.csv"),
                root.resolve("results/pa-senate_mayor_results.csv"));
        load();
    }

    private void load() {
        DataHome home = new DataHome(root);
        ElectionCatalog catalog = new ElectionCatalog(home);
        ingester = new Ingester(catalog, AliasTable.load(List.of(home.aliases())), IngestFixtures.CLOCK);
        settings = IngestSettings.withDefaults().withAcceptNewPollsters(true);
    }

    private Path write(String name, String text) throws IOException {
        Path file = root.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private static List<Poll> polls(PollStore store, String election) {
        return store.polls(PollQuery.of(election)).stream()
                .map(StoredPoll::poll)
                .toList();
    }

    /**
     * Every poll of the table names the two nominees only, 85 to 97 together, while three minor candidates stood:
     * each was left out as a hypothetical head-to-head, and nothing was stored. The baseline (2018: everyone but the
     * Democrat and the Republican won 1.6%) says the others need little room: they are the race's polls.
     */
    @Test
    void theTwoNomineesPollsAreReadWhenTheOthersWonLittleAtTheBaseline() throws IOException {
        try (PollStore store = PollStore.open(root.resolve("pa.db"))) {
            IngestReport r = ingester.ingest(
                    write("pa.csv", HEAD + ROWS).toString(), store, settings.withElection(election("pa-senate-2024")));
            assertThat(r.summary())
                    .contains("3 polls, 3 added, 0 already stored (pa-senate-2024 senate, first preferences)");
            assertThat(r.notes()).noneMatch(n -> n.contains("head-to-head"));
            assertThat(polls(store, "pa-senate-2024"))
                    .extracting(p -> p.shares().get("mccormick"))
                    .containsExactlyInAnyOrder(45.0, 48.3, 44.0);
        }
    }

    /** With no baseline to measure the others by, such polls are judged as before: match-ups, left out with a note. */
    @Test
    void withNoBaselineTheyAreStillLeftOutAsMatchUps() throws IOException {
        Path definition = root.resolve("elections/pa-senate-2024.yaml");
        Files.writeString(definition, Files.readString(definition).replace("baseline: pa-senate-2018\n", ""));
        load();
        try (PollStore store = PollStore.open(root.resolve("none.db"))) {
            Path file = write("pa.csv", HEAD + ROWS);
            assertThatThrownBy(() ->
                            ingester.ingest(file.toString(), store, settings.withElection(election("pa-senate-2024"))))
                    .isInstanceOf(BadInputException.class)
                    .hasMessageContaining("every poll was left out: line 2 skipped: names only Bob Casey Jr. and Dave"
                            + " McCormick (93 together) while John Thomas stood: a hypothetical head-to-head")
                    .hasMessageContaining("line 4 skipped");
            assertThat(polls(store, "pa-senate-2024")).isEmpty();
        }
    }

    /**
     * Where the others won much at the baseline, a poll of two leaving them little is still a match-up, and the note
     * says by how much. london-2024 (first past the post) after 2021, when everyone but Khan and Bailey won 24.7%:
     * the figures of this match-up are made up, since it must never be stored.
     */
    @Test
    void aMatchUpLeavingTheOthersLessThanHalfTheirBaselineIsLeftOut() throws IOException {
        Path file = write("london.csv", "Pollster,Fieldwork end,Sadiq Khan,Susan Hall\n" + "YouGov,2024-04-20,50,40\n");
        try (PollStore store = PollStore.open(root.resolve("london.db"))) {
            assertThatThrownBy(() -> ingester.ingest(
                            file.toString(),
                            store,
                            settings.withElection(election("london-2024")).withContest("mayor")))
                    .isInstanceOf(BadInputException.class)
                    .hasMessageContaining("line 2 skipped: names only Sadiq Khan and Susan Hall (90 together) while Rob"
                            + " Blackie stood; it leaves 10 to the others, who won 24.7 at london-2021: a hypothetical"
                            + " head-to-head");
            assertThat(polls(store, "london-2024")).isEmpty();
        }
    }

    /**
     * An "others" column does not make a match-up the race where the baseline says what the others won: Khan 52, Hall 40
     * and others 8 place everyone, but leave the others a third of their 24.7 at london-2021. A rule for tables with no
     * baseline (Toronto 2018's Forum poll, Tory 56, Keesmaat 29, others 15) read it as the race before the baseline was
     * asked (review).
     */
    @Test
    void anOthersColumnDoesNotOverruleTheBaseline() throws IOException {
        Path file = write(
                "london-others.csv",
                "Pollster,Fieldwork end,Sadiq Khan,Susan Hall,Other\n" + "YouGov,2024-04-20,52,40,8\n");
        try (PollStore store = PollStore.open(root.resolve("london-others.db"))) {
            assertThatThrownBy(() -> ingester.ingest(
                            file.toString(),
                            store,
                            settings.withElection(election("london-2024")).withContest("mayor")))
                    .isInstanceOf(BadInputException.class)
                    .hasMessageContaining("it leaves 8 to the others, who won 24.7 at london-2021");
            assertThat(polls(store, "london-2024")).isEmpty();
        }
    }

    /**
     * A survey's registered voters' line under its likely voters' line, pollster and dates spanning both: in a
     * two-party race both lines give two figures, and the second was read as the survey's run-off (under first past
     * the post, a head-to-head question), stored beside its first preferences. Its own sample cell names its
     * population: it is the survey among registered voters, and the likely voters' figures are kept.
     */
    @Test
    void aRegisteredVotersLineIsThatPopulationNotARunoff() throws IOException {
        String copied = HEAD
                + "Franklin & Marshall College[3],\"October 9–20, 2024\",– (LV),± 5.0%,49%,48%,–,–\n"
                + ",,794 (RV),± 4.3%,49%,42%,–,–\n";
        String page = "<html><head><title>2024 United States Senate election in Pennsylvania - Wikipedia</title></head>"
                + "<body><h2>Polling</h2><table class=\"wikitable\"><tr><th>Poll source</th><th>Date(s)<br>administered"
                + "</th><th>Sample<br>size</th><th>Margin<br>of error</th><th>Bob Casey Jr. (D)</th><th>Dave McCormick"
                + " (R)</th><th>Other</th><th>Undecided</th></tr>"
                + "<tr><td rowspan=\"2\">Franklin &amp; Marshall College</td><td rowspan=\"2\">October 9–20, 2024</td>"
                + "<td>– (LV)</td><td>± 5.0%</td><td>49%</td><td>48%</td><td>–</td><td>–</td></tr>"
                + "<tr><td>794 (RV)</td><td>± 4.3%</td><td>49%</td><td>42%</td><td>–</td><td>–</td></tr>"
                + "</table></body></html>";
        for (Path file : List.of(write("fm.csv", copied), write("fm.html", page))) {
            try (PollStore store = PollStore.open(root.resolve(file.getFileName() + ".db"))) {
                IngestReport r =
                        ingester.ingest(file.toString(), store, settings.withElection(election("pa-senate-2024")));
                assertThat(r.summary()).as(file.toString()).contains("1 poll, 1 added");
                assertThat(polls(store, "pa-senate-2024")).singleElement().satisfies(p -> {
                    assertThat(p.scope()).isEqualTo(Scope.FIRST_PREF);
                    assertThat(p.population()).isEqualTo("likely voters");
                    assertThat(p.shares()).containsEntry("mccormick", 48.0);
                });
                assertThat(r.notes()).anySatisfy(n -> assertThat(n).contains("among registered voters"));
            }
        }
    }

    /**
     * American tables mark a partisan poll's firm with the sponsor's party: "Emerson College (R)" was refused as
     * Emerson College misspelt, and with --new-pollsters stored as a firm of its own, whose house effect was apart from
     * Emerson College's. The house is the firm's; the name as published keeps the mark. Emerson's 1–4 October 2023
     * figures, with the mark added (the table prints none on that row).
     */
    @Test
    void aPartyMarkAfterTheFirmIsNotPartOfTheHouse() throws IOException {
        Path file = write(
                "marked.csv", HEAD + "Emerson College (R)[12],\"October 1–4, 2023\",430 (RV),± 4.7%,41%,33%,8%,18%\n");
        try (PollStore store = PollStore.open(root.resolve("marked.db"))) {
            IngestReport r = ingester.ingest(
                    file.toString(),
                    store,
                    settings.withAcceptNewPollsters(false).withElection(election("pa-senate-2024")));
            assertThat(r.summary()).contains("1 poll, 1 added");
            assertThat(r.notes()).noneMatch(n -> n.contains("does not know"));
            assertThat(polls(store, "pa-senate-2024")).singleElement().satisfies(p -> {
                assertThat(p.pollster()).isEqualTo("Emerson College");
                assertThat(p.publishedAs()).isEqualTo("Emerson College (R)");
            });
        }
    }

    private org.pollcast.election.Election election(String id) {
        return new ElectionCatalog(new DataHome(root)).resolve(id);
    }
}
