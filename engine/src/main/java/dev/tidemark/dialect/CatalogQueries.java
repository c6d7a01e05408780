// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * The catalog questions preconditions ask, as targeted queries: each names one container (a
 * schema; the database on MySQL and MariaDB; the owner on Oracle) and the objects it asks about,
 * all as bind parameters, and returns rows only for those objects, never a snapshot of the
 * schema. The defaults read the standard INFORMATION_SCHEMA views (H2, MariaDB); vendors override
 * where their own catalog is faster or the standard views are missing.
 */
public abstract class CatalogQueries {
    /** Longest name list bound in one query (Oracle allows 1000 expressions in an IN list). */
    static final int CHUNK = 500;

    /** What a relation is. */
    public enum RelationKind { TABLE, VIEW, SEQUENCE }

    /** A constraint backed by key columns. */
    public enum KeyKind { PRIMARY_KEY, UNIQUE, FOREIGN_KEY }

    /** A table, view or sequence, named as the catalog spells it. */
    public record Relation(String name, RelationKind kind) {
    }

    /** A column of a table or view. */
    public record ColumnRow(String table, String column) {
    }

    /** One column of a key constraint (column null where the catalog names none); position from 1. */
    public record KeyRow(String table, String name, KeyKind kind, String column, int position) {
    }

    /** One column of an index (column null for an expression); position from 1. */
    public record IndexRow(String table, String name, String column, int position) {
    }

    protected final Dialect dialect;

    protected CatalogQueries(Dialect dialect) {
        this.dialect = dialect;
    }

    /** The container unqualified names resolve to on this connection (its current schema). */
    public String currentContainer(Connection c) throws SQLException {
        return c.getSchema();
    }

    /**
     * The container a precondition names with its catalogName and schemaName, spelled as the
     * catalog stores it; null when it names none.
     */
    public String container(String catalogName, String schemaName) {
        String schema = blankToNull(schemaName);
        return schema == null ? null : dialect.identifiers().catalogSpelling(schema, QuotingStrategy.LEGACY);
    }

    /**
     * Whether the database compares object names without regard to case (MySQL and MariaDB
     * keep the case as written and compare column, index and, here, table names case-insensitively).
     */
    public boolean caseInsensitiveNames() {
        return false;
    }

    /**
     * Whether names other than column names are compared exactly on this connection: where
     * {@link #caseInsensitiveNames()} holds, only when the server says so (MySQL's and MariaDB's
     * lower_case_table_names=0, where Liquibase 4.33 looks names up as written, too).
     */
    public boolean exactNames(Connection c) throws SQLException {
        return !caseInsensitiveNames();
    }

    /** Whether primary keys have names of their own (MySQL's and MariaDB's are all named PRIMARY). */
    public boolean primaryKeysNamed() {
        return true;
    }

    /** The tables, views and sequences of {@code container} with these names. */
    public List<Relation> relations(Connection c, String container, Collection<String> names) throws SQLException {
        List<Relation> out = new ArrayList<>();
        for (List<String> chunk : chunks(names)) {
            String sql = "SELECT TABLE_NAME, TABLE_TYPE FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = ? AND "
                    + name("TABLE_NAME") + " IN " + marks(chunk.size());
            query(c, sql, container, chunk, List.of(), rs -> {
                RelationKind kind = relationKind(rs.getString(2));
                if (kind != null) {
                    out.add(new Relation(rs.getString(1), kind));
                }
            });
        }
        return out;
    }

    /** The kind of a relation from the catalog's type text; null for kinds preconditions do not ask about. */
    protected RelationKind relationKind(String type) {
        String t = type == null ? "" : type.toUpperCase(Locale.ROOT);
        if (t.contains("VIEW")) {
            return RelationKind.VIEW;
        }
        if (t.contains("SEQUENCE")) {
            return RelationKind.SEQUENCE;
        }
        return t.contains("TABLE") ? RelationKind.TABLE : null;
    }

    /** The columns of these tables (and views) of {@code container}. */
    public List<ColumnRow> columns(Connection c, String container, Collection<String> tables) throws SQLException {
        List<ColumnRow> out = new ArrayList<>();
        for (List<String> chunk : chunks(tables)) {
            String sql = "SELECT TABLE_NAME, COLUMN_NAME FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = ? AND "
                    + name("TABLE_NAME") + " IN " + marks(chunk.size());
            query(c, sql, container, chunk, List.of(), rs -> out.add(new ColumnRow(rs.getString(1), rs.getString(2))));
        }
        return out;
    }

    /**
     * The primary keys, unique constraints and foreign keys of {@code container} that are on one
     * of {@code tables} or named one of {@code names}, one row per key column.
     */
    public List<KeyRow> keys(Connection c, String container, Collection<String> tables, Collection<String> names)
            throws SQLException {
        List<KeyRow> out = new ArrayList<>();
        for (List<String>[] pair : pairs(tables, names)) {
            String sql = "SELECT tc.TABLE_NAME, tc.CONSTRAINT_NAME, tc.CONSTRAINT_TYPE, k.COLUMN_NAME, k.ORDINAL_POSITION"
                    + " FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS tc LEFT JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE k"
                    + " ON k.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA AND k.CONSTRAINT_NAME = tc.CONSTRAINT_NAME"
                    + " AND k.TABLE_NAME = tc.TABLE_NAME"
                    + " WHERE tc.TABLE_SCHEMA = ? AND tc.CONSTRAINT_TYPE IN ('PRIMARY KEY', 'UNIQUE', 'FOREIGN KEY') AND "
                    + either("tc.TABLE_NAME", pair[0].size(), "tc.CONSTRAINT_NAME", pair[1].size());
            query(c, sql, container, pair[0], pair[1], rs -> out.add(new KeyRow(rs.getString(1), rs.getString(2),
                    keyKind(rs.getString(3)), rs.getString(4), rs.getInt(5))));
        }
        return out;
    }

    /** The kind of a key constraint from the catalog's type text. */
    protected KeyKind keyKind(String type) {
        switch (type.trim().toUpperCase(Locale.ROOT)) {
            case "PRIMARY KEY":
            case "P":
                return KeyKind.PRIMARY_KEY;
            case "FOREIGN KEY":
            case "R":
                return KeyKind.FOREIGN_KEY;
            default:
                return KeyKind.UNIQUE;
        }
    }

    /** The indexes of {@code container} that are on one of {@code tables} or named one of {@code names}, one row per column. */
    public abstract List<IndexRow> indexes(Connection c, String container, Collection<String> tables, Collection<String> names)
            throws SQLException;

    /** The sequences of {@code container} with these names. */
    public List<String> sequences(Connection c, String container, Collection<String> names) throws SQLException {
        List<String> out = new ArrayList<>();
        for (List<String> chunk : chunks(names)) {
            String sql = "SELECT SEQUENCE_NAME FROM INFORMATION_SCHEMA.SEQUENCES WHERE SEQUENCE_SCHEMA = ? AND "
                    + name("SEQUENCE_NAME") + " IN " + marks(chunk.size());
            query(c, sql, container, chunk, List.of(), rs -> out.add(rs.getString(1)));
        }
        return out;
    }

    /** {@code SELECT COUNT(*)} of a table (rowCount). */
    public String countRowsSql(String catalogName, String schemaName, String table, QuotingStrategy quoting) {
        return "SELECT COUNT(*) FROM " + dialect.identifiers().qualify(catalogName, schemaName, table, quoting);
    }

    /** A query with a row for each row of a table, read for one row only (tableIsEmpty). */
    public String anyRowSql(String catalogName, String schemaName, String table, QuotingStrategy quoting) {
        return "SELECT 1 FROM " + dialect.identifiers().qualify(catalogName, schemaName, table, quoting);
    }

    /** A catalog column compared with names: as is, or lower-cased where names compare case-insensitively. */
    protected String name(String column) {
        return caseInsensitiveNames() ? "LOWER(" + column + ")" : column;
    }

    /** A name as bound against {@link #name(String)}. */
    protected String bindName(String value) {
        return caseInsensitiveNames() ? value.toLowerCase(Locale.ROOT) : value;
    }

    /** {@code (?, ?, ?)} */
    protected static String marks(int n) {
        return "(" + String.join(", ", java.util.Collections.nCopies(n, "?")) + ")";
    }

    /** {@code (a IN (...) OR b IN (...))}, leaving out an empty side. */
    protected String either(String tableColumn, int tables, String nameColumn, int names) {
        List<String> parts = new ArrayList<>();
        if (tables > 0) {
            parts.add(name(tableColumn) + " IN " + marks(tables));
        }
        if (names > 0) {
            parts.add(name(nameColumn) + " IN " + marks(names));
        }
        return "(" + String.join(" OR ", parts) + ")";
    }

    /** Reads one row of a result. */
    protected interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    /** Runs {@code sql} with the container, then {@code first}, then {@code second} bound (names through {@link #bindName}). */
    protected void query(Connection c, String sql, String container, List<String> first, List<String> second, RowReader reader)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            ps.setString(i++, container);
            for (String n : first) {
                ps.setString(i++, bindName(n));
            }
            for (String n : second) {
                ps.setString(i++, bindName(n));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    reader.read(rs);
                }
            }
        }
    }

    /** The names in lists of at most {@link #CHUNK}. */
    protected static List<List<String>> chunks(Collection<String> names) {
        List<String> all = new ArrayList<>(names);
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += CHUNK) {
            out.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
        }
        return out;
    }

    /** Table and name lists for one query each: together when short, else each in chunks alone. */
    @SuppressWarnings("unchecked")
    protected static List<List<String>[]> pairs(Collection<String> tables, Collection<String> names) {
        List<List<String>[]> out = new ArrayList<>();
        if (tables.isEmpty() && names.isEmpty()) {
            return out;
        }
        if (tables.size() + names.size() <= CHUNK) {
            out.add(new List[] {new ArrayList<>(tables), new ArrayList<>(names)});
            return out;
        }
        for (List<String> chunk : chunks(tables)) {
            out.add(new List[] {chunk, List.of()});
        }
        for (List<String> chunk : chunks(names)) {
            out.add(new List[] {List.of(), chunk});
        }
        return out;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
