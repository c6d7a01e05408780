// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.model.precondition;

import dev.tidemark.model.SourceLocation;
import java.util.List;
import java.util.Objects;

/** `not`: Passes when none of the nested preconditions passes (as Liquibase: each nested one must fail). */
public record Not(SourceLocation location, List<Precondition> nested) implements Precondition, Composite {
    public Not {
        Objects.requireNonNull(location, "location");
        nested = List.copyOf(nested);
    }

    @Override
    public <R> R accept(PreconditionVisitor<R> visitor) {
        return visitor.visitNot(this);
    }
}
