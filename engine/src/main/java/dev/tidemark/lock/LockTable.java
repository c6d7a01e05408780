// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.lock;

import dev.tidemark.dialect.Dialect;
import dev.tidemark.dialect.QuotingStrategy;
import dev.tidemark.history.TrackingTables;
import dev.tidemark.model.ColumnConfig;
import dev.tidemark.model.Constraints;
import dev.tidemark.model.SourceLocation;
import dev.tidemark.model.change.Change;
import dev.tidemark.model.change.CreateTable;
import dev.tidemark.model.change.Delete;
import dev.tidemark.model.change.Insert;
import dev.tidemark.model.change.Update;
import dev.tidemark.model.meta.RecordShape;
import dev.tidemark.sql.ChangeRenderer;
import dev.tidemark.sql.RenderContext;
import dev.tidemark.sql.SqlStatement;
import java.util.ArrayList;
import java.util.List;

/**
 * DATABASECHANGELOGLOCK as Liquibase 4.33 defines it, and its protocol's statements: create,
 * initialise (row 1, unlocked), acquire (only if unlocked) and release. Rendered by the dialect.
 */
public final class LockTable {
    private static final SourceLocation INTERNAL = SourceLocation.ofFile("(tidemark)");

    private final Dialect dialect;
    private final TrackingTables tables;

    public LockTable(Dialect dialect, TrackingTables tables) {
        this.dialect = dialect;
        this.tables = tables;
    }

    public String tableName() {
        return dialect.identifiers().fold(tables.lockTable());
    }

    public String qualifiedName() {
        return dialect.identifiers().qualify(tables.catalog(), tables.schema(), tableName(), QuotingStrategy.LEGACY);
    }

    public List<SqlStatement> createStatements() {
        List<ColumnConfig> columns = List.of(
                RecordShape.build(ColumnConfig.class, INTERNAL, "name", "ID", "type", "INT",
                        "constraints", RecordShape.build(Constraints.class, INTERNAL, "primaryKey", Boolean.TRUE, "nullable", Boolean.FALSE)),
                RecordShape.build(ColumnConfig.class, INTERNAL, "name", "LOCKED", "type", "BOOLEAN",
                        "constraints", RecordShape.build(Constraints.class, INTERNAL, "nullable", Boolean.FALSE)),
                RecordShape.build(ColumnConfig.class, INTERNAL, "name", "LOCKGRANTED", "type", "datetime"),
                RecordShape.build(ColumnConfig.class, INTERNAL, "name", "LOCKEDBY", "type", "VARCHAR(255)"));
        return render(RecordShape.build(CreateTable.class, INTERNAL, "catalogName", tables.catalog(), "schemaName", tables.schema(),
                "tableName", tableName(), "tablespace", tables.tablespace(), "columns", columns));
    }

    /** Liquibase's initialisation of an empty lock table (as scripts show it): DELETE, then row 1 unlocked. */
    public List<SqlStatement> initStatements() {
        List<SqlStatement> out = new ArrayList<>(render(RecordShape.build(Delete.class, INTERNAL, "catalogName", tables.catalog(),
                "schemaName", tables.schema(), "tableName", tableName())));
        out.addAll(insertRowStatements());
        return out;
    }

    /** Row 1, unlocked, without the DELETE: what a live run inserts, where another process may be racing. */
    public List<SqlStatement> insertRowStatements() {
        return render(RecordShape.build(Insert.class, INTERNAL, "catalogName", tables.catalog(), "schemaName", tables.schema(),
                "tableName", tableName(), "columns", List.of(
                        RecordShape.build(ColumnConfig.class, INTERNAL, "name", "ID", "valueNumeric", "1"),
                        RecordShape.build(ColumnConfig.class, INTERNAL, "name", "LOCKED", "valueBoolean", Boolean.FALSE))));
    }

    /** Takes the lock if it is free; exactly one updated row means this session holds it. */
    public List<SqlStatement> acquireStatements(String lockedBy) {
        return render(RecordShape.build(Update.class, INTERNAL, "catalogName", tables.catalog(), "schemaName", tables.schema(),
                "tableName", tableName(), "columns", List.of(
                        RecordShape.build(ColumnConfig.class, INTERNAL, "name", "LOCKED", "valueBoolean", Boolean.TRUE),
                        RecordShape.build(ColumnConfig.class, INTERNAL, "name", "LOCKEDBY", "value", lockedBy),
                        RecordShape.build(ColumnConfig.class, INTERNAL, "name", "LOCKGRANTED", "valueComputed", dialect.currentTimestampFunction())),
                "where", "ID = 1 AND LOCKED = " + dialect.literals().bool(false)));
    }

    public List<SqlStatement> releaseStatements() {
        return render(RecordShape.build(Update.class, INTERNAL, "catalogName", tables.catalog(), "schemaName", tables.schema(),
                "tableName", tableName(), "columns", List.of(
                        RecordShape.build(ColumnConfig.class, INTERNAL, "name", "LOCKED", "valueBoolean", Boolean.FALSE),
                        RecordShape.build(ColumnConfig.class, INTERNAL, "name", "LOCKEDBY", "valueComputed", "NULL"),
                        RecordShape.build(ColumnConfig.class, INTERNAL, "name", "LOCKGRANTED", "valueComputed", "NULL")),
                "where", "ID = 1"));
    }

    private List<SqlStatement> render(Change change) {
        return new ChangeRenderer(RenderContext.internal(dialect)).render(change);
    }
}
