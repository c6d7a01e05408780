// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.model.precondition;

import dev.tidemark.model.SourceLocation;
import java.util.Objects;

/** `indexExists`: Precondition `indexExists`. */
public record IndexExists(
        SourceLocation location,
        String catalogName,
        String schemaName,
        String tableName,
        String indexName,
        String columnNames) implements Precondition {
    public IndexExists {
        Objects.requireNonNull(location, "location");
    }

    @Override
    public <R> R accept(PreconditionVisitor<R> visitor) {
        return visitor.visitIndexExists(this);
    }
}
