// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.postgres;

import dev.tidemark.dialect.Dialect;
import dev.tidemark.sql.SequenceSql;

/** PostgreSQL's SequenceSql. */
public class PostgresSequenceSql extends SequenceSql {
    public PostgresSequenceSql(Dialect dialect) {
        super(dialect);
    }
}
