// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.mysql;

import dev.tidemark.dialect.Dialect;
import dev.tidemark.model.change.CreateView;
import dev.tidemark.model.change.RenameView;
import dev.tidemark.sql.RenderContext;
import dev.tidemark.sql.SqlStatement;
import dev.tidemark.sql.ViewSql;
import java.util.List;

/** MySQL's ViewSql (MariaDB's too): views have no comments; RENAME TABLE renames them. */
public class MySqlViewSql extends ViewSql {
    public MySqlViewSql(Dialect dialect) {
        super(dialect);
    }

    /** MySQL views cannot carry a comment; Liquibase leaves remarks out too. */
    @Override
    protected List<SqlStatement> remarks(CreateView change, String view) {
        return List.of();
    }

    @Override
    public List<SqlStatement> renameView(RenameView change, RenderContext ctx) {
        return List.of(SqlStatement.of("RENAME TABLE " + ctx.qualified(change.catalogName(), change.schemaName(), change.oldViewName())
                + " TO " + ctx.qualified(change.catalogName(), change.schemaName(), change.newViewName())));
    }
}
