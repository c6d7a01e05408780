// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.oracle;

import dev.tidemark.dialect.CatalogQueries;
import dev.tidemark.dialect.Dialect;
import dev.tidemark.dialect.QuotingStrategy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Oracle: the ALL_* dictionary views, by owner. As Liquibase does, a schema is an owner, named by
 * catalogName or schemaName.
 */
public class OracleCatalogQueries extends CatalogQueries {

    public OracleCatalogQueries(Dialect dialect) {
        super(dialect);
    }

    @Override
    public String container(String catalogName, String schemaName) {
        String named = catalogName != null && !catalogName.isBlank() ? catalogName : schemaName;
        return named == null || named.isBlank() ? null
                : dialect.identifiers().catalogSpelling(named.trim(), QuotingStrategy.LEGACY);
    }

    @Override
    public List<Relation> relations(Connection c, String container, Collection<String> names) throws SQLException {
        List<Relation> out = new ArrayList<>();
        for (List<String> chunk : chunks(names)) {
            String sql = "SELECT OBJECT_NAME, OBJECT_TYPE FROM ALL_OBJECTS WHERE OWNER = ?"
                    + " AND OBJECT_TYPE IN ('TABLE', 'VIEW', 'MATERIALIZED VIEW', 'SEQUENCE') AND OBJECT_NAME IN "
                    + marks(chunk.size());
            query(c, sql, container, chunk, List.of(), rs -> out.add(new Relation(rs.getString(1), relationKind(rs.getString(2)))));
        }
        return out;
    }

    @Override
    public List<ColumnRow> columns(Connection c, String container, Collection<String> tables) throws SQLException {
        List<ColumnRow> out = new ArrayList<>();
        for (List<String> chunk : chunks(tables)) {
            String sql = "SELECT TABLE_NAME, COLUMN_NAME FROM ALL_TAB_COLUMNS WHERE OWNER = ? AND TABLE_NAME IN " + marks(chunk.size());
            query(c, sql, container, chunk, List.of(), rs -> out.add(new ColumnRow(rs.getString(1), rs.getString(2))));
        }
        return out;
    }

    @Override
    public List<KeyRow> keys(Connection c, String container, Collection<String> tables, Collection<String> names)
            throws SQLException {
        List<KeyRow> out = new ArrayList<>();
        for (List<String>[] pair : pairs(tables, names)) {
            String sql = "SELECT k.TABLE_NAME, k.CONSTRAINT_NAME, k.CONSTRAINT_TYPE, cc.COLUMN_NAME, cc.POSITION"
                    + " FROM ALL_CONSTRAINTS k LEFT JOIN ALL_CONS_COLUMNS cc ON cc.OWNER = k.OWNER"
                    + " AND cc.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND cc.TABLE_NAME = k.TABLE_NAME"
                    + " WHERE k.OWNER = ? AND k.CONSTRAINT_TYPE IN ('P', 'U', 'R') AND "
                    + either("k.TABLE_NAME", pair[0].size(), "k.CONSTRAINT_NAME", pair[1].size());
            query(c, sql, container, pair[0], pair[1], rs -> out.add(new KeyRow(rs.getString(1), rs.getString(2),
                    keyKind(rs.getString(3)), rs.getString(4), rs.getInt(5))));
        }
        return out;
    }

    @Override
    public List<IndexRow> indexes(Connection c, String container, Collection<String> tables, Collection<String> names)
            throws SQLException {
        List<IndexRow> out = new ArrayList<>();
        for (List<String>[] pair : pairs(tables, names)) {
            String sql = "SELECT TABLE_NAME, INDEX_NAME, COLUMN_NAME, COLUMN_POSITION FROM ALL_IND_COLUMNS WHERE TABLE_OWNER = ? AND "
                    + either("TABLE_NAME", pair[0].size(), "INDEX_NAME", pair[1].size());
            query(c, sql, container, pair[0], pair[1], rs -> out.add(new IndexRow(rs.getString(1), rs.getString(2),
                    rs.getString(3), rs.getInt(4))));
        }
        return out;
    }

    @Override
    public List<String> sequences(Connection c, String container, Collection<String> names) throws SQLException {
        List<String> out = new ArrayList<>();
        for (List<String> chunk : chunks(names)) {
            String sql = "SELECT SEQUENCE_NAME FROM ALL_SEQUENCES WHERE SEQUENCE_OWNER = ? AND SEQUENCE_NAME IN " + marks(chunk.size());
            query(c, sql, container, chunk, List.of(), rs -> out.add(rs.getString(1)));
        }
        return out;
    }
}
