// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.model.change;

import dev.tidemark.model.SourceLocation;
import dev.tidemark.model.meta.Required;
import java.util.Objects;

/** `addUniqueConstraint`: Adds a unique constraint. */
public record AddUniqueConstraint(
        SourceLocation location,
        String catalogName,
        String schemaName,
        @Required String tableName,
        @Required String columnNames,
        String constraintName,
        String tablespace,
        Boolean deferrable,
        Boolean initiallyDeferred,
        Boolean disabled,
        Boolean clustered,
        String forIndexCatalogName,
        String forIndexSchemaName,
        String forIndexName,
        Boolean validate) implements Change {
    public AddUniqueConstraint {
        Objects.requireNonNull(location, "location");
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visitAddUniqueConstraint(this);
    }
}
