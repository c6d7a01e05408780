// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.h2;

import dev.tidemark.dialect.Dialect;
import dev.tidemark.sql.SequenceSql;

/** H2's SequenceSql. */
public class H2SequenceSql extends SequenceSql {
    public H2SequenceSql(Dialect dialect) {
        super(dialect);
    }
}
