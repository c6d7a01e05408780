// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.sql;

import dev.tidemark.dialect.QuotingStrategy;
import dev.tidemark.model.ColumnConfig;
import dev.tidemark.model.change.CreateIndex;
import dev.tidemark.model.change.DropIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Indexes. ANSI-style SQL by default (what H2 runs); each dialect's package overrides what its
 * database spells differently.
 * A change type a database cannot express stays {@link SqlFamily#unsupported}.
 */
public class IndexSql extends SqlFamily {
    /** An index method ({@code using}): one word, printed as written. */
    private static final Pattern METHOD = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    public IndexSql(dev.tidemark.dialect.Dialect dialect) {
        super(dialect);
    }

    public List<SqlStatement> createIndex(CreateIndex change, RenderContext ctx) {
        if (change.columns().isEmpty()) {
            throw invalid(change, "at least one column is required");
        }
        String name = indexName(change, ctx);
        String table = ctx.qualified(change.catalogName(), change.schemaName(), change.tableName());
        List<String> keys = new ArrayList<>();
        for (ColumnConfig column : change.columns()) {
            if (!Boolean.TRUE.equals(column.included())) {
                keys.add(keyPart(change, column, ctx));
            }
        }
        if (keys.isEmpty()) {
            throw invalid(change, "every column is an included column; an index needs at least one key column");
        }
        StringBuilder sql = new StringBuilder("CREATE ");
        if (Boolean.TRUE.equals(change.unique())) {
            sql.append("UNIQUE ");
        }
        sql.append("INDEX ").append(name.isEmpty() ? "" : name + " ").append("ON ").append(table)
                .append(methodBeforeColumns(change))
                .append('(').append(String.join(", ", keys)).append(')')
                .append(afterColumns(change, ctx));
        List<SqlStatement> out = new ArrayList<>();
        out.add(SqlStatement.of(sql.toString()));
        out.addAll(clustered(change, ctx));
        return out;
    }

    /** The index's name, qualified by the table's schema here (H2, Oracle). */
    protected String indexName(CreateIndex change, RenderContext ctx) {
        if (change.indexName() == null) {
            throw invalid(change, "indexName is required");
        }
        return ctx.qualified(change.catalogName(), change.schemaName(), change.indexName());
    }

    /** One key part: a column or (computed) an expression, with DESC when descending. */
    protected String keyPart(CreateIndex change, ColumnConfig column, RenderContext ctx) {
        String part = isExpression(column, ctx) ? expression(change, column) : ctx.name(column.name());
        return Boolean.TRUE.equals(column.descending()) ? part + " DESC" : part;
    }

    /**
     * Whether the column is an expression: computed=true, or (as Liquibase decides) a name with a
     * parenthesis when names are not all quoted.
     */
    protected static boolean isExpression(ColumnConfig column, RenderContext ctx) {
        return Boolean.TRUE.equals(column.computed())
                || (column.name().contains("(") && ctx.quoting() != QuotingStrategy.QUOTE_ALL_OBJECTS);
    }

    /** An expression key part, as written. */
    protected String expression(CreateIndex change, ColumnConfig column) {
        return column.name();
    }

    /** The index method between the table and the column list; ignored here, as Liquibase does. */
    protected String methodBeforeColumns(CreateIndex change) {
        return "";
    }

    /**
     * What follows the column list. Included (covering) columns are refused here, since Liquibase
     * would make them key columns; tablespace is ignored, as Liquibase does.
     */
    protected String afterColumns(CreateIndex change, RenderContext ctx) {
        if (!includedColumns(change, ctx).isEmpty()) {
            throw invalid(change, "included columns are not allowed");
        }
        return "";
    }

    /** The statements that follow CREATE INDEX for clustered=true; none here (ignored, as Liquibase does). */
    protected List<SqlStatement> clustered(CreateIndex change, RenderContext ctx) {
        return List.of();
    }

    /** The included columns, quoted. */
    protected List<String> includedColumns(CreateIndex change, RenderContext ctx) {
        List<String> out = new ArrayList<>();
        for (ColumnConfig column : change.columns()) {
            if (Boolean.TRUE.equals(column.included())) {
                out.add(ctx.name(column.name()));
            }
        }
        return out;
    }

    /** The {@code using} attribute, checked to be one word. */
    protected String method(CreateIndex change) {
        String using = change.using().trim();
        if (!METHOD.matcher(using).matches()) {
            throw invalid(change, "using '" + change.using() + "' is not an index method name");
        }
        return using;
    }

    public List<SqlStatement> dropIndex(DropIndex change, RenderContext ctx) {
        return List.of(SqlStatement.of("DROP INDEX " + ctx.qualified(change.catalogName(), change.schemaName(), change.indexName())));
    }
}
