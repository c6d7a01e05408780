// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.mysql;

import dev.tidemark.dialect.Dialect;
import dev.tidemark.sql.IndexSql;

/** MySQL's IndexSql. */
public class MySqlIndexSql extends IndexSql {
    public MySqlIndexSql(Dialect dialect) {
        super(dialect);
    }
}
