// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.execute;

import dev.tidemark.dialect.Dialect;
import dev.tidemark.error.ChangeSetFailedException;
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
 * Runs changesets on a live connection, each in one transaction with its history row, so a
 * failure or a crash leaves both or neither. Where DDL commits implicitly (MySQL, MariaDB, Oracle)
 * what a DDL statement commits stays, but the changeset's other DML still rolls back, as in
 * Liquibase. runInTransaction=false runs the statements in autocommit on every database (as
 * Liquibase 4.33 does on MariaDB and H2 too), and then writes the row. The caller holds the lock
 * for the whole run.
 */
public final class JdbcTarget implements Target {
    private final Connection work;
    private final Dialect dialect;
    private final HistoryStore history;
    private final RunListener listener;

    public JdbcTarget(Connection work, Dialect dialect, HistoryStore history, RunListener listener) {
        this.work = work;
        this.dialect = dialect;
        this.history = history;
        this.listener = listener;
    }

    @Override
    public void open(RunInfo run) {
        // The tracking tables and the lock are prepared by the caller before the history is read.
    }

    @Override
    public void apply(ChangeSet changeSet, List<SqlStatement> statements, HistoryRow row, boolean rerun) {
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
            if (rerun) {
                history.updateRerun(work, row);
            } else {
                history.insert(work, row);
            }
            work.commit();
        } catch (SQLException e) {
            rollback();
            throw new ChangeSetFailedException(changeSet, current == null ? "(writing its history row)" : current.sql(), e);
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

    private void rollback() {
        try {
            if (!work.getAutoCommit()) {
                work.rollback();
            }
        } catch (SQLException ignored) {
            // the changeset's own failure is what gets reported
        }
    }

    @Override
    public void note(String text) {
        listener.note(text);
    }

    @Override
    public void close() {
        // The lock is released by the caller.
    }
}
