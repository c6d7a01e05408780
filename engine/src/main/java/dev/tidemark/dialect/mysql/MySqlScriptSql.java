// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.mysql;

import dev.tidemark.dialect.Dialect;
import dev.tidemark.sql.ScriptSql;

/** MySQL's ScriptSql. */
public class MySqlScriptSql extends ScriptSql {
    public MySqlScriptSql(Dialect dialect) {
        super(dialect);
    }
}
