// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.sql;

import dev.tidemark.model.change.AddForeignKeyConstraint;
import dev.tidemark.model.change.AddPrimaryKey;
import dev.tidemark.model.change.AddUniqueConstraint;
import dev.tidemark.model.change.DropAllForeignKeyConstraints;
import dev.tidemark.model.change.DropForeignKeyConstraint;
import dev.tidemark.model.change.DropPrimaryKey;
import dev.tidemark.model.change.DropUniqueConstraint;
import java.util.List;

/**
 * Primary keys, unique constraints and foreign keys. ANSI SQL by default; each dialect's package overrides what its database spells differently.
 * A change type a database cannot express stays {@link SqlFamily#unsupported}.
 */
public class ConstraintSql extends SqlFamily {
    public ConstraintSql(dev.tidemark.dialect.Dialect dialect) {
        super(dialect);
    }

    public List<SqlStatement> addPrimaryKey(AddPrimaryKey change, RenderContext ctx) {
        return unsupported(change, ctx);
    }

    public List<SqlStatement> dropPrimaryKey(DropPrimaryKey change, RenderContext ctx) {
        return unsupported(change, ctx);
    }

    public List<SqlStatement> addUniqueConstraint(AddUniqueConstraint change, RenderContext ctx) {
        return unsupported(change, ctx);
    }

    public List<SqlStatement> dropUniqueConstraint(DropUniqueConstraint change, RenderContext ctx) {
        return unsupported(change, ctx);
    }

    public List<SqlStatement> addForeignKeyConstraint(AddForeignKeyConstraint change, RenderContext ctx) {
        return unsupported(change, ctx);
    }

    public List<SqlStatement> dropForeignKeyConstraint(DropForeignKeyConstraint change, RenderContext ctx) {
        return unsupported(change, ctx);
    }

    public List<SqlStatement> dropAllForeignKeyConstraints(DropAllForeignKeyConstraints change, RenderContext ctx) {
        return unsupported(change, ctx);
    }
}
