// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.postgres;

import dev.tidemark.dialect.Dialect;
import dev.tidemark.sql.ViewSql;

/** PostgreSQL's ViewSql. */
public class PostgresViewSql extends ViewSql {
    public PostgresViewSql(Dialect dialect) {
        super(dialect);
    }
}
