// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.model.change;

import dev.tidemark.model.SourceLocation;
import dev.tidemark.model.meta.Required;
import java.util.Objects;

/** `renameSequence`: Renames a sequence. */
public record RenameSequence(
        SourceLocation location,
        String catalogName,
        String schemaName,
        @Required String oldSequenceName,
        @Required String newSequenceName) implements Change {
    public RenameSequence {
        Objects.requireNonNull(location, "location");
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visitRenameSequence(this);
    }
}
