// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.mysql;

import dev.tidemark.dialect.Dialect;
import dev.tidemark.sql.ViewSql;

/** MySQL's ViewSql. */
public class MySqlViewSql extends ViewSql {
    public MySqlViewSql(Dialect dialect) {
        super(dialect);
    }
}
