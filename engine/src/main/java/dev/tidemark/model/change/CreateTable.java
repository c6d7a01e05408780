// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.model.change;

import dev.tidemark.model.ColumnConfig;
import dev.tidemark.model.SourceLocation;
import dev.tidemark.model.meta.ItemName;
import dev.tidemark.model.meta.Required;
import java.util.List;
import java.util.Objects;

/** `createTable`: Creates a table with its columns and inline constraints. */
public record CreateTable(
        SourceLocation location,
        String catalogName,
        String schemaName,
        @Required String tableName,
        String tablespace,
        String remarks,
        String tableType,
        Boolean ifNotExists,
        Boolean rowDependencies,
        @Required @ItemName("column") List<ColumnConfig> columns) implements Change {
    public CreateTable {
        Objects.requireNonNull(location, "location");
        columns = columns == null ? List.of() : List.copyOf(columns);
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visitCreateTable(this);
    }
}
