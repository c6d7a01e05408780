// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.model.change;

import dev.tidemark.model.SourceLocation;
import dev.tidemark.model.meta.Required;
import java.util.Objects;

/** `dropAllForeignKeyConstraints`: Drops every foreign key of a table. */
public record DropAllForeignKeyConstraints(
        SourceLocation location,
        String baseTableCatalogName,
        String baseTableSchemaName,
        @Required String baseTableName) implements Change {
    public DropAllForeignKeyConstraints {
        Objects.requireNonNull(location, "location");
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visitDropAllForeignKeyConstraints(this);
    }
}
