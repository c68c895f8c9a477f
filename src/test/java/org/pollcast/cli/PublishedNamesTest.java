package org.pollcast.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.poll.StoredPoll;
import org.pollcast.store.PollQuery;
import org.pollcast.store.PollStore;

/**
 * A firm that changed its name (ComRes, then Savanta ComRes, then Savanta) is one house for house effects, and
 * each poll keeps the name it was published under for tables and exports.
 */
class PublishedNamesTest {
    @TempDir
    Path tmp;

    @Test
    void theStoreKeepsThePublishedNameBesideTheHouse() throws Exception {
        Path polls = tmp.resolve("renamed.csv");
        Files.writeString(
                polls,
                "pollster,client,fieldwork_end,sample_size,johnson,livingstone,paddick,other,source\n"
                        + "ComRes,A,2012-04-01,1000,44,40,8,8,s1\n"
                        + "Savanta ComRes,B,2012-04-08,1000,45,39,8,8,s2\n"
                        + "Savanta,C,2012-04-15,1000,46,38,8,8,s3\n");
        Path db = tmp.resolve("store.db");
        CliRun ingest = CliRun.in(db, "ingest", "--election", "london-2012", polls.toString());
        assertThat(ingest.status()).as(ingest.err()).isZero();
        try (PollStore store = PollStore.open(db)) {
            assertThat(store.schemaVersion()).isGreaterThanOrEqualTo(4);
            List<StoredPoll> stored = store.polls(PollQuery.of("london-2012"));
            assertThat(stored).extracting(sp -> sp.poll().pollster()).containsOnly("ComRes");
            assertThat(stored)
                    .extracting(sp -> sp.poll().publishedAs())
                    .containsExactlyInAnyOrder("ComRes", "Savanta ComRes", "Savanta");
        }
        // The export writes the published names, and ingesting it again gives back the same polls.
        Path out = tmp.resolve("export.csv");
        CliRun export = CliRun.in(db, "export", "london-2012", "--out", out.toString());
        assertThat(export.status()).as(export.err()).isZero();
        assertThat(Files.readString(out)).contains(",Savanta ComRes,B,").contains(",Savanta,C,");
        Path again = tmp.resolve("again.db");
        assertThat(CliRun.in(again, "ingest", "--election", "london-2012", out.toString())
                        .status())
                .isZero();
        try (PollStore a = PollStore.open(db);
                PollStore b = PollStore.open(again)) {
            assertThat(b.polls(PollQuery.of("london-2012")).stream()
                            .map(StoredPoll::poll)
                            .toList())
                    .containsExactlyInAnyOrderElementsOf(a.polls(PollQuery.of("london-2012")).stream()
                            .map(StoredPoll::poll)
                            .toList());
        }
        // The polls table shows the name on each poll, as the export does.
        CliRun table = CliRun.in(db, "polls", "london-2012", "--format", "csv");
        assertThat(table.status()).as(table.err()).isZero();
        assertThat(table.out())
                .contains(",ComRes,A,")
                .contains(",Savanta ComRes,B,")
                .contains(",Savanta,C,");
        // The JSON gives both: the house, as house effects group polls, and the name on the poll, as the table does
        // (it gave only the house, so a site built on it printed "ComRes" for a Savanta poll).
        CliRun json = CliRun.in(db, "polls", "london-2012", "--format", "json");
        assertThat(json.status()).as(json.err()).isZero();
        // The store has no Assembly polls of its own, so the bundled ones are listed too: the Mayor's are the file's.
        List<com.fasterxml.jackson.databind.JsonNode> listed = new java.util.ArrayList<>();
        new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(json.out())
                .get("polls")
                .forEach(p -> {
                    if (p.get("contest").asText().equals("mayor")) {
                        listed.add(p);
                    }
                });
        assertThat(listed).hasSize(3);
        assertThat(listed).extracting(p -> p.get("pollster").asText()).containsOnly("ComRes");
        assertThat(listed)
                .extracting(p ->
                        p.get("client").asText() + "=" + p.get("publishedAs").asText())
                .containsExactlyInAnyOrder("A=ComRes", "B=Savanta ComRes", "C=Savanta");
        // House effects group by house: one ComRes row per option, whatever the name on the poll.
        CliRun house = CliRun.in(db, "house-effects", "london-2012", "--format", "csv");
        assertThat(house.status()).as(house.err()).isZero();
        assertThat(house.out()).contains("ComRes").doesNotContain("Savanta");
    }
}
