// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.postgres;

import dev.tidemark.dialect.Dialect;
import dev.tidemark.sql.TableSql;

/** PostgreSQL's tables: the base SQL; an unnamed primary key is named table_pkey, as PostgreSQL names it. */
public class PostgresTableSql extends TableSql {
    public PostgresTableSql(Dialect dialect) {
        super(dialect);
    }

    @Override
    protected String defaultPrimaryKeyName(String table) {
        return table + "_pkey";
    }
}
