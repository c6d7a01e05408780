// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.history;

import dev.tidemark.dialect.Dialect;
import dev.tidemark.dialect.QuotingStrategy;
import dev.tidemark.model.ColumnConfig;
import dev.tidemark.model.SourceLocation;
import dev.tidemark.model.meta.RecordShape;
import dev.tidemark.model.Constraints;
import dev.tidemark.model.change.CreateTable;
import dev.tidemark.model.change.Insert;
import dev.tidemark.sql.ChangeRenderer;
import dev.tidemark.sql.RenderContext;
import dev.tidemark.sql.SqlStatement;
import java.util.ArrayList;
import java.util.List;

/**
 * DATABASECHANGELOG exactly as Liquibase 4.33 defines it, so that either tool reads the other's
 * history. Its DDL and the rows a script writes are model changes rendered by the dialect, so
 * they are quoted and typed like every other statement.
 */
public final class HistoryTable {
    /** The columns in Liquibase's order. */
    public static final List<String> COLUMNS = List.of("ID", "AUTHOR", "FILENAME", "DATEEXECUTED", "ORDEREXECUTED",
            "EXECTYPE", "MD5SUM", "DESCRIPTION", "COMMENTS", "TAG", "LIQUIBASE", "CONTEXTS", "LABELS", "DEPLOYMENT_ID");

    private static final SourceLocation INTERNAL = SourceLocation.ofFile("(tidemark)");

    private final Dialect dialect;
    private final TrackingTables tables;
    /** Made on the first row a script writes. */
    private HistoryInsertSql insertSql;

    public HistoryTable(Dialect dialect, TrackingTables tables) {
        this.dialect = dialect;
        this.tables = tables;
    }

    /** The table name as the database stores it (Liquibase folds it: databasechangelog on PostgreSQL). */
    public String tableName() {
        return dialect.identifiers().fold(tables.changeLogTable());
    }

    /** The table name, schema-qualified and quoted as needed, for SQL text. */
    public String qualifiedName() {
        return dialect.identifiers().qualify(tables.catalog(), tables.schema(), tableName(), QuotingStrategy.LEGACY);
    }

    public List<SqlStatement> createStatements() {
        List<ColumnConfig> columns = new ArrayList<>();
        columns.add(column("ID", "VARCHAR(255)", false));
        columns.add(column("AUTHOR", "VARCHAR(255)", false));
        columns.add(column("FILENAME", "VARCHAR(255)", false));
        columns.add(column("DATEEXECUTED", "datetime", false));
        columns.add(column("ORDEREXECUTED", "INT", false));
        columns.add(column("EXECTYPE", "VARCHAR(10)", false));
        columns.add(column("MD5SUM", "VARCHAR(35)", true));
        columns.add(column("DESCRIPTION", "VARCHAR(255)", true));
        columns.add(column("COMMENTS", "VARCHAR(255)", true));
        columns.add(column("TAG", "VARCHAR(255)", true));
        columns.add(column("LIQUIBASE", "VARCHAR(20)", true));
        columns.add(column("CONTEXTS", "VARCHAR(255)", true));
        columns.add(column("LABELS", "VARCHAR(255)", true));
        columns.add(column("DEPLOYMENT_ID", "VARCHAR(10)", true));
        CreateTable create = RecordShape.build(CreateTable.class, INTERNAL, "catalogName", tables.catalog(), "schemaName", tables.schema(),
                "tableName", tableName(), "tablespace", tables.tablespace(), "columns", columns);
        return render(create);
    }

    /**
     * The INSERT a script writes for a row (DATEEXECUTED from the database's clock): the row's
     * columns as an {@code insert} change renders them, written by {@link HistoryInsertSql}
     * without building that change for each row.
     */
    public List<SqlStatement> insertStatements(HistoryRow row) {
        if (insertSql == null) {
            insertSql = new HistoryInsertSql(dialect, qualifiedName(), INTERNAL);
        }
        return List.of(SqlStatement.of(insertSql.insert(row)));
    }

    /**
     * The UPDATE that rewrites the row of a changeset that ran before (Liquibase's columns, matched on
     * its identity), with the row's EXECTYPE: RERAN, or MARK_RAN when its preconditions marked it.
     */
    public List<SqlStatement> rerunStatements(HistoryRow row) {
        List<ColumnConfig> values = new ArrayList<>();
        values.add(RecordShape.build(ColumnConfig.class, INTERNAL, "name", "DATEEXECUTED", "valueComputed", dialect.currentTimestampFunction()));
        values.add(RecordShape.build(ColumnConfig.class, INTERNAL, "name", "ORDEREXECUTED", "valueNumeric", Integer.toString(row.orderExecuted())));
        values.add(value("MD5SUM", row.md5sum()));
        values.add(value("EXECTYPE", row.execType().name()));
        values.add(value("DEPLOYMENT_ID", row.deploymentId()));
        values.add(value("COMMENTS", row.comments()));
        values.add(value("CONTEXTS", row.contexts()));
        values.add(value("LABELS", row.labels()));
        values.add(value("LIQUIBASE", row.liquibase()));
        values.add(value("DESCRIPTION", row.description()));
        String where = "ID = " + dialect.literals().string(row.id()) + " AND AUTHOR = " + dialect.literals().string(row.author())
                + " AND FILENAME = " + dialect.literals().string(row.filename());
        return render(RecordShape.build(dev.tidemark.model.change.Update.class, INTERNAL, "catalogName", tables.catalog(),
                "schemaName", tables.schema(), "tableName", tableName(), "columns", values, "where", where));
    }

    /** The DELETE a rollback script writes for a changeset's row (matched on its identity, as Liquibase writes it). */
    public List<SqlStatement> deleteStatements(HistoryRow row) {
        String where = "ID = " + dialect.literals().string(row.id()) + " AND AUTHOR = " + dialect.literals().string(row.author())
                + " AND FILENAME = " + dialect.literals().string(row.filename());
        return render(RecordShape.build(dev.tidemark.model.change.Delete.class, INTERNAL, "catalogName", tables.catalog(),
                "schemaName", tables.schema(), "tableName", tableName(), "where", where));
    }

    /**
     * Brings an older Liquibase's table up to 4.33's columns, as Liquibase does on init: missing
     * columns are added; ORDEREXECUTED and EXECTYPE are filled (-1, 'EXECUTED') and made NOT NULL.
     */
    public List<SqlStatement> upgradeStatements(java.util.Set<String> existingColumns) {
        List<SqlStatement> out = new ArrayList<>();
        Object[][] optional = {{"DESCRIPTION", "VARCHAR(255)"}, {"COMMENTS", "VARCHAR(255)"}, {"TAG", "VARCHAR(255)"},
            {"LIQUIBASE", "VARCHAR(20)"}, {"CONTEXTS", "VARCHAR(255)"}, {"LABELS", "VARCHAR(255)"},
            {"DEPLOYMENT_ID", "VARCHAR(10)"}, {"ORDEREXECUTED", "INT"}, {"EXECTYPE", "VARCHAR(10)"}};
        for (Object[] c : optional) {
            String name = (String) c[0];
            if (existingColumns.contains(name)) {
                continue;
            }
            out.addAll(render(RecordShape.build(dev.tidemark.model.change.AddColumn.class, INTERNAL, "catalogName", tables.catalog(),
                    "schemaName", tables.schema(), "tableName", tableName(), "columns", List.of(column(name, (String) c[1], true)))));
            if (name.equals("ORDEREXECUTED") || name.equals("EXECTYPE")) {
                ColumnConfig fill = name.equals("ORDEREXECUTED")
                        ? RecordShape.build(ColumnConfig.class, INTERNAL, "name", name, "valueNumeric", "-1")
                        : RecordShape.build(ColumnConfig.class, INTERNAL, "name", name, "value", "EXECUTED");
                out.addAll(render(RecordShape.build(dev.tidemark.model.change.Update.class, INTERNAL, "catalogName", tables.catalog(),
                        "schemaName", tables.schema(), "tableName", tableName(), "columns", List.of(fill))));
                out.addAll(render(RecordShape.build(dev.tidemark.model.change.AddNotNullConstraint.class, INTERNAL, "catalogName",
                        tables.catalog(), "schemaName", tables.schema(), "tableName", tableName(), "columnName", name,
                        "columnDataType", c[1])));
            }
        }
        return out;
    }

    private static ColumnConfig column(String name, String type, boolean nullable) {
        return RecordShape.build(ColumnConfig.class, INTERNAL, "name", name, "type", type,
                "constraints", nullable ? null : RecordShape.build(Constraints.class, INTERNAL, "nullable", Boolean.FALSE));
    }

    private static ColumnConfig value(String name, String value) {
        return value == null ? RecordShape.build(ColumnConfig.class, INTERNAL, "name", name, "valueComputed", "NULL")
                : RecordShape.build(ColumnConfig.class, INTERNAL, "name", name, "value", value);
    }

    private List<SqlStatement> render(dev.tidemark.model.change.Change change) {
        return new ChangeRenderer(RenderContext.internal(dialect)).render(change);
    }
}
