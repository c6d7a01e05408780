// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.model.precondition;

import dev.tidemark.model.SourceLocation;
import dev.tidemark.model.meta.Required;
import java.util.Objects;

/** `tableIsEmpty`: Precondition `tableIsEmpty`. */
public record TableIsEmpty(
        SourceLocation location,
        String catalogName,
        String schemaName,
        @Required String tableName) implements Precondition {
    public TableIsEmpty {
        Objects.requireNonNull(location, "location");
    }

    @Override
    public <R> R accept(PreconditionVisitor<R> visitor) {
        return visitor.visitTableIsEmpty(this);
    }
}
