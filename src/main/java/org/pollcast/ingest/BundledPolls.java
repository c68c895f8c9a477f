package org.pollcast.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.pollcast.BadInputException;
import org.pollcast.election.Election;
import org.pollcast.store.PollStore;

/** The polls bundled with pollcast in {@code data/polls/<election>.csv} (and {@code <election>-*.csv}). */
public final class BundledPolls {
    private BundledPolls() {}

    /** The bundled poll files for {@code electionId}, sorted. */
    public static List<Path> files(DataHome home, String electionId) {
        if (!Files.isDirectory(home.polls())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(home.polls())) {
            return files.filter(p -> {
                        String n = p.getFileName().toString();
                        return n.equals(electionId + ".csv") || (n.startsWith(electionId + "-") && n.endsWith(".csv"));
                    })
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new BadInputException(home.polls() + ": cannot list bundled polls: " + e.getMessage());
        }
    }

    /**
     * Loads the bundled polls of {@code election} when the store has none for it; returns what was ingested
     * (empty when the store already had polls, or nothing is bundled).
     */
    public static List<IngestReport> loadIfEmpty(PollStore store, Election election, DataHome home, Ingester ingester) {
        if (store.count(election.id()) > 0) {
            return List.of();
        }
        List<IngestReport> reports = new ArrayList<>();
        for (Path file : files(home, election.id())) {
            reports.add(ingester.ingest(
                    file.toString(), store, IngestSettings.withDefaults().withElection(election)));
        }
        return reports;
    }
}
