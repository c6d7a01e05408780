// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.model.change;

import dev.tidemark.model.SourceLocation;
import dev.tidemark.model.meta.Required;
import java.math.BigInteger;
import java.util.Objects;

/** `createSequence`: Creates a sequence. */
public record CreateSequence(
        SourceLocation location,
        String catalogName,
        String schemaName,
        @Required String sequenceName,
        BigInteger startValue,
        BigInteger incrementBy,
        BigInteger minValue,
        BigInteger maxValue,
        Boolean ordered,
        Boolean cycle,
        BigInteger cacheSize,
        String dataType) implements Change {
    public CreateSequence {
        Objects.requireNonNull(location, "location");
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visitCreateSequence(this);
    }
}
