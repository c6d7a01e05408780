// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.model.change;

import dev.tidemark.model.SourceLocation;
import dev.tidemark.model.meta.Required;
import java.util.Objects;

/** `modifyDataType`: Changes a column's data type. */
public record ModifyDataType(
        SourceLocation location,
        String catalogName,
        String schemaName,
        @Required String tableName,
        @Required String columnName,
        @Required String newDataType) implements Change {
    public ModifyDataType {
        Objects.requireNonNull(location, "location");
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visitModifyDataType(this);
    }
}
