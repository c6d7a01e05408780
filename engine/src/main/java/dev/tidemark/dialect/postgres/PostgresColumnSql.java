// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.postgres;

import dev.tidemark.dialect.Dialect;
import dev.tidemark.model.Value;
import dev.tidemark.model.change.AddAutoIncrement;
import dev.tidemark.model.change.AddDefaultValue;
import dev.tidemark.model.change.Change;
import dev.tidemark.sql.ColumnSql;
import dev.tidemark.sql.DataTypeSpec;
import dev.tidemark.sql.RenderContext;
import dev.tidemark.sql.SqlStatement;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * PostgreSQL's columns: the base SQL, plus nextval()/currval() for sequences, identity columns
 * from PostgreSQL 10 (SERIAL types before), and addAutoIncrement as an owned sequence.
 */
public class PostgresColumnSql extends ColumnSql {
    public PostgresColumnSql(Dialect dialect) {
        super(dialect);
    }

    private boolean usesSerialTypes() {
        return ((PostgresDataTypes) dialect.dataTypes()).usesSerialTypes();
    }

    @Override
    protected String autoIncrementClause(Change change, BigInteger startWith, BigInteger incrementBy,
            String generationType, Boolean defaultOnNull, RenderContext ctx) {
        // before PostgreSQL 10 the SERIAL type is the auto-increment
        return usesSerialTypes() ? "" : super.autoIncrementClause(change, startWith, incrementBy, generationType,
                defaultOnNull, ctx);
    }

    /** A SERIAL column's default is its sequence; Liquibase drops a default given with it. */
    @Override
    protected boolean autoIncrementTakesDefault() {
        return !usesSerialTypes();
    }

    /** BOOLEAN literals; a BIT column takes bit literals (Liquibase wrote TRUE, which PostgreSQL refuses). */
    @Override
    protected String booleanLiteral(boolean value, DataTypeSpec columnType) {
        if (columnType != null && columnType.writtenAs("bit")) {
            return bitLiteral(value);
        }
        return super.booleanLiteral(value, columnType);
    }

    @Override
    protected String bitLiteral(boolean value) {
        return value ? "B'1'" : "B'0'";
    }

    @Override
    protected String xmlLiteral(String value) {
        return "xml " + stringLiteral(value);
    }

    /** SET DEFAULT nextval(...), then the sequence is owned by the column (dropped with it). */
    @Override
    public List<SqlStatement> addDefaultValue(AddDefaultValue change, RenderContext ctx) {
        List<SqlStatement> out = new ArrayList<>(super.addDefaultValue(change, ctx));
        Value value = defaultOf(change);
        if (value.kind() == Value.Kind.SEQUENCE_NEXT) {
            out.add(SqlStatement.of("ALTER SEQUENCE " + sequenceName(value.text(), change.schemaName(), ctx) + " OWNED BY "
                    + ctx.qualified(change.catalogName(), change.schemaName(), change.tableName()) + "."
                    + ctx.name(change.columnName())));
        }
        return out;
    }

    /**
     * A sequence named table_column_seq, the column made NOT NULL with the sequence's next value
     * as its default, and the sequence owned by the column.
     */
    @Override
    public List<SqlStatement> addAutoIncrement(AddAutoIncrement change, RenderContext ctx) {
        String sequence = ctx.qualified(null, change.schemaName(), change.tableName() + "_" + change.columnName() + "_seq");
        String table = alterTable(change.catalogName(), change.schemaName(), change.tableName(), ctx);
        String column = ctx.name(change.columnName());
        StringBuilder create = new StringBuilder("CREATE SEQUENCE  IF NOT EXISTS ").append(sequence);
        if (change.startWith() != null) {
            create.append(" START WITH ").append(change.startWith());
        }
        if (change.incrementBy() != null) {
            create.append(" INCREMENT BY ").append(change.incrementBy());
        }
        return List.of(
                SqlStatement.of(create.toString()),
                SqlStatement.of(table + " ALTER COLUMN  " + column + " SET NOT NULL"),
                SqlStatement.of(table + " ALTER COLUMN  " + column + " SET DEFAULT nextval(" + stringLiteral(sequence) + ")"),
                SqlStatement.of("ALTER SEQUENCE " + sequence + " OWNED BY "
                        + ctx.qualified(change.catalogName(), change.schemaName(), change.tableName()) + "." + column));
    }
}
