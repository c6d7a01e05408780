// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.oracle;

import dev.tidemark.dialect.Dialect;
import dev.tidemark.model.change.CreateIndex;
import dev.tidemark.sql.IndexSql;
import dev.tidemark.sql.RenderContext;
import dev.tidemark.sql.SqlStatement;
import java.util.List;

/** Oracle's IndexSql: TABLESPACE; function-based indexes take expressions as written. */
public class OracleIndexSql extends IndexSql {
    public OracleIndexSql(Dialect dialect) {
        super(dialect);
    }

    @Override
    protected String afterColumns(CreateIndex change, RenderContext ctx) {
        String base = super.afterColumns(change, ctx);
        return change.tablespace() == null ? base : base + " TABLESPACE " + change.tablespace();
    }

    /**
     * Oracle's clustered indexes are indexes on a table cluster ({@code ON CLUSTER c}, no column
     * list); Liquibase writes {@code ON CLUSTER t(cols)}, which Oracle rejects.
     */
    @Override
    protected List<SqlStatement> clustered(CreateIndex change, RenderContext ctx) {
        if (Boolean.TRUE.equals(change.clustered())) {
            throw invalid(change, "clustered=true is not possible (Oracle clusters are table clusters, not index options)");
        }
        return List.of();
    }
}
