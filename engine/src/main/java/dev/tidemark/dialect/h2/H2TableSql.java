// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.h2;

import dev.tidemark.dialect.Dialect;
import dev.tidemark.model.ColumnConfig;
import dev.tidemark.model.Constraints;
import dev.tidemark.model.change.CreateTable;
import dev.tidemark.sql.RenderContext;
import dev.tidemark.sql.TableSql;
import java.util.List;

/** H2's tables: no tablespaces, no deferred constraints. */
public class H2TableSql extends TableSql {
    public H2TableSql(Dialect dialect) {
        super(dialect);
    }

    @Override
    protected String primaryKeyTablespace(String tablespace, RenderContext ctx) {
        return "";
    }

    /**
     * H2 accepts DEFERRABLE (and ignores it) but has no deferred constraints: INITIALLY DEFERRED,
     * which Liquibase wrote, is a syntax error there.
     */
    @Override
    protected String deferral(Constraints c) {
        return Boolean.TRUE.equals(c.deferrable()) ? " DEFERRABLE" : "";
    }

    @Override
    protected String tableOptions(CreateTable change, List<ColumnConfig> autoIncrement, RenderContext ctx) {
        return "";
    }
}
