// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.mysql;

import dev.tidemark.dialect.Dialect;
import dev.tidemark.sql.TableSql;

/** MySQL's TableSql. */
public class MySqlTableSql extends TableSql {
    public MySqlTableSql(Dialect dialect) {
        super(dialect);
    }
}
