// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.model.change;

import dev.tidemark.model.SourceLocation;
import dev.tidemark.model.meta.Required;
import java.util.Objects;

/** `addForeignKeyConstraint`: Adds a foreign key. */
public record AddForeignKeyConstraint(
        SourceLocation location,
        String baseTableCatalogName,
        String baseTableSchemaName,
        @Required String baseTableName,
        @Required String baseColumnNames,
        @Required String constraintName,
        String referencedTableCatalogName,
        String referencedTableSchemaName,
        @Required String referencedTableName,
        @Required String referencedColumnNames,
        Boolean deferrable,
        Boolean initiallyDeferred,
        Boolean deleteCascade,
        String onDelete,
        String onUpdate,
        Boolean referencesUniqueColumn,
        Boolean validate) implements Change {
    public AddForeignKeyConstraint {
        Objects.requireNonNull(location, "location");
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visitAddForeignKeyConstraint(this);
    }
}
