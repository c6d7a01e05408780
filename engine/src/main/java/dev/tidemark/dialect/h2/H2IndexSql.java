// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.h2;

import dev.tidemark.dialect.Dialect;
import dev.tidemark.model.ColumnConfig;
import dev.tidemark.model.change.CreateIndex;
import dev.tidemark.sql.IndexSql;

/** H2's IndexSql: the ANSI forms; H2 indexes columns only. */
public class H2IndexSql extends IndexSql {
    public H2IndexSql(Dialect dialect) {
        super(dialect);
    }

    /** Liquibase writes the expression, which H2 rejects. */
    @Override
    protected String expression(CreateIndex change, ColumnConfig column) {
        throw invalid(change, "the computed column '" + column.name() + "' is not possible (H2 has no expression indexes;"
                + " index a generated column instead)");
    }
}
