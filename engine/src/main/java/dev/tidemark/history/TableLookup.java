// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.history;

import dev.tidemark.dialect.Dialect;
import dev.tidemark.lock.LockTable;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Whether the tracking tables exist, asked of the database catalog in their place
 * ({@link TrackingTablesPlace}) without creating or reading them. Commands that only look
 * (status, list-locks, update-sql, validate) use it, so that looking never creates a table.
 */
public final class TableLookup {
    private final Dialect dialect;
    private final TrackingTables names;

    public TableLookup(Dialect dialect, TrackingTables names) {
        this.dialect = dialect;
        this.names = names;
    }

    /** Whether DATABASECHANGELOG (as configured) exists. */
    public boolean historyExists(Connection c) throws SQLException {
        return exists(c, new HistoryTable(dialect, names).tableName());
    }

    /** Whether DATABASECHANGELOGLOCK (as configured) exists. */
    public boolean lockExists(Connection c) throws SQLException {
        return exists(c, new LockTable(dialect, names).tableName());
    }

    private boolean exists(Connection c, String table) throws SQLException {
        return !TrackingTablesPlace.of(c, dialect, names).columns(c, table).isEmpty();
    }
}
