// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.mysql;

import dev.tidemark.dialect.Dialect;
import dev.tidemark.sql.SequenceSql;

/** MySQL's SequenceSql. */
public class MySqlSequenceSql extends SequenceSql {
    public MySqlSequenceSql(Dialect dialect) {
        super(dialect);
    }
}
