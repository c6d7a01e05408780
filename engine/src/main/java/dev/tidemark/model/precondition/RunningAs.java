// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.model.precondition;

import dev.tidemark.model.SourceLocation;
import dev.tidemark.model.meta.Required;
import java.util.Objects;

/** `runningAs`: Passes when connected as the user. */
public record RunningAs(
        SourceLocation location,
        @Required String username) implements Precondition {
    public RunningAs {
        Objects.requireNonNull(location, "location");
    }

    @Override
    public <R> R accept(PreconditionVisitor<R> visitor) {
        return visitor.visitRunningAs(this);
    }
}
