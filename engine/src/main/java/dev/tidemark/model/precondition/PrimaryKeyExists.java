// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.model.precondition;

import dev.tidemark.model.SourceLocation;
import java.util.Objects;

/** `primaryKeyExists`: Precondition `primaryKeyExists`. */
public record PrimaryKeyExists(
        SourceLocation location,
        String catalogName,
        String schemaName,
        String tableName,
        String primaryKeyName) implements Precondition {
    public PrimaryKeyExists {
        Objects.requireNonNull(location, "location");
    }

    @Override
    public <R> R accept(PreconditionVisitor<R> visitor) {
        return visitor.visitPrimaryKeyExists(this);
    }
}
