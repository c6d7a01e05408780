// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.model.change;

import dev.tidemark.model.SourceLocation;
import dev.tidemark.model.meta.Body;
import java.util.Objects;

/** `stop`: Stops the update with a message. */
public record Stop(
        SourceLocation location,
        @Body(alsoAttribute = true) String message) implements Change {
    public Stop {
        Objects.requireNonNull(location, "location");
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visitStop(this);
    }
}
