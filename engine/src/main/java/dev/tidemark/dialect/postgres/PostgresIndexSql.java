// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.postgres;

import dev.tidemark.dialect.Dialect;
import dev.tidemark.sql.IndexSql;

/** PostgreSQL's IndexSql. */
public class PostgresIndexSql extends IndexSql {
    public PostgresIndexSql(Dialect dialect) {
        super(dialect);
    }
}
