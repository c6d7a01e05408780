// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.execute;

import dev.tidemark.dialect.Dialect;
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
    }

    /** Applies the plan's pending steps in order; returns how many changesets ran. */
    public int run(Plan plan, Target target, RunInfo run, int lastOrderExecuted) {
        int order = lastOrderExecuted;
        int applied = 0;
        target.open(run);
        for (Step step : plan.steps()) {
            if (!step.runs()) {
                continue;
            }
            ChangeSet cs = step.changeSet();
            List<SqlStatement> statements = render(cs, target);
            HistoryRow row = new HistoryRow(cs.id(), cs.author(), cs.filePath(), null, ++order,
                    step.ran() == null ? HistoryRow.ExecType.EXECUTED : HistoryRow.ExecType.RERAN, step.checkSum(),
                    cut(descriptions.apply(cs)), comments(cs), tag(cs), run.version(), Filters.contextsColumn(cs),
                    Filters.labelsColumn(cs), run.deploymentId());
            target.apply(cs, statements, row, step.ran() != null);
            applied++;
        }
        target.close();
        return applied;
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
