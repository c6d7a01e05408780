// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.bench.compare;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a tool left in a database, read through JDBC metadata: tables, columns (position, type,
 * size, nullability), indexes (columns, uniqueness), foreign keys (columns, target, delete rule)
 * and row counts, as sorted lines so that two snapshots compare line by line. Each tool's own
 * tracking tables are left out.
 */
record SchemaSnapshot(List<String> lines) {
    /** The tools' own tables, in lower case: not part of the schema being compared. */
    static final Set<String> TRACKING_TABLES = Set.of("databasechangelog", "databasechangeloglock",
            "flyway_schema_history", FloorMain.HISTORY);

    SchemaSnapshot {
        lines = List.copyOf(lines);
    }

    static SchemaSnapshot read(String url) throws SQLException {
        try (Connection c = DriverManager.getConnection(url)) {
            return read(c);
        }
    }

    static SchemaSnapshot read(Connection c) throws SQLException {
        DatabaseMetaData md = c.getMetaData();
        String catalog = c.getCatalog();
        String schema = c.getSchema();
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = md.getTables(catalog, schema, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME");
                if (!TRACKING_TABLES.contains(name.toLowerCase(Locale.ROOT))) {
                    tables.add(name);
                }
            }
        }
        Set<String> lines = new TreeSet<>();
        Set<String> tracked = new TreeSet<>(tables);
        try (ResultSet rs = md.getColumns(catalog, schema, "%", "%")) {
            while (rs.next()) {
                String table = rs.getString("TABLE_NAME");
                if (tracked.contains(table)) {
                    lines.add("column " + lower(table) + "." + lower(rs.getString("COLUMN_NAME")) + " #"
                            + rs.getInt("ORDINAL_POSITION") + " " + rs.getString("TYPE_NAME").toLowerCase(Locale.ROOT)
                            + "(" + rs.getInt("COLUMN_SIZE") + "," + rs.getInt("DECIMAL_DIGITS") + ")"
                            + (rs.getInt("NULLABLE") == DatabaseMetaData.columnNoNulls ? " not null" : " null"));
                }
            }
        }
        try (Statement st = c.createStatement()) {
            for (String table : tables) {
                lines.add("table " + lower(table));
                indexes(md, catalog, schema, table, lines);
                foreignKeys(md, catalog, schema, table, lines);
                try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    rs.next();
                    lines.add("rows " + lower(table) + " " + rs.getLong(1));
                }
            }
        }
        return new SchemaSnapshot(new ArrayList<>(lines));
    }

    private static void indexes(DatabaseMetaData md, String catalog, String schema, String table, Set<String> lines)
            throws SQLException {
        TreeMap<String, TreeMap<Integer, String>> columns = new TreeMap<>();
        TreeMap<String, Boolean> unique = new TreeMap<>();
        try (ResultSet rs = md.getIndexInfo(catalog, schema, table, false, true)) {
            while (rs.next()) {
                String name = rs.getString("INDEX_NAME");
                if (name == null) {
                    continue; // table statistics rows
                }
                name = generatedIndexName(lower(name));
                columns.computeIfAbsent(name, k -> new TreeMap<>()).put((int) rs.getShort("ORDINAL_POSITION"),
                        lower(rs.getString("COLUMN_NAME")));
                unique.put(name, !rs.getBoolean("NON_UNIQUE"));
            }
        }
        columns.forEach((name, cols) -> lines.add("index " + lower(table) + "." + name
                + (unique.get(name) ? " unique " : " ") + String.join(",", cols.values())));
    }

    private static void foreignKeys(DatabaseMetaData md, String catalog, String schema, String table, Set<String> lines)
            throws SQLException {
        TreeMap<String, List<String>> keys = new TreeMap<>();
        try (ResultSet rs = md.getImportedKeys(catalog, schema, table)) {
            while (rs.next()) {
                String name = lower(rs.getString("FK_NAME"));
                keys.computeIfAbsent(name, k -> new ArrayList<>()).add(lower(rs.getString("FKCOLUMN_NAME")) + "->"
                        + lower(rs.getString("PKTABLE_NAME")) + "." + lower(rs.getString("PKCOLUMN_NAME"))
                        + " on delete " + rs.getShort("DELETE_RULE"));
            }
        }
        keys.forEach((name, cols) -> lines.add("fk " + lower(table) + "." + name + " " + String.join(",", cols)));
    }

    /**
     * H2 names the indexes behind constraints itself ({@code primary_key_6}), counting objects ever
     * created in the database, so the number says nothing about the schema: it is left out.
     */
    private static String generatedIndexName(String name) {
        return name.replaceFirst("^(primary_key_|constraint_index_)[0-9a-z]+$", "$1(generated)");
    }

    private static String lower(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT);
    }

    int tableCount() {
        return (int) lines.stream().filter(l -> l.startsWith("table ")).count();
    }

    /** Up to {@code max} lines that differ, marked {@code -} (only here) and {@code +} (only in other). */
    List<String> differences(SchemaSnapshot other, int max) {
        Set<String> mine = new TreeSet<>(lines);
        Set<String> theirs = new TreeSet<>(other.lines);
        List<String> out = new ArrayList<>();
        for (String l : mine) {
            if (!theirs.contains(l) && out.size() < max) {
                out.add("- " + l);
            }
        }
        for (String l : theirs) {
            if (!mine.contains(l) && out.size() < max) {
                out.add("+ " + l);
            }
        }
        return out;
    }

    /** One line: how many tables, columns, indexes, foreign keys and rows. */
    String summary() {
        long columns = lines.stream().filter(l -> l.startsWith("column ")).count();
        long indexes = lines.stream().filter(l -> l.startsWith("index ")).count();
        long fks = lines.stream().filter(l -> l.startsWith("fk ")).count();
        long rows = lines.stream().filter(l -> l.startsWith("rows "))
                .mapToLong(l -> Long.parseLong(l.substring(l.lastIndexOf(' ') + 1))).sum();
        return tableCount() + " tables, " + columns + " columns, " + indexes + " indexes, " + fks + " foreign keys, "
                + rows + " rows";
    }
}
