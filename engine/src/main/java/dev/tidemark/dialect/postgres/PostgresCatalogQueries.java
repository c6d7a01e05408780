// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.postgres;

import dev.tidemark.dialect.CatalogQueries;
import dev.tidemark.dialect.Dialect;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * PostgreSQL: pg_catalog, whose indexed name columns answer by name directly (the
 * information_schema views check privileges row by row and have no indexes).
 */
public class PostgresCatalogQueries extends CatalogQueries {
    private static final String IN_SCHEMA = " JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace WHERE n.nspname = ?";

    public PostgresCatalogQueries(Dialect dialect) {
        super(dialect);
    }

    @Override
    public List<Relation> relations(Connection c, String container, Collection<String> names) throws SQLException {
        List<Relation> out = new ArrayList<>();
        for (List<String> chunk : chunks(names)) {
            String sql = "SELECT t.relname, t.relkind FROM pg_catalog.pg_class t" + IN_SCHEMA
                    + " AND t.relkind IN ('r', 'p', 'f', 'v', 'm', 'S') AND t.relname IN " + marks(chunk.size());
            query(c, sql, container, chunk, List.of(), rs -> out.add(new Relation(rs.getString(1), kind(rs.getString(2)))));
        }
        return out;
    }

    private static RelationKind kind(String relkind) {
        switch (relkind) {
            case "v":
            case "m":
                return RelationKind.VIEW;
            case "S":
                return RelationKind.SEQUENCE;
            default:
                return RelationKind.TABLE;
        }
    }

    @Override
    public List<ColumnRow> columns(Connection c, String container, Collection<String> tables) throws SQLException {
        List<ColumnRow> out = new ArrayList<>();
        for (List<String> chunk : chunks(tables)) {
            String sql = "SELECT t.relname, a.attname FROM pg_catalog.pg_attribute a JOIN pg_catalog.pg_class t ON t.oid = a.attrelid"
                    + IN_SCHEMA + " AND a.attnum > 0 AND NOT a.attisdropped AND t.relname IN " + marks(chunk.size());
            query(c, sql, container, chunk, List.of(), rs -> out.add(new ColumnRow(rs.getString(1), rs.getString(2))));
        }
        return out;
    }

    @Override
    public List<KeyRow> keys(Connection c, String container, Collection<String> tables, Collection<String> names)
            throws SQLException {
        List<KeyRow> out = new ArrayList<>();
        for (List<String>[] pair : pairs(tables, names)) {
            String sql = "SELECT t.relname, k.conname, k.contype, a.attname, u.ord FROM pg_catalog.pg_constraint k"
                    + " JOIN pg_catalog.pg_class t ON t.oid = k.conrelid"
                    + " CROSS JOIN LATERAL unnest(k.conkey) WITH ORDINALITY AS u(attnum, ord)"
                    + " LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = u.attnum"
                    + IN_SCHEMA + " AND k.contype IN ('p', 'u', 'f') AND "
                    + either("t.relname", pair[0].size(), "k.conname", pair[1].size());
            query(c, sql, container, pair[0], pair[1], rs -> out.add(new KeyRow(rs.getString(1), rs.getString(2),
                    keyKind(rs.getString(3)), rs.getString(4), rs.getInt(5))));
        }
        return out;
    }

    @Override
    protected KeyKind keyKind(String contype) {
        switch (contype) {
            case "p":
                return KeyKind.PRIMARY_KEY;
            case "f":
                return KeyKind.FOREIGN_KEY;
            default:
                return KeyKind.UNIQUE;
        }
    }

    @Override
    public List<IndexRow> indexes(Connection c, String container, Collection<String> tables, Collection<String> names)
            throws SQLException {
        List<IndexRow> out = new ArrayList<>();
        for (List<String>[] pair : pairs(tables, names)) {
            String sql = "SELECT t.relname, i.relname, a.attname, u.ord FROM pg_catalog.pg_index x"
                    + " JOIN pg_catalog.pg_class i ON i.oid = x.indexrelid JOIN pg_catalog.pg_class t ON t.oid = x.indrelid"
                    + " CROSS JOIN LATERAL unnest(x.indkey) WITH ORDINALITY AS u(attnum, ord)"
                    + " LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = t.oid AND a.attnum = u.attnum"
                    + IN_SCHEMA + " AND " + either("t.relname", pair[0].size(), "i.relname", pair[1].size());
            query(c, sql, container, pair[0], pair[1], rs -> out.add(new IndexRow(rs.getString(1), rs.getString(2),
                    rs.getString(3), rs.getInt(4))));
        }
        return out;
    }

    @Override
    public List<String> sequences(Connection c, String container, Collection<String> names) throws SQLException {
        List<String> out = new ArrayList<>();
        for (Relation r : relations(c, container, names)) {
            if (r.kind() == RelationKind.SEQUENCE) {
                out.add(r.name());
            }
        }
        return out;
    }
}
