// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.oracle;

import dev.tidemark.dialect.Dialect;
import dev.tidemark.sql.ConstraintSql;

/** Oracle's ConstraintSql. */
public class OracleConstraintSql extends ConstraintSql {
    public OracleConstraintSql(Dialect dialect) {
        super(dialect);
    }
}
