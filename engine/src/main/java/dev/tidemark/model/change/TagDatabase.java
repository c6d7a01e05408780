// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.model.change;

import dev.tidemark.model.SourceLocation;
import dev.tidemark.model.meta.Required;
import java.util.Objects;

/** `tagDatabase`: Tags the database at this point of the history. */
public record TagDatabase(
        SourceLocation location,
        @Required String tag,
        Boolean keepTagOnRollback) implements Change {
    public TagDatabase {
        Objects.requireNonNull(location, "location");
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visitTagDatabase(this);
    }
}
