// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.model.precondition;

import dev.tidemark.model.SourceLocation;
import dev.tidemark.model.meta.Required;
import java.util.Objects;

/**
 * `changeLogPropertyDefined`: Precondition `changeLogPropertyDefined`.
 *
 * @param localValue not an attribute: the property's value among the local ({@code global="false"})
 *                   properties of the file the precondition is in and of the files that include it,
 *                   as the parser saw them; null when none defines it
 */
public record ChangeLogPropertyDefined(
        SourceLocation location,
        @Required String property,
        String value,
        String localValue) implements Precondition {
    public ChangeLogPropertyDefined {
        Objects.requireNonNull(location, "location");
    }

    @Override
    public <R> R accept(PreconditionVisitor<R> visitor) {
        return visitor.visitChangeLogPropertyDefined(this);
    }
}
