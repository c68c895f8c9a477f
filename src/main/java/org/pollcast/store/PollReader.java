package org.pollcast.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.pollcast.poll.Poll;
import org.pollcast.poll.Provenance;
import org.pollcast.poll.StoredPoll;

/**
 * Reads stored polls back: an election's polls by {@link PollQuery}, streamed as SQLite returns them, counts and
 * stated sample sizes.
 */
final class PollReader {
    /** Polls whose shares one statement fetches: the statement's size is fixed, whatever the store holds. */
    private static final int CHUNK = 500;

    private static final String SHARES_OF_CHUNK = "SELECT poll_id, option, share FROM share WHERE poll_id IN ("
            + String.join(",", Collections.nCopies(CHUNK, "?")) + ") ORDER BY poll_id, position";

    private final Path file;
    private final Connection db;

    PollReader(Path file, Connection db) {
        this.file = file;
        this.db = db;
    }

    /** The polls matching {@code q}, in date order (then pollster, client, contest, scope). */
    List<StoredPoll> polls(PollQuery q) {
        List<StoredPoll> out = new ArrayList<>();
        forEach(q, out::add);
        return out;
    }

    /**
     * Hands each poll matching {@code q} to {@code action} in the order of {@link #polls}, as the rows arrive.
     * The filters go to SQLite, so the statements are the same whatever the number of polls.
     */
    void forEach(PollQuery q, Consumer<StoredPoll> action) {
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
            // The (election, poll_date) index gives the rows in date order, so SQLite sorts only one day's polls
            // at a time, never the whole election.
            select(
                    "poll p",
                    where.toString(),
                    "p.poll_date, p.pollster, p.client, p.contest, p.scope, p.id",
                    args,
                    action);
        } catch (SQLException e) {
            throw new StoreException(file + ": cannot read polls: " + e.getMessage(), e);
        }
    }

    /**
     * Streams the polls of {@code tables} (which name the poll table {@code p}) that {@code where} keeps, in
     * {@code order}. One statement walks the polls; their shares come by primary key for {@value #CHUNK} polls
     * at a time, so every statement has the same size however many polls there are (listing every id in one
     * statement failed with SQLITE_TOOBIG past about 157,000 polls), and no more than one chunk waits in memory.
     * A poll and its shares are written in one transaction and never changed, so a chunk's shares are the
     * poll's shares even if another process adds polls while this one reads.
     */
    void select(String tables, String where, String order, List<String> args, Consumer<StoredPoll> action)
            throws SQLException {
        String pollSql = "SELECT p.* FROM " + tables + " " + where + " ORDER BY " + order;
        try (PreparedStatement polls = db.prepareStatement(pollSql);
                PreparedStatement shares = db.prepareStatement(SHARES_OF_CHUNK);
                PreparedStatement source = db.prepareStatement("SELECT uri, sha256 FROM source WHERE id = ?")) {
            for (int i = 0; i < args.size(); i++) {
                polls.setString(i + 1, args.get(i));
            }
            PollRows.Decoder decoder = new PollRows.Decoder();
            // A store has a few sources and many polls: each source's row is read once.
            Map<Long, String[]> sources = new HashMap<>();
            List<StoredPoll> chunk = new ArrayList<>(CHUNK);
            try (ResultSet rs = polls.executeQuery()) {
                while (rs.next()) {
                    String[] from = sources.get(rs.getLong("source_id"));
                    if (from == null) {
                        from = source(source, rs.getLong("source_id"));
                        sources.put(rs.getLong("source_id"), from);
                    }
                    chunk.add(new StoredPoll(
                            rs.getLong("id"),
                            decoder.poll(rs, Map.of()),
                            new Provenance(from[0], from[1], rs.getString("source_location"), decoder.ingestedAt(rs))));
                    if (chunk.size() == CHUNK) {
                        withShares(shares, chunk, decoder, action);
                    }
                }
                withShares(shares, chunk, decoder, action);
            }
        }
    }

    /** The uri and SHA-256 of source {@code id}. */
    private static String[] source(PreparedStatement source, long id) throws SQLException {
        source.setLong(1, id);
        try (ResultSet rs = source.executeQuery()) {
            if (!rs.next()) {
                throw new SQLException("poll refers to source " + id + ", which is not stored");
            }
            return new String[] {rs.getString(1), rs.getString(2)};
        }
    }

    /** Hands on the polls of {@code chunk} with their shares, in the chunk's order, and empties it. */
    private static void withShares(
            PreparedStatement shares, List<StoredPoll> chunk, PollRows.Decoder decoder, Consumer<StoredPoll> action)
            throws SQLException {
        if (chunk.isEmpty()) {
            return;
        }
        Map<Long, Map<String, Double>> byPoll = new HashMap<>();
        for (int i = 0; i < CHUNK; i++) {
            if (i < chunk.size()) {
                shares.setLong(i + 1, chunk.get(i).id());
            } else {
                shares.setNull(i + 1, Types.INTEGER); // matches no poll
            }
        }
        try (ResultSet rs = shares.executeQuery()) {
            while (rs.next()) {
                byPoll.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>())
                        .put(decoder.name(rs.getString(2)), rs.getDouble(3));
            }
        }
        for (StoredPoll sp : chunk) {
            Poll p = sp.poll();
            Poll withShares = p.withShares(byPoll.getOrDefault(sp.id(), Map.of()));
            action.accept(new StoredPoll(sp.id(), withShares, sp.provenance()));
        }
        chunk.clear();
    }

    /** Every stated sample size in the store of the elections {@code election} accepts, by pollster. */
    Map<String, List<Integer>> statedSampleSizes(LocalDate asOf, java.util.function.Predicate<String> election) {
        Map<String, List<Integer>> by = new LinkedHashMap<>();
        try (PreparedStatement ps =
                db.prepareStatement("SELECT pollster, sample_size, election FROM poll WHERE sample_size IS NOT NULL "
                        // Known by then (Poll.knownFrom): a poll whose exact publication came after its fieldwork
                        // counts from the day it was published.
                        + "AND poll_date <= ? AND (published IS NULL OR fieldwork_end IS NULL OR date_precision <> 'exact'"
                        + " OR published <= ?) ORDER BY pollster, sample_size")) {
            ps.setString(1, asOf.toString());
            ps.setString(2, asOf.toString());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (election.test(rs.getString(3))) {
                        by.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                                .add(rs.getInt(2));
                    }
                }
            }
        } catch (SQLException e) {
            throw new StoreException(file + ": cannot read sample sizes: " + e.getMessage(), e);
        }
        return by;
    }

    /** Every house the store holds polls of, each once, the first stored first. */
    List<String> houses() {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps =
                        db.prepareStatement("SELECT pollster FROM poll GROUP BY pollster ORDER BY MIN(rowid)");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw new StoreException(file + ": cannot read pollsters: " + e.getMessage(), e);
        }
        return out;
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

    SortedMap<String, Integer> contestCounts(String election) {
        SortedMap<String, Integer> out = new TreeMap<>();
        try (PreparedStatement ps =
                db.prepareStatement("SELECT contest, COUNT(*) FROM poll WHERE election = ? GROUP BY contest")) {
            ps.setString(1, election);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getInt(2));
                }
            }
        } catch (SQLException e) {
            throw new StoreException(file + ": cannot count the polls of each contest: " + e.getMessage(), e);
        }
        return out;
    }
}
