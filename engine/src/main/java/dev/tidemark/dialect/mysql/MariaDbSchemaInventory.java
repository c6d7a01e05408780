// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.mysql;

import dev.tidemark.dialect.Dialect;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** MariaDB's objects: MySQL's, and sequences, which information_schema lists as tables of type SEQUENCE. */
public class MariaDbSchemaInventory extends MySqlSchemaInventory {
    public MariaDbSchemaInventory(Dialect dialect) {
        super(dialect);
    }

    @Override
    protected List<SchemaObject> sequences(Connection c, String schema) throws SQLException {
        return ofType(c, schema, Kind.SEQUENCE, "SEQUENCE");
    }
}
