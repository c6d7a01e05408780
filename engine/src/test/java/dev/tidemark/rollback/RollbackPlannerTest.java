// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.rollback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tidemark.error.TidemarkException;
import dev.tidemark.history.HistoryRow;
import dev.tidemark.model.ChangeLog;
import dev.tidemark.model.ChangeSet;
import dev.tidemark.model.SourceLocation;
import dev.tidemark.model.change.Change;
import dev.tidemark.model.change.CreateTable;
import dev.tidemark.model.change.TagDatabase;
import dev.tidemark.model.meta.RecordShape;
import dev.tidemark.plan.Filters;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RollbackPlannerTest {
    private static final SourceLocation HERE = new SourceLocation("c.xml", 1, 1);
    private static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");

    @Test
    void count_takesTheNewestRowsFirst_inHistoryOrder_notChangelogOrder() {
        ChangeLog log = log(table("1"), table("2"), table("3"));
        // 3 ran before 2 (e.g. a later update-count picked them up in another order).
        List<HistoryRow> history = List.of(row("1", 1, null, "createTable"), row("3", 2, null, "createTable"),
                row("2", 3, null, "createTable"));
        assertEquals(List.of("2", "3"), ids(plan(log, history, RollbackSelection.count(2))));
    }

    @Test
    void rowsTheChangeLogDoesNotHave_areLeftAlone_andDoNotCount() {
        ChangeLog log = log(table("1"), table("2"));
        List<HistoryRow> history = List.of(row("1", 1, null, "createTable"), row("2", 2, null, "createTable"),
                row("gone", 3, null, "createTable"));
        assertEquals(List.of("2"), ids(plan(log, history, RollbackSelection.count(1))));
    }

    @Test
    void changeSetsTheFiltersLeaveOut_areNotRolledBack() {
        ChangeSet dev = make(ChangeSet.class, "filePath", "c.xml", "id", "2", "author", "a", "contextFilter", "dev",
                "changes", List.of(create("t2")));
        ChangeLog log = log(table("1"), dev, table("3"));
        List<HistoryRow> history = List.of(row("1", 1, null, "createTable"), row("2", 2, null, "createTable"),
                row("3", 3, null, "createTable"));
        List<RollbackStep> steps = new RollbackPlanner(Filters.of("prod", null, "h2")).plan(log, history, RollbackSelection.count(2));
        assertEquals(List.of("3", "1"), ids(steps));
    }

    @Test
    void toTag_undoesWhatRanAfterTheOldestTaggedRow_andATagOnlyChangeSet_butKeepsOtherTaggedRows() {
        ChangeLog log = log(table("1"), tag("2", "v1", null), table("3"), table("4"), tag("5", "v1", null), table("6"));
        List<HistoryRow> history = List.of(row("1", 1, null, "createTable"), row("2", 2, "v1", "tagDatabase"),
                row("3", 3, null, "createTable"), row("4", 4, "V1", "createTable"), row("5", 5, "v1", "tagDatabase"),
                row("6", 6, null, "createTable"));
        // Oldest: 3 and 6 come after the first v1 row; the tagDatabase rows 2 and 5 go too; 4 (tagged by the tag command) stays.
        assertEquals(List.of("6", "5", "3", "2"), ids(plan(log, history, RollbackSelection.toTag("v1", false, false))));
        assertEquals(List.of("6", "5", "4", "3", "2"), ids(plan(log, history, RollbackSelection.toTag("v1", false, true))));
        // Newest: what ran after the newest v1 row, and that row when it only tags.
        assertEquals(List.of("6", "5"), ids(plan(log, history, RollbackSelection.toTag("v1", true, false))));
    }

    @Test
    void toTag_keepsATagDatabaseChangeSetThatSaysKeepTagOnRollback() {
        ChangeLog log = log(table("1"), tag("2", "v1", Boolean.TRUE), table("3"));
        List<HistoryRow> history = List.of(row("1", 1, null, "createTable"), row("2", 2, "v1", "tagDatabase"),
                row("3", 3, null, "createTable"));
        assertEquals(List.of("3"), ids(plan(log, history, RollbackSelection.toTag("v1", false, false))));
    }

    @Test
    void toTag_thatNoRowCarries_isAnError() {
        ChangeLog log = log(table("1"));
        TidemarkException e = assertThrows(TidemarkException.class,
                () -> plan(log, List.of(row("1", 1, null, "createTable")), RollbackSelection.toTag("v9", false, false)));
        assertEquals("Could not find tag 'v9' in the database", e.getMessage());
    }

    @Test
    void toDate_undoesWhatRanStrictlyAfterTheDate() {
        ChangeLog log = log(table("1"), table("2"), table("3"));
        List<HistoryRow> history = List.of(row("1", 1, null, "createTable"), row("2", 2, null, "createTable"),
                row("3", 3, null, "createTable"));
        assertEquals(List.of("3"), ids(plan(log, history, RollbackSelection.toDate(T0.plusSeconds(2)))));
    }

    @Test
    void future_undoesWhatHasNotRun_lastInChangelogOrderFirst_andCountTakesTheNextN() {
        ChangeLog log = log(table("1"), table("2"), table("3"), table("4"));
        List<HistoryRow> history = List.of(row("1", 1, null, "createTable"));
        assertEquals(List.of("4", "3", "2"), ids(plan(log, history, RollbackSelection.future())));
        assertEquals(List.of("3", "2"), ids(plan(log, history, RollbackSelection.futureCount(2))));
    }

    private static List<RollbackStep> plan(ChangeLog log, List<HistoryRow> history, RollbackSelection selection) {
        return new RollbackPlanner(Filters.of(null, null, "h2")).plan(log, history, selection);
    }

    private static List<String> ids(List<RollbackStep> steps) {
        List<String> out = new ArrayList<>();
        steps.forEach(s -> out.add(s.changeSet().id()));
        return out;
    }

    private static HistoryRow row(String id, int order, String tag, String description) {
        return new HistoryRow(id, "a", "c.xml", T0.plusSeconds(order), order, HistoryRow.ExecType.EXECUTED, null, description, "",
                tag, null, null, null, "1");
    }

    private static ChangeLog log(ChangeSet... changeSets) {
        return new ChangeLog("c.xml", List.of(changeSets), List.of(), List.of());
    }

    private static ChangeSet table(String id) {
        return changeSet(id, create("t" + id));
    }

    private static ChangeSet tag(String id, String tag, Boolean keep) {
        return changeSet(id, make(TagDatabase.class, "tag", tag, "keepTagOnRollback", keep));
    }

    private static CreateTable create(String name) {
        return make(CreateTable.class, "tableName", name, "columns", List.of());
    }

    private static ChangeSet changeSet(String id, Change... changes) {
        return make(ChangeSet.class, "filePath", "c.xml", "id", id, "author", "a", "changes", List.of(changes));
    }

    static <T> T make(Class<T> type, Object... namesAndValues) {
        Map<String, Object> values = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            values.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return type.cast(RecordShape.of(type).create(HERE, values));
    }
}
