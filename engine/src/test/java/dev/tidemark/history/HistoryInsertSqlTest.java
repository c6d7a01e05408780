// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tidemark.dialect.Dialect;
import dev.tidemark.dialect.Dialects;
import dev.tidemark.error.TidemarkException;
import dev.tidemark.model.ColumnConfig;
import dev.tidemark.model.SourceLocation;
import dev.tidemark.model.change.Insert;
import dev.tidemark.model.meta.RecordShape;
import dev.tidemark.sql.ChangeRenderer;
import dev.tidemark.sql.RenderContext;
import dev.tidemark.sql.SqlStatement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The history INSERT of a script is the text the generic rendering of an insert change gives
 * (the way HistoryTable wrote it before HistoryInsertSql), on every dialect, for plain and awkward
 * values: quotes, backslashes, the word null, NUL, non-ASCII, long text, a tag, a schema.
 */
class HistoryInsertSqlTest {
    private static final SourceLocation AT = SourceLocation.ofFile("(tidemark)");

    private static final String LONG = "x'\\".repeat(2100);

    private static List<HistoryRow> rows() {
        List<HistoryRow> rows = new ArrayList<>();
        rows.add(row("1", "bob", "changelog.yaml", 1, HistoryRow.ExecType.EXECUTED, "9:abc", "createTable tableName=t", "", null,
                null, null, "1234567890"));
        rows.add(row("2", "bob", "changelog.yaml", 2, HistoryRow.ExecType.EXECUTED, "9:abd", "sql", "it's a \"comment\"",
                "v1.0", "a AND (b, c)", "x,y", "1234567890"));
        rows.add(row("it's", "o'brien\\", "db/ch\\ange'log.xml", 3, HistoryRow.ExecType.MARK_RAN, null, null, null, null,
                "null", "NULL", "1234567890"));
        rows.add(row("null", "Null", "changelog.yaml", 4, HistoryRow.ExecType.RERAN, "9:abe", "nUlL", "null", "null", "",
                "", null));
        rows.add(row("üñí©ødé ✓ 𝄞", "bob", "changelog.yaml", 5, HistoryRow.ExecType.EXECUTED, "9:abf", "line1\nline2\r\n",
                "tab\there", "tag'1", null, null, "0000000001"));
        rows.add(row("6", "bob", "changelog.yaml", 60000, HistoryRow.ExecType.EXECUTED, "9:ab0", LONG, LONG, null, null, null,
                "1234567890"));
        // the same values again after different ones: what a row writes never depends on the row before
        rows.add(rows.get(1));
        rows.add(rows.get(0));
        return rows;
    }

    private static HistoryRow row(String id, String author, String file, int order, HistoryRow.ExecType type, String md5,
            String description, String comments, String tag, String contexts, String labels, String deploymentId) {
        return new HistoryRow(id, author, file, null, order, type, md5, description, comments, tag, "tidemark-0.1.0", contexts,
                labels, deploymentId);
    }

    @Test
    void insertStatements_matchGenericRendering_onEveryDialect() {
        for (String name : Dialects.names()) {
            Dialect dialect = Dialects.named(name, null);
            for (TrackingTables tables : List.of(TrackingTables.defaults(), TrackingTables.defaults().withSchema("Audit Log"),
                    new TrackingTables("cat", "sch", "MyChangeLog", "MyLock", null))) {
                HistoryTable history = new HistoryTable(dialect, tables);
                for (HistoryRow row : rows()) {
                    assertEquals(generic(dialect, tables, row), history.insertStatements(row), name + " " + tables + " " + row);
                }
            }
        }
    }

    @Test
    void insertStatements_refuseNulWhereGenericRenderingRefusesIt() {
        HistoryRow nul = row("a\0b", "bob", "changelog.yaml", 1, HistoryRow.ExecType.EXECUTED, "9:abc", "d", "", null, null,
                null, "1");
        for (String name : Dialects.names()) {
            Dialect dialect = Dialects.named(name, null);
            HistoryTable history = new HistoryTable(dialect, TrackingTables.defaults());
            String expected;
            try {
                expected = generic(dialect, TrackingTables.defaults(), nul).get(0).sql();
            } catch (TidemarkException e) {
                TidemarkException refused = assertThrows(TidemarkException.class, () -> history.insertStatements(nul), name);
                assertEquals(e.getMessage(), refused.getMessage(), name);
                continue;
            }
            assertEquals(expected, history.insertStatements(nul).get(0).sql(), name);
        }
    }

    /** The INSERT as HistoryTable rendered it before: an insert change of the row's columns. */
    private static List<SqlStatement> generic(Dialect dialect, TrackingTables tables, HistoryRow row) {
        List<ColumnConfig> values = new ArrayList<>();
        values.add(value("ID", row.id()));
        values.add(value("AUTHOR", row.author()));
        values.add(value("FILENAME", row.filename()));
        values.add(RecordShape.build(ColumnConfig.class, AT, "name", "DATEEXECUTED", "valueComputed", dialect.currentTimestampFunction()));
        values.add(RecordShape.build(ColumnConfig.class, AT, "name", "ORDEREXECUTED", "valueNumeric", Integer.toString(row.orderExecuted())));
        values.add(value("MD5SUM", row.md5sum()));
        values.add(value("DESCRIPTION", row.description()));
        values.add(value("COMMENTS", row.comments()));
        values.add(value("EXECTYPE", row.execType().name()));
        values.add(value("CONTEXTS", row.contexts()));
        values.add(value("LABELS", row.labels()));
        values.add(value("LIQUIBASE", row.liquibase()));
        values.add(value("DEPLOYMENT_ID", row.deploymentId()));
        if (row.tag() != null) {
            values.add(value("TAG", row.tag()));
        }
        Insert insert = RecordShape.build(Insert.class, AT, "catalogName", tables.catalog(), "schemaName", tables.schema(),
                "tableName", new HistoryTable(dialect, tables).tableName(), "columns", values);
        return new ChangeRenderer(RenderContext.internal(dialect)).render(insert);
    }

    private static ColumnConfig value(String name, String value) {
        return value == null ? RecordShape.build(ColumnConfig.class, AT, "name", name, "valueComputed", "NULL")
                : RecordShape.build(ColumnConfig.class, AT, "name", name, "value", value);
    }
}
