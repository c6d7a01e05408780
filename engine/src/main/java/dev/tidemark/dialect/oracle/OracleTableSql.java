// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.oracle;

import dev.tidemark.dialect.Dialect;
import dev.tidemark.model.ColumnConfig;
import dev.tidemark.model.change.AddLookupTable;
import dev.tidemark.model.change.CreateTable;
import dev.tidemark.sql.RenderContext;
import dev.tidemark.sql.SqlStatement;
import dev.tidemark.sql.TableSql;
import java.util.List;

/**
 * Oracle's tables: ROWDEPENDENCIES, CASCADE CONSTRAINTS, IF NOT EXISTS only from Oracle 23 (older
 * versions ignore ifNotExists, as Liquibase does).
 */
public class OracleTableSql extends TableSql {
    public OracleTableSql(Dialect dialect) {
        super(dialect);
    }

    @Override
    protected boolean supportsIfNotExists() {
        return dialect.version().atLeast(23, 0);
    }

    @Override
    protected String tableOptions(CreateTable change, List<ColumnConfig> autoIncrement, RenderContext ctx) {
        return super.tableOptions(change, autoIncrement, ctx)
                + (Boolean.TRUE.equals(change.rowDependencies()) ? " ROWDEPENDENCIES" : "");
    }

    @Override
    protected String cascade() {
        return " CASCADE CONSTRAINTS";
    }

    /** The primary key makes the lookup column NOT NULL on Oracle; Liquibase writes no separate statement. */
    @Override
    protected List<SqlStatement> lookupNotNull(AddLookupTable change, RenderContext ctx) {
        return List.of();
    }
}
