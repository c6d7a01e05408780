// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.model.precondition;

import dev.tidemark.model.SourceLocation;
import dev.tidemark.model.meta.Required;
import java.util.Objects;

/** `changeLogPropertyDefined`: Precondition `changeLogPropertyDefined`. */
public record ChangeLogPropertyDefined(
        SourceLocation location,
        @Required String property,
        String value) implements Precondition {
    public ChangeLogPropertyDefined {
        Objects.requireNonNull(location, "location");
    }

    @Override
    public <R> R accept(PreconditionVisitor<R> visitor) {
        return visitor.visitChangeLogPropertyDefined(this);
    }
}
