// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.model.change;

import dev.tidemark.model.SourceLocation;
import dev.tidemark.model.meta.Required;
import java.util.Objects;

/** `setTableRemarks`: Sets a table comment. */
public record SetTableRemarks(
        SourceLocation location,
        String catalogName,
        String schemaName,
        @Required String tableName,
        String remarks) implements Change {
    public SetTableRemarks {
        Objects.requireNonNull(location, "location");
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visitSetTableRemarks(this);
    }
}
