// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.sql;

import dev.tidemark.model.change.CreateView;
import dev.tidemark.model.change.DropView;
import dev.tidemark.model.change.RenameView;
import java.util.List;

/**
 * Views. ANSI SQL by default; each dialect's package overrides what its database spells differently.
 * A change type a database cannot express stays {@link SqlFamily#unsupported}.
 */
public class ViewSql extends SqlFamily {
    public ViewSql(dev.tidemark.dialect.Dialect dialect) {
        super(dialect);
    }

    public List<SqlStatement> createView(CreateView change, RenderContext ctx) {
        return unsupported(change, ctx);
    }

    public List<SqlStatement> dropView(DropView change, RenderContext ctx) {
        return unsupported(change, ctx);
    }

    public List<SqlStatement> renameView(RenameView change, RenderContext ctx) {
        return unsupported(change, ctx);
    }
}
