// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.oracle;

import dev.tidemark.dialect.Dialect;
import dev.tidemark.sql.TableSql;

/** Oracle's TableSql. */
public class OracleTableSql extends TableSql {
    public OracleTableSql(Dialect dialect) {
        super(dialect);
    }
}
