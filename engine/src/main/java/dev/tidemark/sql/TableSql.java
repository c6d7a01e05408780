// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.sql;

import dev.tidemark.model.change.AddLookupTable;
import dev.tidemark.model.change.CreateTable;
import dev.tidemark.model.change.DropTable;
import dev.tidemark.model.change.RenameTable;
import dev.tidemark.model.change.SetTableRemarks;
import java.util.List;

/**
 * Tables: create, drop, rename, lookup tables, table remarks. ANSI SQL by default; each dialect's package overrides what its database spells differently.
 * A change type a database cannot express stays {@link SqlFamily#unsupported}.
 */
public class TableSql extends SqlFamily {
    public TableSql(dev.tidemark.dialect.Dialect dialect) {
        super(dialect);
    }

    public List<SqlStatement> createTable(CreateTable change, RenderContext ctx) {
        return unsupported(change, ctx);
    }

    public List<SqlStatement> dropTable(DropTable change, RenderContext ctx) {
        return unsupported(change, ctx);
    }

    public List<SqlStatement> renameTable(RenameTable change, RenderContext ctx) {
        return unsupported(change, ctx);
    }

    public List<SqlStatement> addLookupTable(AddLookupTable change, RenderContext ctx) {
        return unsupported(change, ctx);
    }

    public List<SqlStatement> setTableRemarks(SetTableRemarks change, RenderContext ctx) {
        return unsupported(change, ctx);
    }
}
