// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.model.precondition;

import dev.tidemark.model.SourceLocation;
import dev.tidemark.model.meta.Required;
import java.util.Objects;

/** `foreignKeyConstraintExists`: Precondition `foreignKeyConstraintExists`. */
public record ForeignKeyConstraintExists(
        SourceLocation location,
        String catalogName,
        String schemaName,
        String foreignKeyTableName,
        @Required String foreignKeyName) implements Precondition {
    public ForeignKeyConstraintExists {
        Objects.requireNonNull(location, "location");
    }

    @Override
    public <R> R accept(PreconditionVisitor<R> visitor) {
        return visitor.visitForeignKeyConstraintExists(this);
    }
}
