// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.rollback;

import dev.tidemark.dialect.Dialect;
import dev.tidemark.error.ErrorCode;
import dev.tidemark.error.TidemarkException;
import dev.tidemark.history.HistoryRow;
import dev.tidemark.history.HistoryStore;
import dev.tidemark.model.ChangeSet;
import dev.tidemark.sql.SqlStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Rolls changesets back on a live connection, each in one transaction with the DELETE of its
 * history row, so a failure or a crash leaves both or neither where DDL is transactional
 * (PostgreSQL); where DDL commits implicitly (MySQL, MariaDB, Oracle, H2) what a DDL statement did
 * stays, as in Liquibase. runInTransaction=false runs the statements in autocommit, then deletes
 * the row. The caller holds the lock for the whole run.
 */
public final class JdbcRollbackTarget implements RollbackTarget {
    private final Connection work;
    private final Dialect dialect;
    private final HistoryStore history;

    public JdbcRollbackTarget(Connection work, Dialect dialect, HistoryStore history) {
        this.work = work;
        this.dialect = dialect;
        this.history = history;
    }

    @Override
    public void open() {
        // The tracking tables and the lock are prepared by the caller before the history is read.
    }

    @Override
    public void rollBack(ChangeSet changeSet, List<SqlStatement> statements, HistoryRow row) {
        boolean transactional = changeSet.runInTransactionOrDefault();
        SqlStatement current = null;
        try {
            work.setAutoCommit(!transactional);
            for (SqlStatement s : statements) {
                current = s;
                execute(s);
            }
            current = null;
            if (!transactional) {
                work.setAutoCommit(false);
            }
            history.delete(work, row);
            work.commit();
        } catch (SQLException e) {
            rollback(e);
            String message = e.getMessage() == null ? "(no message)" : e.getMessage().lines().findFirst().orElse("");
            throw new TidemarkException(ErrorCode.CHANGESET_FAILED, changeSet.location(), "rolling back changeset "
                    + changeSet.identifier() + " failed: " + message + " [SQLState " + e.getSQLState() + ", code "
                    + e.getErrorCode() + "]\n  statement: " + (current == null ? "(deleting its history row)" : current.sql()), e);
        }
    }

    @Override
    public void runScript(List<SqlStatement> script, List<RollbackStep> steps) {
        SqlStatement current = null;
        try {
            work.setAutoCommit(false);
            for (SqlStatement s : script) {
                current = s;
                execute(s);
            }
            current = null;
            for (RollbackStep step : steps) {
                history.delete(work, step.row());
            }
            work.commit();
        } catch (SQLException e) {
            rollback(e);
            throw new TidemarkException(ErrorCode.CHANGESET_FAILED, null, "the rollback script failed: " + e.getMessage()
                    + " [SQLState " + e.getSQLState() + ", code " + e.getErrorCode() + "]\n  statement: "
                    + (current == null ? "(deleting the history rows)" : current.sql()), e);
        }
    }

    private void execute(SqlStatement s) throws SQLException {
        if (s.isBatch()) {
            try (PreparedStatement ps = work.prepareStatement(s.sql())) {
                for (List<Object> rowValues : s.batchRows()) {
                    for (int i = 0; i < rowValues.size(); i++) {
                        dialect.bind(ps, i + 1, rowValues.get(i));
                    }
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        } else {
            try (Statement st = work.createStatement()) {
                st.execute(s.sql());
            }
        }
    }

    private void rollback(SQLException failure) {
        try {
            if (!work.getAutoCommit()) {
                work.rollback();
            }
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    @Override
    public void close() {
        // The lock is released by the caller.
    }
}
