// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.cli.exec;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What {@link java.sql.DatabaseMetaData} does not show, from each database's own catalog:
 * sequences, view definitions, routines, constraints (with deferrability, validation and check
 * clauses), identity settings and storage options. Each query lists the current schema only and
 * is ordered, so the text is deterministic. A line is the object's name, then {@code key=value}
 * for the remaining columns (lower-case labels, whitespace collapsed).
 */
final class CatalogDetails {

    private CatalogDetails() {
    }

    static void append(Connection c, String db, StringBuilder out) throws SQLException {
        switch (db) {
            case "postgresql":
                postgres(c, out);
                break;
            case "mariadb":
                mariadb(c, out);
                break;
            case "h2":
                h2(c, out);
                break;
            default:
                throw new IllegalArgumentException(db);
        }
    }

    private static void postgres(Connection c, StringBuilder out) throws SQLException {
        lines(c, "sequence", "SELECT sequencename, data_type, start_value, min_value, max_value, increment_by, cycle, cache_size"
                + " FROM pg_sequences WHERE schemaname = current_schema() ORDER BY 1", out);
        lines(c, "view definition", "SELECT table_name, view_definition FROM information_schema.views"
                + " WHERE table_schema = current_schema() ORDER BY 1", out);
        lines(c, "routine", "SELECT p.proname, p.prokind AS kind, pg_get_function_identity_arguments(p.oid) AS arguments"
                + " FROM pg_proc p WHERE p.pronamespace = current_schema()::regnamespace ORDER BY 1, 3", out);
        lines(c, "constraint", "SELECT conrelid::regclass::text || '.' || conname, contype AS type,"
                + " pg_get_constraintdef(oid) AS definition FROM pg_constraint"
                + " WHERE connamespace = current_schema()::regnamespace ORDER BY 1", out);
        lines(c, "identity", "SELECT table_name || '.' || column_name, identity_generation AS generation,"
                + " identity_start AS start, identity_increment AS increment, identity_maximum AS maximum, identity_cycle AS cycle"
                + " FROM information_schema.columns WHERE table_schema = current_schema() AND is_identity = 'YES' ORDER BY 1", out);
        lines(c, "storage", "SELECT relname, relkind AS kind, relpersistence AS persistence FROM pg_class"
                + " WHERE relnamespace = current_schema()::regnamespace AND relpersistence <> 'p' ORDER BY 1", out);
        lines(c, "clustered on", "SELECT i.indrelid::regclass::text, i.indexrelid::regclass::text AS index FROM pg_index i"
                + " JOIN pg_class t ON t.oid = i.indrelid"
                + " WHERE t.relnamespace = current_schema()::regnamespace AND i.indisclustered ORDER BY 1", out);
    }

    private static void mariadb(Connection c, StringBuilder out) throws SQLException {
        List<String> sequences = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT TABLE_NAME FROM information_schema.TABLES"
                + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE = 'SEQUENCE' ORDER BY 1")) {
            while (rs.next()) {
                sequences.add(rs.getString(1));
            }
        }
        for (String seq : sequences) {
            // next_not_cached_value and cycle_count move as the sequence is used; the definition does not.
            lines(c, "sequence", "SELECT '" + seq + "', start_value, minimum_value, maximum_value, increment, cycle_option,"
                    + " cache_size FROM `" + seq + "`", out);
        }
        lines(c, "view definition", "SELECT TABLE_NAME, VIEW_DEFINITION FROM information_schema.VIEWS"
                + " WHERE TABLE_SCHEMA = DATABASE() ORDER BY 1", out);
        lines(c, "routine", "SELECT ROUTINE_NAME, ROUTINE_TYPE AS kind FROM information_schema.ROUTINES"
                + " WHERE ROUTINE_SCHEMA = DATABASE() ORDER BY 1", out);
        lines(c, "constraint", "SELECT CONCAT(t.TABLE_NAME, '.', t.CONSTRAINT_NAME), t.CONSTRAINT_TYPE AS type,"
                + " k.CHECK_CLAUSE AS `check` FROM information_schema.TABLE_CONSTRAINTS t"
                + " LEFT JOIN information_schema.CHECK_CONSTRAINTS k ON k.CONSTRAINT_SCHEMA = t.CONSTRAINT_SCHEMA"
                + " AND k.TABLE_NAME = t.TABLE_NAME AND k.CONSTRAINT_NAME = t.CONSTRAINT_NAME"
                + " WHERE t.CONSTRAINT_SCHEMA = DATABASE() ORDER BY 1", out);
        lines(c, "auto_increment", "SELECT TABLE_NAME, AUTO_INCREMENT AS next FROM information_schema.TABLES"
                + " WHERE TABLE_SCHEMA = DATABASE() AND AUTO_INCREMENT IS NOT NULL ORDER BY 1", out);
    }

    private static void h2(Connection c, StringBuilder out) throws SQLException {
        lines(c, "sequence", "SELECT SEQUENCE_NAME, DATA_TYPE, START_VALUE, MINIMUM_VALUE, MAXIMUM_VALUE, INCREMENT, CYCLE_OPTION,"
                + " CACHE FROM INFORMATION_SCHEMA.SEQUENCES WHERE SEQUENCE_SCHEMA = 'PUBLIC' ORDER BY 1", out);
        lines(c, "view definition", "SELECT TABLE_NAME, VIEW_DEFINITION FROM INFORMATION_SCHEMA.VIEWS"
                + " WHERE TABLE_SCHEMA = 'PUBLIC' ORDER BY 1", out);
        lines(c, "routine", "SELECT ROUTINE_NAME, ROUTINE_TYPE AS KIND, EXTERNAL_NAME FROM INFORMATION_SCHEMA.ROUTINES"
                + " WHERE ROUTINE_SCHEMA = 'PUBLIC' ORDER BY 1", out);
        lines(c, "constraint", "SELECT t.TABLE_NAME || '.' || t.CONSTRAINT_NAME, t.CONSTRAINT_TYPE AS TYPE,"
                + " k.CHECK_CLAUSE AS \"CHECK\" FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS t"
                + " LEFT JOIN INFORMATION_SCHEMA.CHECK_CONSTRAINTS k ON k.CONSTRAINT_SCHEMA = t.CONSTRAINT_SCHEMA"
                + " AND k.CONSTRAINT_NAME = t.CONSTRAINT_NAME"
                + " WHERE t.TABLE_SCHEMA = 'PUBLIC' ORDER BY 1", out);
        lines(c, "identity", "SELECT TABLE_NAME || '.' || COLUMN_NAME, IDENTITY_GENERATION AS GENERATION,"
                + " IDENTITY_START AS START, IDENTITY_INCREMENT AS INCREMENT, IDENTITY_MAXIMUM AS MAXIMUM,"
                + " IDENTITY_CYCLE AS CYCLE FROM INFORMATION_SCHEMA.COLUMNS"
                + " WHERE TABLE_SCHEMA = 'PUBLIC' AND IS_IDENTITY = 'YES' ORDER BY 1", out);
    }

    /** One line per row: {@code <what> <first column> key=value ...}; NULL values are left out. */
    private static void lines(Connection c, String what, String sql, StringBuilder out) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            ResultSetMetaData meta = rs.getMetaData();
            while (rs.next()) {
                StringBuilder line = new StringBuilder(what).append(' ').append(rs.getString(1));
                for (int i = 2; i <= meta.getColumnCount(); i++) {
                    String value = rs.getString(i);
                    if (value != null) {
                        line.append(' ').append(meta.getColumnLabel(i).toLowerCase(Locale.ROOT)).append('=')
                                .append(value.strip().replaceAll("\\s+", " "));
                    }
                }
                out.append(line).append('\n');
            }
        }
    }
}
