// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.model.modifysql;

import dev.tidemark.model.SourceLocation;
import dev.tidemark.model.meta.Required;
import java.util.Objects;

/** `replace`: Replaces every occurrence of a text. */
public record Replace(SourceLocation location, @Required String replace, @Required String with) implements SqlModifier {
    public Replace {
        Objects.requireNonNull(location, "location");
    }

    @Override
    public <R> R accept(SqlModifierVisitor<R> visitor) {
        return visitor.visitReplace(this);
    }
}
