// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.mysql;

import dev.tidemark.dialect.Dialect;
import dev.tidemark.model.change.Change;
import dev.tidemark.sql.RenderContext;

/** MariaDB's columns: MySQL's, with sequences ({@link MariaDbLiterals}). */
public class MariaDbColumnSql extends MySqlColumnSql {
    public MariaDbColumnSql(Dialect dialect) {
        super(dialect);
    }

    /** SET DEFAULT (NEXT VALUE FOR s): Liquibase wrote (s), which MariaDB reads as a column name. */
    @Override
    protected String sequenceNextDefault(Change change, String sequence, String schema, RenderContext ctx) {
        return "(" + sequenceNext(change, sequence, schema, ctx) + ")";
    }
}
