// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.model;

import java.util.List;
import java.util.Objects;

/** {@code modifyChangeSets}: settings applied to the changesets of the includes it wraps. */
public record ModifyChangeSets(
        SourceLocation location,
        String runWith,
        String runWithSpoolFile,
        String endDelimiter,
        Boolean stripComments,
        List<ChangeLogEntry> entries) implements ChangeLogEntry {

    public ModifyChangeSets {
        Objects.requireNonNull(location, "location");
        entries = entries == null ? List.of() : List.copyOf(entries);
    }
}
