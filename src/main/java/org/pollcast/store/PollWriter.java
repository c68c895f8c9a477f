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
import java.util.Optional;
import org.pollcast.poll.Poll;
import org.pollcast.poll.PollKey;
import org.pollcast.poll.StoredPoll;

/**
 * Adds one source's polls in one transaction, with the dedup rule of the design: a poll whose key (pollster,
 * client, date, contest, scope) is stored with the same figures is a duplicate and adds nothing; with other
 * figures it is a conflict, reported and never silently replaced.
 */
final class PollWriter {
    private static final String SHARE_INSERT = "INSERT INTO share (poll_id, position, option, share) VALUES (?,?,?,?)";

    private final Path file;
    private final Connection db;
    private final PollReader reader;

    PollWriter(Path file, Connection db, PollReader reader) {
        this.file = file;
        this.db = db;
        this.reader = reader;
    }

    /** See {@link PollStore#add}. */
    AddOutcome add(String sourceUri, String sha256, String format, List<Map.Entry<Poll, String>> polls, boolean skipConflicts) {
        String now = Instant.now().toString();
        try {
            return WriteTransaction.run(db, () -> {
                List<AddOutcome.Conflict> conflicts = new ArrayList<>();
                List<Map.Entry<Poll, String>> fresh = new ArrayList<>();
                int duplicates = 0;
                // One read of what is stored for these elections, inside the write transaction, instead of a
                // query per poll.
                Map<PollKey, StoredPoll> stored = new HashMap<>();
                for (String election : polls.stream().map(e -> e.getKey().election()).distinct().toList()) {
                    for (StoredPoll sp : reader.select("WHERE p.election = ?", election)) {
                        stored.put(sp.poll().key(), sp);
                    }
                }
                for (Map.Entry<Poll, String> e : polls) {
                    Optional<StoredPoll> existing = Optional.ofNullable(stored.get(e.getKey().key()));
                    if (existing.isEmpty()) {
                        fresh.add(e);
                    } else if (existing.get().poll().sameFigures(e.getKey())) {
                        duplicates++;
                    } else {
                        conflicts.add(new AddOutcome.Conflict(e.getKey(), e.getValue(), existing.get()));
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

    private long insertSource(String uri, String sha256, String format, String now) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement(
                "INSERT INTO source (uri, sha256, format, ingested_at) VALUES (?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
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

    private void insert(List<Map.Entry<Poll, String>> fresh, long sourceId, String now) throws SQLException {
        try (PreparedStatement pollInsert = db.prepareStatement(PollRows.INSERT, Statement.RETURN_GENERATED_KEYS);
                PreparedStatement shareInsert = db.prepareStatement(SHARE_INSERT)) {
            for (Map.Entry<Poll, String> e : fresh) {
                PollRows.bind(pollInsert, e.getKey(), sourceId, e.getValue(), now);
                pollInsert.executeUpdate();
                long pollId;
                try (ResultSet keys = pollInsert.getGeneratedKeys()) {
                    keys.next();
                    pollId = keys.getLong(1);
                }
                int position = 0;
                for (Map.Entry<String, Double> s : e.getKey().shares().entrySet()) {
                    shareInsert.setLong(1, pollId);
                    shareInsert.setInt(2, position++);
                    shareInsert.setString(3, s.getKey());
                    shareInsert.setDouble(4, s.getValue());
                    shareInsert.addBatch();
                }
            }
            shareInsert.executeBatch();
        }
    }
}
