// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.sql;

import dev.tidemark.model.change.CreateIndex;
import dev.tidemark.model.change.DropIndex;
import java.util.List;

/**
 * Indexes. ANSI SQL by default; each dialect's package overrides what its database spells differently.
 * A change type a database cannot express stays {@link SqlFamily#unsupported}.
 */
public class IndexSql extends SqlFamily {
    public IndexSql(dev.tidemark.dialect.Dialect dialect) {
        super(dialect);
    }

    public List<SqlStatement> createIndex(CreateIndex change, RenderContext ctx) {
        return unsupported(change, ctx);
    }

    public List<SqlStatement> dropIndex(DropIndex change, RenderContext ctx) {
        return unsupported(change, ctx);
    }
}
