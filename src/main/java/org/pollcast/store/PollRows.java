package org.pollcast.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.pollcast.election.Scope;
import org.pollcast.poll.DatePrecision;
import org.pollcast.poll.Poll;

/**
 * How a {@link Poll} sits in the {@code poll} table: the one place that knows its columns, in both
 * directions. Dates are ISO text; the key columns are those of the table's UNIQUE constraint, {@code runoff_pair}
 * written from the poll's own options ({@link org.pollcast.poll.PollKey#pairOf}) and never read back: a poll read
 * gives its pair from its shares, as the poll stored did.
 */
final class PollRows {
    /** The columns {@link #bind} sets, in order. */
    static final String INSERT = "INSERT INTO poll (id, election, contest, scope, pollster, client, "
            + "poll_date, fieldwork_start, fieldwork_end, published, date_precision, sample_size, population, mode, "
            + "dont_know, partial, notes, citation, external_id, source_id, source_location, ingested_at, published_as, "
            + "runoff_pair) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";

    private PollRows() {}

    /** Sets {@link #INSERT}'s parameters for poll {@code id}, read from {@code sourceId} at {@code location}. */
    static void bind(PreparedStatement ps, long id, Poll p, long sourceId, String location, String now)
            throws SQLException {
        int i = 1;
        ps.setLong(i++, id);
        ps.setString(i++, p.election());
        ps.setString(i++, p.contest());
        ps.setString(i++, p.scope().code());
        ps.setString(i++, p.pollster());
        ps.setString(i++, p.client());
        ps.setString(i++, p.date().toString());
        setDate(ps, i++, p.fieldworkStart());
        setDate(ps, i++, p.fieldworkEnd());
        setDate(ps, i++, p.published());
        ps.setString(i++, p.datePrecision().code());
        if (p.sampleSize() == null) {
            ps.setNull(i++, Types.INTEGER);
        } else {
            ps.setInt(i++, p.sampleSize());
        }
        ps.setString(i++, p.population());
        ps.setString(i++, p.mode());
        if (p.dontKnow() == null) {
            ps.setNull(i++, Types.REAL);
        } else {
            ps.setDouble(i++, p.dontKnow());
        }
        ps.setInt(i++, p.partial() ? 1 : 0);
        ps.setString(i++, p.notes());
        ps.setString(i++, p.citation());
        ps.setString(i++, p.externalId());
        ps.setLong(i++, sourceId);
        ps.setString(i++, location);
        ps.setString(i++, now);
        ps.setString(i++, p.publishedAs());
        ps.setString(i, p.key().pair());
    }

    /**
     * Reads the rows of one query. Dates, ingestion times and names repeat across thousands of polls (one time
     * per source file, a few hundred fieldwork days, a handful of pollsters and options), so each distinct text
     * is parsed once and the polls read share one copy of it: half a million polls hold a few hundred megabytes
     * less than with a string per row.
     */
    static final class Decoder {
        private final Map<String, LocalDate> dates = new HashMap<>();
        private final Map<String, Instant> instants = new HashMap<>();
        private final Map<String, String> names = new HashMap<>();

        /** The poll in the current row of a query over {@code poll}, with {@code shares}. */
        Poll poll(ResultSet rs, Map<String, Double> shares) throws SQLException {
            int sample = rs.getInt("sample_size");
            Integer sampleSize = rs.wasNull() ? null : sample;
            double dk = rs.getDouble("dont_know");
            Double dontKnow = rs.wasNull() ? null : dk;
            return new Poll(
                    name(rs.getString("election")),
                    name(rs.getString("contest")),
                    Scope.fromCode(rs.getString("scope")).orElseThrow(),
                    name(rs.getString("pollster")),
                    rs.getString("client"),
                    date(rs.getString("fieldwork_start")),
                    date(rs.getString("fieldwork_end")),
                    date(rs.getString("published")),
                    DatePrecision.fromCode(rs.getString("date_precision")).orElseThrow(),
                    sampleSize,
                    name(rs.getString("population")),
                    name(rs.getString("mode")),
                    shares,
                    dontKnow,
                    rs.getInt("partial") == 1,
                    rs.getString("notes"),
                    rs.getString("citation"),
                    rs.getString("external_id"),
                    // null in rows stored before schema 4: the poll then reads as published under its house's name
                    name(rs.getString("published_as")),
                    null); // a blackout is the definition's, applied as an election's polls are read (PollSource.read)
        }

        /** When the poll in the current row was ingested. */
        Instant ingestedAt(ResultSet rs) throws SQLException {
            return instants.computeIfAbsent(rs.getString("ingested_at"), Instant::parse);
        }

        /** The one copy of {@code s} this query's polls share (an election, a pollster, an option id). */
        String name(String s) {
            if (s == null) {
                return null;
            }
            String first = names.putIfAbsent(s, s);
            return first == null ? s : first;
        }

        private LocalDate date(String s) {
            return s == null ? null : dates.computeIfAbsent(s, LocalDate::parse);
        }
    }

    private static void setDate(PreparedStatement ps, int i, LocalDate d) throws SQLException {
        if (d == null) {
            ps.setNull(i, Types.VARCHAR);
        } else {
            ps.setString(i, d.toString());
        }
    }
}
