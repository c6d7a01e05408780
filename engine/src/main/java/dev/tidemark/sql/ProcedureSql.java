// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.sql;

import dev.tidemark.model.change.CreateProcedure;
import dev.tidemark.model.change.DropProcedure;
import java.util.List;

/**
 * Stored procedures. ANSI SQL by default; each dialect's package overrides what its database spells differently.
 * A change type a database cannot express stays {@link SqlFamily#unsupported}.
 */
public class ProcedureSql extends SqlFamily {
    public ProcedureSql(dev.tidemark.dialect.Dialect dialect) {
        super(dialect);
    }

    public List<SqlStatement> createProcedure(CreateProcedure change, RenderContext ctx) {
        return unsupported(change, ctx);
    }

    public List<SqlStatement> dropProcedure(DropProcedure change, RenderContext ctx) {
        return unsupported(change, ctx);
    }
}
