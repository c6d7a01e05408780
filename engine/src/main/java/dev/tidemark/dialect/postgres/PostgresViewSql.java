// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.postgres;

import dev.tidemark.dialect.Dialect;
import dev.tidemark.model.change.RenameView;
import dev.tidemark.sql.RenderContext;
import dev.tidemark.sql.SqlStatement;
import dev.tidemark.sql.ViewSql;
import java.util.List;

/** PostgreSQL's ViewSql. */
public class PostgresViewSql extends ViewSql {
    public PostgresViewSql(Dialect dialect) {
        super(dialect);
    }

    /** ALTER TABLE ... RENAME TO, which PostgreSQL accepts for views, as Liquibase writes it. */
    @Override
    public List<SqlStatement> renameView(RenameView change, RenderContext ctx) {
        return List.of(SqlStatement.of("ALTER TABLE " + ctx.qualified(change.catalogName(), change.schemaName(), change.oldViewName())
                + " RENAME TO " + ctx.name(change.newViewName())));
    }
}
