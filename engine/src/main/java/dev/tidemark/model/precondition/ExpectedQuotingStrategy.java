// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.model.precondition;

import dev.tidemark.model.SourceLocation;
import dev.tidemark.model.meta.Required;
import java.util.Objects;

/** `expectedQuotingStrategy`: Precondition `expectedQuotingStrategy`. */
public record ExpectedQuotingStrategy(
        SourceLocation location,
        @Required String strategy) implements Precondition {
    public ExpectedQuotingStrategy {
        Objects.requireNonNull(location, "location");
    }

    @Override
    public <R> R accept(PreconditionVisitor<R> visitor) {
        return visitor.visitExpectedQuotingStrategy(this);
    }
}
