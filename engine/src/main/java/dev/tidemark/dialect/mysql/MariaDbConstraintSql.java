// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.mysql;

import dev.tidemark.dialect.Dialect;

/** MariaDB's ConstraintSql. */
public class MariaDbConstraintSql extends MySqlConstraintSql {
    public MariaDbConstraintSql(Dialect dialect) {
        super(dialect);
    }
}
