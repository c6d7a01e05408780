// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.model.change;

import dev.tidemark.model.SourceLocation;
import dev.tidemark.model.meta.Required;
import java.util.Objects;

/** `renameView`: Renames a view. */
public record RenameView(
        SourceLocation location,
        String catalogName,
        String schemaName,
        @Required String oldViewName,
        @Required String newViewName) implements Change {
    public RenameView {
        Objects.requireNonNull(location, "location");
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visitRenameView(this);
    }
}
