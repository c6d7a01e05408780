// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.oracle;

import dev.tidemark.dialect.Dialect;
import dev.tidemark.sql.ProcedureSql;

/** Oracle's ProcedureSql. */
public class OracleProcedureSql extends ProcedureSql {
    public OracleProcedureSql(Dialect dialect) {
        super(dialect);
    }
}
