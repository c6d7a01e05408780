// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.model.precondition;

import dev.tidemark.model.SourceLocation;
import dev.tidemark.model.meta.Required;
import java.util.Objects;

/** `changeSetExecuted`: Passes when the changeset has run. */
public record ChangeSetExecuted(
        SourceLocation location,
        @Required String id,
        @Required String author,
        String changeLogFile) implements Precondition {
    public ChangeSetExecuted {
        Objects.requireNonNull(location, "location");
    }

    @Override
    public <R> R accept(PreconditionVisitor<R> visitor) {
        return visitor.visitChangeSetExecuted(this);
    }
}
