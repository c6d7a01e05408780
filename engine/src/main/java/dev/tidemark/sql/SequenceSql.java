// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.sql;

import dev.tidemark.model.change.AlterSequence;
import dev.tidemark.model.change.CreateSequence;
import dev.tidemark.model.change.DropSequence;
import dev.tidemark.model.change.RenameSequence;
import java.util.List;

/**
 * Sequences. ANSI SQL by default; each dialect's package overrides what its database spells differently.
 * A change type a database cannot express stays {@link SqlFamily#unsupported}.
 */
public class SequenceSql extends SqlFamily {
    public SequenceSql(dev.tidemark.dialect.Dialect dialect) {
        super(dialect);
    }

    public List<SqlStatement> createSequence(CreateSequence change, RenderContext ctx) {
        return unsupported(change, ctx);
    }

    public List<SqlStatement> alterSequence(AlterSequence change, RenderContext ctx) {
        return unsupported(change, ctx);
    }

    public List<SqlStatement> dropSequence(DropSequence change, RenderContext ctx) {
        return unsupported(change, ctx);
    }

    public List<SqlStatement> renameSequence(RenameSequence change, RenderContext ctx) {
        return unsupported(change, ctx);
    }
}
