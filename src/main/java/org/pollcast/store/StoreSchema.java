package org.pollcast.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.pollcast.BadInputException;

/**
 * The store's schema: the SQL migrations in this package's resources, applied in order, and the version
 * (the number applied) recorded in {@code schema_version}. A store newer than this pollcast is refused, never
 * downgraded.
 */
final class StoreSchema {
    /** Migrations in order; the schema version is the number of migrations applied. */
    private static final List<String> MIGRATIONS = List.of(
            "V1__polls.sql",
            "V2__forecast_history.sql",
            "V3__model_version.sql",
            "V4__published_as.sql",
            "V5__run_inputs.sql",
            "V6__runoff_pair.sql",
            "V7__ipsos_house.sql");
    /** The schema version this pollcast writes. */
    static final int VERSION = MIGRATIONS.size();

    private StoreSchema() {}

    /** The schema version of the open file. */
    static int version(Connection db) throws SQLException {
        try (Statement st = db.createStatement();
                ResultSet rs = st.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version")) {
            return rs.getInt(1);
        }
    }

    /**
     * Applies the migrations the file lacks, all in one transaction. Foreign keys are off while they run and checked
     * before the commit: a migration that rebuilds a table (V6, the poll table's key) drops the old one, which with
     * foreign keys on deletes every row that points at it ({@code share}'s ON DELETE CASCADE). SQLite ignores the
     * switch inside a transaction, so it is thrown before the transaction begins and restored after it ends.
     */
    static void migrate(Connection db, Path file) throws SQLException {
        try (Statement st = db.createStatement()) {
            st.execute(
                    "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL, applied_at TEXT NOT NULL)");
            st.execute("PRAGMA foreign_keys = OFF");
        }
        db.setAutoCommit(false);
        try {
            int version = version(db);
            if (version > MIGRATIONS.size()) {
                throw new BadInputException(file + ": the store has schema version " + version
                        + ", newer than this pollcast knows (" + MIGRATIONS.size() + "); upgrade pollcast");
            }
            for (int v = version; v < MIGRATIONS.size(); v++) {
                try (Statement st = db.createStatement()) {
                    for (String sql : statements(MIGRATIONS.get(v))) {
                        st.execute(sql);
                    }
                }
                try (PreparedStatement ps = db.prepareStatement("INSERT INTO schema_version VALUES (?, ?)")) {
                    ps.setInt(1, v + 1);
                    ps.setString(2, Instant.now().toString());
                    ps.executeUpdate();
                }
            }
            if (version < MIGRATIONS.size()) {
                requireForeignKeys(db, file);
            }
            db.commit();
        } catch (SQLException | RuntimeException e) {
            db.rollback();
            throw e;
        } finally {
            db.setAutoCommit(true);
            try (Statement st = db.createStatement()) {
                st.execute("PRAGMA foreign_keys = ON");
            }
        }
    }

    /**
     * Refuses to commit a migration after which a row points at no row (a share at no poll, a poll at no source):
     * the rebuilt table must hold every row the old one did, under the same id.
     */
    private static void requireForeignKeys(Connection db, Path file) throws SQLException {
        try (Statement st = db.createStatement();
                ResultSet rs = st.executeQuery("PRAGMA foreign_key_check")) {
            if (rs.next()) {
                throw new StoreException(
                        file + ": cannot migrate the poll store: after the migration a row of table '"
                                + rs.getString(1) + "' (row " + rs.getLong(2) + ") points at no row of '"
                                + rs.getString(3) + "'; the store is left as it was",
                        null);
            }
        }
    }

    private static List<String> statements(String resource) {
        try (InputStream in = StoreSchema.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing migration " + resource);
            }
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)--.*$", "");
            List<String> out = new ArrayList<>();
            for (String s : sql.split(";")) {
                if (!s.isBlank()) {
                    out.add(s.trim());
                }
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read migration " + resource, e);
        }
    }
}
