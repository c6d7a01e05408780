// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.model.change;

import dev.tidemark.model.SourceLocation;
import dev.tidemark.model.meta.Required;
import java.util.Objects;

/** `renameColumn`: Renames a column. */
public record RenameColumn(
        SourceLocation location,
        String catalogName,
        String schemaName,
        @Required String tableName,
        @Required String oldColumnName,
        @Required String newColumnName,
        String columnDataType,
        String remarks) implements Change {
    public RenameColumn {
        Objects.requireNonNull(location, "location");
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visitRenameColumn(this);
    }
}
