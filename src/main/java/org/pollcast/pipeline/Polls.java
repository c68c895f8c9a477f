package org.pollcast.pipeline;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.pollcast.election.Election;
import org.pollcast.ingest.BundledPolls;
import org.pollcast.ingest.Names;
import org.pollcast.poll.StoredPoll;
import org.pollcast.store.PollQuery;
import org.pollcast.store.PollStore;

/** Lists an election's stored polls (loading the bundled ones first when the store has none). */
public final class Polls {
    private Polls() {}

    public static PollList list(Workspace ws, PollsRequest request) {
        Election election = ws.catalog().resolve(request.election());
        try (PollStore store = ws.openStore()) {
            PollSource.ensureLoaded(ws, store, election);
            PollQuery query = PollQuery.of(election.id());
            if (request.pollster() != null) {
                String wanted = request.pollster().trim();
                query = query.withPollster(
                        ws.aliases().pollster(wanted).orElseGet(() -> houseOf(store, election, wanted)));
            }
            if (request.since() != null) {
                query = query.withSince(request.since());
            }
            List<StoredPoll> polls = PollSource.read(store, election, query);
            return new PollList(election, polls, polls.isEmpty() ? unmatched(store, election, query, request) : null);
        }
    }

    /**
     * The house of the stored polls published under {@code wanted}, or whose house it is, written either way but for
     * case, accents and punctuation; {@code wanted} itself when none is. A poll keeps the name it was published under
     * beside its house ("Ipsos-Sopra Steria" is Ipsos's, "Metropoll" MetroPOLL's): asked for by that name, the listing
     * matched houses only and answered "none from pollster 'Ipsos-Sopra Steria' (did you mean Ipsos-Sopra Steria?)".
     */
    private static String houseOf(PollStore store, Election election, String wanted) {
        String[] house = {null};
        store.forEachPoll(PollQuery.of(election.id()), sp -> {
            if (house[0] == null
                    && (Names.sameName(sp.poll().pollster(), wanted)
                            || Names.sameName(sp.poll().publishedAs(), wanted))) {
                house[0] = sp.poll().pollster();
            }
        });
        return house[0] == null ? wanted : house[0];
    }

    /**
     * Which filter left nothing of the polls stored, or null when none is stored. "No polls ... add some with
     * ingest" told a user who had misspelt a pollster that a store holding 35 polls was empty. The pollster is
     * blamed first (a name matches exactly, so a typo excludes everything); when its polls exist, their date. The
     * store is read poll by poll, as for any listing, so an election of millions of polls is never held at once.
     */
    static String unmatched(PollStore store, Election election, PollQuery query, PollsRequest request) {
        int[] stored = {0};
        int[] fromPollster = {0};
        Set<String> names = new TreeSet<>();
        LocalDate[] latest = {null};
        store.forEachPoll(PollQuery.of(election.id()), sp -> {
            stored[0]++;
            names.add(sp.poll().pollster());
            names.add(sp.poll().publishedAs());
            if (query.pollster() == null || sp.poll().pollster().equals(query.pollster())) {
                fromPollster[0]++;
                if (latest[0] == null || sp.poll().date().isAfter(latest[0])) {
                    latest[0] = sp.poll().date();
                }
            }
        });
        if (stored[0] == 0) {
            return null;
        }
        String head = stored[0]
                + (stored[0] == 1 ? " poll of " : " polls of ")
                + election.id()
                + (stored[0] == 1 ? " is stored; " : " are stored; ");
        if (fromPollster[0] == 0) {
            return head + "none from pollster '" + request.pollster() + "'"
                    + Names.closest(request.pollster(), names)
                            .map(k -> " (did you mean " + k + "?)")
                            .orElse("");
        }
        return head
                + (query.pollster() == null ? "none" : fromPollster[0] + " from " + query.pollster() + ", none of them")
                + " dated on or after " + query.since() + " (the latest is dated " + latest[0] + ")";
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
