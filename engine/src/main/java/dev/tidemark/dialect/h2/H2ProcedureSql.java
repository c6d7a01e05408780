// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.h2;

import dev.tidemark.dialect.Dialect;
import dev.tidemark.model.change.CreateProcedure;
import dev.tidemark.model.change.DropProcedure;
import dev.tidemark.sql.ProcedureSql;
import dev.tidemark.sql.RenderContext;
import dev.tidemark.sql.SqlStatement;
import java.util.List;

/** H2's ProcedureSql: H2's routines are Java aliases (CREATE ALIAS), dropped with DROP ALIAS. */
public class H2ProcedureSql extends ProcedureSql {
    public H2ProcedureSql(Dialect dialect) {
        super(dialect);
    }

    @Override
    protected List<SqlStatement> replace(CreateProcedure change, RenderContext ctx) {
        throw invalid(change, "replaceIfExists is not allowed");
    }

    /** Liquibase writes DROP PROCEDURE, which H2 rejects; H2's routines are aliases. */
    @Override
    public List<SqlStatement> dropProcedure(DropProcedure change, RenderContext ctx) {
        return List.of(SqlStatement.of("DROP ALIAS " + ctx.qualified(change.catalogName(), change.schemaName(), change.procedureName())));
    }
}
