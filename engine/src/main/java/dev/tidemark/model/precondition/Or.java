// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.model.precondition;

import dev.tidemark.model.SourceLocation;
import java.util.List;
import java.util.Objects;

/** `or`: Passes when any nested precondition passes. */
public record Or(SourceLocation location, List<Precondition> nested) implements Precondition, Composite {
    public Or {
        Objects.requireNonNull(location, "location");
        nested = List.copyOf(nested);
    }

    @Override
    public <R> R accept(PreconditionVisitor<R> visitor) {
        return visitor.visitOr(this);
    }
}
