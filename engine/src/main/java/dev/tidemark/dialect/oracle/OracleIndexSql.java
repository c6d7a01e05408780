// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.oracle;

import dev.tidemark.dialect.Dialect;
import dev.tidemark.sql.IndexSql;

/** Oracle's IndexSql. */
public class OracleIndexSql extends IndexSql {
    public OracleIndexSql(Dialect dialect) {
        super(dialect);
    }
}
