package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pollcast.ingest.IngestFixtures.ALIASES;
import static org.pollcast.ingest.IngestFixtures.CATALOG;
import static org.pollcast.ingest.IngestFixtures.CLOCK;
import static org.pollcast.ingest.IngestFixtures.fixture;
import static org.pollcast.ingest.IngestFixtures.ingester;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.election.Candidate;
import org.pollcast.election.SingleWinnerContest;
import org.pollcast.poll.DatePrecision;
import org.pollcast.poll.Poll;
import org.pollcast.poll.StoredPoll;
import org.pollcast.store.PollQuery;
import org.pollcast.store.PollStore;

/**
 * Mayoral polls before the candidates are chosen ask about parties. In london-2028.yaml each candidate's id is its
 * party's id ("Labour candidate" is {@code lab}), so every 2028 row of london_mayor_polls.csv ("Labour", "Reform UK",
 * "Liberal Democrats", ...) resolves to a candidate, and naming a candidate later changes the definition, not the
 * stored polls. Polls: Find Out Now for Reform UK, May 2025 (FON2025MAY); Savanta for the Mile End Institute,
 * January 2026 (STANDARD2026MEI).
 */
class PartyLevelPollsTest {
    @TempDir
    Path dir;

    /** The header and every 2028 row of the shared mayor file, unchanged. */
    private Path rows2028() throws IOException {
        List<String> lines = Files.readAllLines(Path.of(fixture("london_mayor_polls.csv")));
        List<String> keep =
                lines.stream().skip(1).filter(l -> l.startsWith("2028,")).toList();
        assertThat(keep).hasSize(10);
        Path file = dir.resolve("mayor-2028.csv");
        Files.writeString(file, lines.get(0) + "\n" + String.join("\n", keep) + "\n");
        return file;
    }

    private static List<Poll> polls(PollStore store) {
        return store.polls(PollQuery.of("london-2028")).stream()
                .map(StoredPoll::poll)
                .toList();
    }

    @Test
    void everyPartyRowOf2028MapsToThatPartysCandidate() throws IOException {
        try (PollStore store = PollStore.open(dir.resolve("s.db"))) {
            IngestReport r = ingester().ingest(rows2028().toString(), store, IngestSettings.withDefaults());
            assertThat(r.rejected()).isEmpty();
            List<Poll> polls = polls(store);
            assertThat(polls).hasSize(2).allSatisfy(p -> assertThat(p.contest()).isEqualTo("mayor"));
            SingleWinnerContest mayor = (SingleWinnerContest)
                    CATALOG.resolve("london-2028").contest("mayor").orElseThrow();
            for (Candidate c : mayor.candidates()) {
                assertThat(c.id())
                        .as("a placeholder candidate's id is its party's")
                        .isEqualTo(c.party());
            }
            Poll fon = polls.get(0);
            assertThat(fon.pollster()).isEqualTo("Find Out Now");
            assertThat(fon.shares())
                    .containsExactly(
                            Map.entry("lab", 33.0),
                            Map.entry("reform", 20.0),
                            Map.entry("con", 20.0),
                            Map.entry("grn", 13.0),
                            Map.entry("ld", 10.0));
            Poll savanta = polls.get(1);
            assertThat(savanta.shares()).containsOnlyKeys("lab", "con", "reform", "grn", "ld");
            assertThat(savanta.date()).isEqualTo(LocalDate.of(2026, 1, 15));
            assertThat(savanta.datePrecision()).isEqualTo(DatePrecision.MONTH);
        }
    }

    @Test
    void namingACandidateChangesTheDefinitionNotTheStoredPolls() throws IOException {
        // Reform named its candidate (Laila Cunningham, per STANDARD2026MEI): the definition changed her name only.
        Path home = dir.resolve("data");
        Files.createDirectories(home.resolve("elections"));
        try (var defs = Files.list(Path.of("data/elections"))) {
            for (Path def : defs.toList()) {
                Files.copy(def, home.resolve("elections").resolve(def.getFileName()));
            }
        }
        String yaml = Files.readString(Path.of("data/elections/london-2028.yaml"));
        String unnamed = yaml.replace(
                "{id: reform, name: Laila Cunningham, party: reform, aliases: [\"Reform UK candidate\"]}",
                "{id: reform, name: Reform UK candidate, party: reform}");
        assertThat(unnamed).isNotEqualTo(yaml);
        Files.writeString(home.resolve("elections/london-2028.yaml"), unnamed);
        Ingester beforeNaming = new Ingester(new ElectionCatalog(new DataHome(home)), ALIASES, CLOCK);

        Path file = rows2028();
        try (PollStore before = PollStore.open(dir.resolve("a.db"));
                PollStore after = PollStore.open(dir.resolve("b.db"))) {
            beforeNaming.ingest(file.toString(), before, IngestSettings.withDefaults());
            ingester().ingest(file.toString(), after, IngestSettings.withDefaults());
            assertThat(polls(after)).hasSameSizeAs(polls(before));
            for (int i = 0; i < polls(before).size(); i++) {
                assertThat(polls(after).get(i).sameFigures(polls(before).get(i)))
                        .isTrue();
            }
            // The stored polls of the old definition still read under the new one: ids, not names.
            IngestReport again = ingester().ingest(file.toString(), before, IngestSettings.withDefaults());
            assertThat(again.added()).isZero();
            assertThat(again.duplicates()).isEqualTo(2);
            assertThat(polls(before).stream()
                            .flatMap(p -> p.shares().keySet().stream())
                            .collect(Collectors.toSet()))
                    .containsExactlyInAnyOrder("lab", "con", "ld", "grn", "reform");
        }
    }
}
