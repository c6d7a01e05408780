// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.model.change;

import dev.tidemark.model.SourceLocation;
import dev.tidemark.model.meta.Required;
import java.util.Objects;

/** `setColumnRemarks`: Sets a column comment. */
public record SetColumnRemarks(
        SourceLocation location,
        String catalogName,
        String schemaName,
        @Required String tableName,
        @Required String columnName,
        String remarks,
        String columnDataType,
        String columnParentType) implements Change {
    public SetColumnRemarks {
        Objects.requireNonNull(location, "location");
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visitSetColumnRemarks(this);
    }
}
