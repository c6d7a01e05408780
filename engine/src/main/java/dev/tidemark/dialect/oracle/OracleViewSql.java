// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.oracle;

import dev.tidemark.dialect.Dialect;
import dev.tidemark.model.change.CreateView;
import dev.tidemark.model.change.DropView;
import dev.tidemark.model.change.RenameView;
import dev.tidemark.sql.RenderContext;
import dev.tidemark.sql.SqlStatement;
import dev.tidemark.sql.ViewSql;
import java.util.List;

/** Oracle's ViewSql: COMMENT ON TABLE for views, RENAME, no DROP VIEW IF EXISTS before 23. */
public class OracleViewSql extends ViewSql {
    public OracleViewSql(Dialect dialect) {
        super(dialect);
    }

    @Override
    protected List<SqlStatement> remarks(CreateView change, String view) {
        return List.of(SqlStatement.of("COMMENT ON TABLE " + view + " IS " + dialect.literals().string(change.remarks())));
    }

    @Override
    public List<SqlStatement> dropView(DropView change, RenderContext ctx) {
        if (Boolean.TRUE.equals(change.ifExists()) && !dialect.version().atLeast(23, 0)) {
            throw invalid(change, "ifExists is not allowed");
        }
        return super.dropView(change, ctx);
    }

    /** RENAME works on the current user's objects only, so a schema cannot be named (as Liquibase says). */
    @Override
    public List<SqlStatement> renameView(RenameView change, RenderContext ctx) {
        if (change.catalogName() != null || change.schemaName() != null) {
            throw invalid(change, "catalogName and schemaName are not allowed (RENAME works in the current schema only)");
        }
        return List.of(SqlStatement.of("RENAME " + ctx.name(change.oldViewName()) + " TO " + ctx.name(change.newViewName())));
    }
}
