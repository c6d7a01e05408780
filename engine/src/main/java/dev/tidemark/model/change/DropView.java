// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.model.change;

import dev.tidemark.model.SourceLocation;
import dev.tidemark.model.meta.Required;
import java.util.Objects;

/** `dropView`: Drops a view. */
public record DropView(
        SourceLocation location,
        String catalogName,
        String schemaName,
        @Required String viewName,
        Boolean ifExists) implements Change {
    public DropView {
        Objects.requireNonNull(location, "location");
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visitDropView(this);
    }
}
