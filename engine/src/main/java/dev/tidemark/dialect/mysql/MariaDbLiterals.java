// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.mysql;

import dev.tidemark.dialect.Dialect;

/** MariaDB's Literals. */
public class MariaDbLiterals extends MySqlLiterals {
    public MariaDbLiterals(Dialect dialect) {
        super(dialect);
    }
}
