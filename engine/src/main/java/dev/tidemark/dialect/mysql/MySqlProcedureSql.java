// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.mysql;

import dev.tidemark.dialect.Dialect;
import dev.tidemark.sql.ProcedureSql;

/** MySQL's ProcedureSql. */
public class MySqlProcedureSql extends ProcedureSql {
    public MySqlProcedureSql(Dialect dialect) {
        super(dialect);
    }
}
