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
 * What a tool left in a database: tables, columns (position, type, size, nullability), indexes
 * (columns, uniqueness), foreign keys (columns, target, delete rule) and row counts, as sorted
 * lines so that two snapshots compare line by line. Each tool's own tracking tables are left out.
 * Read through JDBC metadata, except where a driver answers one table per call (indexes on
 * PostgreSQL, indexes and foreign keys on MariaDB): there one catalog query reads all tables,
 * since per-table calls take minutes at thousands of tables. Snapshots compare within one database.
 *
 * <p>{@code java -cp tidemark-bench.jar dev.tidemark.bench.compare.SchemaSnapshot <jdbc-url>} prints one.
 */
record SchemaSnapshot(List<String> lines) {
    /** The tools' own tables, in lower case: not part of the schema being compared. */
    static final Set<String> TRACKING_TABLES = Set.of("databasechangelog", "databasechangeloglock",
            "flyway_schema_history", FloorMain.HISTORY);

    private static final int COUNTS_PER_QUERY = 250;

    SchemaSnapshot {
        lines = List.copyOf(lines);
    }

    public static void main(String[] args) throws SQLException {
        SchemaSnapshot s = read(args[0]);
        s.lines().forEach(System.out::println);
        System.out.println(s.summary());
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
        String product = md.getDatabaseProductName().toLowerCase(Locale.ROOT);
        if (product.contains("postgres")) {
            postgresIndexes(c, tracked, lines);
            foreignKeys(md.getImportedKeys(catalog, schema, null), tracked, lines);
        } else if (product.contains("mariadb") || product.contains("mysql")) {
            mariaDbIndexesAndForeignKeys(c, tracked, lines);
        } else {
            for (String table : tables) {
                indexes(md.getIndexInfo(catalog, schema, table, false, true), tracked, lines);
                foreignKeys(md.getImportedKeys(catalog, schema, table), tracked, lines);
            }
        }
        // Row counts, many tables per query: one query per table costs a round trip each.
        try (Statement st = c.createStatement()) {
            for (int from = 0; from < tables.size(); from += COUNTS_PER_QUERY) {
                List<String> chunk = tables.subList(from, Math.min(tables.size(), from + COUNTS_PER_QUERY));
                StringBuilder sql = new StringBuilder();
                for (int i = 0; i < chunk.size(); i++) {
                    sql.append(i == 0 ? "" : " UNION ALL ").append("SELECT ").append(i).append(", COUNT(*) FROM ")
                            .append(chunk.get(i));
                }
                try (ResultSet rs = st.executeQuery(sql.toString())) {
                    while (rs.next()) {
                        String table = lower(chunk.get(rs.getInt(1)));
                        lines.add("table " + table);
                        lines.add("rows " + table + " " + rs.getLong(2));
                    }
                }
            }
        }
        return new SchemaSnapshot(new ArrayList<>(lines));
    }

    /**
     * Index lines from a result set with TABLE_NAME, INDEX_NAME, NON_UNIQUE, ORDINAL_POSITION and
     * COLUMN_NAME, as {@link DatabaseMetaData#getIndexInfo} returns (which wants one table per call).
     */
    private static void indexes(ResultSet rs, Set<String> tracked, Set<String> lines) throws SQLException {
        TreeMap<String, TreeMap<Integer, String>> columns = new TreeMap<>();
        TreeMap<String, Boolean> unique = new TreeMap<>();
        try (rs) {
            while (rs.next()) {
                String table = rs.getString("TABLE_NAME");
                String name = rs.getString("INDEX_NAME");
                if (name == null || !tracked.contains(table)) {
                    continue; // table statistics rows; tracking tables
                }
                name = lower(table) + "." + generatedIndexName(lower(name));
                columns.computeIfAbsent(name, k -> new TreeMap<>()).put(rs.getInt("ORDINAL_POSITION"),
                        lower(rs.getString("COLUMN_NAME")));
                unique.put(name, !rs.getBoolean("NON_UNIQUE"));
            }
        }
        columns.forEach((name, cols) -> lines.add("index " + name + (unique.get(name) ? " unique " : " ")
                + String.join(",", cols.values())));
    }

    /** Foreign key lines from {@link DatabaseMetaData#getImportedKeys}'s columns. */
    private static void foreignKeys(ResultSet rs, Set<String> tracked, Set<String> lines) throws SQLException {
        TreeMap<String, TreeMap<Integer, String>> keys = new TreeMap<>();
        try (rs) {
            while (rs.next()) {
                String table = rs.getString("FKTABLE_NAME");
                if (!tracked.contains(table)) {
                    continue;
                }
                keys.computeIfAbsent(lower(table) + "." + lower(rs.getString("FK_NAME")), k -> new TreeMap<>())
                        .put(rs.getInt("KEY_SEQ"), lower(rs.getString("FKCOLUMN_NAME")) + "->"
                                + lower(rs.getString("PKTABLE_NAME")) + "." + lower(rs.getString("PKCOLUMN_NAME"))
                                + " on delete " + rs.getString("DELETE_RULE"));
            }
        }
        keys.forEach((name, cols) -> lines.add("fk " + name + " " + String.join(",", cols.values())));
    }

    /**
     * PostgreSQL's driver reads indexes one table per call, slow at thousands of tables: one query of
     * the catalog instead, with getIndexInfo's column names.
     */
    private static void postgresIndexes(Connection c, Set<String> tracked, Set<String> lines) throws SQLException {
        String sql = "SELECT t.relname AS table_name, i.relname AS index_name, NOT ix.indisunique AS non_unique,"
                + " k.ord AS ordinal_position, a.attname AS column_name"
                + " FROM pg_index ix JOIN pg_class i ON i.oid = ix.indexrelid JOIN pg_class t ON t.oid = ix.indrelid"
                + " JOIN pg_namespace n ON n.oid = t.relnamespace"
                + " CROSS JOIN LATERAL unnest(ix.indkey) WITH ORDINALITY AS k(attnum, ord)"
                + " JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum"
                + " WHERE n.nspname = current_schema()";
        try (Statement st = c.createStatement()) {
            indexes(st.executeQuery(sql), tracked, lines);
        }
    }

    /** MariaDB's driver too reads one table per call: information_schema instead, in two queries. */
    private static void mariaDbIndexesAndForeignKeys(Connection c, Set<String> tracked, Set<String> lines)
            throws SQLException {
        try (Statement st = c.createStatement()) {
            indexes(st.executeQuery("SELECT TABLE_NAME, INDEX_NAME, NON_UNIQUE <> 0 AS NON_UNIQUE,"
                    + " SEQ_IN_INDEX AS ORDINAL_POSITION, COLUMN_NAME FROM information_schema.STATISTICS"
                    + " WHERE TABLE_SCHEMA = DATABASE()"), tracked, lines);
            foreignKeys(st.executeQuery("SELECT k.TABLE_NAME AS FKTABLE_NAME, k.CONSTRAINT_NAME AS FK_NAME,"
                    + " k.ORDINAL_POSITION AS KEY_SEQ, k.COLUMN_NAME AS FKCOLUMN_NAME,"
                    + " k.REFERENCED_TABLE_NAME AS PKTABLE_NAME, k.REFERENCED_COLUMN_NAME AS PKCOLUMN_NAME,"
                    + " r.DELETE_RULE FROM information_schema.KEY_COLUMN_USAGE k"
                    + " JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA"
                    + " AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME"
                    + " WHERE k.TABLE_SCHEMA = DATABASE() AND k.REFERENCED_TABLE_NAME IS NOT NULL"), tracked, lines);
        }
    }

    /**
     * H2 names the indexes behind constraints itself ({@code primary_key_6}, and
     * {@code <foreign key>_index_1} for a foreign key without an index), counting objects ever
     * created in the database, so the number says nothing about the schema: it is left out.
     */
    private static String generatedIndexName(String name) {
        return name.replaceFirst("^(primary_key_|constraint_index_|.+_index_)[0-9a-z]+$", "$1(generated)");
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
