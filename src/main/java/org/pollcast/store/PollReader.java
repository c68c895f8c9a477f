package org.pollcast.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pollcast.poll.Provenance;
import org.pollcast.poll.StoredPoll;

/** Reads stored polls back: an election's polls by {@link PollQuery}, counts and stated sample sizes. */
final class PollReader {
    private final Path file;
    private final Connection db;

    PollReader(Path file, Connection db) {
        this.file = file;
        this.db = db;
    }

    /** The polls matching {@code q}, in date order (then pollster, client, contest, scope). */
    List<StoredPoll> polls(PollQuery q) {
        StringBuilder where = new StringBuilder("WHERE p.election = ?");
        List<String> args = new ArrayList<>(List.of(q.election()));
        if (q.pollster() != null) {
            where.append(" AND p.pollster = ?");
            args.add(q.pollster());
        }
        if (q.since() != null) {
            where.append(" AND p.poll_date >= ?");
            args.add(q.since().toString());
        }
        if (q.until() != null) {
            where.append(" AND p.poll_date <= ?");
            args.add(q.until().toString());
        }
        try {
            return select(where.toString(), args.toArray(String[]::new));
        } catch (SQLException e) {
            throw new StoreException(file + ": cannot read polls: " + e.getMessage(), e);
        }
    }

    /** Every stated sample size in the store (all elections), by pollster. */
    Map<String, List<Integer>> statedSampleSizes() {
        Map<String, List<Integer>> by = new LinkedHashMap<>();
        try (Statement st = db.createStatement();
                ResultSet rs = st.executeQuery("SELECT pollster, sample_size FROM poll WHERE sample_size IS NOT NULL ORDER BY pollster, sample_size")) {
            while (rs.next()) {
                by.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getInt(2));
            }
        } catch (SQLException e) {
            throw new StoreException(file + ": cannot read sample sizes: " + e.getMessage(), e);
        }
        return by;
    }

    /** How many polls the store holds for {@code election}. */
    int count(String election) {
        try (PreparedStatement ps = db.prepareStatement("SELECT COUNT(*) FROM poll WHERE election = ?")) {
            ps.setString(1, election);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.getInt(1);
            }
        } catch (SQLException e) {
            throw new StoreException(file + ": cannot count polls: " + e.getMessage(), e);
        }
    }

    List<StoredPoll> select(String where, String... args) throws SQLException {
        String sql = "SELECT p.*, s.uri, s.sha256 FROM poll p JOIN source s ON s.id = p.source_id " + where
                + " ORDER BY p.poll_date, p.pollster, p.client, p.contest, p.scope";
        Map<Long, StoredPoll> polls = new LinkedHashMap<>();
        Map<Long, Map<String, Double>> shares = new LinkedHashMap<>();
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setString(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong("id");
                    shares.put(id, new LinkedHashMap<>());
                    polls.put(id, new StoredPoll(id, PollRows.read(rs, Map.of()), new Provenance(rs.getString("uri"),
                            rs.getString("sha256"), rs.getString("source_location"), Instant.parse(rs.getString("ingested_at")))));
                }
            }
        }
        if (polls.isEmpty()) {
            return List.of();
        }
        String ids = String.join(",", polls.keySet().stream().map(String::valueOf).toList());
        try (Statement st = db.createStatement();
                ResultSet rs = st.executeQuery("SELECT poll_id, option, share FROM share WHERE poll_id IN (" + ids
                        + ") ORDER BY poll_id, position")) {
            while (rs.next()) {
                shares.get(rs.getLong(1)).put(rs.getString(2), rs.getDouble(3));
            }
        }
        List<StoredPoll> out = new ArrayList<>(polls.size());
        polls.forEach((id, sp) -> out.add(new StoredPoll(id, PollRows.withShares(sp.poll(), shares.get(id)), sp.provenance())));
        return out;
    }
}
