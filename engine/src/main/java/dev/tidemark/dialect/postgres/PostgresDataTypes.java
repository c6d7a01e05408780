// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.postgres;

import dev.tidemark.dialect.Dialect;
import dev.tidemark.sql.DataTypes;

/** PostgreSQL's DataTypes. */
public class PostgresDataTypes extends DataTypes {
    public PostgresDataTypes(Dialect dialect) {
        super(dialect);
    }
}
