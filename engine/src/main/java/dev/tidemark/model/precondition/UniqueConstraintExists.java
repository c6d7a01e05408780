// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.model.precondition;

import dev.tidemark.model.SourceLocation;
import dev.tidemark.model.meta.Required;
import java.util.Objects;

/** `uniqueConstraintExists`: Precondition `uniqueConstraintExists`. */
public record UniqueConstraintExists(
        SourceLocation location,
        String catalogName,
        String schemaName,
        @Required String tableName,
        String constraintName,
        String columnNames) implements Precondition {
    public UniqueConstraintExists {
        Objects.requireNonNull(location, "location");
    }

    @Override
    public <R> R accept(PreconditionVisitor<R> visitor) {
        return visitor.visitUniqueConstraintExists(this);
    }
}
