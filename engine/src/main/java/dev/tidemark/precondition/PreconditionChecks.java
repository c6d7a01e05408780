// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.precondition;

import dev.tidemark.dialect.Dialect;
import dev.tidemark.dialect.QuotingStrategy;
import dev.tidemark.error.Diagnostic;
import dev.tidemark.error.ErrorCode;
import dev.tidemark.error.TidemarkException;
import dev.tidemark.execute.ChangeSetGate;
import dev.tidemark.execute.PreconditionReport;
import dev.tidemark.execute.RunListener;
import dev.tidemark.history.HistoryRow;
import dev.tidemark.model.ChangeLog;
import dev.tidemark.model.ChangeLogFile;
import dev.tidemark.model.ChangeSet;
import dev.tidemark.model.Preconditions;
import dev.tidemark.plan.Plan;
import dev.tidemark.plan.Step;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Evaluates a run's preconditions, as Liquibase 4.33 does: the changelog's before anything runs,
 * and each changeset's just before it would run. onFail (a precondition is false) and onError (it
 * cannot be evaluated) decide: HALT stops the run with an error naming the changeset, the
 * precondition and why; WARN reports and runs; CONTINUE skips the changeset and records nothing,
 * so the next run asks again; MARK_RAN records it as MARK_RAN without running it. In a script
 * (update-sql) onSqlOutput decides first: IGNORE (the default) takes the preconditions as passed,
 * TEST evaluates them against the database the script is for (offline, only those that need no
 * database can be), FAIL counts them as failed.
 *
 * <p>Catalog questions are batched: before a changeset's preconditions are evaluated, the names
 * asked by it and by the next pending changesets are looked up together, one query per kind of
 * object; answers hold until a changeset runs statements.
 */
public final class PreconditionChecks implements ChangeSetGate {
    /** How many pending changesets' names one catalog query asks for ahead of need. */
    private static final int LOOK_AHEAD = 50;

    private final RunFacts facts;
    private final boolean script;
    private final RunListener listener;
    private final String rootPath;
    private final List<Step> pending;
    private final Map<Step, Integer> positions = new IdentityHashMap<>();
    private CatalogNames names;
    /** Pending steps up to (excluding) this index have had their names fetched since the cache was last cleared. */
    private int fetchedUpTo;

    private PreconditionChecks(RunFacts facts, boolean script, RunListener listener, ChangeLog changeLog, Plan plan) {
        this.facts = facts;
        this.script = script;
        this.listener = listener;
        this.rootPath = rootPath(changeLog);
        this.pending = plan == null ? List.of() : plan.pending();
        // Positions serve only the catalog look-ahead, which needs a database.
        for (int i = 0; facts.cache != null && i < pending.size(); i++) {
            positions.put(pending.get(i), i);
        }
    }

    /**
     * For update on a live database.
     *
     * @param work       the connection changesets run on (catalog questions go there too)
     * @param history    the history as read at the start of the run
     * @param properties the changelog's property substitution (for changeLogPropertyDefined)
     * @param plan       the run's plan, for looking ahead
     */
    public static PreconditionChecks forUpdate(Dialect dialect, Connection work, List<HistoryRow> history,
            UnaryOperator<String> properties, ChangeLog changeLog, Plan plan, RunListener listener) {
        return new PreconditionChecks(new RunFacts(dialect, work, history, properties), false, listener, changeLog, plan);
    }

    /**
     * For a script (update-sql and its forms): onSqlOutput decides.
     *
     * @param live the database the script is for, or null offline
     */
    public static PreconditionChecks forScript(Dialect dialect, Connection live, List<HistoryRow> history,
            UnaryOperator<String> properties, ChangeLog changeLog, Plan plan, RunListener listener) {
        return new PreconditionChecks(new RunFacts(dialect, live, history, properties), true, listener, changeLog, plan);
    }

    /** How many catalog queries were sent so far. */
    public int catalogQueries() {
        return facts.cache == null ? 0 : facts.cache.queryCount();
    }

    /**
     * The changelog-level preconditions (every file's, in the order read), each block with its own
     * onFail / onError (HALT or WARN). Throws on HALT.
     */
    public void checkChangeLog(ChangeLog changeLog) {
        for (Preconditions block : changeLog.preconditions()) {
            Outcome o = evaluate(block, null, QuotingStrategy.LEGACY, null);
            Kind k = handle(block, null, o);
            if (k != Kind.RUN) {
                throw new IllegalStateException("changelog preconditions allow only HALT and WARN, found " + k);
            }
        }
    }

    /**
     * The changelog-level preconditions as validate reports them (validate runs them, as Liquibase's
     * does): a failing block with onFail/onError HALT is an error, one with WARN a warning.
     */
    public List<Diagnostic> diagnoseChangeLog(ChangeLog changeLog) {
        List<Diagnostic> out = new ArrayList<>();
        for (Preconditions block : changeLog.preconditions()) {
            Outcome o = evaluate(block, null, QuotingStrategy.LEGACY, null);
            if (o.passed()) {
                continue;
            }
            String option = option(block, o);
            ErrorCode code = o.errored() ? ErrorCode.PRECONDITION_ERROR : ErrorCode.PRECONDITION_FAILED;
            String text = haltMessage(null, o, o.message(block)).replace("=HALT)", "=" + option + ")");
            out.add(option.equals("HALT") ? Diagnostic.error(code, block.location(), text) : Diagnostic.warning(code, block.location(), text));
        }
        return out;
    }

    @Override
    public Decision before(Step step) {
        ChangeSet cs = step.changeSet();
        Preconditions block = cs.preconditions();
        if (block == null || block.conditions().isEmpty() && !script) {
            return Decision.RUN;
        }
        QuotingStrategy quoting = QuotingStrategy.of(cs.objectQuotingStrategy());
        Outcome o = evaluate(block, cs, quoting, step);
        Kind k = handle(block, cs, o);
        return k == Kind.RUN ? Decision.RUN : new Decision(k, o.message(block));
    }

    @Override
    public void after(Step step, boolean executed) {
        ChangeSet cs = step.changeSet();
        facts.recordRan(cs.filePath(), cs.id(), cs.author());
        // A script changes nothing, so what the catalog said still holds.
        if (executed && !script && facts.cache != null) {
            facts.cache.clear();
            fetchedUpTo = positions.getOrDefault(step, -1) + 1;
        }
    }

    @Override
    public void failed(Step step) {
        if (!script && facts.cache != null) {
            facts.cache.clear();
            fetchedUpTo = positions.getOrDefault(step, -1) + 1;
        }
    }

    /** What evaluating a block found. */
    private record Outcome(boolean passed, boolean errored, String details, Throwable cause) {
        static final Outcome PASSED = new Outcome(true, false, null, null);

        String message(Preconditions block) {
            String custom = errored ? block.onErrorMessage() : block.onFailMessage();
            return custom == null || custom.isBlank() ? details : custom.strip() + " (" + details + ")";
        }
    }

    private Outcome evaluate(Preconditions block, ChangeSet cs, QuotingStrategy quoting, Step step) {
        if (script) {
            String onSqlOutput = block.onSqlOutput() == null ? "IGNORE" : block.onSqlOutput().toUpperCase(Locale.ROOT);
            if (onSqlOutput.equals("IGNORE")) {
                return Outcome.PASSED;
            }
            if (onSqlOutput.equals("FAIL")) {
                return new Outcome(false, false, "preconditions are not evaluated for a script (onSqlOutput=FAIL)", null);
            }
        }
        if (block.conditions().isEmpty()) {
            return Outcome.PASSED;
        }
        Connection c = facts.connection;
        try {
            boolean autoCommit = c == null || c.getAutoCommit();
            if (!autoCommit) {
                // Each catalog question on its own: a failing sqlCheck must not poison the changeset's transaction.
                c.setAutoCommit(true);
            }
            try {
                CatalogNames n = names(quoting);
                if (facts.cache != null) {
                    prefetch(block, n, step);
                }
                String path = rootPath;
                String quotingName = cs == null ? null : PreconditionEvaluator.quotingName(cs.objectQuotingStrategy());
                Verdict v = new PreconditionEvaluator(facts, n, path, quotingName).all(block.conditions());
                return v.passed() ? Outcome.PASSED : new Outcome(false, false, String.join("; ", v.failures()), null);
            } finally {
                if (!autoCommit) {
                    c.setAutoCommit(false);
                }
            }
        } catch (PreconditionErrored e) {
            return new Outcome(false, true, e.getMessage(), e.getCause());
        } catch (SQLException e) {
            return new Outcome(false, true, "the database failed: " + e.getMessage() + " [SQLState " + e.getSQLState() + "]", e);
        }
    }

    /** The names this block, and the next pending changesets' blocks, will ask about: fetched together. */
    private void prefetch(Preconditions block, CatalogNames n, Step step) throws SQLException {
        CatalogCache.Needs needs = new CatalogCache.Needs();
        new NeedsCollector(n, needs).collect(block.conditions());
        Integer at = step == null ? null : positions.get(step);
        if (at != null && at >= fetchedUpTo) {
            int end = Math.min(pending.size(), at + LOOK_AHEAD);
            for (int i = at + 1; i < end; i++) {
                ChangeSet next = pending.get(i).changeSet();
                if (next.preconditions() != null && evaluated(next.preconditions())) {
                    new NeedsCollector(n.withQuoting(QuotingStrategy.of(next.objectQuotingStrategy())), needs)
                            .collect(next.preconditions().conditions());
                }
            }
            fetchedUpTo = end;
        }
        facts.cache.prefetch(needs);
    }

    /** Whether this run evaluates the block: always for update, with onSqlOutput=TEST for a script. */
    private boolean evaluated(Preconditions block) {
        return !script || "TEST".equalsIgnoreCase(block.onSqlOutput());
    }

    private CatalogNames names(QuotingStrategy quoting) throws SQLException {
        if (names == null) {
            String container = facts.connection == null ? null : facts.dialect.catalogQueries().currentContainer(facts.connection);
            names = new CatalogNames(facts.dialect, container, quoting);
        }
        return names.quoting() == quoting ? names : names.withQuoting(quoting);
    }

    /** Applies onFail / onError: throws on HALT, reports WARN, CONTINUE and MARK_RAN. */
    private Kind handle(Preconditions block, ChangeSet cs, Outcome o) {
        if (o.passed()) {
            return Kind.RUN;
        }
        String option = option(block, o);
        String message = o.message(block);
        if (option.equals("HALT")) {
            throw new TidemarkException(o.errored() ? ErrorCode.PRECONDITION_ERROR : ErrorCode.PRECONDITION_FAILED,
                    cs == null ? block.location() : cs.location(), haltMessage(cs, o, message), o.cause());
        }
        listener.preconditionsNotMet(new PreconditionReport(cs, block.location(), o.errored(), option, message));
        switch (option) {
            case "CONTINUE":
                return Kind.SKIP;
            case "MARK_RAN":
                return Kind.MARK_RAN;
            default:
                return Kind.RUN;
        }
    }

    /** onError when the block could not be evaluated, else onFail; HALT when not given. */
    private static String option(Preconditions block, Outcome o) {
        String option = o.errored() ? block.onError() : block.onFail();
        return option == null ? "HALT" : option.toUpperCase(Locale.ROOT);
    }

    private static String haltMessage(ChangeSet cs, Outcome o, String message) {
        String what = cs == null ? "changelog preconditions" : "changeset " + cs.identifier() + ": preconditions";
        return what + (o.errored() ? " could not be evaluated" : " failed") + " (on" + (o.errored() ? "Error" : "Fail") + "=HALT): "
                + message;
    }

    /** The root changelog's logical path: where changeSetExecuted looks when it names no file (as Liquibase). */
    private static String rootPath(ChangeLog changeLog) {
        if (changeLog == null) {
            return "";
        }
        for (ChangeLogFile f : changeLog.files()) {
            if (f.path().equals(changeLog.rootPath()) && f.logicalFilePath() != null) {
                String logical = f.logicalFilePath().replace('\\', '/');
                return logical.startsWith("/") ? logical.substring(1) : logical;
            }
        }
        return changeLog.rootPath();
    }
}
