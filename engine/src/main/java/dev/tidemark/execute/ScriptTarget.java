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
import java.util.regex.Pattern;

/**
 * Writes a run as a SQL script (update-sql): the tracking-table DDL when the tables are missing,
 * the lock, each changeset under a comment header with its history INSERT, and the release.
 * Deterministic: no clock, no host name.
 */
public final class ScriptTarget implements Target {
    /** Text is handed to the writer in pieces of about this many characters. */
    private static final int FLUSH_AT = 16 * 1024;
    /** What String.split("\\R") splits a comment at. */
    private static final Pattern LINE_BREAK = Pattern.compile("\\R");
    private static final String NEWLINE = System.lineSeparator();

    /** As before this buffer existed, a PrintWriter: the writer's errors are kept there, not thrown. */
    private final PrintWriter out;
    /**
     * The text not yet handed to {@link #out}: a script of 10,000 changesets is some 60,000 lines,
     * and a PrintWriter's println locks and writes twice per line.
     */
    private final StringBuilder buffer = new StringBuilder(FLUSH_AT + 4096);
    private final Dialect dialect;
    private final HistoryTable history;
    private final LockTable lock;
    private final boolean historyExists;
    private final boolean lockExists;
    private final String blockDelimiter;

    public ScriptTarget(Writer out, Dialect dialect, HistoryTable history, LockTable lock, boolean historyExists,
            boolean lockExists) {
        this.out = new PrintWriter(out);
        this.dialect = dialect;
        this.history = history;
        this.lock = lock;
        this.historyExists = historyExists;
        this.lockExists = lockExists;
        this.blockDelimiter = dialect.capabilities().blockDelimiter();
    }

    @Override
    public void open(RunInfo run) {
        // Appended piece by piece: these string shapes are used nowhere else, and each new shape of
        // a + b costs a run the generation of its concatenation code.
        String rule = "-- " + "*".repeat(69);
        line(rule);
        line("-- Update Database Script");
        line(rule);
        buffer.append("-- Change Log: ").append(run.changeLogPath()).append(NEWLINE);
        buffer.append("-- Against: ").append(run.target()).append(" (").append(dialect.displayName()).append(')').append(NEWLINE);
        buffer.append("-- Written by: ").append(run.version()).append(NEWLINE);
        line(rule);
        line("");
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
        buffer.append("-- Changeset ").append(changeSet.filePath()).append("::").append(changeSet.id()).append("::")
                .append(changeSet.author()).append(NEWLINE);
        if (changeSet.comment() != null && !changeSet.comment().isBlank()) {
            commentLines(changeSet.comment().strip());
        }
        for (SqlStatement s : statements) {
            statement(s);
        }
        for (SqlStatement s : rerun ? history.rerunStatements(row) : history.insertStatements(row)) {
            statement(s);
        }
        flushIfFull();
    }

    @Override
    public void skipped(ChangeSet changeSet, String reason) {
        line("-- Changeset " + changeSet.identifier());
        commentLines("not run, preconditions not met (onFail/onError=CONTINUE): " + reason);
        line("");
        flushIfFull();
    }

    @Override
    public void note(String text) {
        commentLines(text);
        line("");
        flushIfFull();
    }

    @Override
    public void close() {
        section("Release Database Lock", lock.releaseStatements());
        out.write(buffer.toString());
        buffer.setLength(0);
        out.flush();
    }

    private void section(String title, List<SqlStatement> statements) {
        line("-- " + title);
        for (SqlStatement s : statements) {
            statement(s);
        }
    }

    private void statement(SqlStatement s) {
        String sql = s.sql().strip();
        if (s.block() && blockDelimiter != null) {
            line(sql);
            line(blockDelimiter);
        } else if (sql.endsWith(";")) {
            line(sql);
        } else {
            buffer.append(sql).append(';').append(NEWLINE);
        }
        buffer.append(NEWLINE);
    }

    /** Each line of a text as a comment, split as {@code split("\\R")} splits it. */
    private void commentLines(String text) {
        if (!hasLineBreak(text)) {
            buffer.append("-- ").append(text).append(NEWLINE);
            return;
        }
        for (String part : LINE_BREAK.split(text)) {
            buffer.append("-- ").append(part).append(NEWLINE);
        }
    }

    /** Whether \\R matches anywhere in the text. */
    private static boolean hasLineBreak(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\n' && c <= '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return true;
            }
        }
        return false;
    }

    private void line(String text) {
        buffer.append(text).append(NEWLINE);
    }

    private void flushIfFull() {
        if (buffer.length() >= FLUSH_AT) {
            out.write(buffer.toString());
            buffer.setLength(0);
        }
    }
}
