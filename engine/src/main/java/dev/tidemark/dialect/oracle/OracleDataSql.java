// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.oracle;

import dev.tidemark.dialect.Dialect;
import dev.tidemark.sql.DataSql;

/** Oracle's DataSql. */
public class OracleDataSql extends DataSql {
    public OracleDataSql(Dialect dialect) {
        super(dialect);
    }
}
