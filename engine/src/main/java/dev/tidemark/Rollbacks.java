// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark;

import dev.tidemark.dialect.Dialect;
import dev.tidemark.error.ChangeLogInvalidException;
import dev.tidemark.error.Diagnostic;
import dev.tidemark.error.ErrorCode;
import dev.tidemark.error.TidemarkException;
import dev.tidemark.execute.Executor;
import dev.tidemark.execute.RunInfo;
import dev.tidemark.execute.RunListener;
import dev.tidemark.execute.SqlRunner;
import dev.tidemark.execute.UpdateOptions;
import dev.tidemark.execute.UpdateResult;
import dev.tidemark.history.HistoryRow;
import dev.tidemark.history.HistoryStore;
import dev.tidemark.history.HistoryTable;
import dev.tidemark.history.TableLookup;
import dev.tidemark.history.TrackingTables;
import dev.tidemark.lock.LockService;
import dev.tidemark.lock.LockTable;
import dev.tidemark.model.ChangeLog;
import dev.tidemark.model.ChangeSet;
import dev.tidemark.model.SourceLocation;
import dev.tidemark.model.change.Sql;
import dev.tidemark.plan.Filters;
import dev.tidemark.rollback.JdbcRollbackTarget;
import dev.tidemark.rollback.RollbackDefinition;
import dev.tidemark.rollback.RollbackPlanner;
import dev.tidemark.rollback.RollbackRenderer;
import dev.tidemark.rollback.RollbackSelection;
import dev.tidemark.rollback.RollbackStep;
import dev.tidemark.rollback.RollbackTarget;
import dev.tidemark.rollback.ScriptRollbackTarget;
import dev.tidemark.sql.ChangeRenderer;
import dev.tidemark.sql.RenderContext;
import dev.tidemark.sql.ResourceAccess;
import dev.tidemark.sql.SqlStatement;
import java.io.Writer;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * The rollback commands' front door (rollback, rollback-count, rollback-to-date, their -sql forms,
 * future-rollback-sql, update-testing-rollback). Every changeset a rollback would reach is checked
 * and rendered before anything runs: one that has no automatic inverse and no rollback block is
 * reported (all of them at once, each with its file and line) and nothing is undone.
 */
public final class Rollbacks {
    private final Tidemark tidemark;
    private final Dialect dialect;
    private final TrackingTables tables;
    private final ResourceAccess files;
    private final UnaryOperator<String> expandProperties;

    Rollbacks(Tidemark tidemark, Dialect dialect, TrackingTables tables, ResourceAccess files,
            UnaryOperator<String> expandProperties) {
        this.tidemark = Objects.requireNonNull(tidemark, "tidemark");
        this.dialect = dialect;
        this.tables = tables;
        this.files = files;
        this.expandProperties = expandProperties;
    }

    /** One changeset to undo with the statements that undo it (none when a rollback script stands in). */
    public record Planned(RollbackStep step, List<SqlStatement> statements) {
        public Planned {
            Objects.requireNonNull(step, "step");
            statements = List.copyOf(statements);
        }

        public ChangeSet changeSet() {
            return step.changeSet();
        }
    }

    /**
     * The changesets the selection reaches, newest first, each with the statements that undo it.
     *
     * @param history        the history, oldest first
     * @param script         render for a script (literal values) rather than for running
     * @param rollbackScript true when a rollback script replaces the computed rollbacks (nothing is rendered)
     * @throws ChangeLogInvalidException listing every reached changeset that cannot be rolled back
     */
    public List<Planned> plan(ChangeLog changeLog, Filters filters, List<HistoryRow> history, RollbackSelection selection,
            boolean script, boolean rollbackScript) {
        List<RollbackStep> steps = new RollbackPlanner(filters).plan(changeLog, history, selection);
        RollbackRenderer renderer = new RollbackRenderer(filters::selects);
        List<Planned> out = new ArrayList<>();
        List<Diagnostic> problems = new ArrayList<>();
        for (RollbackStep step : steps) {
            if (rollbackScript) {
                out.add(new Planned(step, List.of()));
                continue;
            }
            ChangeSet cs = step.changeSet();
            RollbackDefinition definition = RollbackDefinition.of(cs, changeLog, dialect.shortName());
            if (!definition.possible()) {
                problems.add(definition.problem());
                continue;
            }
            try {
                out.add(new Planned(step, renderer.render(definition, context(cs, script))));
            } catch (TidemarkException e) {
                SourceLocation where = e.location() != null ? e.location() : cs.location();
                problems.add(Diagnostic.error(e.code(), where, "cannot roll back changeset " + cs.identifier() + ": "
                        + e.getMessage()).inChangeSet(cs.id(), cs.author()));
            }
        }
        if (!problems.isEmpty()) {
            throw new ChangeLogInvalidException(problems);
        }
        return out;
    }

    /**
     * Rolls back on a live database: takes the lock on {@code lockSession} (held throughout),
     * creates the tracking tables if missing (as Liquibase does), reads the history, plans and
     * checks every changeset, then undoes them newest first, each in its own transaction with the
     * DELETE of its history row. Returns the changesets rolled back, in order.
     *
     * @param rollbackScript SQL text to run instead of the computed rollbacks, or null
     */
    public List<ChangeSet> rollback(ChangeLog changeLog, Filters filters, Connection lockSession, Connection work,
            UpdateOptions options, RollbackSelection selection, String rollbackScript, RunListener listener,
            LockService.Listener lockListener) {
        LockService locks = new LockService(dialect, tables, dialect.sessionLock(), java.time.Clock.systemUTC());
        try (LockService.Lock held = locks.acquire(lockSession, options.lockHolder(), options.lockWait(),
                options.lockPollRate(), lockListener)) {
            HistoryStore store = new HistoryStore(dialect, tables);
            store.ensure(work);
            List<HistoryRow> rows = store.readAll(work);
            List<Planned> planned = plan(changeLog, filters, rows, selection, false, rollbackScript != null);
            RollbackTarget target = new JdbcRollbackTarget(work, dialect, store);
            return run(planned, target, rollbackScript, changeLog, listener);
        } catch (SQLException e) {
            throw new TidemarkException(ErrorCode.DATABASE_ERROR, null, "the database failed: " + e.getMessage()
                    + " [SQLState " + e.getSQLState() + "]", e);
        }
    }

    /**
     * Writes the script of a rollback (rollback-sql, rollback-count-sql, rollback-to-date-sql,
     * future-rollback-sql, future-rollback-count-sql) without changing anything: the history is read
     * from {@code c} without the lock, or taken as empty when {@code c} is null (offline). Returns the
     * number of changesets in the script.
     */
    public int script(ChangeLog changeLog, Filters filters, Connection c, RollbackSelection selection, String rollbackScript,
            String targetName, Writer out) {
        try {
            TableLookup lookup = new TableLookup(dialect, tables);
            boolean historyExists = c != null && lookup.historyExists(c);
            boolean lockExists = c != null && lookup.lockExists(c);
            List<HistoryRow> rows = historyExists ? new HistoryStore(dialect, tables).readAll(c) : List.of();
            List<Planned> planned = plan(changeLog, filters, rows, selection, true, rollbackScript != null);
            RunInfo run = new RunInfo(changeLog.rootPath(), targetName, "", Tidemark.VERSION_COLUMN);
            RollbackTarget target = new ScriptRollbackTarget(out, dialect, new HistoryTable(dialect, tables),
                    new LockTable(dialect, tables), historyExists, lockExists, title(selection), run);
            return run(planned, target, rollbackScript, changeLog, RunListener.NONE).size();
        } catch (SQLException e) {
            throw new TidemarkException(ErrorCode.DATABASE_ERROR, null, "cannot read the history: " + e.getMessage()
                    + " [SQLState " + e.getSQLState() + "]", e);
        }
    }

    /** What update-testing-rollback did: the first update, how many changesets it rolled back, the second update. */
    public record TestingResult(UpdateResult first, List<ChangeSet> rolledBack, UpdateResult second) {
        public TestingResult {
            rolledBack = List.copyOf(rolledBack);
        }
    }

    /**
     * update-testing-rollback, as Liquibase runs it: update, roll back as many changesets as that
     * update added to the history, update again. Each step takes and releases the lock. Changesets
     * the update would reach are checked for a rollback before the first update runs.
     */
    public TestingResult updateTestingRollback(ChangeLog changeLog, Filters filters, Connection lockSession, Connection work,
            UpdateOptions options, String targetName, RunListener listener, LockService.Listener lockListener) {
        List<Diagnostic> problems = new ArrayList<>();
        for (dev.tidemark.plan.Step step : tidemark.inspect(changeLog, filters, work).plan().pending()) {
            if (step.ran() == null) {
                RollbackDefinition d = RollbackDefinition.of(step.changeSet(), changeLog, dialect.shortName());
                if (!d.possible()) {
                    problems.add(d.problem());
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new ChangeLogInvalidException(problems);
        }
        int before = tidemark.history(work).size();
        UpdateResult first = tidemark.update(changeLog, filters, lockSession, work, options, targetName, listener, lockListener);
        int added = tidemark.history(work).size() - before;
        List<ChangeSet> rolledBack = rollback(changeLog, filters, lockSession, work, options, RollbackSelection.count(added),
                null, RunListener.NONE, lockListener);
        UpdateResult second = tidemark.update(changeLog, filters, lockSession, work, options, targetName, listener, lockListener);
        return new TestingResult(first, rolledBack, second);
    }

    private List<ChangeSet> run(List<Planned> planned, RollbackTarget target, String rollbackScript, ChangeLog changeLog,
            RunListener listener) {
        List<ChangeSet> done = new ArrayList<>();
        target.open();
        try {
            if (rollbackScript != null) {
                List<RollbackStep> steps = planned.stream().map(Planned::step).toList();
                target.runScript(splitScript(rollbackScript, changeLog), steps);
                steps.forEach(s -> done.add(s.changeSet()));
                return done;
            }
            for (int i = 0; i < planned.size(); i++) {
                Planned p = planned.get(i);
                listener.changeSetStarted(p.changeSet(), i + 1, planned.size());
                long started = System.nanoTime();
                target.rollBack(p.changeSet(), p.statements(), p.step().row());
                done.add(p.changeSet());
                listener.changeSetApplied(p.changeSet(), java.time.Duration.ofNanos(System.nanoTime() - started));
            }
            return done;
        } finally {
            target.close();
        }
    }

    /** A rollback script's statements: changelog properties expanded, split on the delimiter, comments stripped (as Liquibase). */
    private List<SqlStatement> splitScript(String text, ChangeLog changeLog) {
        Sql change = new Sql(SourceLocation.ofFile("(rollback script)"), expandProperties.apply(text), null, Boolean.TRUE,
                Boolean.TRUE, null, null);
        return new ChangeRenderer(RenderContext.internal(dialect)).render(change);
    }

    private RenderContext context(ChangeSet cs, boolean script) {
        return new RenderContext(dialect, cs, Executor.quoting(cs), files, expandProperties, script);
    }

    /** The script header's title, worded as Liquibase words it. */
    static String title(RollbackSelection selection) {
        switch (selection.kind()) {
            case TO_TAG:
                return "Rollback to '" + selection.tag() + "' Script";
            case COUNT:
                return "Rollback " + selection.count() + " Change(s) Script";
            case TO_DATE:
                return "Rollback to " + DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").format(
                        selection.date().atZone(ZoneId.systemDefault())) + " Script";
            default:
                return "SQL to roll back currently unexecuted changes";
        }
    }
}
