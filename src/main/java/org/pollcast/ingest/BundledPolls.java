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
            if (!hasRows(file)) {
                continue; // a header kept ready for an election's first polls is no polls yet, not a broken file
            }
            reports.add(ingester.ingest(
                    file.toString(), store, IngestSettings.withDefaults().withElection(election)));
        }
        return reports;
    }

    /** Whether {@code file} has a line after its header; reads at most two non-blank lines. */
    static boolean hasRows(Path file) {
        try (java.io.BufferedReader in = Files.newBufferedReader(file, java.nio.charset.StandardCharsets.ISO_8859_1)) {
            int lines = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.isBlank() && ++lines == 2) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot read bundled polls: " + e.getMessage());
        }
    }
}
