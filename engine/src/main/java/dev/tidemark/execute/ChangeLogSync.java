// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.execute;

import dev.tidemark.history.HistoryRow;
import dev.tidemark.model.ChangeSet;
import dev.tidemark.model.change.Change;
import dev.tidemark.model.change.TagDatabase;
import dev.tidemark.plan.Action;
import dev.tidemark.plan.Filters;
import dev.tidemark.plan.Plan;
import dev.tidemark.plan.Step;
import java.util.List;
import java.util.function.Function;

/**
 * Records changesets as EXECUTED without running them (changelog-sync, changelog-sync-to-tag,
 * mark-next-changeset-ran, and their -sql forms): for each changeset that never ran, in plan
 * order, the history row update would write, through a live or a script target. Changesets that
 * ran before (runAlways, or runOnChange with a new checksum) already have a row and are left
 * alone: Liquibase would insert a second row for them.
 */
public final class ChangeLogSync {
    private static final int MAX_TEXT = 250;

    private final Function<ChangeSet, String> descriptions;

    /** @param descriptions the DESCRIPTION column of a changeset */
    public ChangeLogSync(Function<ChangeSet, String> descriptions) {
        this.descriptions = descriptions;
    }

    /**
     * Marks at most {@code count} changesets (-1: all), or those up to and including the one that
     * tags {@code toTag} (null: no limit). Returns how many were marked.
     */
    public int run(Plan plan, Target target, RunInfo run, int lastOrderExecuted, int count, String toTag) {
        int order = lastOrderExecuted;
        int marked = 0;
        target.open(run);
        try {
            for (Step step : plan.steps()) {
                if (step.action() != Action.APPLY) {
                    continue;
                }
                if (count >= 0 && marked >= count) {
                    break;
                }
                ChangeSet cs = step.changeSet();
                order++;
                HistoryRow row = new HistoryRow(cs.id(), cs.author(), cs.filePath(), null, order, HistoryRow.ExecType.EXECUTED,
                        step.checkSum(), cut(descriptions.apply(cs)), cs.comment() == null ? "" : cut(cs.comment().trim()), tag(cs),
                        run.version(), Filters.contextsColumn(cs), Filters.labelsColumn(cs), run.deploymentId());
                target.apply(cs, List.of(), row, false);
                marked++;
                if (toTag != null && toTag.equals(row.tag())) {
                    break;
                }
            }
        } finally {
            target.close();
        }
        return marked;
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
}
