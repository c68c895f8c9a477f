package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.poll.Poll;
import org.pollcast.store.PollQuery;
import org.pollcast.store.PollStore;

/**
 * New York City's 2025 Democratic primary polls as a user types them from the pollsters' releases, one row per poll and
 * answer, the undecided a row like the candidates' (src/test/resources/ingest/README.md): Emerson College/PIX11/The
 * Hill, 18–20 June 2025, 800 likely voters: Cuomo 35, Mamdani 32, Lander 13, Adrienne Adams 8, Stringer 3, undecided 4
 * (https://emersoncollegepolling.com/new-york-city-mayoral-poll-june); Marist, 9–12 June 2025, 1,350 likely voters:
 * Cuomo 38, Mamdani 27, Lander 7, Adrienne Adams 7, Stringer 4, Myrie 2, Blake 2, Tilson 1, Ramos, Bartholomew and
 * Prince under 1 each, undecided 11
 * (https://www.thenewyorktoday.com/andrew-cuomos-lead-over-zohran-mamdani-shrinking-in-ultimate-stretch-of-nyc-mayoral-race-ballot).
 */
class UndecidedBesideSomeCandidatesTest {
    @TempDir
    Path root;

    private static final String HEADER =
            "poll_id,election,pollster,fieldwork_start,fieldwork_end,sample_size,scope,candidate_or_party,share\n";

    private static String rows(String id, String firm, String start, String end, int n, String... answers) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < answers.length; i += 2) {
            b.append(String.join(
                            ",",
                            id,
                            "nyc-2025",
                            firm,
                            start,
                            end,
                            String.valueOf(n),
                            "first_pref",
                            answers[i],
                            answers[i + 1]))
                    .append('\n');
        }
        return b.toString();
    }

    private static final String EMERSON = rows(
            "emerson",
            "Emerson College",
            "2025-06-18",
            "2025-06-20",
            800,
            "Andrew Cuomo",
            "35",
            "Zohran Mamdani",
            "32",
            "Brad Lander",
            "13",
            "Adrienne Adams",
            "8",
            "Scott Stringer",
            "3",
            "Undecided",
            "4");

    private static final String MARIST = rows(
            "marist",
            "Marist",
            "2025-06-09",
            "2025-06-12",
            1350,
            "Andrew Cuomo",
            "38",
            "Zohran Mamdani",
            "27",
            "Brad Lander",
            "7",
            "Adrienne Adams",
            "7",
            "Scott Stringer",
            "4",
            "Zellnor Myrie",
            "2",
            "Michael Blake",
            "2",
            "Whitney Tilson",
            "1",
            "Jessica Ramos",
            "<1",
            "Selma Bartholomew",
            "<1",
            "Paperboy Love Prince",
            "<1",
            "Undecided",
            "11");

    private List<Poll> ingest(String body) throws IOException {
        Ingester ingester = IngestFixtures.ingesterWith(root, "nyc-2021.yaml", "nyc-2025.yaml");
        Path file = root.resolve("releases.csv");
        Files.writeString(file, HEADER + body);
        try (PollStore store = PollStore.open(root.resolve("nyc.db"))) {
            ingester.ingest(
                    file.toString(), store, IngestSettings.withDefaults().withAcceptNewPollsters(true));
            return store.polls(PollQuery.of("nyc-2025")).stream()
                    .map(sp -> sp.poll())
                    .sorted(Comparator.comparing(Poll::pollster))
                    .toList();
        }
    }

    /** Before, the undecided row was refused as an unknown candidate, and with it every poll of the file. */
    @Test
    void anUndecidedRowIsThePollsDontKnows() throws IOException {
        Poll marist = ingest(MARIST).get(0);
        assertThat(marist.dontKnow()).isEqualTo(11.0);
        assertThat(marist.shares()).doesNotContainKey("other").hasSize(11);
        // Every candidate named beside the undecided: re-based to those naming one, 27 of 89.
        assertThat(marist.shares().get("mamdani")).isCloseTo(30.17, org.assertj.core.data.Offset.offset(0.01));
    }

    /**
     * Emerson named five of eleven candidates on 91 beside its undecided 4: its shares are of everyone asked, its rest
     * (5) the six it left out. Before, a poll of 90 or more whose don't-knows and shares made less than 97 was stored
     * complete, its printed undecided ignored: its shares sat 4% below those of everyone naming a candidate.
     */
    @Test
    void aPollOfSomeCandidatesBesideItsUndecidedShortOfAHundredIsPartial() throws IOException {
        Poll emerson = ingest(EMERSON).get(0);
        assertThat(emerson.dontKnow()).isEqualTo(4.0);
        assertThat(emerson.partial()).isTrue();
        assertThat(emerson.shares()).containsEntry("mamdani", 32.0).containsEntry("cuomo", 35.0);
    }

    /** A second don't-know row for one poll is refused naming the line, not summed or overwritten. */
    @Test
    void aSecondUndecidedRowIsRefused() throws IOException {
        Ingester ingester = IngestFixtures.ingesterWith(root, "nyc-2021.yaml", "nyc-2025.yaml");
        Path file = root.resolve("twice.csv");
        Files.writeString(
                file,
                HEADER + EMERSON + "emerson,nyc-2025,Emerson College,2025-06-18,2025-06-20,800,"
                        + "first_pref,Not sure,4\n");
        try (PollStore store = PollStore.open(root.resolve("twice.db"))) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> ingester.ingest(
                            file.toString(),
                            store,
                            IngestSettings.withDefaults().withAcceptNewPollsters(true)))
                    .hasMessageContaining("twice.csv:8")
                    .hasMessageContaining("a second don't-know figure for this poll (4 given before)");
        }
    }
}
