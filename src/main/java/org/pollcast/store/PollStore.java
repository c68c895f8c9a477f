package org.pollcast.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.pollcast.poll.ForecastRun;
import org.pollcast.poll.Poll;
import org.pollcast.poll.StoredPoll;

/**
 * The embedded poll store. Open it with {@link #open(Path)}; it creates the file and migrates the schema.
 * One connection serves the parts that each do one job: {@link StoreFile} opens it, {@link StoreSchema}
 * migrates it, {@link SourceTransaction} adds polls, {@link PollReader} reads them and {@link RunHistory} keeps the
 * forecast runs.
 */
public final class PollStore implements AutoCloseable {
    /** The schema version this pollcast writes: the number of migrations. */
    public static final int SCHEMA_VERSION = StoreSchema.VERSION;

    private final Path file;
    private final Connection db;
    private final PollReader reader;
    private final RunHistory history;
    /** A scratch store's folder, removed on close; null for a user's store. */
    private final Path scratch;

    private PollStore(Path file, Connection db, Path scratch) {
        this.file = file;
        this.scratch = scratch;
        this.db = db;
        this.reader = new PollReader(file, db);
        this.history = new RunHistory(file, db);
    }

    /**
     * The store's own connection, for tests in this package that tighten SQLite's limits on it (a statement's
     * length) so that a limit real stores reach only with hundreds of thousands of polls shows with a few thousand.
     */
    Connection connectionForTests() {
        return db;
    }

    /** Opens (creating if needed) the store at {@code file} and brings its schema up to date. */
    public static PollStore open(Path file) {
        try {
            Connection db = StoreFile.connect(file);
            try {
                StoreSchema.migrate(db, file);
                return new PollStore(file, db, null);
            } catch (SQLException | RuntimeException e) {
                db.close();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException(file + ": cannot open the poll store: " + e.getMessage(), e);
        }
    }

    /**
     * A new, empty store in a temporary folder, removed on close: a dry run checks a file against it, so it
     * finds repeated polls the way a real ingest does, without touching the user's store.
     */
    public static PollStore scratch() {
        Path folder;
        try {
            folder = Files.createTempDirectory("pollcast-dry-run");
        } catch (IOException e) {
            throw new StoreException("cannot create a scratch store: " + e.getMessage(), e);
        }
        Path file = folder.resolve("scratch.db");
        try {
            Connection db = StoreFile.connect(file);
            try {
                StoreSchema.migrate(db, file);
                return new PollStore(file, db, folder);
            } catch (SQLException | RuntimeException e) {
                db.close();
                throw e;
            }
        } catch (SQLException e) {
            removeScratch(folder);
            throw new StoreException(file + ": cannot open a scratch store: " + e.getMessage(), e);
        }
    }

    public Path file() {
        return file;
    }

    /** The schema version of the open file. */
    public int schemaVersion() {
        try {
            return StoreSchema.version(db);
        } catch (SQLException e) {
            throw new StoreException(file + ": cannot read the schema version", e);
        }
    }

    /**
     * Adds one file's polls in one transaction. A poll whose key is already stored with the same figures is a
     * duplicate and adds nothing; with other figures it is a conflict. Conflicts abort the whole file unless
     * {@code skipConflicts}, in which case only the conflicting polls are left out.
     *
     * @param polls poll and its location in the source ("line 17", "table 2 row 5")
     */
    public AddOutcome add(
            String sourceUri,
            String sha256,
            String format,
            List<Map.Entry<Poll, String>> polls,
            boolean skipConflicts) {
        List<AddOutcome.Conflict> conflicts = new ArrayList<>();
        int duplicates = 0;
        try (SourceTransaction<Void> tx = begin(sourceUri, sha256, format)) {
            List<SourceTransaction.Existing<Void>> existing = new ArrayList<>();
            for (Map.Entry<Poll, String> e : polls) {
                existing.addAll(tx.add(e.getKey(), e.getValue(), null));
            }
            existing.addAll(tx.flush());
            for (SourceTransaction.Existing<Void> e : existing) {
                if (e.stored().poll().sameFigures(e.incoming())) {
                    duplicates++;
                } else {
                    conflicts.add(new AddOutcome.Conflict(e.incoming(), e.location(), e.stored()));
                }
            }
            if (!conflicts.isEmpty() && !skipConflicts) {
                return new AddOutcome(0, duplicates, conflicts, false);
            }
            tx.commit();
            return new AddOutcome(tx.added(), duplicates, conflicts, true);
        }
    }

    /**
     * Starts adding one source's polls as they are read, in one transaction (see {@link SourceTransaction}); the
     * caller commits it, or closes it to roll back.
     */
    public <T> SourceTransaction<T> begin(String sourceUri, String sha256, String format) {
        return new SourceTransaction<>(file, db, reader, sourceUri, sha256, format);
    }

    /** The polls matching {@code q}, in date order (then pollster, client, contest, scope). */
    public List<StoredPoll> polls(PollQuery q) {
        return reader.polls(q);
    }

    /**
     * Hands the polls matching {@code q} to {@code action} one at a time, in the order of {@link #polls}, without
     * holding them all: for callers that write or fold polls as they come. {@code action} must not use this store.
     */
    public void forEachPoll(PollQuery q, Consumer<StoredPoll> action) {
        reader.forEach(q, action);
    }

    /** The contests the store holds polls of for {@code election}, without reading the polls. */
    public Set<String> contests(String election) {
        return Collections.unmodifiableSet(reader.contestCounts(election).keySet());
    }

    /** How many polls the store holds of each contest of {@code election}, by contest id in order; without reading them. */
    public SortedMap<String, Integer> contestCounts(String election) {
        return reader.contestCounts(election);
    }

    /** Every house (pollster) the store holds polls of, each once, the first stored first. */
    public List<String> houses() {
        return reader.houses();
    }

    /** How many polls the store holds for {@code election}. */
    public int count(String election) {
        return reader.count(election);
    }

    /**
     * Every stated sample size in the store of the elections {@code election} accepts (a place's series), by pollster, of polls dated on or before {@code asOf}:
     * a forecast as of a day must not learn a pollster's usual sample from its later polls.
     */
    public Map<String, List<Integer>> statedSampleSizes(LocalDate asOf, java.util.function.Predicate<String> election) {
        return reader.statedSampleSizes(asOf, election);
    }

    /** Records a forecast run and its win probabilities; returns its id. */
    public long addRun(ForecastRun run) {
        return history.add(run);
    }

    /** Marks run {@code id} as confirmed at {@code at} (a run that found nothing new). */
    public void touchRun(long id, Instant at) {
        history.touch(id, at);
    }

    /** The recorded runs of {@code election}, oldest first. */
    public List<ForecastRun> runs(String election) {
        return history.runs(election);
    }

    @Override
    public void close() {
        try {
            db.close();
        } catch (SQLException e) {
            throw new StoreException(file + ": cannot close the poll store", e);
        } finally {
            if (scratch != null) {
                removeScratch(scratch);
            }
        }
    }

    private static void removeScratch(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.toList()) {
                Files.deleteIfExists(f);
            }
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            // A scratch file left in the temporary folder harms nothing.
        }
    }
}
