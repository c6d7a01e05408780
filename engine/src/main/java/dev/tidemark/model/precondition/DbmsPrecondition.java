// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.model.precondition;

import dev.tidemark.model.SourceLocation;
import dev.tidemark.model.meta.Required;
import java.util.Objects;

/** `dbms`: Passes when the database matches the type list. */
public record DbmsPrecondition(
        SourceLocation location,
        @Required String type) implements Precondition {
    public DbmsPrecondition {
        Objects.requireNonNull(location, "location");
    }

    @Override
    public <R> R accept(PreconditionVisitor<R> visitor) {
        return visitor.visitDbmsPrecondition(this);
    }
}
