// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.h2;

import dev.tidemark.dialect.CatalogQueries;
import dev.tidemark.dialect.Dialect;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** H2 2.x: the standard INFORMATION_SCHEMA views, and its INDEX_COLUMNS view for indexes. */
public class H2CatalogQueries extends CatalogQueries {

    public H2CatalogQueries(Dialect dialect) {
        super(dialect);
    }

    @Override
    public List<IndexRow> indexes(Connection c, String container, Collection<String> tables, Collection<String> names)
            throws SQLException {
        List<IndexRow> out = new ArrayList<>();
        for (List<String>[] pair : pairs(tables, names)) {
            String sql = "SELECT TABLE_NAME, INDEX_NAME, COLUMN_NAME, ORDINAL_POSITION FROM INFORMATION_SCHEMA.INDEX_COLUMNS"
                    + " WHERE INDEX_SCHEMA = ? AND " + either("TABLE_NAME", pair[0].size(), "INDEX_NAME", pair[1].size());
            query(c, sql, container, pair[0], pair[1], rs -> out.add(new IndexRow(rs.getString(1), rs.getString(2),
                    rs.getString(3), rs.getInt(4))));
        }
        return out;
    }
}
