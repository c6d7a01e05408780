// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.plan;

import dev.tidemark.history.HistoryRow;
import dev.tidemark.model.ChangeLog;
import dev.tidemark.model.ChangeSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Decides, for each changeset, whether to apply, re-run or skip it, from the filters and the
 * history (read once per run). Checksum mismatches are found by validation before planning.
 */
public final class Planner {
    private final Filters filters;
    private final Function<ChangeSet, String> checkSums;

    public Planner(Filters filters, Function<ChangeSet, String> checkSums) {
        this.filters = filters;
        this.checkSums = checkSums;
    }

    public Plan plan(ChangeLog changeLog, List<HistoryRow> history) {
        Map<String, HistoryRow> ran = index(history);
        List<Step> steps = new ArrayList<>();
        for (ChangeSet cs : changeLog.changeSets()) {
            if (cs.ignoreOrDefault()) {
                steps.add(new Step(cs, Action.IGNORED, null, null));
                continue;
            }
            if (!filters.selects(cs)) {
                steps.add(new Step(cs, Action.FILTERED, null, null));
                continue;
            }
            String checkSum = checkSums.apply(cs);
            HistoryRow row = ran.isEmpty() ? null : ran.get(key(cs.filePath(), cs.id(), cs.author()));
            if (row == null) {
                steps.add(new Step(cs, Action.APPLY, null, checkSum));
            } else if (cs.runAlwaysOrDefault()
                    || (cs.runOnChangeOrDefault() && row.md5sum() != null && !row.md5sum().equals(checkSum)
                        && row.md5sum().startsWith(checkSum.substring(0, 2)))) {
                steps.add(new Step(cs, Action.RERUN, row, checkSum));
            } else {
                steps.add(new Step(cs, Action.ALREADY_RAN, row, checkSum));
            }
        }
        return new Plan(steps);
    }

    /** History rows by identity, compared case-insensitively as Liquibase does. */
    public static Map<String, HistoryRow> index(List<HistoryRow> history) {
        Map<String, HistoryRow> out = new HashMap<>();
        for (HistoryRow r : history) {
            out.put(key(r.filename(), r.id(), r.author()), r);
        }
        return out;
    }

    static String key(String path, String id, String author) {
        return (path + "::" + id + "::" + author).toLowerCase(Locale.ROOT);
    }
}
