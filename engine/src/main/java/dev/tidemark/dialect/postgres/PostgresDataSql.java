// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.postgres;

import dev.tidemark.dialect.Dialect;
import dev.tidemark.sql.DataSql;

/** PostgreSQL's DataSql. */
public class PostgresDataSql extends DataSql {
    public PostgresDataSql(Dialect dialect) {
        super(dialect);
    }
}
