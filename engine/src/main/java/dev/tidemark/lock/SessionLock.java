// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.lock;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * A lock the database releases by itself when the session holding it ends (PostgreSQL advisory
 * locks, MySQL/MariaDB GET_LOCK, Oracle DBMS_LOCK), so that a killed process cannot leave the
 * database locked. Held for the whole run beside Liquibase's lock row.
 */
public interface SessionLock {
    /** Whether the database has such a lock; without one the row alone decides, as in Liquibase. */
    boolean supported();

    /** Tries once, without waiting; true when this session now holds the lock. */
    boolean tryAcquire(Connection session, String name) throws SQLException;

    /** Releases a lock this session holds. */
    void release(Connection session, String name) throws SQLException;

    /** No session lock (H2). */
    SessionLock NONE = new SessionLock() {
        @Override
        public boolean supported() {
            return false;
        }

        @Override
        public boolean tryAcquire(Connection session, String name) {
            throw new UnsupportedOperationException("no session lock on this database");
        }

        @Override
        public void release(Connection session, String name) {
        }
    };
}
