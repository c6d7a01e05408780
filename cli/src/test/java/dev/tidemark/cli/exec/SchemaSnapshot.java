// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.cli.exec;

import dev.tidemark.cli.db.TestDatabases.Scratch;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A scratch area's schema and data as deterministic text, read through {@link DatabaseMetaData}
 * (tables, views, columns, primary keys, foreign keys, indexes, remarks) and the rows of every table,
 * followed by what only the database's catalog shows ({@link CatalogDetails}: sequences, view
 * definitions, routines, constraints, identity settings). The scratch name is written as
 * {@code <scratch>}; timestamps within two days of now (CURRENT_TIMESTAMP values) as {@code <now>}.
 */
final class SchemaSnapshot {
    private static final Set<String> TABLE_TYPES = Set.of("TABLE", "BASE TABLE");
    private static final Set<Integer> SIZED = Set.of(Types.CHAR, Types.VARCHAR, Types.NCHAR, Types.NVARCHAR,
            Types.BINARY, Types.VARBINARY, Types.DECIMAL, Types.NUMERIC);
    private static final Set<Integer> TEXT = Set.of(Types.CHAR, Types.VARCHAR, Types.NCHAR, Types.NVARCHAR,
            Types.LONGVARCHAR, Types.LONGNVARCHAR, Types.CLOB, Types.NCLOB);
    private static final Set<Integer> BINARY = Set.of(Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB);
    private static final Duration NOW_WINDOW = Duration.ofDays(2);

    private SchemaSnapshot() {
    }

    static String of(Connection c, Scratch scratch) throws SQLException {
        DatabaseMetaData md = c.getMetaData();
        String catalog = scratch.catalogForMetadata();
        String schema = scratch.schemaForMetadata();
        Map<String, String> relations = new TreeMap<>();
        try (ResultSet rs = md.getTables(catalog, schema, "%", null)) {
            while (rs.next()) {
                String type = rs.getString("TABLE_TYPE");
                if (type != null && (TABLE_TYPES.contains(type) || type.equals("VIEW"))) {
                    relations.put(rs.getString("TABLE_NAME"), type.equals("VIEW") ? "view" : "table");
                }
            }
        }
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, String> r : relations.entrySet()) {
            String name = r.getKey();
            out.append(r.getValue()).append(' ').append(name).append(remarks(md, catalog, schema, name)).append('\n');
            columns(md, catalog, schema, name, out);
            if (r.getValue().equals("table")) {
                primaryKey(md, catalog, schema, name, out);
                foreignKeys(md, catalog, schema, name, out);
                indexes(md, catalog, schema, name, out);
                rows(c, scratch, name, out);
            }
        }
        if (relations.isEmpty()) {
            out.append("(no tables or views)\n");
        }
        CatalogDetails.append(c, scratch.db(), out);
        return normalise(out.toString(), scratch, c);
    }

    private static String remarks(DatabaseMetaData md, String catalog, String schema, String table) throws SQLException {
        try (ResultSet rs = md.getTables(catalog, schema, table, null)) {
            String remarks = rs.next() ? rs.getString("REMARKS") : null;
            return remarks == null || remarks.isEmpty() ? "" : " remarks " + quote(remarks);
        }
    }

    private static void columns(DatabaseMetaData md, String catalog, String schema, String table, StringBuilder out)
            throws SQLException {
        Map<Integer, String> lines = new TreeMap<>();
        try (ResultSet rs = md.getColumns(catalog, schema, table, "%")) {
            while (rs.next()) {
                StringBuilder line = new StringBuilder("  column ").append(rs.getString("COLUMN_NAME")).append(' ')
                        .append(rs.getString("TYPE_NAME"));
                if (SIZED.contains(rs.getInt("DATA_TYPE"))) {
                    line.append('(').append(rs.getInt("COLUMN_SIZE"));
                    int digits = rs.getInt("DECIMAL_DIGITS");
                    if (!rs.wasNull() && digits != 0) {
                        line.append(',').append(digits);
                    }
                    line.append(')');
                }
                line.append(rs.getInt("NULLABLE") == DatabaseMetaData.columnNoNulls ? " NOT NULL" : " NULL");
                String def = rs.getString("COLUMN_DEF");
                if (def != null) {
                    line.append(" default ").append(def);
                }
                if ("YES".equals(rs.getString("IS_AUTOINCREMENT"))) {
                    line.append(" auto-increment");
                }
                if ("YES".equals(rs.getString("IS_GENERATEDCOLUMN"))) {
                    line.append(" generated");
                }
                String remarks = rs.getString("REMARKS");
                if (remarks != null && !remarks.isEmpty()) {
                    line.append(" remarks ").append(quote(remarks));
                }
                lines.put(rs.getInt("ORDINAL_POSITION"), line.toString());
            }
        }
        lines.values().forEach(l -> out.append(l).append('\n'));
    }

    private static void primaryKey(DatabaseMetaData md, String catalog, String schema, String table, StringBuilder out)
            throws SQLException {
        Map<Integer, String> columns = new TreeMap<>();
        String name = null;
        try (ResultSet rs = md.getPrimaryKeys(catalog, schema, table)) {
            while (rs.next()) {
                columns.put(rs.getInt("KEY_SEQ"), rs.getString("COLUMN_NAME"));
                name = rs.getString("PK_NAME");
            }
        }
        if (!columns.isEmpty()) {
            out.append("  primary key ").append(name).append(" (").append(String.join(", ", columns.values())).append(")\n");
        }
    }

    private static void foreignKeys(DatabaseMetaData md, String catalog, String schema, String table, StringBuilder out)
            throws SQLException {
        Map<String, Map<Integer, String[]>> keys = new TreeMap<>();
        Map<String, String> tails = new TreeMap<>();
        try (ResultSet rs = md.getImportedKeys(catalog, schema, table)) {
            while (rs.next()) {
                String name = rs.getString("FK_NAME");
                keys.computeIfAbsent(name, k -> new TreeMap<>()).put(rs.getInt("KEY_SEQ"),
                        new String[] {rs.getString("FKCOLUMN_NAME"), rs.getString("PKCOLUMN_NAME"), rs.getString("PKTABLE_NAME")});
                tails.put(name, " on update " + rule(rs.getInt("UPDATE_RULE")) + " on delete " + rule(rs.getInt("DELETE_RULE"))
                        + deferrability(rs.getInt("DEFERRABILITY")));
            }
        }
        for (Map.Entry<String, Map<Integer, String[]>> k : keys.entrySet()) {
            List<String> fk = new ArrayList<>();
            List<String> pk = new ArrayList<>();
            String pkTable = null;
            for (String[] part : k.getValue().values()) {
                fk.add(part[0]);
                pk.add(part[1]);
                pkTable = part[2];
            }
            out.append("  foreign key ").append(k.getKey()).append(" (").append(String.join(", ", fk)).append(") references ")
                    .append(pkTable).append(" (").append(String.join(", ", pk)).append(')').append(tails.get(k.getKey()))
                    .append('\n');
        }
    }

    private static String rule(int rule) {
        switch (rule) {
            case DatabaseMetaData.importedKeyCascade:
                return "CASCADE";
            case DatabaseMetaData.importedKeyRestrict:
                return "RESTRICT";
            case DatabaseMetaData.importedKeySetNull:
                return "SET NULL";
            case DatabaseMetaData.importedKeyNoAction:
                return "NO ACTION";
            case DatabaseMetaData.importedKeySetDefault:
                return "SET DEFAULT";
            default:
                return "rule " + rule;
        }
    }

    private static String deferrability(int value) {
        switch (value) {
            case DatabaseMetaData.importedKeyInitiallyDeferred:
                return " deferrable initially deferred";
            case DatabaseMetaData.importedKeyInitiallyImmediate:
                return " deferrable initially immediate";
            default:
                return "";
        }
    }

    private static void indexes(DatabaseMetaData md, String catalog, String schema, String table, StringBuilder out)
            throws SQLException {
        Map<String, Map<Integer, String>> indexes = new TreeMap<>();
        Map<String, Boolean> unique = new TreeMap<>();
        try (ResultSet rs = md.getIndexInfo(catalog, schema, table, false, true)) {
            while (rs.next()) {
                String name = rs.getString("INDEX_NAME");
                if (name == null || rs.getShort("TYPE") == DatabaseMetaData.tableIndexStatistic) {
                    continue;
                }
                String column = rs.getString("COLUMN_NAME");
                if ("D".equals(rs.getString("ASC_OR_DESC"))) {
                    column += " DESC";
                }
                indexes.computeIfAbsent(name, k -> new TreeMap<>()).put((int) rs.getShort("ORDINAL_POSITION"), column);
                unique.put(name, !rs.getBoolean("NON_UNIQUE"));
            }
        }
        for (Map.Entry<String, Map<Integer, String>> i : indexes.entrySet()) {
            out.append("  index ").append(i.getKey()).append(unique.get(i.getKey()) ? " unique" : "").append(" (")
                    .append(String.join(", ", i.getValue().values())).append(")\n");
        }
    }

    private static void rows(Connection c, Scratch scratch, String table, StringBuilder out) throws SQLException {
        String quote = scratch.db().equals("mariadb") ? "`" : "\"";
        List<String> rows = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM " + quote + table + quote)) {
            ResultSetMetaData meta = rs.getMetaData();
            while (rs.next()) {
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    values.add(value(rs, i, meta.getColumnType(i)));
                }
                rows.add("  row (" + String.join(", ", values) + ")");
            }
        }
        rows.stream().sorted().forEach(r -> out.append(r).append('\n'));
    }

    private static String value(ResultSet rs, int i, int type) throws SQLException {
        if (BINARY.contains(type)) {
            byte[] bytes = rs.getBytes(i);
            return bytes == null ? "NULL" : "0x" + HexFormat.of().formatHex(bytes);
        }
        if (type == Types.TIMESTAMP || type == Types.TIMESTAMP_WITH_TIMEZONE) {
            Timestamp ts = rs.getTimestamp(i);
            if (ts == null) {
                return "NULL";
            }
            boolean now = Duration.between(ts.toInstant(), Instant.now()).abs().compareTo(NOW_WINDOW) < 0;
            return now ? "<now>" : ts.toLocalDateTime().toString();
        }
        if (type == Types.DATE) {
            java.sql.Date d = rs.getDate(i);
            return d == null ? "NULL" : d.toLocalDate().toString();
        }
        if (type == Types.BOOLEAN || type == Types.BIT) {
            boolean b = rs.getBoolean(i);
            return rs.wasNull() ? "NULL" : String.valueOf(b);
        }
        String text = rs.getString(i);
        if (text == null) {
            return "NULL";
        }
        return TEXT.contains(type) ? quote(text) : text;
    }

    static String quote(String text) {
        return "'" + text.replace("'", "''").replace("\n", "\\n").replace("\r", "\\r") + "'";
    }

    /** Takes out what differs from run to run: the scratch name and the server's version string. */
    private static String normalise(String text, Scratch scratch, Connection c) throws SQLException {
        String out = Pattern.compile(Pattern.quote(scratch.name()), Pattern.CASE_INSENSITIVE).matcher(text)
                .replaceAll("<scratch>");
        if (scratch.db().equals("postgresql")) {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SHOW server_version")) {
                rs.next();
                out = out.replace(rs.getString(1), "<server_version>");
            }
        }
        return out;
    }
}
