// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.model.change;

import dev.tidemark.model.SourceLocation;
import dev.tidemark.model.meta.Required;
import java.util.Objects;

/** `dropNotNullConstraint`: Makes a column nullable. */
public record DropNotNullConstraint(
        SourceLocation location,
        String catalogName,
        String schemaName,
        @Required String tableName,
        @Required String columnName,
        String columnDataType,
        String constraintName) implements Change {
    public DropNotNullConstraint {
        Objects.requireNonNull(location, "location");
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visitDropNotNullConstraint(this);
    }
}
