// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.model;

import dev.tidemark.model.meta.Required;
import java.util.Objects;

/** {@code removeChangeSetProperty}: drops an attribute from the changesets that follow, for some databases. */
public record RemoveChangeSetProperty(
        SourceLocation location,
        @Required String change,
        String dbms,
        @Required String remove) implements ChangeLogEntry {

    public RemoveChangeSetProperty {
        Objects.requireNonNull(location, "location");
    }
}
