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

    /** The function that gives the current timestamp (for DATEEXECUTED). */
    String currentTimestampFunction();
}
