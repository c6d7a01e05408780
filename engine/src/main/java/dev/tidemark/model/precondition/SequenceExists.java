// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.model.precondition;

import dev.tidemark.model.SourceLocation;
import dev.tidemark.model.meta.Required;
import java.util.Objects;

/** `sequenceExists`: Precondition `sequenceExists`. */
public record SequenceExists(
        SourceLocation location,
        String catalogName,
        String schemaName,
        @Required String sequenceName) implements Precondition {
    public SequenceExists {
        Objects.requireNonNull(location, "location");
    }

    @Override
    public <R> R accept(PreconditionVisitor<R> visitor) {
        return visitor.visitSequenceExists(this);
    }
}
