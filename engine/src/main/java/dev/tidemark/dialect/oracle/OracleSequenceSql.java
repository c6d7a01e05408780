// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.oracle;

import dev.tidemark.dialect.Dialect;
import dev.tidemark.sql.SequenceSql;

/** Oracle's SequenceSql. */
public class OracleSequenceSql extends SequenceSql {
    public OracleSequenceSql(Dialect dialect) {
        super(dialect);
    }
}
