// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.history;

import dev.tidemark.dialect.Dialect;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Where the tracking tables live on a live connection, named as JDBC metadata names it: the
 * configured schema, or the one unqualified names resolve to. Metadata calls with a null catalog
 * or schema search every database (MariaDB) or schema (PostgreSQL), which would find another
 * scratch area's DATABASECHANGELOG; so lookups always name the place.
 *
 * @param catalog the catalog to pass to metadata calls (the database on MySQL and MariaDB), or null
 * @param schema  the schema to pass to metadata calls, or null where the database has no schemas
 */
public record TrackingTablesPlace(String catalog, String schema) {

    /** The place of {@code names} as seen from {@code c}. */
    public static TrackingTablesPlace of(Connection c, Dialect dialect, TrackingTables names) throws SQLException {
        DatabaseMetaData md = c.getMetaData();
        String configured = names.schema() == null ? null : dialect.identifiers().fold(names.schema());
        if (md.supportsSchemasInTableDefinitions()) {
            return new TrackingTablesPlace(names.catalog() != null ? names.catalog() : currentCatalog(c),
                    configured != null ? configured : currentSchema(c));
        }
        // MySQL and MariaDB: what Liquibase calls a schema is a database, which JDBC calls a catalog.
        return new TrackingTablesPlace(configured != null ? configured : names.catalog() != null ? names.catalog() : currentCatalog(c),
                null);
    }

    /** The upper-cased column names of {@code table} here (tried as given, upper- and lower-case); empty when it is missing. */
    public Set<String> columns(Connection c, String table) throws SQLException {
        DatabaseMetaData md = c.getMetaData();
        Set<String> out = new HashSet<>();
        for (String candidate : List.of(table, table.toUpperCase(Locale.ROOT), table.toLowerCase(Locale.ROOT))) {
            try (ResultSet rs = md.getColumns(catalog, schema, candidate, null)) {
                while (rs.next()) {
                    out.add(rs.getString("COLUMN_NAME").toUpperCase(Locale.ROOT));
                }
            }
            if (!out.isEmpty()) {
                break;
            }
        }
        return out;
    }

    /** {@code catalog.schema} in lower case: the same for every spelling of one place, for session-lock names. */
    public String key() {
        String c = catalog == null ? "" : catalog;
        return (schema == null ? c : c + "." + schema).toLowerCase(Locale.ROOT);
    }

    private static String currentSchema(Connection c) {
        try {
            return c.getSchema();
        } catch (SQLException | AbstractMethodError e) {
            return null;
        }
    }

    private static String currentCatalog(Connection c) {
        try {
            return c.getCatalog();
        } catch (SQLException | AbstractMethodError e) {
            return null;
        }
    }
}
