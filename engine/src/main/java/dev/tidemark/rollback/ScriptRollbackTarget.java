// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.rollback;

import dev.tidemark.dialect.Dialect;
import dev.tidemark.execute.RunInfo;
import dev.tidemark.history.HistoryRow;
import dev.tidemark.history.HistoryTable;
import dev.tidemark.lock.LockTable;
import dev.tidemark.model.ChangeSet;
import dev.tidemark.sql.SqlStatement;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;

/**
 * Writes a rollback as a SQL script (rollback-sql and the other -sql forms), as Liquibase writes
 * one: a header titled for the command, the lock, each changeset under
 * {@code -- Rolling Back ChangeSet: path::id::author} with its statements and the DELETE of its
 * history row, and the release. The lock table is created first when it is missing, as update-sql
 * does; without a history table there is no row to delete, so no DELETE is written.
 * Deterministic: no clock, no host name.
 */
public final class ScriptRollbackTarget implements RollbackTarget {
    private final PrintWriter out;
    private final Dialect dialect;
    private final HistoryTable history;
    private final LockTable lock;
    private final boolean historyExists;
    private final boolean lockExists;
    private final String title;
    private final RunInfo run;

    /**
     * @param title the header's title ({@code Rollback 3 Change(s) Script}, {@code Rollback to 'v1' Script})
     */
    public ScriptRollbackTarget(Writer out, Dialect dialect, HistoryTable history, LockTable lock, boolean historyExists,
            boolean lockExists, String title, RunInfo run) {
        this.out = new PrintWriter(out);
        this.dialect = dialect;
        this.history = history;
        this.lock = lock;
        this.historyExists = historyExists;
        this.lockExists = lockExists;
        this.title = title;
        this.run = run;
    }

    @Override
    public void open() {
        String rule = "-- " + "*".repeat(69);
        out.println(rule);
        out.println("-- " + title);
        out.println(rule);
        out.println("-- Change Log: " + run.changeLogPath());
        out.println("-- Against: " + run.target() + " (" + dialect.displayName() + ")");
        out.println("-- Written by: " + run.version());
        out.println(rule);
        out.println();
        if (!lockExists) {
            section("Create Database Lock Table", lock.createStatements());
            section("Initialize Database Lock Table", lock.initStatements());
        }
        section("Lock Database", lock.acquireStatements("rollback-sql script"));
    }

    @Override
    public void rollBack(ChangeSet changeSet, List<SqlStatement> statements, HistoryRow row) {
        out.println("-- Rolling Back ChangeSet: " + changeSet.identifier());
        for (SqlStatement s : statements) {
            statement(s);
        }
        if (historyExists) {
            for (SqlStatement s : history.deleteStatements(row)) {
                statement(s);
            }
        }
    }

    @Override
    public void close() {
        section("Release Database Lock", lock.releaseStatements());
        out.flush();
    }

    @Override
    public void runScript(List<SqlStatement> script, List<RollbackStep> steps) {
        out.println("-- Rollback script");
        for (SqlStatement s : script) {
            statement(s);
        }
        for (RollbackStep step : steps) {
            out.println("-- Rolled back by the script: " + step.changeSet().identifier());
            if (historyExists) {
                for (SqlStatement s : history.deleteStatements(step.row())) {
                    statement(s);
                }
            }
        }
    }

    private void section(String title, List<SqlStatement> statements) {
        out.println("-- " + title);
        for (SqlStatement s : statements) {
            statement(s);
        }
    }

    private void statement(SqlStatement s) {
        String sql = s.sql().strip();
        if (s.block() && dialect.capabilities().blockDelimiter() != null) {
            out.println(sql);
            out.println(dialect.capabilities().blockDelimiter());
        } else {
            out.println(sql.endsWith(";") ? sql : sql + ";");
        }
        out.println();
    }
}
