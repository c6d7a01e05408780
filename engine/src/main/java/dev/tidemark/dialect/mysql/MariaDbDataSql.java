// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.mysql;

import dev.tidemark.dialect.Dialect;

/** MariaDB's DataSql. */
public class MariaDbDataSql extends MySqlDataSql {
    public MariaDbDataSql(Dialect dialect) {
        super(dialect);
    }
}
