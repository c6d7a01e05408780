// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.model.change;

import dev.tidemark.model.SourceLocation;
import dev.tidemark.model.meta.Required;
import java.util.Objects;

/** `dropTable`: Drops a table. */
public record DropTable(
        SourceLocation location,
        String catalogName,
        String schemaName,
        @Required String tableName,
        Boolean cascadeConstraints) implements Change {
    public DropTable {
        Objects.requireNonNull(location, "location");
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visitDropTable(this);
    }
}
