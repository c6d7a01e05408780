// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.h2;

import dev.tidemark.dialect.Dialect;
import dev.tidemark.sql.ViewSql;

/** H2's ViewSql. */
public class H2ViewSql extends ViewSql {
    public H2ViewSql(Dialect dialect) {
        super(dialect);
    }
}
