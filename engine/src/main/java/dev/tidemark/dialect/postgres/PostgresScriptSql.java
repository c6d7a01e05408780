// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.postgres;

import dev.tidemark.dialect.Dialect;
import dev.tidemark.sql.ScriptSql;
import dev.tidemark.sql.StatementSyntax;
import dev.tidemark.sql.StatementSyntax.Feature;

/** PostgreSQL's raw SQL: dollar-quoted bodies, E'' strings and nested block comments are never split. */
public class PostgresScriptSql extends ScriptSql {
    private static final StatementSyntax SYNTAX = StatementSyntax.of(Feature.DOLLAR_QUOTES, Feature.ESCAPE_STRINGS,
            Feature.NESTED_BLOCK_COMMENTS);

    public PostgresScriptSql(Dialect dialect) {
        super(dialect);
    }

    @Override
    protected StatementSyntax syntax() {
        return SYNTAX;
    }
}
