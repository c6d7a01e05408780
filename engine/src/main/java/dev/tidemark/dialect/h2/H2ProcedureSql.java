// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.h2;

import dev.tidemark.dialect.Dialect;
import dev.tidemark.sql.ProcedureSql;

/** H2's ProcedureSql. */
public class H2ProcedureSql extends ProcedureSql {
    public H2ProcedureSql(Dialect dialect) {
        super(dialect);
    }
}
