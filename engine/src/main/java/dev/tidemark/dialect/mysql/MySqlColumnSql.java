// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.mysql;

import dev.tidemark.dialect.Dialect;
import dev.tidemark.model.ColumnConfig;
import dev.tidemark.model.change.AddAutoIncrement;
import dev.tidemark.model.change.AddColumn;
import dev.tidemark.model.change.AddDefaultValue;
import dev.tidemark.model.change.AddNotNullConstraint;
import dev.tidemark.model.change.Change;
import dev.tidemark.model.change.DropColumn;
import dev.tidemark.model.change.DropDefaultValue;
import dev.tidemark.model.change.DropNotNullConstraint;
import dev.tidemark.model.change.ModifyDataType;
import dev.tidemark.model.change.RenameColumn;
import dev.tidemark.model.change.SetColumnRemarks;
import dev.tidemark.sql.ColumnSql;
import dev.tidemark.sql.RenderContext;
import dev.tidemark.sql.SqlStatement;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MySQL's columns: explicit NULL, inline COMMENT, AUTO_INCREMENT, MODIFY/CHANGE that restate the
 * column type (so columnDataType is required where Liquibase requires it), one ALTER TABLE for
 * several added or dropped columns (booleans and the lack of sequences come from
 * {@link MySqlLiterals}).
 */
public class MySqlColumnSql extends ColumnSql {
    private static final Pattern CURRENT_TIMESTAMP =
            Pattern.compile("(?i)\\s*(current_timestamp|current_datetime|now)\\s*(\\(\\s*(\\d*)\\s*\\))?\\s*");

    public MySqlColumnSql(Dialect dialect) {
        super(dialect);
    }

    // ---------------------------------------------------------------- definitions

    @Override
    protected boolean supportsAfterColumn() {
        return true;
    }

    @Override
    protected String explicitNull() {
        return " NULL";
    }

    @Override
    protected String inlineRemarks(String remarks) {
        return remarks == null ? "" : " COMMENT " + dialect.literals().plainString(remarks);
    }

    /** In ALTER TABLE ... ADD Liquibase leaves a space after the comment. */
    @Override
    protected String addColumnInlineRemarks(String remarks) {
        return remarks == null ? "" : inlineRemarks(remarks) + " ";
    }

    /** NOT NULL without a constraint name (MySQL has no named NOT NULL constraints; Liquibase wrote one). */
    @Override
    protected String addColumnConstraintClauses(ColumnConfig col, RenderContext ctx) {
        return (isNotNull(col) ? " NOT NULL" : " NULL") + (isPrimaryKey(col) ? " PRIMARY KEY" : "");
    }

    @Override
    protected String autoIncrementClause(Change change, BigInteger startWith, BigInteger incrementBy,
            String generationType, Boolean defaultOnNull, RenderContext ctx) {
        return " AUTO_INCREMENT";
    }

    /**
     * current_timestamp[(p)] and now([p]) become NOW([p]), keeping the precision as Liquibase does
     * for MySQL; other expressions are written as given.
     */
    @Override
    protected String computedInDefinition(String expression, RenderContext ctx) {
        Matcher m = CURRENT_TIMESTAMP.matcher(expression);
        if (!m.matches()) {
            return expression;
        }
        return m.group(3) != null && !m.group(3).isEmpty() ? "NOW(" + m.group(3) + ")" : "NOW()";
    }

    /**
     * An expression default in a column definition: the current timestamp as NOW([p]), a MySQL
     * {@code ... ON UPDATE ...} clause as written, anything else in parentheses. MySQL 8.0.13+
     * requires the parentheses for any expression but the current timestamp, MariaDB for operator
     * expressions ({@code 1+1}); Liquibase wrote the expression bare.
     */
    @Override
    protected String expressionDefault(String expression, RenderContext ctx) {
        String sql = computedInDefinition(expression, ctx);
        if (!sql.equals(expression) || expression.toUpperCase(Locale.ROOT).contains(" ON UPDATE ")) {
            return sql;
        }
        String trimmed = expression.trim();
        return trimmed.startsWith("(") && trimmed.endsWith(")") ? trimmed : "(" + trimmed + ")";
    }

    /** Expression defaults after SET DEFAULT are in parentheses, as MySQL 8 requires. */
    @Override
    protected String computedDefault(String expression, RenderContext ctx) {
        return "(" + expression + ")";
    }

    // ---------------------------------------------------------------- change types

    /**
     * One ALTER TABLE adding every column, with the AUTO_INCREMENT=n table option when an
     * auto-increment column has startWith; then the constraints, then the UPDATEs. An
     * auto-increment column must be the primary key and cannot have incrementBy.
     *
     * <p>The table option goes into the same ALTER TABLE because there it numbers the rows the
     * table already has from startWith, as PostgreSQL and H2 do; a separate ALTER TABLE after the
     * ADD only moves the next value (the existing rows keep 1, 2, ...). Liquibase 4.33 drops
     * startWith here.
     */
    @Override
    public List<SqlStatement> addColumn(AddColumn change, RenderContext ctx) {
        String table = ctx.qualified(change.catalogName(), change.schemaName(), change.tableName());
        List<String> definitions = new ArrayList<>();
        List<SqlStatement> constraints = new ArrayList<>();
        BigInteger startWith = null;
        for (ColumnConfig col : change.columns()) {
            checkPosition(change, col);
            if (Boolean.TRUE.equals(col.autoIncrement())) {
                if (!isPrimaryKey(col)) {
                    throw invalid(change, "auto-increment column " + col.name() + " must be the primary key");
                }
                if (col.incrementBy() != null) {
                    throw invalid(change, "incrementBy (column " + col.name() + ") is not supported"
                            + " (MySQL increments by the server's auto_increment_increment)");
                }
                startWith = col.startWith() != null ? col.startWith() : startWith;
            }
            definitions.add("ADD " + addColumnDefinition(change, col, ctx));
            constraints.addAll(addColumnConstraints(change, col, table, ctx));
        }
        if (startWith != null) {
            definitions.add("AUTO_INCREMENT=" + startWith);
        }
        List<SqlStatement> out = new ArrayList<>();
        out.add(SqlStatement.of(("ALTER TABLE " + table + " " + String.join(", ", definitions)).stripTrailing()));
        out.addAll(constraints);
        out.addAll(addColumnUpdates(change, table, ctx));
        return out;
    }

    /** DROP COLUMN c, or DROP a, DROP b for several columns in one statement. */
    @Override
    public List<SqlStatement> dropColumn(DropColumn change, RenderContext ctx) {
        List<String> columns = droppedColumns(change);
        String table = alterTable(change.catalogName(), change.schemaName(), change.tableName(), ctx);
        if (columns.size() == 1) {
            return List.of(SqlStatement.of(table + " DROP COLUMN " + ctx.name(columns.get(0))));
        }
        List<String> drops = new ArrayList<>();
        for (String column : columns) {
            drops.add("DROP " + ctx.name(column));
        }
        return List.of(SqlStatement.of(table + " " + String.join(", ", drops)));
    }

    /** CHANGE old new TYPE [COMMENT 'remarks']: MySQL restates the column, so its type is required. */
    @Override
    public List<SqlStatement> renameColumn(RenameColumn change, RenderContext ctx) {
        String type = requiredType(change, change.columnDataType());
        return List.of(SqlStatement.of(alterTable(change.catalogName(), change.schemaName(), change.tableName(), ctx)
                + " CHANGE " + ctx.name(change.oldColumnName()) + " " + ctx.name(change.newColumnName()) + " " + type
                + inlineRemarks(change.remarks())));
    }

    @Override
    public List<SqlStatement> modifyDataType(ModifyDataType change, RenderContext ctx) {
        return List.of(SqlStatement.of(alterTable(change.catalogName(), change.schemaName(), change.tableName(), ctx)
                + " MODIFY " + ctx.name(change.columnName()) + " " + columnType(change, change.newDataType())));
    }

    @Override
    public List<SqlStatement> addNotNullConstraint(AddNotNullConstraint change, RenderContext ctx) {
        String type = requiredType(change, change.columnDataType());
        List<SqlStatement> out = new ArrayList<>(fillNulls(change, ctx));
        out.add(SqlStatement.of(alterTable(change.catalogName(), change.schemaName(), change.tableName(), ctx)
                + " MODIFY " + ctx.name(change.columnName()) + " " + type + " NOT NULL"));
        return out;
    }

    @Override
    public List<SqlStatement> dropNotNullConstraint(DropNotNullConstraint change, RenderContext ctx) {
        String type = requiredType(change, change.columnDataType());
        return List.of(SqlStatement.of(alterTable(change.catalogName(), change.schemaName(), change.tableName(), ctx)
                + " MODIFY " + ctx.name(change.columnName()) + " " + type + " NULL"));
    }

    @Override
    public List<SqlStatement> addDefaultValue(AddDefaultValue change, RenderContext ctx) {
        return List.of(SqlStatement.of(alterTable(change.catalogName(), change.schemaName(), change.tableName(), ctx)
                + " ALTER " + ctx.name(change.columnName()) + " SET DEFAULT " + addedDefault(change, ctx)));
    }

    @Override
    public List<SqlStatement> dropDefaultValue(DropDefaultValue change, RenderContext ctx) {
        return List.of(SqlStatement.of(alterTable(change.catalogName(), change.schemaName(), change.tableName(), ctx)
                + " ALTER " + ctx.name(change.columnName()) + " DROP DEFAULT"));
    }

    /** MODIFY c TYPE AUTO_INCREMENT, then the table's next value when startWith is given. */
    @Override
    public List<SqlStatement> addAutoIncrement(AddAutoIncrement change, RenderContext ctx) {
        String type = requiredType(change, change.columnDataType());
        if (change.incrementBy() != null) {
            throw invalid(change, "incrementBy is not supported (MySQL increments by the server's auto_increment_increment)");
        }
        String table = alterTable(change.catalogName(), change.schemaName(), change.tableName(), ctx);
        List<SqlStatement> out = new ArrayList<>();
        out.add(SqlStatement.of(table + " MODIFY " + ctx.name(change.columnName()) + " " + type + " AUTO_INCREMENT"));
        if (change.startWith() != null) {
            out.add(SqlStatement.of(table + " AUTO_INCREMENT=" + change.startWith()));
        }
        return out;
    }

    @Override
    protected String concatenate(String first, String join, String second) {
        return "CONCAT_WS(" + join + ", " + first + ", " + second + ")";
    }

    /**
     * MODIFY COLUMN c TYPE COMMENT 'remarks' (MySQL restates the column). View columns have no
     * comments in MySQL, so columnParentType VIEW is refused (Liquibase wrote an ALTER TABLE on the
     * view, which fails).
     */
    @Override
    public List<SqlStatement> setColumnRemarks(SetColumnRemarks change, RenderContext ctx) {
        if (change.columnParentType() != null && change.columnParentType().trim().toUpperCase(Locale.ROOT).equals("VIEW")) {
            throw invalid(change, "columns of views cannot have remarks");
        }
        String type = requiredType(change, change.columnDataType());
        return List.of(SqlStatement.of(alterTable(change.catalogName(), change.schemaName(), change.tableName(), ctx)
                + " MODIFY COLUMN " + ctx.name(change.columnName()) + " " + type
                + " COMMENT " + dialect.literals().plainString(change.remarks() == null ? "" : change.remarks())));
    }

    /** The column type a MODIFY or CHANGE restates; refused when the changelog does not give it. */
    protected String requiredType(Change change, String columnDataType) {
        if (columnDataType == null || columnDataType.isBlank()) {
            throw invalid(change, "columnDataType is required (MySQL restates the column's type)");
        }
        return columnType(change, columnDataType);
    }
}
