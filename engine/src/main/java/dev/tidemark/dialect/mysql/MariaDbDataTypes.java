// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.mysql;

import dev.tidemark.dialect.Dialect;
import dev.tidemark.sql.DataTypeSpec;

/** MariaDB's types: MySQL's, with TINYINT(1) booleans and a UUID type from 10.7. */
public class MariaDbDataTypes extends MySqlDataTypes {
    public MariaDbDataTypes(Dialect dialect) {
        super(dialect);
    }

    @Override
    protected String booleanType(DataTypeSpec t) {
        return t.writtenAs("bit") ? super.booleanType(t) : "TINYINT(1)";
    }

    @Override
    protected String uuidType(DataTypeSpec t) {
        return dialect.version().atLeast(10, 7) ? "UUID" : "char(36)";
    }
}
