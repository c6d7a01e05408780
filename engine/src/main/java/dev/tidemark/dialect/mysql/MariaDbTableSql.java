// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.mysql;

import dev.tidemark.dialect.Dialect;

/** MariaDB's TableSql. */
public class MariaDbTableSql extends MySqlTableSql {
    public MariaDbTableSql(Dialect dialect) {
        super(dialect);
    }
}
