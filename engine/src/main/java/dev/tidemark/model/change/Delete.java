// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.model.change;

import dev.tidemark.model.ColumnConfig;
import dev.tidemark.model.SourceLocation;
import dev.tidemark.model.meta.ChildElement;
import dev.tidemark.model.meta.ItemName;
import dev.tidemark.model.meta.Required;
import dev.tidemark.model.meta.Wrapper;
import java.util.List;
import java.util.Objects;

/** `delete`: Deletes rows. */
public record Delete(
        SourceLocation location,
        String catalogName,
        String schemaName,
        @Required String tableName,
        @ChildElement String where,
        @ItemName("param") @Wrapper("whereParams") List<ColumnConfig> whereParams) implements Change {
    public Delete {
        Objects.requireNonNull(location, "location");
        whereParams = whereParams == null ? List.of() : List.copyOf(whereParams);
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visitDelete(this);
    }
}
