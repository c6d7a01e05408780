// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.mysql;

import dev.tidemark.dialect.Dialect;
import dev.tidemark.model.ColumnConfig;
import dev.tidemark.model.change.CreateIndex;
import dev.tidemark.model.change.DropIndex;
import dev.tidemark.sql.IndexSql;
import dev.tidemark.sql.RenderContext;
import dev.tidemark.sql.SqlStatement;
import java.util.List;
import java.util.Locale;

/** MySQL's IndexSql: unqualified index names, USING BTREE/HASH, functional key parts, DROP INDEX ... ON. */
public class MySqlIndexSql extends IndexSql {
    public MySqlIndexSql(Dialect dialect) {
        super(dialect);
    }

    @Override
    protected String indexName(CreateIndex change, RenderContext ctx) {
        if (change.indexName() == null) {
            throw invalid(change, "indexName is required");
        }
        return ctx.name(change.indexName());
    }

    /** MySQL 8.0.13+ wants a functional key part in its own parentheses; Liquibase writes it bare, which MySQL rejects. */
    @Override
    protected String expression(CreateIndex change, ColumnConfig column) {
        return "(" + column.name() + ")";
    }

    /** USING BTREE or HASH (Liquibase leaves {@code using} out on MySQL). */
    @Override
    protected String afterColumns(CreateIndex change, RenderContext ctx) {
        String base = super.afterColumns(change, ctx);
        if (change.using() == null) {
            return base;
        }
        String method = method(change).toUpperCase(Locale.ROOT);
        if (!method.equals("BTREE") && !method.equals("HASH")) {
            throw invalid(change, "using '" + change.using() + "' is not an index type (BTREE or HASH)");
        }
        return base + " USING " + method;
    }

    @Override
    public List<SqlStatement> dropIndex(DropIndex change, RenderContext ctx) {
        if (change.tableName() == null) {
            throw invalid(change, "tableName is required");
        }
        return List.of(SqlStatement.of("DROP INDEX " + ctx.name(change.indexName()) + " ON "
                + ctx.qualified(change.catalogName(), change.schemaName(), change.tableName())));
    }
}
