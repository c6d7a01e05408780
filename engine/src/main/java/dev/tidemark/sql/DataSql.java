// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.sql;

import dev.tidemark.model.change.Delete;
import dev.tidemark.model.change.Insert;
import dev.tidemark.model.change.LoadData;
import dev.tidemark.model.change.LoadUpdateData;
import dev.tidemark.model.change.Update;
import java.util.List;

/**
 * Rows: insert, update, delete, loadData, loadUpdateData. ANSI SQL by default; each dialect's package overrides what its database spells differently.
 * A change type a database cannot express stays {@link SqlFamily#unsupported}.
 */
public class DataSql extends SqlFamily {
    public DataSql(dev.tidemark.dialect.Dialect dialect) {
        super(dialect);
    }

    public List<SqlStatement> insert(Insert change, RenderContext ctx) {
        return unsupported(change, ctx);
    }

    public List<SqlStatement> update(Update change, RenderContext ctx) {
        return unsupported(change, ctx);
    }

    public List<SqlStatement> delete(Delete change, RenderContext ctx) {
        return unsupported(change, ctx);
    }

    public List<SqlStatement> loadData(LoadData change, RenderContext ctx) {
        return unsupported(change, ctx);
    }

    public List<SqlStatement> loadUpdateData(LoadUpdateData change, RenderContext ctx) {
        return unsupported(change, ctx);
    }
}
