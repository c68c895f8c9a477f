package org.pollcast.cli;

import java.io.PrintWriter;
import java.util.List;
import org.pollcast.election.Election;
import org.pollcast.ingest.BundledPolls;
import org.pollcast.ingest.IngestReport;
import org.pollcast.poll.Poll;
import org.pollcast.poll.StoredPoll;
import org.pollcast.store.PollQuery;
import org.pollcast.store.PollStore;

/** An election's polls for a command: from the store, loading the bundled polls first when it has none. */
final class PollSource {
    private PollSource() {
    }

    /** The polls of {@code election}; says in one line on {@code err} when bundled polls were loaded. */
    static List<Poll> polls(CommonOptions common, PollStore store, Election election, PrintWriter err) {
        ensureLoaded(common, store, election, err);
        return store.polls(PollQuery.of(election.id())).stream().map(StoredPoll::poll).toList();
    }

    /** Loads the bundled polls of {@code election} when the store has none, and says so in one line. */
    static void ensureLoaded(CommonOptions common, PollStore store, Election election, PrintWriter err) {
        List<IngestReport> loaded = BundledPolls.loadIfEmpty(store, election, common.home(), common.ingester());
        if (!loaded.isEmpty()) {
            int n = loaded.stream().mapToInt(IngestReport::added).sum();
            err.println("No polls for " + election.id() + " in " + store.file() + ": loaded " + n + " bundled polls from "
                    + String.join(", ", loaded.stream().map(IngestReport::source).toList()));
        }
    }
}
