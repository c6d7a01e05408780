// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.postgres;

import dev.tidemark.dialect.Dialect;
import dev.tidemark.sql.DataCell;
import dev.tidemark.sql.DataSql;
import dev.tidemark.sql.DataStatement;
import dev.tidemark.sql.RenderContext;
import java.util.List;

/**
 * PostgreSQL's rows. Literal loadData is one multi-row INSERT per 51 rows, as Liquibase writes it.
 * loadUpdateData is {@code INSERT ... ON CONFLICT (key) DO UPDATE SET c = EXCLUDED.c} (one
 * statement, which also batches), where Liquibase writes a {@code DO $$ ... $$} block per row.
 */
public class PostgresDataSql extends DataSql {
    public PostgresDataSql(Dialect dialect) {
        super(dialect);
    }

    @Override
    protected boolean multiRowInserts() {
        return true;
    }

    @Override
    protected DataStatement upsert(String table, List<DataCell> row, List<DataCell> key, RenderContext ctx) {
        DataStatement.Builder sql = new DataStatement.Builder().text("INSERT INTO " + table + " (" + columnList(row, ctx)
                + ") VALUES (").values(values(row)).text(") ON CONFLICT (" + columnList(key, ctx) + ")");
        List<DataCell> set = updatable(row, key);
        if (set.isEmpty()) {
            return sql.text(" DO NOTHING").build();
        }
        sql.text(" DO UPDATE SET ");
        for (int i = 0; i < set.size(); i++) {
            String c = ctx.name(set.get(i).column());
            sql.text((i == 0 ? "" : ", ") + c + " = EXCLUDED." + c);
        }
        return sql.build();
    }
}
