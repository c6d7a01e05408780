// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.postgres;

import dev.tidemark.dialect.Dialect;
import dev.tidemark.sql.ScriptSql;

/** PostgreSQL's ScriptSql. */
public class PostgresScriptSql extends ScriptSql {
    public PostgresScriptSql(Dialect dialect) {
        super(dialect);
    }
}
