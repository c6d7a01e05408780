// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.history;

import java.util.Objects;

/**
 * Names and place of the tracking tables, Liquibase's defaults unless configured
 * ({@code --database-changelog-table-name}, {@code --database-changelog-lock-table-name},
 * {@code --liquibase-schema-name}, {@code --liquibase-tablespace-name}).
 */
public record TrackingTables(String catalog, String schema, String changeLogTable, String lockTable, String tablespace) {

    public TrackingTables {
        Objects.requireNonNull(changeLogTable, "changeLogTable");
        Objects.requireNonNull(lockTable, "lockTable");
    }

    public static TrackingTables defaults() {
        return new TrackingTables(null, null, "DATABASECHANGELOG", "DATABASECHANGELOGLOCK", null);
    }

    public TrackingTables withSchema(String newSchema) {
        return new TrackingTables(catalog, newSchema, changeLogTable, lockTable, tablespace);
    }
}
