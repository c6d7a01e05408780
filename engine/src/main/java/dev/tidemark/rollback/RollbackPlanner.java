// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.rollback;

import dev.tidemark.error.ErrorCode;
import dev.tidemark.error.TidemarkException;
import dev.tidemark.history.HistoryRow;
import dev.tidemark.model.ChangeLog;
import dev.tidemark.model.ChangeSet;
import dev.tidemark.model.change.TagDatabase;
import dev.tidemark.plan.Filters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Chooses the changesets a rollback undoes, newest first, with Liquibase 4.33's semantics. For the
 * commands that undo what ran, the history (oldest first: DATEEXECUTED, then ORDEREXECUTED) is
 * walked backwards; a row counts when the changelog has its changeset and the run's filters
 * (contexts, labels, dbms) select it and it is not ignored; rows the changelog does not have are
 * left alone. Then:
 * <ul>
 * <li>count: the first N that count;</li>
 * <li>date: those whose DATEEXECUTED is after the date;</li>
 * <li>tag: those after the oldest row carrying the tag (case-insensitive; the newest with
 * {@code newestTag}). A tag row whose description is exactly {@code tagDatabase} (a changeset
 * that only tags) is undone too, unless its tagDatabase says {@code keepTagOnRollback}; later rows
 * carrying the same tag are kept unless {@code includeMatchingTag}. A tag no row carries is an error.</li>
 * </ul>
 * The future forms walk the changelog instead: the selected changesets that have not run, last first.
 */
public final class RollbackPlanner {
    private final Filters filters;

    public RollbackPlanner(Filters filters) {
        this.filters = filters;
    }

    public List<RollbackStep> plan(ChangeLog changeLog, List<HistoryRow> history, RollbackSelection selection) {
        return selection.undoesPending() ? future(changeLog, history, selection) : ran(changeLog, history, selection);
    }

    private List<RollbackStep> ran(ChangeLog changeLog, List<HistoryRow> history, RollbackSelection selection) {
        Map<String, List<ChangeSet>> byIdentity = new HashMap<>();
        for (ChangeSet cs : changeLog.changeSets()) {
            byIdentity.computeIfAbsent(key(cs.identifier()), k -> new ArrayList<>()).add(cs);
        }
        Set<String> undone = selection.kind() == RollbackSelection.Kind.TO_TAG ? afterTag(history, selection, byIdentity) : null;
        List<RollbackStep> out = new ArrayList<>();
        for (int i = history.size() - 1; i >= 0; i--) {
            HistoryRow row = history.get(i);
            for (ChangeSet cs : byIdentity.getOrDefault(key(row.identifier()), List.of())) {
                if (cs.ignoreOrDefault() || !filters.selects(cs)) {
                    continue;
                }
                boolean take;
                switch (selection.kind()) {
                    case COUNT:
                        take = out.size() < selection.count();
                        break;
                    case TO_DATE:
                        take = row.dateExecuted() != null && row.dateExecuted().isAfter(selection.date());
                        break;
                    default:
                        take = undone.contains(key(row.identifier()));
                }
                if (take) {
                    out.add(new RollbackStep(cs, row));
                }
            }
        }
        return out;
    }

    /** The identities (lower case) of the rows a rollback to the tag undoes. */
    private static Set<String> afterTag(List<HistoryRow> history, RollbackSelection selection,
            Map<String, List<ChangeSet>> byIdentity) {
        String tag = selection.tag();
        if (history.stream().noneMatch(r -> tag.equalsIgnoreCase(r.tag()))) {
            throw new TidemarkException(ErrorCode.USAGE, "Could not find tag '" + tag + "' in the database");
        }
        Set<String> out = new HashSet<>();
        if (selection.newestTag()) {
            List<HistoryRow> newestFirst = new ArrayList<>(history);
            Collections.reverse(newestFirst);
            for (HistoryRow row : newestFirst) {
                if (tag.equalsIgnoreCase(row.tag())) {
                    if (onlyTags(row) && !keepsTag(row, byIdentity)) {
                        out.add(key(row.identifier()));
                    }
                    break;
                }
                out.add(key(row.identifier()));
            }
            return out;
        }
        boolean seen = false;
        for (HistoryRow row : history) {
            boolean tagged = tag.equalsIgnoreCase(row.tag());
            if (seen && (selection.includeMatchingTag() || !tagged)) {
                out.add(key(row.identifier()));
            }
            seen |= tagged;
            if (tagged && onlyTags(row) && !keepsTag(row, byIdentity)) {
                out.add(key(row.identifier()));
            }
        }
        return out;
    }

    /** A row of a changeset that only tags the database (its description is exactly tagDatabase). */
    private static boolean onlyTags(HistoryRow row) {
        return "tagDatabase".equals(row.description() == null ? "" : row.description().trim());
    }

    private static boolean keepsTag(HistoryRow row, Map<String, List<ChangeSet>> byIdentity) {
        List<ChangeSet> found = byIdentity.getOrDefault(key(row.identifier()), List.of());
        return !found.isEmpty() && found.get(0).changes().stream()
                .anyMatch(c -> c instanceof TagDatabase && Boolean.TRUE.equals(((TagDatabase) c).keepTagOnRollback()));
    }

    private List<RollbackStep> future(ChangeLog changeLog, List<HistoryRow> history, RollbackSelection selection) {
        Set<String> ran = new HashSet<>();
        for (HistoryRow row : history) {
            ran.add(key(row.identifier()));
        }
        List<ChangeSet> pending = new ArrayList<>();
        for (ChangeSet cs : changeLog.changeSets()) {
            if (!ran.contains(key(cs.identifier())) && !cs.ignoreOrDefault() && filters.selects(cs)) {
                pending.add(cs);
            }
        }
        if (selection.kind() == RollbackSelection.Kind.FUTURE_COUNT && pending.size() > selection.count()) {
            pending = new ArrayList<>(pending.subList(0, Math.max(0, selection.count())));
        }
        Collections.reverse(pending);
        List<RollbackStep> out = new ArrayList<>();
        for (ChangeSet cs : pending) {
            out.add(new RollbackStep(cs, new HistoryRow(cs.id(), cs.author(), cs.filePath(), null, 0,
                    HistoryRow.ExecType.EXECUTED, null, null, null, null, null, null, null, null)));
        }
        return out;
    }

    private static String key(String identifier) {
        return identifier.toLowerCase(Locale.ROOT);
    }
}
