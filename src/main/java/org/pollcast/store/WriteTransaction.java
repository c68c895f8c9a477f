package org.pollcast.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Runs work in one write transaction on a store connection: committed when it returns, rolled back when it
 * throws, and the connection always left in auto-commit, so a failed write never leaves it inside a
 * transaction. The connection's transaction mode takes the write lock at the start.
 */
final class WriteTransaction {
    /** Work on the connection that may fail with an SQL error. */
    @FunctionalInterface
    interface Work<T> {
        T run() throws SQLException;
    }

    private WriteTransaction() {}

    static <T> T run(Connection db, Work<T> work) throws SQLException {
        db.setAutoCommit(false);
        try {
            T result = work.run();
            db.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            db.rollback();
            throw e;
        } finally {
            db.setAutoCommit(true);
        }
    }
}
