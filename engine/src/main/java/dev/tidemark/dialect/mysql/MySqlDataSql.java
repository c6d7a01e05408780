// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.mysql;

import dev.tidemark.dialect.Dialect;
import dev.tidemark.sql.DataSql;

/** MySQL's DataSql. */
public class MySqlDataSql extends DataSql {
    public MySqlDataSql(Dialect dialect) {
        super(dialect);
    }
}
