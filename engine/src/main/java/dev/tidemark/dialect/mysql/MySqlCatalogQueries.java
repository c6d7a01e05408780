// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.mysql;

import dev.tidemark.dialect.CatalogQueries;
import dev.tidemark.dialect.Dialect;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * MySQL and MariaDB: INFORMATION_SCHEMA, where a schema is a database (JDBC's catalog). Names
 * keep their case as written and are compared without regard to case. Indexes come from
 * STATISTICS; MariaDB lists its sequences among the tables, and MySQL has none.
 */
public class MySqlCatalogQueries extends CatalogQueries {

    public MySqlCatalogQueries(Dialect dialect) {
        super(dialect);
    }

    @Override
    public String currentContainer(Connection c) throws SQLException {
        return c.getCatalog();
    }

    /** The database is named by catalogName or schemaName (Liquibase's rule for MySQL). */
    @Override
    public String container(String catalogName, String schemaName) {
        String named = catalogName != null && !catalogName.isBlank() ? catalogName : schemaName;
        return named == null || named.isBlank() ? null : named.trim();
    }

    @Override
    public boolean caseInsensitiveNames() {
        return true;
    }

    @Override
    public boolean exactNames(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT @@lower_case_table_names")) {
            return rs.next() && rs.getInt(1) == 0;
        }
    }

    @Override
    public boolean primaryKeysNamed() {
        return false;
    }

    @Override
    public List<IndexRow> indexes(Connection c, String container, Collection<String> tables, Collection<String> names)
            throws SQLException {
        List<IndexRow> out = new ArrayList<>();
        for (List<String>[] pair : pairs(tables, names)) {
            String sql = "SELECT TABLE_NAME, INDEX_NAME, COLUMN_NAME, SEQ_IN_INDEX FROM INFORMATION_SCHEMA.STATISTICS"
                    + " WHERE TABLE_SCHEMA = ? AND " + either("TABLE_NAME", pair[0].size(), "INDEX_NAME", pair[1].size());
            query(c, sql, container, pair[0], pair[1], rs -> out.add(new IndexRow(rs.getString(1), rs.getString(2),
                    rs.getString(3), rs.getInt(4))));
        }
        return out;
    }

    @Override
    public List<String> sequences(Connection c, String container, Collection<String> names) throws SQLException {
        List<String> out = new ArrayList<>();
        if (!dialect.capabilities().sequences()) {
            return out;
        }
        for (Relation r : relations(c, container, names)) {
            if (r.kind() == RelationKind.SEQUENCE) {
                out.add(r.name());
            }
        }
        return out;
    }
}
