// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.model.precondition;

import dev.tidemark.model.CustomParam;
import dev.tidemark.model.SourceLocation;
import dev.tidemark.model.meta.ItemName;
import dev.tidemark.model.meta.Required;
import java.util.List;
import java.util.Objects;

/** `customPrecondition`: A Java class; parsed, not supported. */
public record CustomPrecondition(
        SourceLocation location,
        @Required String className,
        @ItemName("param") List<CustomParam> params) implements Precondition {
    public CustomPrecondition {
        Objects.requireNonNull(location, "location");
        params = params == null ? List.of() : List.copyOf(params);
    }

    @Override
    public <R> R accept(PreconditionVisitor<R> visitor) {
        return visitor.visitCustomPrecondition(this);
    }
}
