// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.oracle;

import dev.tidemark.dialect.Dialect;
import dev.tidemark.sql.ViewSql;

/** Oracle's ViewSql. */
public class OracleViewSql extends ViewSql {
    public OracleViewSql(Dialect dialect) {
        super(dialect);
    }
}
