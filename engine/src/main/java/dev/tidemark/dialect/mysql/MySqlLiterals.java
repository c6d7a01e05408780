// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.mysql;

import dev.tidemark.dialect.Dialect;
import dev.tidemark.sql.Literals;

/** MySQL's Literals. */
public class MySqlLiterals extends Literals {
    public MySqlLiterals(Dialect dialect) {
        super(dialect);
    }
}
