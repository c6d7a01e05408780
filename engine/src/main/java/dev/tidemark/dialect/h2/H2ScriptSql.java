// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.h2;

import dev.tidemark.dialect.Dialect;
import dev.tidemark.sql.ScriptSql;
import dev.tidemark.sql.StatementSyntax;
import dev.tidemark.sql.StatementSyntax.Feature;

/** H2's raw SQL: {@code $$...$$} bodies and {@code //} comments are never split. */
public class H2ScriptSql extends ScriptSql {
    private static final StatementSyntax SYNTAX = StatementSyntax.of(Feature.DOLLAR_QUOTES, Feature.SLASH_SLASH_COMMENTS);

    public H2ScriptSql(Dialect dialect) {
        super(dialect);
    }

    @Override
    protected StatementSyntax syntax() {
        return SYNTAX;
    }
}
