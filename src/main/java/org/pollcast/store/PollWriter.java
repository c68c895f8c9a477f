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
 * Adds one source's polls in one transaction, with the dedup rule of the design: a poll whose key (pollster,
 * client, date, contest, scope) is stored with the same figures is a duplicate and adds nothing; with other
 * figures it is a conflict, reported and never silently replaced. The work grows with the size of the file,
 * not of the store: only stored polls sharing a key with the file are read, and rows go in batches.
 */
final class PollWriter {
    /** Rows bound before they are sent to SQLite: bounds the memory a batch holds, whatever the file's size. */
    private static final int BATCH = 5_000;

    private static final String SHARE_INSERT = "INSERT INTO share (poll_id, position, option, share) VALUES (?,?,?,?)";
    /** The file's keys, for one join against the poll table's UNIQUE key; lives and dies with the connection. */
    private static final String INCOMING_KEYS =
            "CREATE TEMP TABLE IF NOT EXISTS incoming_key (position INTEGER PRIMARY KEY, "
                    + "election TEXT NOT NULL, contest TEXT NOT NULL, scope TEXT NOT NULL, pollster TEXT NOT NULL, "
                    + "client TEXT NOT NULL, poll_date TEXT NOT NULL)";

    private static final String STORED_WITH_INCOMING_KEY = "temp.incoming_key k JOIN poll p ON p.election = k.election "
            + "AND p.pollster = k.pollster AND p.client = k.client AND p.poll_date = k.poll_date AND p.contest = k.contest "
            + "AND p.scope = k.scope";

    private final Path file;
    private final Connection db;
    private final PollReader reader;

    PollWriter(Path file, Connection db, PollReader reader) {
        this.file = file;
        this.db = db;
        this.reader = reader;
    }

    /** See {@link PollStore#add}. */
    AddOutcome add(
            String sourceUri,
            String sha256,
            String format,
            List<Map.Entry<Poll, String>> polls,
            boolean skipConflicts) {
        String now = Instant.now().toString();
        try {
            return WriteTransaction.run(db, () -> {
                // Read inside the write transaction, so no other writer can add one of these keys meanwhile.
                Map<PollKey, StoredPoll> stored = storedWithKeysOf(polls);
                List<AddOutcome.Conflict> conflicts = new ArrayList<>();
                List<Map.Entry<Poll, String>> fresh = new ArrayList<>();
                int duplicates = 0;
                for (Map.Entry<Poll, String> e : polls) {
                    StoredPoll existing = stored.get(e.getKey().key());
                    if (existing == null) {
                        fresh.add(e);
                    } else if (existing.poll().sameFigures(e.getKey())) {
                        duplicates++;
                    } else {
                        conflicts.add(new AddOutcome.Conflict(e.getKey(), e.getValue(), existing));
                    }
                }
                if (!conflicts.isEmpty() && !skipConflicts) {
                    return new AddOutcome(0, duplicates, conflicts, false);
                }
                if (!fresh.isEmpty()) {
                    insert(fresh, insertSource(sourceUri, sha256, format, now), now);
                }
                return new AddOutcome(fresh.size(), duplicates, conflicts, true);
            });
        } catch (SQLException e) {
            throw new StoreException(file + ": cannot store polls from " + sourceUri + ": " + e.getMessage(), e);
        }
    }

    /** The stored polls whose keys some of {@code polls} have: the file's keys go to a temporary table, then one join. */
    private Map<PollKey, StoredPoll> storedWithKeysOf(List<Map.Entry<Poll, String>> polls) throws SQLException {
        Map<PollKey, StoredPoll> stored = new HashMap<>();
        if (polls.isEmpty()) {
            return stored;
        }
        try (Statement st = db.createStatement()) {
            st.execute(INCOMING_KEYS);
            st.execute("DELETE FROM temp.incoming_key");
        }
        try (PreparedStatement ps = db.prepareStatement("INSERT INTO temp.incoming_key VALUES (?,?,?,?,?,?,?)")) {
            int position = 0;
            for (Map.Entry<Poll, String> e : polls) {
                Poll p = e.getKey();
                ps.setInt(1, position++);
                ps.setString(2, p.election());
                ps.setString(3, p.contest());
                ps.setString(4, p.scope().code());
                ps.setString(5, p.pollster());
                ps.setString(6, p.client());
                ps.setString(7, p.date().toString());
                ps.addBatch();
                if (position % BATCH == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
        reader.select(
                STORED_WITH_INCOMING_KEY,
                "",
                "k.position, p.id",
                List.of(),
                sp -> stored.put(sp.poll().key(), sp));
        try (Statement st = db.createStatement()) {
            st.execute("DELETE FROM temp.incoming_key");
        }
        return stored;
    }

    private long insertSource(String uri, String sha256, String format, String now) throws SQLException {
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

    /**
     * Inserts the polls and their shares in batches. The ids are given here, after the largest stored one (what
     * SQLite would choose), so a poll's shares can be batched without asking for its generated key; the write
     * lock taken at the start of the transaction keeps another writer from taking the same ids.
     */
    private void insert(List<Map.Entry<Poll, String>> fresh, long sourceId, String now) throws SQLException {
        long id;
        try (Statement st = db.createStatement();
                ResultSet rs = st.executeQuery("SELECT COALESCE(MAX(id), 0) FROM poll")) {
            id = rs.getLong(1);
        }
        try (PreparedStatement pollInsert = db.prepareStatement(PollRows.INSERT);
                PreparedStatement shareInsert = db.prepareStatement(SHARE_INSERT)) {
            int pending = 0;
            for (Map.Entry<Poll, String> e : fresh) {
                id++;
                PollRows.bind(pollInsert, id, e.getKey(), sourceId, e.getValue(), now);
                pollInsert.addBatch();
                int position = 0;
                for (Map.Entry<String, Double> s : e.getKey().shares().entrySet()) {
                    shareInsert.setLong(1, id);
                    shareInsert.setInt(2, position++);
                    shareInsert.setString(3, s.getKey());
                    shareInsert.setDouble(4, s.getValue());
                    shareInsert.addBatch();
                }
                if (++pending == BATCH) {
                    flush(pollInsert, shareInsert);
                    pending = 0;
                }
            }
            flush(pollInsert, shareInsert);
        }
    }

    /** Polls before their shares: each share row's foreign key must find its poll. */
    private static void flush(PreparedStatement pollInsert, PreparedStatement shareInsert) throws SQLException {
        pollInsert.executeBatch();
        shareInsert.executeBatch();
    }
}
