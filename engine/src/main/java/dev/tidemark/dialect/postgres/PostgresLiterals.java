// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.postgres;

import dev.tidemark.dialect.Dialect;
import dev.tidemark.sql.Literals;

/** PostgreSQL's Literals. */
public class PostgresLiterals extends Literals {
    public PostgresLiterals(Dialect dialect) {
        super(dialect);
    }
}
