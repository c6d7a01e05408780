// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.mysql;

import dev.tidemark.dialect.Dialect;
import dev.tidemark.sql.ConstraintSql;

/** MySQL's ConstraintSql. */
public class MySqlConstraintSql extends ConstraintSql {
    public MySqlConstraintSql(Dialect dialect) {
        super(dialect);
    }
}
