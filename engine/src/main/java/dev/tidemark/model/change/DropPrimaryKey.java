// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.model.change;

import dev.tidemark.model.SourceLocation;
import dev.tidemark.model.meta.Required;
import java.util.Objects;

/** `dropPrimaryKey`: Drops a primary key. */
public record DropPrimaryKey(
        SourceLocation location,
        String catalogName,
        String schemaName,
        @Required String tableName,
        String constraintName,
        Boolean dropIndex) implements Change {
    public DropPrimaryKey {
        Objects.requireNonNull(location, "location");
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visitDropPrimaryKey(this);
    }
}
