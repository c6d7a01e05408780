// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.model.change;

import dev.tidemark.model.SourceLocation;
import dev.tidemark.model.meta.Required;
import java.util.Objects;

/** `renameTable`: Renames a table. */
public record RenameTable(
        SourceLocation location,
        String catalogName,
        String schemaName,
        @Required String oldTableName,
        @Required String newTableName) implements Change {
    public RenameTable {
        Objects.requireNonNull(location, "location");
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visitRenameTable(this);
    }
}
