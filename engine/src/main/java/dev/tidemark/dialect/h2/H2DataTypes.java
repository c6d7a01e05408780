// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.h2;

import dev.tidemark.dialect.Dialect;
import dev.tidemark.sql.DataTypes;

/** H2's DataTypes. */
public class H2DataTypes extends DataTypes {
    public H2DataTypes(Dialect dialect) {
        super(dialect);
    }
}
