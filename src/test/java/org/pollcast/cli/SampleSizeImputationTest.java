package org.pollcast.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.store.PollStore;

/** A missing sample size is imputed from the pollster's polls up to the as-of date only, never from later ones. */
class SampleSizeImputationTest {
    @TempDir
    Path tmp;

    @Test
    void laterPollsDoNotInformTheImputation() throws Exception {
        Path file = tmp.resolve("p.csv");
        Files.writeString(
                file,
                "election,contest,scope,pollster,client,fieldwork_start,fieldwork_end,sample_size,johnson,livingstone,other\n"
                        + "london-2008,mayor,first_pref,YouGov,A,2008-03-01,2008-03-02,500,45,40,15\n"
                        + "london-2008,mayor,first_pref,YouGov,B,2008-04-01,2008-04-02,,44,41,15\n"
                        + "london-2008,mayor,first_pref,YouGov,C,2008-04-20,2008-04-21,3000,43,42,15\n");
        Path db = tmp.resolve("s.db");
        assertThat(CliRun.in(db, "ingest", file.toString()).status()).isZero();
        try (PollStore store = PollStore.open(db)) {
            assertThat(store.statedSampleSizes(LocalDate.of(2008, 4, 10), e -> true))
                    .containsExactlyEntriesOf(java.util.Map.of("YouGov", java.util.List.of(500)));
            assertThat(store.statedSampleSizes(LocalDate.of(2008, 4, 30), e -> true)
                            .get("YouGov"))
                    .containsExactly(500, 3000);
        }
    }

    /**
     * Nor from another place's polls: a firm's samples elsewhere are another operation's. German YouGov polls stating
     * no size took London YouGov's median (1,048) once a London command had loaded London's polls into the store, and
     * the German average changed with what else the store held.
     */
    @Test
    void anotherPlacesPollsDoNotInformTheImputation() throws Exception {
        Path file = tmp.resolve("p.csv");
        Files.writeString(
                file,
                "election,contest,scope,pollster,client,fieldwork_start,fieldwork_end,sample_size,johnson,livingstone,other\n"
                        + "london-2008,mayor,first_pref,YouGov,A,2008-03-01,2008-03-02,500,45,40,15\n");
        Path db = tmp.resolve("s.db");
        assertThat(CliRun.in(db, "ingest", file.toString()).status()).isZero();
        try (PollStore store = PollStore.open(db)) {
            assertThat(store.statedSampleSizes(
                            LocalDate.of(2008, 4, 10),
                            e -> org.pollcast.election.Election.seriesOf(e).equals("wm")))
                    .isEmpty();
            assertThat(store.statedSampleSizes(
                            LocalDate.of(2008, 4, 10),
                            e -> org.pollcast.election.Election.seriesOf(e).equals("london")))
                    .containsOnlyKeys("YouGov");
        }
    }
}
