// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.sql;

import dev.tidemark.model.ColumnConfig;
import dev.tidemark.model.Constraints;
import dev.tidemark.model.Value;
import dev.tidemark.model.change.AddAutoIncrement;
import dev.tidemark.model.change.AddColumn;
import dev.tidemark.model.change.AddDefaultValue;
import dev.tidemark.model.change.AddNotNullConstraint;
import dev.tidemark.model.change.Change;
import dev.tidemark.model.change.DropColumn;
import dev.tidemark.model.change.DropDefaultValue;
import dev.tidemark.model.change.DropNotNullConstraint;
import dev.tidemark.model.change.MergeColumns;
import dev.tidemark.model.change.ModifyDataType;
import dev.tidemark.model.change.RenameColumn;
import dev.tidemark.model.change.SetColumnRemarks;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Columns: add, drop, rename, types, nullability, defaults, auto-increment, merge, remarks. The
 * base class writes the SQL most databases accept (PostgreSQL's, as Liquibase writes it); each
 * dialect's package overrides what its database spells differently, here or in the column pieces
 * it inherits from {@link ColumnDefinitionSql}. A change type a database cannot express stays
 * {@link SqlFamily#unsupported}; an attribute it cannot express is refused with
 * {@link SqlFamily#invalid}.
 */
public class ColumnSql extends ColumnDefinitionSql {
    public ColumnSql(dev.tidemark.dialect.Dialect dialect) {
        super(dialect);
    }

    // ---------------------------------------------------------------- addColumn

    /**
     * One ALTER TABLE ... ADD per column, each followed by its unique and foreign-key
     * constraints; then the UPDATEs for columns with a value; then the column remarks.
     */
    public List<SqlStatement> addColumn(AddColumn change, RenderContext ctx) {
        String table = ctx.qualified(change.catalogName(), change.schemaName(), change.tableName());
        List<SqlStatement> out = new ArrayList<>();
        for (ColumnConfig col : change.columns()) {
            checkPosition(change, col);
            out.add(SqlStatement.of("ALTER TABLE " + table + " ADD " + addColumnDefinition(change, col, ctx)));
            out.addAll(addColumnConstraints(change, col, table, ctx));
        }
        out.addAll(addColumnUpdates(change, table, ctx));
        out.addAll(addColumnRemarks(change, ctx));
        return out;
    }

    /** The unique and foreign-key constraints an added column asks for, as ALTER TABLE statements. */
    protected List<SqlStatement> addColumnConstraints(AddColumn change, ColumnConfig col, String table, RenderContext ctx) {
        Constraints c = col.constraints();
        List<SqlStatement> out = new ArrayList<>();
        if (c == null) {
            return out;
        }
        if (Boolean.TRUE.equals(c.unique())) {
            String name = c.uniqueConstraintName() == null ? "" : "CONSTRAINT " + ctx.name(c.uniqueConstraintName()) + " ";
            out.add(SqlStatement.of("ALTER TABLE " + table + " ADD " + name + "UNIQUE (" + ctx.name(col.name()) + ")"
                    + novalidate(c.validateUnique()).stripTrailing()));
        }
        ColumnReference ref = ColumnReference.of(c);
        if (ref != null) {
            String name = c.foreignKeyName() == null ? "" : "CONSTRAINT " + ctx.name(c.foreignKeyName()) + " ";
            out.add(SqlStatement.of("ALTER TABLE " + table + " ADD " + name + "FOREIGN KEY (" + ctx.name(col.name())
                    + ") REFERENCES " + ref.table(ctx) + " (" + ref.columns(ctx) + ")"
                    + (Boolean.TRUE.equals(c.deleteCascade()) ? " ON DELETE CASCADE" : "")
                    + foreignKeyDeferral(c) + novalidate(c.validateForeignKey()).stripTrailing()));
        }
        return out;
    }

    /**
     * The added column's foreign key deferrability, as createTable writes it on this database
     * ({@link TableSql#deferral}); Liquibase 4.33 drops deferrable and initiallyDeferred here.
     */
    protected String foreignKeyDeferral(Constraints c) {
        return dialect.sql().table().deferral(c);
    }

    /** UPDATE t SET c = value for each added column with a value. */
    protected List<SqlStatement> addColumnUpdates(AddColumn change, String table, RenderContext ctx) {
        List<SqlStatement> out = new ArrayList<>();
        for (ColumnConfig col : change.columns()) {
            Value value = col.valueSpec();
            if (value.present()) {
                out.add(SqlStatement.of("UPDATE " + table + " SET " + ctx.name(col.name()) + " = "
                        + values().inUpdate(change, value, ctx)));
            }
        }
        return out;
    }

    /** COMMENT ON COLUMN for each added column with remarks (MySQL writes them inline instead). */
    protected List<SqlStatement> addColumnRemarks(AddColumn change, RenderContext ctx) {
        List<SqlStatement> out = new ArrayList<>();
        for (ColumnConfig col : change.columns()) {
            if (col.remarks() != null) {
                out.add(columnComment(change.catalogName(), change.schemaName(), change.tableName(), col.name(),
                        col.remarks(), ctx));
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- dropColumn, renameColumn, modifyDataType

    /** One ALTER TABLE ... DROP COLUMN per column. */
    public List<SqlStatement> dropColumn(DropColumn change, RenderContext ctx) {
        String table = ctx.qualified(change.catalogName(), change.schemaName(), change.tableName());
        List<SqlStatement> out = new ArrayList<>();
        for (String column : droppedColumns(change)) {
            out.add(SqlStatement.of("ALTER TABLE " + table + " DROP COLUMN " + ctx.name(column)));
        }
        return out;
    }

    /** columnName, or the nested column names; refused when neither or both are given. */
    protected List<String> droppedColumns(DropColumn change) {
        List<String> names = new ArrayList<>();
        if (change.columnName() != null && !change.columnName().isBlank()) {
            names.add(change.columnName());
        }
        for (ColumnConfig col : change.columns()) {
            names.add(col.name());
        }
        if (names.isEmpty()) {
            throw invalid(change, "columnName or at least one nested column is required");
        }
        if (change.columnName() != null && !change.columns().isEmpty()) {
            throw invalid(change, "give columnName or nested columns, not both");
        }
        return names;
    }

    /** RENAME COLUMN, then the remarks ({@link #renamedColumnRemarks}). */
    public List<SqlStatement> renameColumn(RenameColumn change, RenderContext ctx) {
        List<SqlStatement> out = new ArrayList<>();
        out.add(SqlStatement.of("ALTER TABLE " + ctx.qualified(change.catalogName(), change.schemaName(),
                change.tableName()) + " RENAME COLUMN " + ctx.name(change.oldColumnName()) + " TO "
                + ctx.name(change.newColumnName())));
        out.addAll(renamedColumnRemarks(change, ctx));
        return out;
    }

    /**
     * COMMENT ON COLUMN for the renamed column when the change gives remarks. Liquibase 4.33 drops
     * them everywhere but MySQL, where the CHANGE clause carries them.
     */
    protected List<SqlStatement> renamedColumnRemarks(RenameColumn change, RenderContext ctx) {
        if (change.remarks() == null) {
            return List.of();
        }
        return List.of(columnComment(change.catalogName(), change.schemaName(), change.tableName(),
                change.newColumnName(), change.remarks(), ctx));
    }

    /** PostgreSQL's ALTER COLUMN ... TYPE ... USING (c::type). */
    public List<SqlStatement> modifyDataType(ModifyDataType change, RenderContext ctx) {
        String type = columnType(change, change.newDataType());
        String column = ctx.name(change.columnName());
        return List.of(SqlStatement.of(alterTable(change.catalogName(), change.schemaName(), change.tableName(), ctx)
                + " ALTER COLUMN " + column + " TYPE " + type + " USING (" + column + "::" + type + ")"));
    }

    // ---------------------------------------------------------------- nullability

    /** The UPDATE for defaultNullValue, then ALTER COLUMN ... SET NOT NULL. */
    public List<SqlStatement> addNotNullConstraint(AddNotNullConstraint change, RenderContext ctx) {
        List<SqlStatement> out = new ArrayList<>(fillNulls(change, ctx));
        out.add(SqlStatement.of(alterTable(change.catalogName(), change.schemaName(), change.tableName(), ctx)
                + " ALTER COLUMN  " + ctx.name(change.columnName()) + " SET NOT NULL"));
        return out;
    }

    /**
     * UPDATE ... SET c = defaultNullValue WHERE c IS NULL. The value is text, except on a boolean
     * column, where it is the database's boolean (a number stays bare; BIT columns get 1/0, as
     * bit literals on PostgreSQL).
     */
    protected List<SqlStatement> fillNulls(AddNotNullConstraint change, RenderContext ctx) {
        if (change.defaultNullValue() == null) {
            return List.of();
        }
        String value = sqlStringOrBoolean(change, change.defaultNullValue(), change.columnDataType());
        String column = ctx.name(change.columnName());
        return List.of(SqlStatement.of("UPDATE " + ctx.qualified(change.catalogName(), change.schemaName(),
                change.tableName()) + " SET " + column + " = " + value + " WHERE " + column + " IS NULL"));
    }

    private String sqlStringOrBoolean(Change change, String value, String columnDataType) {
        if (columnDataType != null) {
            DataTypeSpec type = parseType(change, columnDataType);
            if (type.kind() == DataTypeKind.BOOLEAN) {
                boolean b = values().parseBoolean(change, value);
                if (columnDataType.toLowerCase(Locale.ROOT).contains("bit")) {
                    return bitLiteral(b);
                }
                String literal = booleanLiteral(b, null);
                return literal.equals("1") || literal.equals("0") ? literal : stringLiteral(literal);
            }
        }
        return stringLiteral(value);
    }

    /** 1 or 0 for a BIT column (B'1' / B'0' on PostgreSQL). */
    protected String bitLiteral(boolean value) {
        return value ? "1" : "0";
    }

    public List<SqlStatement> dropNotNullConstraint(DropNotNullConstraint change, RenderContext ctx) {
        return List.of(SqlStatement.of(alterTable(change.catalogName(), change.schemaName(), change.tableName(), ctx)
                + " ALTER COLUMN  " + ctx.name(change.columnName()) + " DROP NOT NULL"));
    }

    // ---------------------------------------------------------------- defaults

    public List<SqlStatement> addDefaultValue(AddDefaultValue change, RenderContext ctx) {
        return List.of(SqlStatement.of(alterTable(change.catalogName(), change.schemaName(), change.tableName(), ctx)
                + " ALTER COLUMN  " + ctx.name(change.columnName()) + " SET DEFAULT " + addedDefault(change, ctx)));
    }

    /** The value after SET DEFAULT, from whichever defaultValue* attribute the change has. */
    protected String addedDefault(AddDefaultValue change, RenderContext ctx) {
        return values().inAddDefault(change, defaultOf(change), change.schemaName(), ctx);
    }

    /** The one default an addDefaultValue gives. */
    protected Value defaultOf(AddDefaultValue change) {
        Value v = firstValue(Value.Kind.STRING, change.defaultValue(), Value.Kind.NUMERIC, change.defaultValueNumeric(),
                Value.Kind.BOOLEAN, change.defaultValueBoolean() == null ? null : change.defaultValueBoolean().toString(),
                Value.Kind.DATE, change.defaultValueDate(),
                Value.Kind.COMPUTED, change.defaultValueComputed(), Value.Kind.SEQUENCE_NEXT,
                change.defaultValueSequenceNext());
        if (!v.present()) {
            throw invalid(change, "one of defaultValue, defaultValueNumeric, defaultValueBoolean, defaultValueDate, "
                    + "defaultValueComputed or defaultValueSequenceNext is required");
        }
        return v;
    }

    private static Value firstValue(Object... kindTextPairs) {
        for (int i = 0; i < kindTextPairs.length; i += 2) {
            if (kindTextPairs[i + 1] != null) {
                return new Value((Value.Kind) kindTextPairs[i], (String) kindTextPairs[i + 1]);
            }
        }
        return Value.NONE;
    }

    public List<SqlStatement> dropDefaultValue(DropDefaultValue change, RenderContext ctx) {
        return List.of(SqlStatement.of(alterTable(change.catalogName(), change.schemaName(), change.tableName(), ctx)
                + " ALTER COLUMN " + ctx.name(change.columnName()) + " DROP DEFAULT"));
    }

    // ---------------------------------------------------------------- addAutoIncrement, mergeColumns, remarks

    /** ALTER COLUMN c type identity clause (H2's form); PostgreSQL and MySQL override. */
    public List<SqlStatement> addAutoIncrement(AddAutoIncrement change, RenderContext ctx) {
        if (change.columnDataType() == null) {
            throw invalid(change, "columnDataType is required");
        }
        return List.of(SqlStatement.of(alterTable(change.catalogName(), change.schemaName(), change.tableName(), ctx)
                + " ALTER COLUMN " + ctx.name(change.columnName()) + " " + change.columnDataType()
                + autoIncrementClause(change, change.startWith(), change.incrementBy(), change.generationType(),
                        change.defaultOnNull(), ctx)));
    }

    /** Adds the final column, fills it by concatenating the two, drops the two. */
    public List<SqlStatement> mergeColumns(MergeColumns change, RenderContext ctx) {
        String table = ctx.qualified(change.catalogName(), change.schemaName(), change.tableName());
        String type = columnType(change, change.finalColumnType());
        List<SqlStatement> out = new ArrayList<>();
        out.add(SqlStatement.of("ALTER TABLE " + table + " ADD " + ctx.name(change.finalColumnName()) + " " + type
                + explicitNull()));
        out.add(SqlStatement.of("UPDATE " + table + " SET " + ctx.name(change.finalColumnName()) + " = "
                + concatenate(ctx.name(change.column1Name()), stringLiteral(change.joinString()),
                        ctx.name(change.column2Name()))));
        out.add(SqlStatement.of("ALTER TABLE " + table + " DROP COLUMN " + ctx.name(change.column1Name())));
        out.add(SqlStatement.of("ALTER TABLE " + table + " DROP COLUMN " + ctx.name(change.column2Name())));
        return out;
    }

    /** first || join || second (the SQL standard's concatenation). */
    protected String concatenate(String first, String join, String second) {
        return first + " || " + join + " || " + second;
    }

    public List<SqlStatement> setColumnRemarks(SetColumnRemarks change, RenderContext ctx) {
        return List.of(columnComment(change.catalogName(), change.schemaName(), change.tableName(), change.columnName(),
                change.remarks() == null ? "" : change.remarks(), ctx));
    }

    /** COMMENT ON COLUMN table.column IS 'remarks'. */
    protected SqlStatement columnComment(String catalog, String schema, String table, String column, String remarks,
            RenderContext ctx) {
        return SqlStatement.of("COMMENT ON COLUMN " + ctx.qualified(catalog, schema, table) + "." + ctx.name(column)
                + " IS " + stringLiteral(remarks));
    }

    protected static String alterTable(String catalog, String schema, String table, RenderContext ctx) {
        return "ALTER TABLE " + ctx.qualified(catalog, schema, table);
    }

}
