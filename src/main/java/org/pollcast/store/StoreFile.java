package org.pollcast.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.pollcast.BadInputException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;

/**
 * Opens the SQLite file behind a {@link PollStore}: refuses a missing folder or a file that is not SQLite
 * before touching anything, then connects in the mode every store connection uses (WAL, busy timeout,
 * foreign keys, writers taking the write lock when their transaction begins).
 */
final class StoreFile {
    static final int BUSY_TIMEOUT_MS = 60_000;

    private StoreFile() {}

    /** A connection to {@code file}, created if needed, in WAL mode; the caller closes it. */
    static Connection connect(Path file) throws SQLException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new BadInputException(file + ": cannot create the poll store: folder " + parent + " does not exist");
        }
        if (Files.exists(file) && !isSqlite(file)) {
            throw new BadInputException(file + ": not a pollcast store (not an SQLite database)");
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.enforceForeignKeys(true);
        // 64 MiB of page cache instead of SQLite's 2 MB: past a few tens of thousands of polls the poll table's
        // UNIQUE key index no longer fits, and every insert into it went to the file system. Pages are only
        // taken as they are used, so a small store costs no more than before.
        config.setCacheSize(-65_536);
        // Writers take the write lock when the transaction begins, so two ingests queue on the busy
        // timeout instead of failing on a lock upgrade half-way through a file.
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        Connection db = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
        try {
            useWriteAheadLog(db);
            return db;
        } catch (SQLException | RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /**
     * Switches to WAL, so readers never block the writer and a second writer waits on the busy timeout.
     * SQLite answers "busy" at once, without calling the busy handler, when two connections switch a new
     * file's journal mode together, so the switch is retried here for as long as the busy timeout allows.
     */
    @SuppressWarnings("try") // rs is opened only to be closed: the PRAGMA's answer is not needed
    private static void useWriteAheadLog(Connection db) throws SQLException {
        long deadline = System.nanoTime() + BUSY_TIMEOUT_MS * 1_000_000L;
        for (int attempt = 0; ; attempt++) {
            try (Statement st = db.createStatement();
                    ResultSet rs = st.executeQuery("PRAGMA journal_mode=WAL")) {
                return;
            } catch (SQLException e) {
                boolean busy = e.getErrorCode() == SQLiteErrorCode.SQLITE_BUSY.code
                        || e.getErrorCode() == SQLiteErrorCode.SQLITE_LOCKED.code;
                if (!busy || System.nanoTime() > deadline) {
                    throw e;
                }
                try {
                    Thread.sleep(Math.min(200, 5L << Math.min(attempt, 6)));
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    private static boolean isSqlite(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(16);
            return head.length == 0 || new String(head, StandardCharsets.US_ASCII).startsWith("SQLite format 3");
        } catch (IOException e) {
            return false;
        }
    }
}
