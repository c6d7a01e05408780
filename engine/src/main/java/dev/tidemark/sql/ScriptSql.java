// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.sql;

import dev.tidemark.model.change.CustomChange;
import dev.tidemark.model.change.Empty;
import dev.tidemark.model.change.ExecuteCommand;
import dev.tidemark.model.change.Output;
import dev.tidemark.model.change.Sql;
import dev.tidemark.model.change.SqlFile;
import dev.tidemark.model.change.Stop;
import dev.tidemark.model.change.TagDatabase;
import java.util.List;

/**
 * Raw SQL and the changes that run no DDL: sql, sqlFile, tagDatabase, output, empty, stop, executeCommand, customChange. ANSI SQL by default; each dialect's package overrides what its database spells differently.
 * A change type a database cannot express stays {@link SqlFamily#unsupported}.
 */
public class ScriptSql extends SqlFamily {
    public ScriptSql(dev.tidemark.dialect.Dialect dialect) {
        super(dialect);
    }

    public List<SqlStatement> sql(Sql change, RenderContext ctx) {
        return unsupported(change, ctx);
    }

    public List<SqlStatement> sqlFile(SqlFile change, RenderContext ctx) {
        return unsupported(change, ctx);
    }

    public List<SqlStatement> tagDatabase(TagDatabase change, RenderContext ctx) {
        return unsupported(change, ctx);
    }

    public List<SqlStatement> output(Output change, RenderContext ctx) {
        return unsupported(change, ctx);
    }

    public List<SqlStatement> empty(Empty change, RenderContext ctx) {
        return unsupported(change, ctx);
    }

    public List<SqlStatement> stop(Stop change, RenderContext ctx) {
        return unsupported(change, ctx);
    }

    public List<SqlStatement> executeCommand(ExecuteCommand change, RenderContext ctx) {
        return unsupported(change, ctx);
    }

    public List<SqlStatement> customChange(CustomChange change, RenderContext ctx) {
        return unsupported(change, ctx);
    }
}
