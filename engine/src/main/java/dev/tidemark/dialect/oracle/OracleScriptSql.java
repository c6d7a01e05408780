// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.oracle;

import dev.tidemark.dialect.Dialect;
import dev.tidemark.sql.ScriptSql;
import dev.tidemark.sql.StatementSyntax;
import dev.tidemark.sql.StatementSyntax.Feature;

/**
 * Oracle's raw SQL: q'[...]' quoting, and PL/SQL units (CREATE PROCEDURE / FUNCTION / PACKAGE /
 * TRIGGER / TYPE, DECLARE and BEGIN blocks) that run up to a {@code /} line, keep their final
 * {@code ;} and are returned as blocks, so that scripts end them with {@code /}.
 */
public class OracleScriptSql extends ScriptSql {
    private static final StatementSyntax SYNTAX = StatementSyntax.of(Feature.Q_QUOTES, Feature.PLSQL_BLOCKS);

    public OracleScriptSql(Dialect dialect) {
        super(dialect);
    }

    @Override
    protected StatementSyntax syntax() {
        return SYNTAX;
    }
}
