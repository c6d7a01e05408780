// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.model.modifysql;

import dev.tidemark.model.SourceLocation;
import dev.tidemark.model.meta.Required;
import java.util.Objects;

/** `prepend`: Puts text before the SQL. */
public record Prepend(SourceLocation location, @Required String value) implements SqlModifier {
    public Prepend {
        Objects.requireNonNull(location, "location");
    }

    @Override
    public <R> R accept(SqlModifierVisitor<R> visitor) {
        return visitor.visitPrepend(this);
    }
}
