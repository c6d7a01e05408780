// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.model;

import java.util.Objects;

/** A {@code column} of loadData / loadUpdateData: how one CSV column maps to a table column. */
public record LoadDataColumnConfig(
        SourceLocation location,
        String name,
        Integer index,
        String header,
        String type,
        String nullPlaceholder,
        String defaultValue,
        String defaultValueNumeric,
        String defaultValueDate,
        Boolean defaultValueBoolean,
        String defaultValueComputed,
        Boolean allowUpdate) {

    public LoadDataColumnConfig {
        Objects.requireNonNull(location, "location");
    }
}
