// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.model.change;

import dev.tidemark.model.SourceLocation;
import dev.tidemark.model.meta.Required;
import java.math.BigInteger;
import java.util.Objects;

/** `alterSequence`: Alters a sequence. */
public record AlterSequence(
        SourceLocation location,
        String catalogName,
        String schemaName,
        @Required String sequenceName,
        BigInteger incrementBy,
        BigInteger minValue,
        BigInteger maxValue,
        Boolean ordered,
        Boolean cycle,
        BigInteger cacheSize,
        String dataType) implements Change {
    public AlterSequence {
        Objects.requireNonNull(location, "location");
    }

    @Override
    public <R> R accept(ChangeVisitor<R> visitor) {
        return visitor.visitAlterSequence(this);
    }
}
