// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.model.change;

import dev.tidemark.model.SourceLocation;
import dev.tidemark.model.meta.Required;
import java.util.Objects;

/** `dropProcedure`: Drops a stored procedure. */
public record DropProcedure(
        SourceLocation location,
        String catalogName,
        String schemaName,
        @Required String procedureName) implements Change {
    public DropProcedure {
        Objects.requireNonNull(location, "location");
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visitDropProcedure(this);
    }
}
