// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect;

import dev.tidemark.sql.DataTypes;
import dev.tidemark.sql.Literals;
import dev.tidemark.sql.SqlFamilies;

/**
 * One database's SQL: names, types, literals and the statements for every change type.
 * Vendor differences live in the vendor's package as overrides, never as checks elsewhere.
 */
public interface Dialect {
    /** Liquibase's short name: postgresql, mysql, mariadb, oracle, h2. */
    String shortName();

    /** The product name for messages ("PostgreSQL 15.0"). */
    String displayName();

    DatabaseVersion version();

    DialectCapabilities capabilities();

    Identifiers identifiers();

    DataTypes dataTypes();

    Literals literals();

    /** The statement generators, one per family of change types. */
    SqlFamilies sql();

    /** The lock the database frees when a session ends, held during runs beside the lock row. */
    default dev.tidemark.lock.SessionLock sessionLock() {
        return dev.tidemark.lock.SessionLock.NONE;
    }

    /**
     * Binds one value of an executed batch (loadData rows, inserts with file content): null as SQL
     * NULL, anything else as the driver converts it.
     */
    default void bind(java.sql.PreparedStatement statement, int index, Object value) throws java.sql.SQLException {
        if (value == null) {
            statement.setNull(index, java.sql.Types.NULL);
        } else {
            statement.setObject(index, value);
        }
    }

    /** The objects in a schema, as drop-all finds and drops them; JDBC metadata unless the vendor reads its catalog. */
    default SchemaInventory schemaInventory() {
        return new SchemaInventory(this);
    }

    /** The function that gives the current timestamp (for DATEEXECUTED). */
    String currentTimestampFunction();

    /** The catalog queries preconditions ask (tables, columns, keys, indexes, sequences by name). */
    CatalogQueries catalogQueries();
}
