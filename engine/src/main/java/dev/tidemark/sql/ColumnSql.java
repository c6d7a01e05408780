// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.sql;

import dev.tidemark.model.change.AddAutoIncrement;
import dev.tidemark.model.change.AddColumn;
import dev.tidemark.model.change.AddDefaultValue;
import dev.tidemark.model.change.AddNotNullConstraint;
import dev.tidemark.model.change.DropColumn;
import dev.tidemark.model.change.DropDefaultValue;
import dev.tidemark.model.change.DropNotNullConstraint;
import dev.tidemark.model.change.MergeColumns;
import dev.tidemark.model.change.ModifyDataType;
import dev.tidemark.model.change.RenameColumn;
import dev.tidemark.model.change.SetColumnRemarks;
import java.util.List;

/**
 * Columns: add, drop, rename, types, nullability, defaults, auto-increment, merge, remarks. ANSI SQL by default; each dialect's package overrides what its database spells differently.
 * A change type a database cannot express stays {@link SqlFamily#unsupported}.
 */
public class ColumnSql extends SqlFamily {
    public ColumnSql(dev.tidemark.dialect.Dialect dialect) {
        super(dialect);
    }

    public List<SqlStatement> addColumn(AddColumn change, RenderContext ctx) {
        return unsupported(change, ctx);
    }

    public List<SqlStatement> dropColumn(DropColumn change, RenderContext ctx) {
        return unsupported(change, ctx);
    }

    public List<SqlStatement> renameColumn(RenameColumn change, RenderContext ctx) {
        return unsupported(change, ctx);
    }

    public List<SqlStatement> modifyDataType(ModifyDataType change, RenderContext ctx) {
        return unsupported(change, ctx);
    }

    public List<SqlStatement> addNotNullConstraint(AddNotNullConstraint change, RenderContext ctx) {
        return unsupported(change, ctx);
    }

    public List<SqlStatement> dropNotNullConstraint(DropNotNullConstraint change, RenderContext ctx) {
        return unsupported(change, ctx);
    }

    public List<SqlStatement> addDefaultValue(AddDefaultValue change, RenderContext ctx) {
        return unsupported(change, ctx);
    }

    public List<SqlStatement> dropDefaultValue(DropDefaultValue change, RenderContext ctx) {
        return unsupported(change, ctx);
    }

    public List<SqlStatement> addAutoIncrement(AddAutoIncrement change, RenderContext ctx) {
        return unsupported(change, ctx);
    }

    public List<SqlStatement> mergeColumns(MergeColumns change, RenderContext ctx) {
        return unsupported(change, ctx);
    }

    public List<SqlStatement> setColumnRemarks(SetColumnRemarks change, RenderContext ctx) {
        return unsupported(change, ctx);
    }
}
