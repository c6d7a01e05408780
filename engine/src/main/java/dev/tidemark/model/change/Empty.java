// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.model.change;

import dev.tidemark.model.SourceLocation;
import java.util.Objects;

/** `empty`: Does nothing. */
public record Empty(
        SourceLocation location) implements Change {
    public Empty {
        Objects.requireNonNull(location, "location");
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visitEmpty(this);
    }
}
