// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.mysql;

import dev.tidemark.dialect.Dialect;
import dev.tidemark.sql.DataCell;
import dev.tidemark.sql.DataSql;
import dev.tidemark.sql.DataStatement;
import dev.tidemark.sql.RenderContext;
import java.util.List;

/**
 * MySQL's rows. Literal loadData is one multi-row INSERT per 51 rows, and loadUpdateData is
 * {@code INSERT ... ON DUPLICATE KEY UPDATE c = v,...}, both as Liquibase writes them (the values
 * are repeated rather than read through the deprecated {@code VALUES(c)}).
 */
public class MySqlDataSql extends DataSql {
    public MySqlDataSql(Dialect dialect) {
        super(dialect);
    }

    @Override
    protected boolean multiRowInserts() {
        return true;
    }

    /** With nothing to update, the key is assigned to itself so that an existing row is left as it is. */
    @Override
    protected DataStatement upsert(String table, List<DataCell> row, List<DataCell> key, RenderContext ctx) {
        DataStatement.Builder sql = insertRowBuilder(table, row, ctx).text("\nON DUPLICATE KEY UPDATE ");
        List<DataCell> set = updatable(row, key);
        if (set.isEmpty()) {
            String k = ctx.name(key.get(0).column());
            return sql.text(k + " = " + k).build();
        }
        for (int i = 0; i < set.size(); i++) {
            sql.text((i == 0 ? "" : ",") + ctx.name(set.get(i).column()) + " = ").value(set.get(i).value());
        }
        return sql.build();
    }

    private static DataStatement.Builder insertRowBuilder(String table, List<DataCell> row, RenderContext ctx) {
        return new DataStatement.Builder().text("INSERT INTO " + table + " (" + columnList(row, ctx) + ") VALUES (")
                .values(values(row)).text(")");
    }
}
