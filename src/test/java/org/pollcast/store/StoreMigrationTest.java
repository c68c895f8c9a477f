package org.pollcast.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pollcast.election.Scope;
import org.pollcast.ingest.AliasTable;
import org.pollcast.ingest.DataHome;
import org.pollcast.ingest.ElectionCatalog;
import org.pollcast.ingest.IngestReport;
import org.pollcast.ingest.IngestSettings;
import org.pollcast.ingest.Ingester;
import org.pollcast.poll.ForecastRun;
import org.pollcast.poll.StoredPoll;

/**
 * A store written by an older pollcast opens, migrates to the run-off pair in the poll key (schema 6) and to Ipsos's house by its name (7), and keeps
 * everything it held. The file {@code src/test/resources/store/v3-london.sqlite} was written by pollcast at schema
 * version 3 (commit 3ebbc61, the last before schema 4), as its README says: london-2012's bundled polls (16 of them
 * run-offs) ingested, then one nightly run of london-2028, which stored the other bundled polls and recorded the run
 * with its win probabilities. Schemas 4 and 5 add columns; 6 rebuilds the poll table, the step that could lose rows.
 */
class StoreMigrationTest {
    private static final Path V3 = Path.of("src/test/resources/store/v3-london.sqlite");
    private static final Path DATA = Path.of("data");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-04T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path tmp;

    private Path copyOfV3() throws IOException {
        Path db = tmp.resolve("old.db");
        Files.copy(V3, db);
        return db;
    }

    /** Every row of {@code sql}'s answer, as text, column by column. */
    private static List<String> rows(Path db, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath());
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            ResultSetMetaData md = rs.getMetaData();
            List<String> out = new ArrayList<>();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    row.append(i > 1 ? "|" : "").append(rs.getString(i));
                }
                out.add(row.toString());
            }
            return out;
        }
    }

    /**
     * The poll table's columns of schema 3, the ones the migration copies; Ipsos's house read by its name since schema 7
     * (its polls moved from "Ipsos MORI", checked on their own below).
     */
    private static final String V3_POLL = "SELECT id, election, contest, scope,"
            + " REPLACE(pollster, 'Ipsos MORI', 'Ipsos'), client, poll_date,"
            + " fieldwork_start, fieldwork_end, published, date_precision, sample_size, population, mode, dont_know,"
            + " partial, notes, citation, external_id, source_id, source_location, ingested_at FROM poll ORDER BY id";

    private static final List<String> KEPT = List.of(
            V3_POLL,
            "SELECT * FROM share ORDER BY poll_id, position",
            "SELECT * FROM source ORDER BY id",
            "SELECT id, election, run_at, checked_at, as_of, poll_ids, seed, sims, model_version FROM forecast_run"
                    + " ORDER BY id",
            "SELECT * FROM forecast_win ORDER BY run_id, option");

    @Test
    void aVersionThreeStoreMigratesKeepingEveryPollSourceAndRun() throws Exception {
        Path db = copyOfV3();
        assertThat(rows(db, "SELECT MAX(version) FROM schema_version")).containsExactly("3");
        List<List<String>> before = new ArrayList<>();
        for (String sql : KEPT) {
            before.add(rows(db, sql));
        }
        // The fixture is what the test says it is: polls with run-offs among them, sources, and a recorded run.
        assertThat(before.get(0)).hasSize(112);
        assertThat(rows(db, "SELECT COUNT(*) FROM poll WHERE scope = 'runoff'")).containsExactly("45");
        assertThat(before.get(2)).hasSize(7);
        assertThat(before.get(3)).hasSize(1);
        List<String> ipsos = rows(db, "SELECT id FROM poll WHERE pollster = 'Ipsos MORI' ORDER BY id");
        assertThat(ipsos).isNotEmpty();

        try (PollStore store = PollStore.open(db)) {
            assertThat(store.schemaVersion())
                    .isEqualTo(PollStore.SCHEMA_VERSION)
                    .isEqualTo(7);
            List<ForecastRun> runs = store.runs("london-2028");
            assertThat(runs).hasSize(1);
            // The run's polls are the same rows under the same ids: "what changed since the last run" still works.
            List<Long> ids = store.polls(PollQuery.of("london-2028")).stream()
                    .map(StoredPoll::id)
                    .toList();
            assertThat(runs.get(0).pollIds()).containsExactlyInAnyOrderElementsOf(ids);
        }
        for (int i = 0; i < KEPT.size(); i++) {
            assertThat(rows(db, KEPT.get(i))).as(KEPT.get(i)).containsExactlyElementsOf(before.get(i));
        }
        // Each run-off's pair is its options sorted; every other poll's is empty.
        assertThat(rows(db, "SELECT DISTINCT runoff_pair FROM poll WHERE scope = 'runoff' ORDER BY 1"))
                .containsExactly("bailey v khan", "goldsmith v khan", "johnson v livingstone", "livingstone v norris");
        assertThat(rows(db, "SELECT COUNT(*) FROM poll WHERE scope <> 'runoff' AND runoff_pair <> ''"))
                .containsExactly("0");
        assertThat(rows(db, "PRAGMA foreign_key_check")).isEmpty();
        // Schema 7: Britain's Ipsos MORI polls are the house Ipsos's, each keeping the name it was published under.
        assertThat(rows(db, "SELECT id FROM poll WHERE pollster = 'Ipsos' AND published_as = 'Ipsos MORI' ORDER BY id"))
                .containsExactlyElementsOf(ipsos);
        assertThat(rows(db, "SELECT COUNT(*) FROM poll WHERE pollster = 'Ipsos MORI'"))
                .containsExactly("0");
        assertThat(rows(
                        db,
                        "SELECT name FROM sqlite_master WHERE tbl_name = 'poll' AND type = 'index' AND sql IS NOT"
                                + " NULL"))
                .containsExactly("poll_by_election_date");
    }

    @Test
    void aMigratedStoreTakesNothingTwiceAndTakesASecondPairingOfASurvey() throws Exception {
        Path db = copyOfV3();
        Ingester ingester = new Ingester(
                new ElectionCatalog(new DataHome(DATA)), AliasTable.load(List.of(DATA.resolve("aliases.yaml"))), CLOCK);
        try (PollStore store = PollStore.open(db)) {
            // The file the old pollcast stored: every poll is a duplicate, run-offs included (their pairs, filled in
            // by the migration from their shares, are the pairs the ingest computes).
            IngestReport again = ingester.ingest(
                    DATA.resolve("polls/london-2012.csv").toString(), store, IngestSettings.withDefaults());
            assertThat(again.added()).isZero();
            assertThat(again.duplicates()).isEqualTo(35);
            int before = store.count("london-2012");

            // YouGov's last 2012 survey asked a second pairing (synthetic figures): a poll of its own now.
            Path csv = tmp.resolve("pairing.csv");
            Files.writeString(
                    csv,
                    "election,contest,scope,pollster,client,fieldwork_end,johnson,livingstone,paddick\n"
                            + "london-2012,mayor,runoff,YouGov,Evening Standard,2012-05-02,62,,38\n",
                    StandardCharsets.UTF_8);
            IngestReport pairing = ingester.ingest(csv.toString(), store, IngestSettings.withDefaults());
            assertThat(pairing.added()).isEqualTo(1);
            assertThat(store.count("london-2012")).isEqualTo(before + 1);
            assertThat(store.polls(PollQuery.of("london-2012")).stream()
                            .filter(sp -> sp.poll().scope() == Scope.RUNOFF
                                    && sp.poll().date().toString().equals("2012-05-02"))
                            .map(sp -> sp.poll().key().pair()))
                    .containsExactly("johnson v livingstone", "johnson v paddick");

            // The same pairing with other figures is still a conflict, and so is a first-preference poll's.
            Files.writeString(
                    csv,
                    "election,contest,scope,pollster,client,fieldwork_end,johnson,livingstone,paddick,other\n"
                            + "london-2012,mayor,runoff,YouGov,Evening Standard,2012-05-02,52,48,,\n"
                            + "london-2012,mayor,first_pref,YouGov,Evening Standard,2012-05-02,44,38,7,11\n",
                    StandardCharsets.UTF_8);
            IngestReport conflicts = ingester.ingest(
                    csv.toString(), store, IngestSettings.withDefaults().withSkipInvalid(true));
            assertThat(conflicts.added()).isZero();
            assertThat(conflicts.conflicts())
                    .extracting(c -> c.incoming().key().toString())
                    .containsExactly(
                            "YouGov/Evening Standard 2012-05-02 mayor runoff johnson v livingstone",
                            "YouGov/Evening Standard 2012-05-02 mayor first_pref");
        }
    }

    /**
     * A migration that cannot keep every row leaves the store as it was: here a share that points at no poll (written
     * with foreign keys off, as no pollcast does) fails the check before the commit, so the rebuilt table is rolled
     * back with the columns schemas 4 and 5 added.
     */
    @Test
    void aMigrationThatCannotKeepEveryRowLeavesTheStoreAsItWas() throws Exception {
        Path db = copyOfV3();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath());
                Statement st = c.createStatement()) {
            st.execute("PRAGMA foreign_keys = OFF");
            st.execute("INSERT INTO share (poll_id, position, option, share) VALUES (9999, 0, 'khan', 40)");
        }
        List<String> polls = rows(db, V3_POLL);
        assertThatThrownBy(() -> PollStore.open(db))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining(db.toString())
                .hasMessageContaining("table 'share'")
                .hasMessageContaining("the store is left as it was");
        assertThat(rows(db, "SELECT MAX(version) FROM schema_version")).containsExactly("3");
        assertThat(rows(db, V3_POLL)).containsExactlyElementsOf(polls);
        assertThat(rows(db, "SELECT name FROM pragma_table_info('poll') WHERE name IN ('published_as', 'runoff_pair')"))
                .isEmpty();
    }

    /** The connection a store keeps has its foreign keys on again once the migration is done. */
    @Test
    void foreignKeysAreOnAgainAfterTheMigration() throws Exception {
        Path db = copyOfV3();
        try (Connection c = StoreFile.connect(db)) {
            StoreSchema.migrate(c, db);
            try (Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("PRAGMA foreign_keys")) {
                assertThat(rs.getInt(1)).isEqualTo(1);
            }
        }
    }
}
