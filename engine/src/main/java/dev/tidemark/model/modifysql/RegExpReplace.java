// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.model.modifysql;

import dev.tidemark.model.SourceLocation;
import dev.tidemark.model.meta.Required;
import java.util.Objects;

/** `regExpReplace`: Replaces every match of a regular expression. */
public record RegExpReplace(SourceLocation location, @Required String replace, @Required String with) implements SqlModifier {
    public RegExpReplace {
        Objects.requireNonNull(location, "location");
    }

    @Override
    public <R> R accept(SqlModifierVisitor<R> visitor) {
        return visitor.visitRegExpReplace(this);
    }
}
