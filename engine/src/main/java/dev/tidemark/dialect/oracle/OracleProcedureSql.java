// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.oracle;

import dev.tidemark.dialect.Dialect;
import dev.tidemark.model.change.CreateProcedure;
import dev.tidemark.sql.ProcedureSql;
import dev.tidemark.sql.RenderContext;
import dev.tidemark.sql.SqlStatement;
import java.util.List;
import java.util.regex.Pattern;

/** Oracle's ProcedureSql: PL/SQL keeps its final semicolon; a trailing "/" line is the script's, not the block's. */
public class OracleProcedureSql extends ProcedureSql {
    private static final Pattern SLASH_LINE = Pattern.compile("\\n\\s*/$");

    public OracleProcedureSql(Dialect dialect) {
        super(dialect);
    }

    /** Oracle writes CREATE OR REPLACE in the text itself; Liquibase refuses replaceIfExists here. */
    @Override
    protected List<SqlStatement> replace(CreateProcedure change, RenderContext ctx) {
        throw invalid(change, "replaceIfExists is not allowed (write CREATE OR REPLACE in the text)");
    }

    @Override
    protected String statement(String text) {
        return SLASH_LINE.matcher(text).replaceFirst("").stripTrailing();
    }
}
