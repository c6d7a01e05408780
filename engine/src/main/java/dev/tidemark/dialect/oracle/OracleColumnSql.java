// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.oracle;

import dev.tidemark.dialect.Dialect;
import dev.tidemark.sql.ColumnSql;

/** Oracle's ColumnSql. */
public class OracleColumnSql extends ColumnSql {
    public OracleColumnSql(Dialect dialect) {
        super(dialect);
    }
}
