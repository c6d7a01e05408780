// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.model.change;

import dev.tidemark.model.SourceLocation;
import dev.tidemark.model.meta.Required;
import java.util.Objects;

/** `mergeColumns`: Merges two columns into one. */
public record MergeColumns(
        SourceLocation location,
        String catalogName,
        String schemaName,
        @Required String tableName,
        @Required String column1Name,
        @Required String joinString,
        @Required String column2Name,
        @Required String finalColumnName,
        @Required String finalColumnType) implements Change {
    public MergeColumns {
        Objects.requireNonNull(location, "location");
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visitMergeColumns(this);
    }
}
