// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.postgres;

import dev.tidemark.dialect.Dialect;
import dev.tidemark.sql.ProcedureSql;

/** PostgreSQL's ProcedureSql. */
public class PostgresProcedureSql extends ProcedureSql {
    public PostgresProcedureSql(Dialect dialect) {
        super(dialect);
    }
}
