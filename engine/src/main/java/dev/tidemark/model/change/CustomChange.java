// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.model.change;

import dev.tidemark.model.CustomParam;
import dev.tidemark.model.SourceLocation;
import dev.tidemark.model.meta.AttributeName;
import dev.tidemark.model.meta.ItemName;
import dev.tidemark.model.meta.Required;
import java.util.List;
import java.util.Objects;

/** `customChange`: A Java class implementing a change; parsed, not supported. */
public record CustomChange(
        SourceLocation location,
        @Required @AttributeName("class") String className,
        @ItemName("param") List<CustomParam> params) implements Change {
    public CustomChange {
        Objects.requireNonNull(location, "location");
        params = params == null ? List.of() : List.copyOf(params);
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visitCustomChange(this);
    }
}
