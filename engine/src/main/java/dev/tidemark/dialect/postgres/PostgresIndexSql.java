// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.postgres;

import dev.tidemark.dialect.Dialect;
import dev.tidemark.model.change.CreateIndex;
import dev.tidemark.sql.IndexSql;
import dev.tidemark.sql.RenderContext;
import dev.tidemark.sql.SqlStatement;
import java.util.List;

/**
 * PostgreSQL's IndexSql: the name is optional and never qualified (an index lives in its table's
 * schema), USING method, INCLUDE, TABLESPACE, and CLUSTER for clustered=true.
 */
public class PostgresIndexSql extends IndexSql {
    public PostgresIndexSql(Dialect dialect) {
        super(dialect);
    }

    @Override
    protected String indexName(CreateIndex change, RenderContext ctx) {
        return change.indexName() == null ? "" : ctx.name(change.indexName());
    }

    @Override
    protected String methodBeforeColumns(CreateIndex change) {
        return change.using() == null ? "" : " USING " + method(change);
    }

    /** INCLUDE (PostgreSQL 11+) keeps covering columns out of the key, where Liquibase makes them key columns. */
    @Override
    protected String afterColumns(CreateIndex change, RenderContext ctx) {
        StringBuilder out = new StringBuilder();
        List<String> included = includedColumns(change, ctx);
        if (!included.isEmpty()) {
            out.append(" INCLUDE (").append(String.join(", ", included)).append(')');
        }
        if (change.tablespace() != null) {
            out.append(" TABLESPACE ").append(change.tablespace());
        }
        return out.toString();
    }

    @Override
    protected List<SqlStatement> clustered(CreateIndex change, RenderContext ctx) {
        if (!Boolean.TRUE.equals(change.clustered())) {
            return List.of();
        }
        if (change.indexName() == null) {
            throw invalid(change, "indexName is required when clustered=true");
        }
        return List.of(SqlStatement.of("CLUSTER " + ctx.qualified(change.catalogName(), change.schemaName(), change.tableName())
                + " USING " + ctx.name(change.indexName())));
    }
}
