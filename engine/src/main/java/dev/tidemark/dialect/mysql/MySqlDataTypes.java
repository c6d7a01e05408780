// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.mysql;

import dev.tidemark.dialect.Dialect;
import dev.tidemark.sql.DataTypes;

/** MySQL's DataTypes. */
public class MySqlDataTypes extends DataTypes {
    public MySqlDataTypes(Dialect dialect) {
        super(dialect);
    }
}
