package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.poll.Poll;
import org.pollcast.poll.StoredPoll;
import org.pollcast.store.PollQuery;
import org.pollcast.store.PollStore;

/**
 * German-language news pages that embed a poll as a post ("BUNDESPRÄSIDENTENWAHL | Sonntagsfrage Market/Lazarsfeld
 * Gesellschaft/TZ ÖSTERREICH", then "Van der Bellen: 58% (-1)" a line), as the Austrian trial found them
 * ({@code zackzack-at-2022-07-29.txt}, {@code zackzack-at-2022-08-19.txt}; sources in
 * src/test/resources/ingest/README.md). Before, each was refused in turn: "(NEU)" was no change in brackets, the
 * dateline "Wien, 19. August 2022 | ..." gave no publication date, the heading spoke of no vote in English words; and
 * the post's last line, run into the next ("Brunner: 6% (+2)Änderungen zur Umfrage vom 04. August 2022"), was dropped
 * without a word.
 */
class GermanReleasePagesTest {
    @TempDir
    Path root;

    @Test
    void aPostOfAPollOnAGermanNewsPageIsReadWhole() throws IOException {
        IngestFixtures.copyDataWith(root, "austria-2016.yaml", "austria-2022.yaml");
        // The firm is the user's to name in the alias table, as any firm new to it.
        IngestFixtures.editLines(
                root.resolve("aliases.yaml"),
                lines -> lines.flatMap(l -> l.equals("pollsters:")
                        ? Stream.of(
                                l,
                                "  Lazarsfeld Society: [Paul Lazarsfeld Gesellschaft, Market/Lazarsfeld Gesellschaft]")
                        : Stream.of(l)));
        Ingester ingester = IngestFixtures.ingesterOf(root);
        try (PollStore store = PollStore.open(root.resolve("p.db"))) {
            for (String page : List.of("zackzack-at-2022-07-29.txt", "zackzack-at-2022-08-19.txt")) {
                IngestReport r = ingester.ingest(IngestFixtures.fixture(page), store, IngestSettings.withDefaults());
                assertThat(r.rejected()).isEmpty();
                assertThat(r.valid()).isEqualTo(1);
            }
            List<Poll> polls = store.polls(PollQuery.of("austria-2022")).stream()
                    .map(StoredPoll::poll)
                    .toList();
            Poll july = polls.stream()
                    .filter(p -> p.published().equals(LocalDate.of(2022, 7, 29)))
                    .findFirst()
                    .orElseThrow();
            // "Brunner: 3%Änderungen zur letzten Umfrage vom 21. Juli 2022": the last line of the post, run on.
            assertThat(july.shares())
                    .isEqualTo(Map.of(
                            "vanderbellen", 58.0, "rosenkranz", 22.0, "wlazny", 10.0, "grosz", 7.0, "brunner", 3.0));
            Poll august = polls.stream()
                    .filter(p -> p.published().equals(LocalDate.of(2022, 8, 19)))
                    .findFirst()
                    .orElseThrow();
            assertThat(august.shares())
                    .isEqualTo(Map.of(
                            "vanderbellen", 58.0,
                            "rosenkranz", 11.0,
                            "wlazny", 9.0,
                            "wallentin", 9.0,
                            "grosz", 7.0,
                            "brunner", 6.0));
        }
    }

    /**
     * The review's pages: a post headed "STICHWAHL" (run-off) was stored as a poll of the first round, and one of trust
     * in the candidates ("VERTRAUEN IN DIE KANDIDATEN DER BUNDESPRÄSIDENTENWAHL") as voting intention, once German
     * words for a vote were read and the words for a second round or another question were still only English.
     */
    @Test
    void aGermanRunOffPostIsARunOffAndATrustQuestionNoVote() throws IOException {
        IngestFixtures.copyDataWith(root, "austria-2016.yaml", "austria-2022.yaml");
        IngestFixtures.editLines(
                root.resolve("aliases.yaml"),
                lines -> lines.flatMap(l -> l.equals("pollsters:")
                        ? Stream.of(l, "  Lazarsfeld Society: [Market/Lazarsfeld Gesellschaft]")
                        : Stream.of(l)));
        String head = "BP-Umfrage:\nEine neue Umfrage zur Bundespräsidentenwahl zeigt, wie die Österreicher wählen.\n"
                + "Wien, 19. August 2022 | Befragt wurden 965 Personen per Online-Panel.\n";
        Path runOff = root.resolve("stichwahl.txt");
        java.nio.file.Files.writeString(
                runOff,
                head
                        + "STICHWAHL | Umfrage Market/Lazarsfeld Gesellschaft/TZ ÖSTERREICH\nVan der Bellen: 66%\nRosenkranz: 34%\n"
                        + "Die Schwankungsbreite beträgt 3,2 Prozentpunkte.\n");
        Path trust = root.resolve("vertrauen.txt");
        java.nio.file.Files.writeString(
                trust,
                head
                        + "VERTRAUEN IN DIE KANDIDATEN DER BUNDESPRÄSIDENTENWAHL | Umfrage Market/Lazarsfeld Gesellschaft/TZ"
                        + " ÖSTERREICH\n"
                        + "Van der Bellen: 41%\nRosenkranz: 14%\nWallentin: 8%\nGrosz: 6%\n"
                        + "Die Schwankungsbreite beträgt 3,2 Prozentpunkte.\n");
        Ingester ingester = IngestFixtures.ingesterOf(root);
        IngestSettings settings = IngestSettings.withDefaults().withAcceptNewPollsters(true);
        try (PollStore store = PollStore.open(root.resolve("r.db"))) {
            ingester.ingest(runOff.toString(), store, settings);
            assertThat(store.polls(PollQuery.of("austria-2022")))
                    .singleElement()
                    .satisfies(sp -> assertThat(sp.poll().scope()).isEqualTo(org.pollcast.election.Scope.RUNOFF));
            assertThatThrownBy(() -> ingester.ingest(trust.toString(), store, settings))
                    .isInstanceOf(org.pollcast.BadInputException.class);
            assertThat(store.polls(PollQuery.of("austria-2022"))).hasSize(1);
        }
    }
}
