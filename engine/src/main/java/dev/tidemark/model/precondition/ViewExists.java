// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.model.precondition;

import dev.tidemark.model.SourceLocation;
import dev.tidemark.model.meta.Required;
import java.util.Objects;

/** `viewExists`: Precondition `viewExists`. */
public record ViewExists(
        SourceLocation location,
        String catalogName,
        String schemaName,
        @Required String viewName) implements Precondition {
    public ViewExists {
        Objects.requireNonNull(location, "location");
    }

    @Override
    public <R> R accept(PreconditionVisitor<R> visitor) {
        return visitor.visitViewExists(this);
    }
}
