// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.model.precondition;

import dev.tidemark.model.SourceLocation;
import dev.tidemark.model.meta.Body;
import dev.tidemark.model.meta.Required;
import java.util.Objects;

/** `sqlCheck`: Passes when the query's single value equals expectedResult. */
public record SqlCheck(
        SourceLocation location,
        @Required String expectedResult,
        @Required @Body String sql) implements Precondition {
    public SqlCheck {
        Objects.requireNonNull(location, "location");
    }

    @Override
    public <R> R accept(PreconditionVisitor<R> visitor) {
        return visitor.visitSqlCheck(this);
    }
}
