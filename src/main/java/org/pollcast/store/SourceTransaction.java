package org.pollcast.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pollcast.poll.Poll;
import org.pollcast.poll.PollKey;
import org.pollcast.poll.StoredPoll;

/**
 * One source's polls added as they are read, in one write transaction: committed by {@link #commit}, rolled
 * back by {@link #close} otherwise, so a file that fails half-way leaves the store exactly as it was. Memory
 * stays at one batch of {@value #BATCH} polls whatever the file's length: a poll goes in at once unless a poll
 * with its key is stored, which the table's UNIQUE key finds, and only those polls are read back and handed
 * to the caller as {@link Existing}, with the stored poll, to tell duplicate from conflict. Polls added
 * earlier in this transaction count as stored, so a file that repeats a poll is found the same way.
 *
 * @param <T> what the caller ties to each poll (its source rows), handed back with it
 */
public final class SourceTransaction<T> implements AutoCloseable {
    /** Polls bound before they are sent to SQLite. */
    static final int BATCH = 5_000;

    /** A poll not added because one with its key is stored; {@code earlierInSource} when this source added it. */
    public record Existing<T>(Poll incoming, String location, T tag, StoredPoll stored, boolean earlierInSource) {}

    private static final String POLL_INSERT = PollRows.INSERT.replaceFirst("INSERT INTO", "INSERT OR IGNORE INTO");
    private static final String SHARE_INSERT = "INSERT INTO share (poll_id, position, option, share) VALUES (?,?,?,?)";
    private static final String INCOMING_KEYS =
            "CREATE TEMP TABLE IF NOT EXISTS incoming_key (position INTEGER PRIMARY KEY, "
                    + "election TEXT NOT NULL, contest TEXT NOT NULL, scope TEXT NOT NULL, pollster TEXT NOT NULL, "
                    + "client TEXT NOT NULL, poll_date TEXT NOT NULL, runoff_pair TEXT NOT NULL)";
    private static final String STORED_WITH_INCOMING_KEY = "temp.incoming_key k JOIN poll p ON p.election = k.election "
            + "AND p.pollster = k.pollster AND p.client = k.client AND p.poll_date = k.poll_date AND p.contest = k.contest "
            + "AND p.scope = k.scope AND p.runoff_pair = k.runoff_pair";

    private record Pending<T>(Poll poll, String location, T tag) {}

    private final Path file;
    private final String sourceUri;
    private final Connection db;
    private final PollReader reader;
    private final String now = Instant.now().toString();
    private final long sourceId;
    /** Ids above this one were added by this transaction. */
    private final long firstId;

    private final PreparedStatement pollInsert;
    private final PreparedStatement shareInsert;
    private final List<Pending<T>> pending = new ArrayList<>(BATCH);
    private long nextId;
    private int added;
    private boolean done;

    SourceTransaction(Path file, Connection db, PollReader reader, String sourceUri, String sha256, String format) {
        this.file = file;
        this.sourceUri = sourceUri;
        this.db = db;
        this.reader = reader;
        try {
            db.setAutoCommit(false);
            try {
                this.sourceId = insertSource(sourceUri, sha256, format);
                try (Statement st = db.createStatement();
                        ResultSet rs = st.executeQuery("SELECT COALESCE(MAX(id), 0) FROM poll")) {
                    this.firstId = rs.getLong(1);
                }
                this.nextId = firstId;
                this.pollInsert = db.prepareStatement(POLL_INSERT);
                this.shareInsert = db.prepareStatement(SHARE_INSERT);
            } catch (SQLException | RuntimeException e) {
                rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /**
     * Adds {@code poll}, read at {@code location}. Returns the polls of the batch this one completed that were not
     * added because their key is stored (mostly none); the rest of the batch is in.
     */
    public List<Existing<T>> add(Poll poll, String location, T tag) {
        if (done) {
            throw new IllegalStateException("the transaction is over");
        }
        pending.add(new Pending<>(poll, location, tag));
        return pending.size() == BATCH ? flush() : List.of();
    }

    /** Sends the polls still waiting; returns those not added because their key is stored. */
    public List<Existing<T>> flush() {
        if (pending.isEmpty()) {
            return List.of();
        }
        try {
            List<Pending<T>> skipped = new ArrayList<>();
            long[] ids = new long[pending.size()];
            for (int i = 0; i < pending.size(); i++) {
                ids[i] = ++nextId;
                PollRows.bind(
                        pollInsert,
                        ids[i],
                        pending.get(i).poll(),
                        sourceId,
                        pending.get(i).location(),
                        now);
                pollInsert.addBatch();
            }
            int[] counts = pollInsert.executeBatch();
            for (int i = 0; i < pending.size(); i++) {
                if (counts[i] == 0) {
                    skipped.add(pending.get(i));
                    continue;
                }
                added++;
                int position = 0;
                for (Map.Entry<String, Double> s :
                        pending.get(i).poll().shares().entrySet()) {
                    shareInsert.setLong(1, ids[i]);
                    shareInsert.setInt(2, position++);
                    shareInsert.setString(3, s.getKey());
                    shareInsert.setDouble(4, s.getValue());
                    shareInsert.addBatch();
                }
            }
            shareInsert.executeBatch();
            pending.clear();
            return skipped.isEmpty() ? List.of() : existing(skipped);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /** How many polls went in so far. */
    public int added() {
        return added;
    }

    /** Commits what was added ({@link #flush} first); a source that added nothing leaves no source row. */
    public void commit() {
        if (!pending.isEmpty()) {
            throw new IllegalStateException("polls are waiting: flush() before commit()");
        }
        try {
            if (added == 0) {
                try (PreparedStatement ps = db.prepareStatement("DELETE FROM source WHERE id = ?")) {
                    ps.setLong(1, sourceId);
                    ps.executeUpdate();
                }
            }
            db.commit();
            done = true;
        } catch (SQLException e) {
            throw failed(e);
        } finally {
            if (done) {
                end();
            }
        }
    }

    /** Rolls back unless committed. */
    @Override
    public void close() {
        if (!done) {
            done = true;
            rollback();
        }
    }

    /** The stored polls that hold the keys of {@code skipped}: their keys to a temporary table, then one join. */
    private List<Existing<T>> existing(List<Pending<T>> skipped) throws SQLException {
        try (Statement st = db.createStatement()) {
            st.execute(INCOMING_KEYS);
            st.execute("DELETE FROM temp.incoming_key");
        }
        try (PreparedStatement ps = db.prepareStatement("INSERT INTO temp.incoming_key VALUES (?,?,?,?,?,?,?,?)")) {
            int position = 0;
            for (Pending<T> e : skipped) {
                Poll p = e.poll();
                ps.setInt(1, position++);
                ps.setString(2, p.election());
                ps.setString(3, p.contest());
                ps.setString(4, p.scope().code());
                ps.setString(5, p.pollster());
                ps.setString(6, p.client());
                ps.setString(7, p.date().toString());
                ps.setString(8, p.key().pair());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        Map<PollKey, StoredPoll> stored = new HashMap<>();
        reader.select(
                STORED_WITH_INCOMING_KEY,
                "",
                "k.position, p.id",
                List.of(),
                sp -> stored.put(sp.poll().key(), sp));
        List<Existing<T>> out = new ArrayList<>(skipped.size());
        for (Pending<T> e : skipped) {
            StoredPoll s = stored.get(e.poll().key());
            if (s == null) {
                // OR IGNORE skips any failed constraint; only a stored key is expected after validation.
                throw new StoreException(
                        file + ": cannot store the poll at " + sourceUri + ":" + e.location() + " ("
                                + e.poll().key() + "): the store refused it",
                        null);
            }
            out.add(new Existing<>(e.poll(), e.location(), e.tag(), s, s.id() > firstId));
        }
        return out;
    }

    private long insertSource(String uri, String sha256, String format) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement(
                "INSERT INTO source (uri, sha256, format, ingested_at) VALUES (?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, uri);
            ps.setString(2, sha256);
            ps.setString(3, format);
            ps.setString(4, now);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private void rollback() {
        try {
            db.rollback();
        } catch (SQLException e) {
            // The connection closes with the store, which drops an open transaction anyway.
        } finally {
            end();
        }
    }

    private void end() {
        try {
            if (pollInsert != null) {
                pollInsert.close();
            }
            if (shareInsert != null) {
                shareInsert.close();
            }
            db.setAutoCommit(true);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    private StoreException failed(SQLException e) {
        return new StoreException(file + ": cannot store polls from " + sourceUri + ": " + e.getMessage(), e);
    }
}
