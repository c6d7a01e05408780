// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.oracle;

import dev.tidemark.dialect.Dialect;
import dev.tidemark.sql.DataTypes;

/** Oracle's DataTypes. */
public class OracleDataTypes extends DataTypes {
    public OracleDataTypes(Dialect dialect) {
        super(dialect);
    }
}
