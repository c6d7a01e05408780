// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.model.change;

import dev.tidemark.model.SourceLocation;
import dev.tidemark.model.meta.Body;
import java.util.Objects;

/** `output`: Prints a message during update. */
public record Output(
        SourceLocation location,
        @Body String message,
        String target) implements Change {
    public Output {
        Objects.requireNonNull(location, "location");
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visitOutput(this);
    }
}
