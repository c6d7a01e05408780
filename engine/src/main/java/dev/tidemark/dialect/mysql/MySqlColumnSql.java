// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.mysql;

import dev.tidemark.dialect.Dialect;
import dev.tidemark.sql.ColumnSql;

/** MySQL's ColumnSql. */
public class MySqlColumnSql extends ColumnSql {
    public MySqlColumnSql(Dialect dialect) {
        super(dialect);
    }
}
