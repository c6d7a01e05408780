// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.postgres;

import dev.tidemark.dialect.Dialect;
import dev.tidemark.sql.ColumnSql;

/** PostgreSQL's ColumnSql. */
public class PostgresColumnSql extends ColumnSql {
    public PostgresColumnSql(Dialect dialect) {
        super(dialect);
    }
}
