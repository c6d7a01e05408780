// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.oracle;

import dev.tidemark.dialect.Dialect;
import dev.tidemark.sql.ScriptSql;

/** Oracle's ScriptSql. */
public class OracleScriptSql extends ScriptSql {
    public OracleScriptSql(Dialect dialect) {
        super(dialect);
    }
}
