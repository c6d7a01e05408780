// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.oracle;

import dev.tidemark.dialect.Dialect;
import dev.tidemark.model.ColumnConfig;
import dev.tidemark.model.Constraints;
import dev.tidemark.model.change.AddAutoIncrement;
import dev.tidemark.model.change.AddDefaultValue;
import dev.tidemark.model.change.AddNotNullConstraint;
import dev.tidemark.model.change.Change;
import dev.tidemark.model.change.DropDefaultValue;
import dev.tidemark.model.change.DropNotNullConstraint;
import dev.tidemark.model.change.ModifyDataType;
import dev.tidemark.sql.ColumnSql;
import dev.tidemark.sql.RenderContext;
import dev.tidemark.sql.SqlStatement;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Oracle's columns: MODIFY instead of ALTER COLUMN, named and non-validated NOT NULL
 * constraints, identity columns from 12c (dates, booleans and sequence values come from
 * {@link OracleLiterals}).
 * addAutoIncrement is not supported (Liquibase does not support it on Oracle either).
 */
public class OracleColumnSql extends ColumnSql {
    public OracleColumnSql(Dialect dialect) {
        super(dialect);
    }

    @Override
    protected boolean defaultBeforeIdentity() {
        return true;
    }

    /** PRIMARY KEY before NOT NULL, and no constraint name (as Liquibase writes it). */
    @Override
    protected String addColumnConstraintClauses(ColumnConfig col, RenderContext ctx) {
        return (isPrimaryKey(col) ? " PRIMARY KEY" : "") + (isNotNull(col) ? " NOT NULL" : "");
    }

    @Override
    protected String createTableNotNull(ColumnConfig col, RenderContext ctx) {
        Constraints c = col.constraints();
        String name = c.notNullConstraintName() == null ? "" : " CONSTRAINT " + ctx.name(c.notNullConstraintName());
        return name + " NOT NULL" + novalidate(c.validateNullable());
    }

    @Override
    protected String novalidate(Boolean validate) {
        return Boolean.FALSE.equals(validate) ? " ENABLE NOVALIDATE " : "";
    }

    /**
     * GENERATED [ALWAYS | BY DEFAULT [ON NULL]] AS IDENTITY (START WITH s, INCREMENT BY i); identity
     * columns came with Oracle 12c, before which the column is a plain number.
     */
    @Override
    protected String autoIncrementClause(Change change, BigInteger startWith, BigInteger incrementBy,
            String generationType, Boolean defaultOnNull, RenderContext ctx) {
        if (!dialect.version().atLeast(12, 0)) {
            return "";
        }
        String generation = generationType == null || generationType.isBlank() ? "BY DEFAULT" : generationType;
        String onNull = Boolean.TRUE.equals(defaultOnNull) && generation.equalsIgnoreCase("BY DEFAULT") ? " ON NULL" : "";
        return " GENERATED " + generation + onNull + " AS IDENTITY" + identityOptions(startWith, incrementBy, ", ");
    }

    @Override
    protected String xmlLiteral(String value) {
        return "XMLType(" + stringLiteral(value) + ")";
    }

    @Override
    public List<SqlStatement> modifyDataType(ModifyDataType change, RenderContext ctx) {
        return List.of(SqlStatement.of(alterTable(change.catalogName(), change.schemaName(), change.tableName(), ctx)
                + " MODIFY " + ctx.name(change.columnName()) + " " + columnType(change, change.newDataType())));
    }

    /** MODIFY c [CONSTRAINT name] NOT NULL [ENABLE NOVALIDATE]. */
    @Override
    public List<SqlStatement> addNotNullConstraint(AddNotNullConstraint change, RenderContext ctx) {
        List<SqlStatement> out = new ArrayList<>(fillNulls(change, ctx));
        String name = change.constraintName() == null ? "" : "CONSTRAINT " + ctx.name(change.constraintName()) + " ";
        out.add(SqlStatement.of(alterTable(change.catalogName(), change.schemaName(), change.tableName(), ctx) + " MODIFY "
                + ctx.name(change.columnName()) + " " + name + "NOT NULL" + novalidate(change.validate()).stripTrailing()));
        return out;
    }

    /** DROP CONSTRAINT when the constraint is named, else MODIFY c NULL. */
    @Override
    public List<SqlStatement> dropNotNullConstraint(DropNotNullConstraint change, RenderContext ctx) {
        String table = alterTable(change.catalogName(), change.schemaName(), change.tableName(), ctx);
        if (change.constraintName() != null) {
            return List.of(SqlStatement.of(table + " DROP CONSTRAINT " + ctx.name(change.constraintName())));
        }
        return List.of(SqlStatement.of(table + " MODIFY " + ctx.name(change.columnName()) + " NULL"));
    }

    @Override
    public List<SqlStatement> addDefaultValue(AddDefaultValue change, RenderContext ctx) {
        return List.of(SqlStatement.of(alterTable(change.catalogName(), change.schemaName(), change.tableName(), ctx)
                + " MODIFY " + ctx.name(change.columnName()) + " DEFAULT " + addedDefault(change, ctx)));
    }

    @Override
    public List<SqlStatement> dropDefaultValue(DropDefaultValue change, RenderContext ctx) {
        return List.of(SqlStatement.of(alterTable(change.catalogName(), change.schemaName(), change.tableName(), ctx)
                + " MODIFY " + ctx.name(change.columnName()) + " DEFAULT NULL"));
    }

    /** Oracle cannot turn an existing column into an identity column. */
    @Override
    public List<SqlStatement> addAutoIncrement(AddAutoIncrement change, RenderContext ctx) {
        return unsupported(change, ctx);
    }
}
