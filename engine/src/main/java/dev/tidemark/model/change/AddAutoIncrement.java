// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.model.change;

import dev.tidemark.model.SourceLocation;
import dev.tidemark.model.meta.Required;
import java.math.BigInteger;
import java.util.Objects;

/** `addAutoIncrement`: Turns a column into an auto-increment (identity) column. */
public record AddAutoIncrement(
        SourceLocation location,
        String catalogName,
        String schemaName,
        @Required String tableName,
        @Required String columnName,
        String columnDataType,
        BigInteger startWith,
        BigInteger incrementBy,
        Boolean defaultOnNull,
        String generationType) implements Change {
    public AddAutoIncrement {
        Objects.requireNonNull(location, "location");
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visitAddAutoIncrement(this);
    }
}
