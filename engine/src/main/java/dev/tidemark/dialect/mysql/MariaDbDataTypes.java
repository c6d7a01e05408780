// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.mysql;

import dev.tidemark.dialect.Dialect;

/** MariaDB's DataTypes. */
public class MariaDbDataTypes extends MySqlDataTypes {
    public MariaDbDataTypes(Dialect dialect) {
        super(dialect);
    }
}
