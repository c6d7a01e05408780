// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.model.change;

import dev.tidemark.model.SourceLocation;
import dev.tidemark.model.meta.Required;
import java.util.Objects;

/** `dropUniqueConstraint`: Drops a unique constraint. */
public record DropUniqueConstraint(
        SourceLocation location,
        String catalogName,
        String schemaName,
        @Required String tableName,
        @Required String constraintName,
        String uniqueColumns) implements Change {
    public DropUniqueConstraint {
        Objects.requireNonNull(location, "location");
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visitDropUniqueConstraint(this);
    }
}
