// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.model.change;

import dev.tidemark.model.SourceLocation;
import dev.tidemark.model.meta.Required;
import java.util.Objects;

/** `addDefaultValue`: Sets a column default. */
public record AddDefaultValue(
        SourceLocation location,
        String catalogName,
        String schemaName,
        @Required String tableName,
        @Required String columnName,
        String columnDataType,
        String defaultValue,
        String defaultValueNumeric,
        String defaultValueDate,
        Boolean defaultValueBoolean,
        String defaultValueComputed,
        String defaultValueSequenceNext,
        String defaultValueConstraintName) implements Change {
    public AddDefaultValue {
        Objects.requireNonNull(location, "location");
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visitAddDefaultValue(this);
    }
}
