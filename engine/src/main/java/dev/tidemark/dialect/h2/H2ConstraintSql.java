// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.h2;

import dev.tidemark.dialect.Dialect;
import dev.tidemark.sql.ConstraintSql;

/** H2's ConstraintSql. */
public class H2ConstraintSql extends ConstraintSql {
    public H2ConstraintSql(Dialect dialect) {
        super(dialect);
    }
}
