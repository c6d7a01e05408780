// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.postgres;

import dev.tidemark.dialect.Dialect;
import dev.tidemark.sql.ConstraintSql;

/** PostgreSQL's ConstraintSql. */
public class PostgresConstraintSql extends ConstraintSql {
    public PostgresConstraintSql(Dialect dialect) {
        super(dialect);
    }
}
