package org.pollcast.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.election.Scope;
import org.pollcast.poll.Poll;
import org.pollcast.poll.StoredPoll;
import org.pollcast.store.PollQuery;
import org.pollcast.store.PollStore;

/**
 * A run-off question names both options it asks, so whatever its two figures leave is those naming neither, printed
 * or not: it is never partial. Croatia's 2024 blind trial: Promocija plus for HRT, 15–17 October 2024 (n = 1,000;
 * tportal.hr), a first round with 12.1 undecided and a run-off of Milanović 52.6, Primorac 33.9, its undecided not
 * reported; `polls` flagged the run-off `partial`, as if it had left a candidate out.
 */
class RunoffWithoutUndecidedTest {
    @TempDir
    Path dir;

    @Test
    void aRunoffOfThePairWithItsUndecidedUnprintedIsWhole() throws IOException {
        Path root = dir.resolve("data");
        IngestFixtures.copyDataWith(root, "hr-2019.yaml", "hr-2024.yaml");
        DataHome home = new DataHome(root);
        ElectionCatalog catalog = new ElectionCatalog(home);
        Ingester ingester = new Ingester(catalog, AliasTable.load(List.of(home.aliases())), IngestFixtures.CLOCK);
        Path csv = dir.resolve("hr-2024.csv");
        Files.writeString(
                csv,
                "Polling firm,Client,Fieldwork date,Sample size,First round,,,,,,,,,,,,Second round,,\n"
                        + ",,,,Milanović,Primorac,Selak Raspudić,Kekin,Jonjić,Bulj,Lozo,Tokić Kartelo,Kolakušić,"
                        + "Keleminec,Weiss,Undecided,Milanović,Primorac,Undecided\n"
                        + "Promocija plus,HRT,15–17 Oct 2024,\"1,000\",36.5,23.9,9.4,7.1,1.4,2.9,3.1,,1.6,0.4,0.4,"
                        + "12.1,52.6,33.9,\n");
        List<StoredPoll> polls;
        try (PollStore store = PollStore.open(dir.resolve("store.db"))) {
            ingester.ingest(
                    csv.toString(),
                    store,
                    IngestSettings.withDefaults()
                            .withElection(catalog.resolve("hr-2024"))
                            .withAcceptNewPollsters(true));
            polls = store.polls(PollQuery.of("hr-2024"));
        }
        Poll runoff = polls.stream()
                .map(StoredPoll::poll)
                .filter(p -> p.scope() == Scope.RUNOFF)
                .findFirst()
                .orElseThrow();
        assertThat(runoff.shares()).containsEntry("milanovic", 52.6).containsEntry("primorac", 33.9);
        assertThat(runoff.partial()).isFalse();
    }
}
