// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.execute;

import dev.tidemark.dialect.Dialect;
import dev.tidemark.history.HistoryRow;
import dev.tidemark.history.HistoryTable;
import dev.tidemark.lock.LockTable;
import dev.tidemark.model.ChangeSet;
import dev.tidemark.sql.SqlStatement;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;

/**
 * Writes a run as a SQL script (update-sql): the tracking-table DDL when the tables are missing,
 * the lock, each changeset under a comment header with its history INSERT, and the release.
 * Deterministic: no clock, no host name.
 */
public final class ScriptTarget implements Target {
    private final PrintWriter out;
    private final Dialect dialect;
    private final HistoryTable history;
    private final LockTable lock;
    private final boolean historyExists;
    private final boolean lockExists;

    public ScriptTarget(Writer out, Dialect dialect, HistoryTable history, LockTable lock, boolean historyExists,
            boolean lockExists) {
        this.out = new PrintWriter(out);
        this.dialect = dialect;
        this.history = history;
        this.lock = lock;
        this.historyExists = historyExists;
        this.lockExists = lockExists;
    }

    @Override
    public void open(RunInfo run) {
        String rule = "-- " + "*".repeat(69);
        out.println(rule);
        out.println("-- Update Database Script");
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
        section("Lock Database", lock.acquireStatements("update-sql script"));
        if (!historyExists) {
            section("Create Database Change Log Table", history.createStatements());
        }
    }

    @Override
    public void apply(ChangeSet changeSet, List<SqlStatement> statements, HistoryRow row, boolean rerun) {
        out.println("-- Changeset " + changeSet.identifier());
        if (changeSet.comment() != null && !changeSet.comment().isBlank()) {
            for (String line : changeSet.comment().strip().split("\\R")) {
                out.println("-- " + line);
            }
        }
        for (SqlStatement s : statements) {
            statement(s);
        }
        for (SqlStatement s : rerun ? history.rerunStatements(row) : history.insertStatements(row)) {
            statement(s);
        }
    }

    @Override
    public void skipped(ChangeSet changeSet, String reason) {
        out.println("-- Changeset " + changeSet.identifier());
        for (String line : ("not run, preconditions not met (onFail/onError=CONTINUE): " + reason).split("\\R")) {
            out.println("-- " + line);
        }
        out.println();
    }

    @Override
    public void note(String text) {
        for (String line : text.split("\\R")) {
            out.println("-- " + line);
        }
        out.println();
    }

    @Override
    public void close() {
        section("Release Database Lock", lock.releaseStatements());
        out.flush();
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
