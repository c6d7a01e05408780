// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.h2;

import dev.tidemark.dialect.Dialect;
import dev.tidemark.sql.IndexSql;

/** H2's IndexSql. */
public class H2IndexSql extends IndexSql {
    public H2IndexSql(Dialect dialect) {
        super(dialect);
    }
}
