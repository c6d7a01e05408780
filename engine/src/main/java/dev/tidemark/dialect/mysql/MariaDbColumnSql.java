// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.mysql;

import dev.tidemark.dialect.Dialect;

/** MariaDB's ColumnSql. */
public class MariaDbColumnSql extends MySqlColumnSql {
    public MariaDbColumnSql(Dialect dialect) {
        super(dialect);
    }
}
