// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.model.change;

import dev.tidemark.model.SourceLocation;
import dev.tidemark.model.meta.Required;
import java.util.Objects;

/** `dropForeignKeyConstraint`: Drops a foreign key. */
public record DropForeignKeyConstraint(
        SourceLocation location,
        String baseTableCatalogName,
        String baseTableSchemaName,
        @Required String baseTableName,
        @Required String constraintName) implements Change {
    public DropForeignKeyConstraint {
        Objects.requireNonNull(location, "location");
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visitDropForeignKeyConstraint(this);
    }
}
