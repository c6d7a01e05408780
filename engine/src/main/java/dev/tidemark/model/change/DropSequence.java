// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.model.change;

import dev.tidemark.model.SourceLocation;
import dev.tidemark.model.meta.Required;
import java.util.Objects;

/** `dropSequence`: Drops a sequence. */
public record DropSequence(
        SourceLocation location,
        String catalogName,
        String schemaName,
        @Required String sequenceName) implements Change {
    public DropSequence {
        Objects.requireNonNull(location, "location");
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visitDropSequence(this);
    }
}
