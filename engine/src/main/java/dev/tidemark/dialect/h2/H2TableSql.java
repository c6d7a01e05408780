// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.h2;

import dev.tidemark.dialect.Dialect;
import dev.tidemark.sql.TableSql;

/** H2's TableSql. */
public class H2TableSql extends TableSql {
    public H2TableSql(Dialect dialect) {
        super(dialect);
    }
}
