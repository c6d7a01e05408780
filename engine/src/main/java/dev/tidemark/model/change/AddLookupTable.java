// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.model.change;

import dev.tidemark.model.SourceLocation;
import dev.tidemark.model.meta.Required;
import java.util.Objects;

/** `addLookupTable`: Moves a column's distinct values into a new lookup table referenced by a foreign key. */
public record AddLookupTable(
        SourceLocation location,
        String existingTableCatalogName,
        String existingTableSchemaName,
        @Required String existingTableName,
        @Required String existingColumnName,
        String newTableCatalogName,
        String newTableSchemaName,
        @Required String newTableName,
        @Required String newColumnName,
        String newColumnDataType,
        String constraintName) implements Change {
    public AddLookupTable {
        Objects.requireNonNull(location, "location");
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visitAddLookupTable(this);
    }
}
