// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.mysql;

import dev.tidemark.dialect.Dialect;
import dev.tidemark.model.ColumnConfig;
import dev.tidemark.model.change.CreateIndex;

/** MariaDB's IndexSql: MySQL's, without functional key parts. */
public class MariaDbIndexSql extends MySqlIndexSql {
    public MariaDbIndexSql(Dialect dialect) {
        super(dialect);
    }

    /** MariaDB indexes columns only (an expression needs a virtual column); Liquibase writes SQL MariaDB rejects. */
    @Override
    protected String expression(CreateIndex change, ColumnConfig column) {
        throw invalid(change, "the computed column '" + column.name() + "' is not possible (MariaDB has no expression indexes;"
                + " index a virtual column instead)");
    }
}
