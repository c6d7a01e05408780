// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.execute;

import dev.tidemark.dialect.Dialect;
import dev.tidemark.error.ChangeSetFailedException;
import dev.tidemark.history.HistoryRow;
import dev.tidemark.model.ChangeSet;
import dev.tidemark.model.DbmsList;
import dev.tidemark.model.change.Change;
import dev.tidemark.model.change.ExecuteCommand;
import dev.tidemark.model.change.Output;
import dev.tidemark.model.change.TagDatabase;
import dev.tidemark.model.meta.Attribute;
import dev.tidemark.model.meta.RecordShape;
import dev.tidemark.plan.Filters;
import dev.tidemark.plan.Plan;
import dev.tidemark.plan.Step;
import dev.tidemark.sql.ChangeRenderer;
import dev.tidemark.sql.RenderContext;
import dev.tidemark.sql.SqlModifiers;
import dev.tidemark.sql.SqlStatement;
import dev.tidemark.dialect.QuotingStrategy;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Runs a plan against a target: renders each pending changeset for the dialect and hands its
 * statements and history row to the target. The same code serves update (a database target)
 * and update-sql (a script target).
 */
public final class Executor {
    private static final int MAX_TEXT = 250;

    private final Dialect dialect;
    private final Function<ChangeSet, RenderContext> contexts;
    private final Function<ChangeSet, String> descriptions;
    private final Filters filters;
    private final java.util.Map<ChangeSet, List<SqlStatement>> prerendered;
    private final ChangeSetGate gate;

    /**
     * @param contexts     the render context of a changeset (files, property expansion, script or live)
     * @param descriptions the DESCRIPTION column of a changeset
     * @param filters      the run's filters, which also select modifySql blocks
     */
    public Executor(Dialect dialect, Function<ChangeSet, RenderContext> contexts, Function<ChangeSet, String> descriptions,
            Filters filters) {
        this.dialect = dialect;
        this.contexts = contexts;
        this.descriptions = descriptions;
        this.filters = filters;
        this.prerendered = java.util.Map.of();
        this.gate = ChangeSetGate.NONE;
    }

    private Executor(Executor base, java.util.Map<ChangeSet, List<SqlStatement>> prerendered, ChangeSetGate gate) {
        this.dialect = base.dialect;
        this.contexts = base.contexts;
        this.descriptions = base.descriptions;
        this.filters = base.filters;
        this.prerendered = prerendered;
        this.gate = gate;
    }

    /**
     * This executor, using statements already rendered for these changesets (by a check run just
     * before, in the same mode) instead of rendering them again.
     */
    public Executor withPrerendered(java.util.Map<ChangeSet, List<SqlStatement>> statements) {
        return new Executor(this, statements, gate);
    }

    /** This executor, asking {@code newGate} (the preconditions) before each pending changeset. */
    public Executor withGate(ChangeSetGate newGate) {
        return new Executor(this, prerendered, newGate);
    }

    /** Applies the plan's pending steps in order; returns how many changesets ran. */
    public int run(Plan plan, Target target, RunInfo run, int lastOrderExecuted) {
        return run(plan, target, run, lastOrderExecuted, -1, null, RunListener.NONE).applied();
    }

    /**
     * Applies the plan's pending steps in order: at most {@code count} of them (-1: all), or up to
     * and including the changeset that tags {@code toTag} (null: no limit). A changeset with
     * failOnError=false that fails is rolled back where possible, recorded nowhere, and skipped.
     */
    public UpdateResult run(Plan plan, Target target, RunInfo run, int lastOrderExecuted, int count, String toTag,
            RunListener listener) {
        int order = lastOrderExecuted;
        int applied = 0;
        int failed = 0;
        int handled = 0;
        List<Step> pending = plan.pending();
        target.open(run);
        try {
            for (Step step : pending) {
                if (count >= 0 && handled >= count) {
                    break;
                }
                handled++;
                ChangeSet cs = step.changeSet();
                listener.changeSetStarted(cs, handled, count >= 0 ? Math.min(count, pending.size()) : pending.size());
                long started = System.nanoTime();
                ChangeSetGate.Decision decision;
                try {
                    decision = gate.before(step);
                } catch (dev.tidemark.error.TidemarkException e) {
                    // As Liquibase: a halting precondition of a failOnError=false changeset fails only that changeset.
                    if (cs.failOnErrorOrDefault()) {
                        throw e;
                    }
                    failed++;
                    listener.changeSetFailedAndSkipped(cs, e.getMessage());
                    continue;
                }
                if (decision.kind() == ChangeSetGate.Kind.SKIP) {
                    target.skipped(cs, decision.reason());
                    continue;
                }
                boolean markOnly = decision.kind() == ChangeSetGate.Kind.MARK_RAN;
                List<SqlStatement> statements = markOnly ? List.of() : prerendered.get(cs);
                if (statements == null) {
                    statements = render(cs, target);
                }
                HistoryRow row = new HistoryRow(cs.id(), cs.author(), cs.filePath(), null, order + 1,
                        markOnly ? HistoryRow.ExecType.MARK_RAN
                                : step.ran() == null ? HistoryRow.ExecType.EXECUTED : HistoryRow.ExecType.RERAN, step.checkSum(),
                        cut(descriptions.apply(cs)), comments(cs), tag(cs), run.version(), Filters.contextsColumn(cs),
                        Filters.labelsColumn(cs), run.deploymentId());
                try {
                    target.apply(cs, statements, row, step.ran() != null);
                    order++;
                    // A changeset without statements (output, empty) changed no schema: what the catalog said holds.
                    gate.after(step, !statements.isEmpty());
                    if (!markOnly) {
                        applied++;
                        listener.changeSetApplied(cs, java.time.Duration.ofNanos(System.nanoTime() - started));
                    }
                } catch (ChangeSetFailedException e) {
                    gate.failed(step);
                    if (cs.failOnErrorOrDefault()) {
                        throw e;
                    }
                    failed++;
                    listener.changeSetFailedAndSkipped(cs, e.getMessage());
                }
                if (toTag != null && toTag.equals(row.tag())) {
                    break;
                }
            }
        } finally {
            target.close();
        }
        int alreadyRan = 0;
        int filtered = 0;
        for (Step s : plan.steps()) {
            if (s.action() == dev.tidemark.plan.Action.ALREADY_RAN) {
                alreadyRan++;
            } else if (s.action() == dev.tidemark.plan.Action.FILTERED || s.action() == dev.tidemark.plan.Action.IGNORED) {
                filtered++;
            }
        }
        return new UpdateResult(applied, alreadyRan, filtered, failed, 0);
    }

    /** The statements of one changeset on this dialect: dbms-filtered changes left out, modifySql applied. */
    public List<SqlStatement> render(ChangeSet cs, Target target) {
        RenderContext ctx = contexts.apply(cs);
        ChangeRenderer renderer = new ChangeRenderer(ctx);
        List<SqlStatement> out = new ArrayList<>();
        for (Change change : cs.changes()) {
            if (!appliesTo(change)) {
                continue;
            }
            if (change instanceof dev.tidemark.model.change.Stop) {
                String message = ((dev.tidemark.model.change.Stop) change).message();
                throw new dev.tidemark.error.TidemarkException(dev.tidemark.error.ErrorCode.STOPPED, change.location(),
                        "stopped by changeset " + cs.identifier() + ": "
                                + (message == null || message.isBlank() ? "Stop command in changelog file" : message.strip()), null);
            }
            if (change instanceof Output) {
                target.note("output: " + ((Output) change).message());
            } else if (change instanceof ExecuteCommand) {
                ExecuteCommand e = (ExecuteCommand) change;
                target.note("executeCommand: " + e.executable() + e.args().stream().map(a -> " " + a.value()).reduce("", String::concat));
            }
            out.addAll(renderer.render(change));
        }
        return new SqlModifiers(cs.modifySql(), dialect.shortName(), false, filters::selects).apply(out);
    }

    /** A change with a dbms attribute (sql, sqlFile, createProcedure, insert) runs only where it matches. */
    private boolean appliesTo(Change change) {
        Attribute dbms = RecordShape.of(change.getClass()).attribute("dbms").orElse(null);
        return dbms == null || DbmsList.parse((String) dbms.read(change)).matches(dialect.shortName());
    }

    private static String comments(ChangeSet cs) {
        return cs.comment() == null ? "" : cut(cs.comment().trim());
    }

    private static String tag(ChangeSet cs) {
        for (Change c : cs.changes()) {
            if (c instanceof TagDatabase) {
                return ((TagDatabase) c).tag();
            }
        }
        return null;
    }

    private static String cut(String text) {
        return text == null || text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT - 3) + "...";
    }

    /** The quoting strategy of a changeset: its own, or LEGACY. */
    public static QuotingStrategy quoting(ChangeSet cs) {
        return QuotingStrategy.of(cs.objectQuotingStrategy());
    }
}
