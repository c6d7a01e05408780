// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.mysql;

import dev.tidemark.dialect.Dialect;
import dev.tidemark.model.ColumnConfig;
import dev.tidemark.model.Constraints;
import dev.tidemark.model.change.AddLookupTable;
import dev.tidemark.model.change.CreateTable;
import dev.tidemark.model.change.RenameTable;
import dev.tidemark.sql.RenderContext;
import dev.tidemark.sql.SqlStatement;
import dev.tidemark.sql.TableSql;
import java.math.BigInteger;
import java.util.List;

/**
 * MySQL's tables: remarks and the auto-increment start as table options, no tablespaces, no
 * deferred constraints, RENAME without TO.
 */
public class MySqlTableSql extends TableSql {
    public MySqlTableSql(Dialect dialect) {
        super(dialect);
    }

    /** MySQL increments by the server's auto_increment_increment; a column cannot say otherwise. */
    @Override
    protected void checkAutoIncrement(CreateTable change, ColumnConfig col) {
        if (col.incrementBy() != null) {
            throw invalid(change, "incrementBy (column " + col.name() + ") is not supported");
        }
    }

    @Override
    protected String primaryKeyTablespace(String tablespace, RenderContext ctx) {
        return "";
    }

    /** MySQL has no deferred constraints; Liquibase wrote DEFERRABLE, which MySQL rejects. */
    @Override
    protected String deferral(Constraints c) {
        return "";
    }

    /** AUTO_INCREMENT=start (the last startWith, as Liquibase takes it) and COMMENT='remarks'. */
    @Override
    protected String tableOptions(CreateTable change, List<ColumnConfig> autoIncrement, RenderContext ctx) {
        StringBuilder b = new StringBuilder();
        BigInteger start = lastStartWith(autoIncrement);
        if (start != null) {
            b.append(" AUTO_INCREMENT=").append(start);
        }
        if (change.remarks() != null) {
            b.append(" COMMENT=").append(dialect.literals().plainString(change.remarks()));
        }
        return b.toString();
    }

    /** Remarks are written inline (columns) and as a table option. */
    @Override
    protected List<SqlStatement> remarkStatements(CreateTable change, RenderContext ctx) {
        return List.of();
    }

    /** MySQL accepts CASCADE and ignores it; Liquibase writes nothing. */
    @Override
    protected String cascade() {
        return "";
    }

    @Override
    public List<SqlStatement> renameTable(RenameTable change, RenderContext ctx) {
        return List.of(SqlStatement.of("ALTER TABLE " + ctx.qualified(change.catalogName(), change.schemaName(),
                change.oldTableName()) + " RENAME " + ctx.qualified(change.catalogName(), change.schemaName(),
                change.newTableName())));
    }

    @Override
    protected SqlStatement tableComment(String catalog, String schema, String table, String remarks, RenderContext ctx) {
        return SqlStatement.of("ALTER TABLE " + ctx.qualified(catalog, schema, table) + " COMMENT = "
                + dialect.literals().plainString(remarks));
    }

    /** MySQL restates the column to make it NOT NULL, so the lookup column's type is required. */
    @Override
    public List<SqlStatement> addLookupTable(AddLookupTable change, RenderContext ctx) {
        if (change.newColumnDataType() == null || change.newColumnDataType().isBlank()) {
            throw invalid(change, "newColumnDataType is required (MySQL restates the column's type)");
        }
        return super.addLookupTable(change, ctx);
    }
}
