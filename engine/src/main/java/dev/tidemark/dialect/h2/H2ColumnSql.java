// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.h2;

import dev.tidemark.dialect.Dialect;
import dev.tidemark.sql.ColumnSql;

/** H2's ColumnSql. */
public class H2ColumnSql extends ColumnSql {
    public H2ColumnSql(Dialect dialect) {
        super(dialect);
    }
}
