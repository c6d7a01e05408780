// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.h2;

import dev.tidemark.dialect.Dialect;
import dev.tidemark.sql.DataSql;

/** H2's DataSql. */
public class H2DataSql extends DataSql {
    public H2DataSql(Dialect dialect) {
        super(dialect);
    }
}
