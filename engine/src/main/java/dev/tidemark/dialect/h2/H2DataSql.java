// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.h2;

import dev.tidemark.dialect.Dialect;
import dev.tidemark.sql.DataCell;
import dev.tidemark.sql.DataSql;
import dev.tidemark.sql.DataStatement;
import dev.tidemark.sql.RenderContext;
import java.util.List;

/**
 * H2's rows. loadUpdateData is {@code MERGE INTO t (cols) KEY(pk) VALUES (...)} as Liquibase
 * writes it; that form overwrites every column, so when a column has {@code allowUpdate="false"}
 * (which Liquibase ignores on H2) the standard MERGE of the base class is written instead.
 */
public class H2DataSql extends DataSql {
    public H2DataSql(Dialect dialect) {
        super(dialect);
    }

    @Override
    protected DataStatement upsert(String table, List<DataCell> row, List<DataCell> key, RenderContext ctx) {
        if (updatable(row, key).size() + key.size() < row.size()) {
            return super.upsert(table, row, key, ctx);
        }
        return new DataStatement.Builder().text("MERGE INTO " + table + " (" + columnList(row, ctx) + ") KEY("
                + columnList(key, ctx) + ") VALUES (").values(values(row)).text(")").build();
    }
}
