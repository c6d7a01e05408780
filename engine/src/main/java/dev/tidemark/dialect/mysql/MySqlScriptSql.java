// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.mysql;

import dev.tidemark.dialect.Dialect;
import dev.tidemark.sql.ScriptSql;
import dev.tidemark.sql.StatementSyntax;
import dev.tidemark.sql.StatementSyntax.Feature;

/**
 * MySQL's raw SQL: backslash escapes, double-quoted strings, backtick identifiers, {@code #}
 * comments, and {@code --} comments only before whitespace.
 */
public class MySqlScriptSql extends ScriptSql {
    private static final StatementSyntax SYNTAX = StatementSyntax.of(Feature.BACKSLASH_ESCAPES, Feature.DOUBLE_QUOTED_STRINGS,
            Feature.BACKTICK_IDENTIFIERS, Feature.HASH_COMMENTS, Feature.DASH_DASH_NEEDS_SPACE);

    public MySqlScriptSql(Dialect dialect) {
        super(dialect);
    }

    @Override
    protected StatementSyntax syntax() {
        return SYNTAX;
    }
}
