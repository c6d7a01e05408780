// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.h2;

import dev.tidemark.dialect.Dialect;
import dev.tidemark.sql.ScriptSql;

/** H2's ScriptSql. */
public class H2ScriptSql extends ScriptSql {
    public H2ScriptSql(Dialect dialect) {
        super(dialect);
    }
}
