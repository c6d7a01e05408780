// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.model.change;

import dev.tidemark.model.SourceLocation;
import dev.tidemark.model.meta.Required;
import java.util.Objects;

/** `addNotNullConstraint`: Makes a column NOT NULL, optionally filling NULLs first. */
public record AddNotNullConstraint(
        SourceLocation location,
        String catalogName,
        String schemaName,
        @Required String tableName,
        @Required String columnName,
        String defaultNullValue,
        String columnDataType,
        String constraintName,
        Boolean validate) implements Change {
    public AddNotNullConstraint {
        Objects.requireNonNull(location, "location");
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visitAddNotNullConstraint(this);
    }
}
