// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.model.change;

import dev.tidemark.model.SourceLocation;
import dev.tidemark.model.meta.Required;
import java.util.Objects;

/** `dropIndex`: Drops an index. */
public record DropIndex(
        SourceLocation location,
        String catalogName,
        String schemaName,
        String tableName,
        @Required String indexName,
        String associatedWith) implements Change {
    public DropIndex {
        Objects.requireNonNull(location, "location");
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visitDropIndex(this);
    }
}
