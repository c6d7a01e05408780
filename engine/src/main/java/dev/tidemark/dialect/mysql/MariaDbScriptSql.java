// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.mysql;

import dev.tidemark.dialect.Dialect;

/** MariaDB's ScriptSql. */
public class MariaDbScriptSql extends MySqlScriptSql {
    public MariaDbScriptSql(Dialect dialect) {
        super(dialect);
    }
}
