package org.pollcast.pipeline;

import java.nio.file.Path;
import java.util.List;
import org.pollcast.election.Election;
import org.pollcast.ingest.BundledPolls;
import org.pollcast.store.PollQuery;
import org.pollcast.store.PollStore;

/** Lists an election's stored polls (loading the bundled ones first when the store has none). */
public final class Polls {
    private Polls() {}

    public static PollList list(Workspace ws, PollsRequest request) {
        Election election = ws.catalog().resolve(request.election());
        PollQuery query = PollQuery.of(election.id());
        if (request.pollster() != null) {
            query = query.withPollster(ws.aliases()
                    .pollster(request.pollster())
                    .orElse(request.pollster().trim()));
        }
        if (request.since() != null) {
            query = query.withSince(request.since());
        }
        try (PollStore store = ws.openStore()) {
            PollSource.ensureLoaded(ws, store, election);
            return new PollList(election, store.polls(query));
        }
    }

    /**
     * Every stored poll of the election, as it was stored (for export); the bundled polls are not loaded. A store
     * with none is refused: the file written for it had no option columns, so ingesting it back failed ("no option
     * columns"), and an empty export from a store pointed at by mistake looked like a successful one.
     */
    public static PollList stored(Workspace ws, String electionRef) {
        Election election = ws.catalog().resolve(electionRef);
        try (PollStore store = ws.openStore()) {
            PollList list = new PollList(election, store.polls(PollQuery.of(election.id())));
            if (list.polls().isEmpty()) {
                List<Path> bundled = BundledPolls.files(ws.home(), election.id());
                throw new RequestException(
                        "election",
                        "no polls of " + election.id() + " in " + ws.store() + ": nothing to export, nothing written"
                                + (bundled.isEmpty()
                                        ? ""
                                        : " (its bundled polls, which 'polls' loads into a store without them, are"
                                                + " in " + bundled.get(0) + ")"));
            }
            return list;
        }
    }
}
