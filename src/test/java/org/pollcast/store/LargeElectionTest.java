package org.pollcast.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.election.Scope;
import org.pollcast.poll.Poll;
import org.pollcast.poll.PollBuilder;
import org.pollcast.poll.StoredPoll;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteLimits;

/**
 * One election with more polls than any real one. Reading an election's polls once listed every poll id in one
 * SQL statement, which SQLite refuses (SQLITE_TOOBIG) past about 157,000 polls under its default 1,000,000-byte
 * limit on a statement: that may not depend on how many polls are stored. The store's connection here allows
 * statements of {@value #STATEMENT_LIMIT} bytes, so the same failure shows at a tenth of the polls (the 200,000 this
 * test once generated took 12 s of CI's processor). Adding a file once read every stored poll of the election too:
 * here a file is added to the 30,000 and its stored polls found by key, and scripts/bench-large-election.sh times an
 * ingest of 500,000. The polls are generated inside SQLite, then read and added to through the store's own API.
 */
class LargeElectionTest {
    /**
     * Well past the polls whose id list would outgrow {@link #STATEMENT_LIMIT}: about 6 bytes an id, so some 16,000
     * polls; a real store reaches SQLite's default limit at about 157,000.
     */
    private static final int POLLS = 30_000;

    /** A tenth of SQLite's default limit on a statement's length, and far more than any statement pollcast writes. */
    private static final int STATEMENT_LIMIT = 100_000;

    private static final String ELECTION = "london-2008";
    private static final LocalDate FIRST = LocalDate.of(2007, 5, 1);
    private static final int DAYS = 365;

    @TempDir
    Path tmp;

    /** Poll {@code i}: one of four pollsters, a client of its own (so every key differs), shares summing to 100. */
    private static Poll poll(int i) {
        Map<String, Double> shares = new LinkedHashMap<>();
        shares.put("johnson", 40.0 + i % 7);
        shares.put("livingstone", 40.0 - i % 7);
        shares.put("paddick", 12.0);
        shares.put("other", 8.0);
        LocalDate end = FIRST.plusDays(i % DAYS);
        return PollBuilder.of(ELECTION, "mayor", Scope.FIRST_PREF, "Pollster " + i % 4)
                .client("Client " + i)
                .started(end.minusDays(2))
                .ended(end)
                .sample(500 + i % 1500)
                .shares(shares)
                .build();
    }

    /**
     * Writes polls {@code 0..n-1} (the same as {@link #poll}, from source {@code synthetic.csv}, line {@code i + 2})
     * straight into a new store's tables: one INSERT ... SELECT over a counter for the polls, one for the shares.
     */
    private static void generate(Path db, int n) throws SQLException {
        try (PollStore store = PollStore.open(db)) {
            assertThat(store.count(ELECTION)).isZero(); // creates the schema
        }
        String day = "date('" + FIRST + "', '+' || (i % " + DAYS + ") || ' days')";
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath());
                Statement st = c.createStatement()) {
            st.execute("PRAGMA cache_size = -65536"); // the indexes outgrow the default 2 MB cache
            c.setAutoCommit(false);
            st.execute("INSERT INTO source (id, uri, sha256, format, ingested_at) VALUES (1, 'synthetic.csv', '"
                    + "0".repeat(64) + "', 'wide-csv', '2026-01-01T00:00:00Z')");
            st.execute("WITH RECURSIVE counter(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM counter WHERE i + 1 < " + n
                    + ") "
                    + "INSERT INTO poll (id, election, contest, scope, pollster, client, poll_date, fieldwork_start, "
                    + "fieldwork_end, date_precision, sample_size, partial, source_id, source_location, ingested_at) "
                    + "SELECT i + 1, '" + ELECTION
                    + "', 'mayor', 'first_pref', 'Pollster ' || (i % 4), 'Client ' || i, "
                    + day + ", date(" + day + ", '-2 days'), " + day + ", 'exact', 500 + i % 1500, 0, 1, i + 2, "
                    + "'2026-01-01T00:00:00Z' FROM counter");
            st.execute("INSERT INTO share (poll_id, position, option, share) "
                    + "SELECT id, 0, 'johnson', 40.0 + (id - 1) % 7 FROM poll "
                    + "UNION ALL SELECT id, 1, 'livingstone', 40.0 - (id - 1) % 7 FROM poll "
                    + "UNION ALL SELECT id, 2, 'paddick', 12.0 FROM poll "
                    + "UNION ALL SELECT id, 3, 'other', 8.0 FROM poll");
            c.commit();
        }
    }

    private static List<Map.Entry<Poll, String>> polls(int from, int to) {
        List<Map.Entry<Poll, String>> out = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            out.add(Map.entry(poll(i), Integer.toString(i + 2)));
        }
        return out;
    }

    @Test
    @Timeout(120)
    void anElectionWithMorePollsThanOneStatementCanListIsReadBackAndAddedTo() throws SQLException {
        Path db = tmp.resolve("large.db");
        generate(db, POLLS);
        try (PollStore store = PollStore.open(db)) {
            store.connectionForTests()
                    .unwrap(SQLiteConnection.class)
                    .setLimit(SQLiteLimits.SQLITE_LIMIT_SQL_LENGTH, STATEMENT_LIMIT);
            assertThat(store.count(ELECTION)).isEqualTo(POLLS);

            List<StoredPoll> all = store.polls(PollQuery.of(ELECTION));
            assertThat(all).hasSize(POLLS);
            assertThat(all).extracting(sp -> sp.poll().date()).isSorted();
            assertThat(all.stream().mapToLong(StoredPoll::id).distinct().count())
                    .isEqualTo(POLLS);
            StoredPoll some =
                    all.stream().filter(sp -> sp.id() == 12_346).findFirst().orElseThrow();
            assertThat(some.poll()).isEqualTo(poll(12_345));
            assertThat(some.poll().shares().keySet()).containsExactly("johnson", "livingstone", "paddick", "other");
            assertThat(some.provenance().location()).isEqualTo("12347");
            assertThat(some.provenance().source()).isEqualTo("synthetic.csv");

            LocalDate since = FIRST.plusDays(DAYS - 30);
            List<StoredPoll> late =
                    store.polls(PollQuery.of(ELECTION).withSince(since).withPollster("Pollster 1"));
            assertThat(late).isNotEmpty().hasSize((int) all.stream()
                    .filter(sp -> !sp.poll().date().isBefore(since)
                            && sp.poll().pollster().equals("Pollster 1"))
                    .count());
            assertThat(late)
                    .allMatch(sp -> !sp.poll().date().isBefore(since)
                            && sp.poll().pollster().equals("Pollster 1"));

            // The last 1,000 polls again, with 1,000 new ones: the stored ones are found by key, as duplicates.
            AddOutcome more =
                    store.add("more.csv", "1".repeat(64), "wide-csv", polls(POLLS - 1_000, POLLS + 1_000), false);
            assertThat(more.added()).isEqualTo(1_000);
            assertThat(more.duplicates()).isEqualTo(1_000);
            assertThat(more.conflicts()).isEmpty();
            assertThat(store.count(ELECTION)).isEqualTo(POLLS + 1_000);
            assertThat(store.polls(PollQuery.of(ELECTION).withPollster("Pollster 2")))
                    .hasSize((POLLS + 1_000) / 4);
        }
    }
}
