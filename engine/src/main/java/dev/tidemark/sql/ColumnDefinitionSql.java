// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.sql;

import dev.tidemark.error.TidemarkException;
import dev.tidemark.model.ColumnConfig;
import dev.tidemark.model.Constraints;
import dev.tidemark.model.Value;
import dev.tidemark.model.change.AddColumn;
import dev.tidemark.model.change.Change;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The column pieces that createTable and addColumn share: column definitions (type, default,
 * identity, nullability, check, remarks, position) and the spelling of values (booleans, dates,
 * expressions, sequence values, through the dialect's {@link Literals}). {@link ColumnSql} adds the
 * change types; a dialect overrides these pieces in its ColumnSql.
 */
public abstract class ColumnDefinitionSql extends SqlFamily {
    private final ColumnValues values = new ColumnValues(this);

    protected ColumnDefinitionSql(dev.tidemark.dialect.Dialect dialect) {
        super(dialect);
    }

    // ---------------------------------------------------------------- addColumn definitions

    /** afterColumn, beforeColumn and position, refused where the database has no such clause. */
    protected void checkPosition(AddColumn change, ColumnConfig col) {
        if (col.afterColumn() != null && !supportsAfterColumn()) {
            throw invalid(change, "afterColumn (column " + col.name() + ") is not supported");
        }
        if (col.beforeColumn() != null && !supportsBeforeColumn()) {
            throw invalid(change, "beforeColumn (column " + col.name() + ") is not supported");
        }
        if (col.position() != null) {
            throw invalid(change, "position (column " + col.name() + ") is not supported");
        }
    }

    protected boolean supportsAfterColumn() {
        return false;
    }

    protected boolean supportsBeforeColumn() {
        return false;
    }

    /**
     * The column as ALTER TABLE ... ADD writes it: type, identity, default, nullability, inline
     * PRIMARY KEY, then what the database adds (remarks, position).
     */
    protected String addColumnDefinition(AddColumn change, ColumnConfig col, RenderContext ctx) {
        boolean autoIncrement = Boolean.TRUE.equals(col.autoIncrement());
        DataTypeSpec type = typeOf(change, col.type(), autoIncrement);
        StringBuilder b = new StringBuilder(ctx.name(col.name())).append(' ').append(columnType(change, type));
        String defaultValue = definitionDefault(change, col, type, ctx);
        if (defaultBeforeIdentity() && defaultValue != null) {
            b.append(" DEFAULT ").append(defaultValue);
        }
        if (autoIncrement) {
            b.append(autoIncrementClause(change, col.startWith(), col.incrementBy(), col.generationType(),
                    col.defaultOnNull(), ctx));
        }
        if (!defaultBeforeIdentity() && defaultValue != null) {
            b.append(" DEFAULT ").append(defaultValue);
        }
        b.append(addColumnConstraintClauses(col, ctx));
        b.append(checkClause(col));
        b.append(addColumnInlineRemarks(col.remarks()));
        b.append(positionClause(col, ctx));
        return b.toString();
    }

    /** Whether ALTER TABLE ... ADD writes DEFAULT before the identity clause (Oracle, H2) or after it. */
    protected boolean defaultBeforeIdentity() {
        return false;
    }

    /** NOT NULL (with its constraint name) or the database's NULL, then PRIMARY KEY. */
    protected String addColumnConstraintClauses(ColumnConfig col, RenderContext ctx) {
        Constraints c = col.constraints();
        StringBuilder b = new StringBuilder();
        if (isNotNull(col)) {
            if (c != null && c.notNullConstraintName() != null) {
                b.append(" CONSTRAINT ").append(ctx.name(c.notNullConstraintName()));
            }
            b.append(" NOT NULL");
        } else {
            b.append(explicitNull());
        }
        if (isPrimaryKey(col)) {
            b.append(" PRIMARY KEY");
        }
        return b.toString();
    }

    /** " AFTER x" / " BEFORE x" where the database has them. */
    protected String positionClause(ColumnConfig col, RenderContext ctx) {
        if (col.afterColumn() != null) {
            return " AFTER " + ctx.name(col.afterColumn());
        }
        if (col.beforeColumn() != null) {
            return " BEFORE " + ctx.name(col.beforeColumn());
        }
        return "";
    }

    // ---------------------------------------------------------------- createTable columns

    /**
     * A column as CREATE TABLE writes it: type, default, identity, nullability, then what the
     * database adds (MySQL's inline COMMENT); primary keys, unique and foreign keys are table
     * constraints written by {@link TableSql}.
     */
    public String createTableColumn(Change change, ColumnConfig col, boolean autoIncrement, RenderContext ctx) {
        DataTypeSpec type = typeOf(change, col.type(), autoIncrement);
        StringBuilder b = new StringBuilder(ctx.name(col.name())).append(' ').append(columnType(change, type));
        String defaultValue = autoIncrement && !autoIncrementTakesDefault() ? null : definitionDefault(change, col, type, ctx);
        if (defaultValue != null) {
            b.append(" DEFAULT ").append(defaultValue);
        }
        if (autoIncrement) {
            b.append(autoIncrementClause(change, col.startWith(), col.incrementBy(), col.generationType(),
                    col.defaultOnNull(), ctx));
        }
        b.append(isNotNull(col) ? createTableNotNull(col, ctx) : explicitNull());
        b.append(checkClause(col));
        b.append(inlineRemarks(col.remarks()));
        return b.toString();
    }

    /** Whether CREATE TABLE writes a default for an auto-increment column (SERIAL types have their own). */
    protected boolean autoIncrementTakesDefault() {
        return true;
    }

    /** NOT NULL in CREATE TABLE (Oracle names it and can skip validation). */
    protected String createTableNotNull(ColumnConfig col, RenderContext ctx) {
        return " NOT NULL";
    }

    /** What a nullable column says: nothing, or MySQL's explicit NULL. */
    protected String explicitNull() {
        return "";
    }

    /** Remarks inside an added column's definition (as {@link #inlineRemarks} by default). */
    protected String addColumnInlineRemarks(String remarks) {
        return inlineRemarks(remarks);
    }

    /** Remarks inside the column definition (MySQL); other databases write COMMENT ON statements. */
    protected String inlineRemarks(String remarks) {
        return "";
    }

    /**
     * The column's check constraint. Liquibase 4.33 (without Pro) drops checkConstraint; Tidemark
     * writes it, inline, as the changelog asks.
     */
    protected String checkClause(ColumnConfig col) {
        Constraints c = col.constraints();
        if (c == null || c.checkConstraint() == null || c.checkConstraint().isBlank()) {
            return "";
        }
        String check = c.checkConstraint().trim();
        return check.toUpperCase(Locale.ROOT).startsWith("CHECK") ? " " + check : " CHECK (" + check + ")";
    }

    /**
     * The auto-increment clause after the type: an identity column by default (PostgreSQL 10+,
     * H2, Oracle 12+), with START WITH / INCREMENT BY when they are not 1.
     */
    protected String autoIncrementClause(Change change, BigInteger startWith, BigInteger incrementBy,
            String generationType, Boolean defaultOnNull, RenderContext ctx) {
        String options = identityOptions(startWith, incrementBy, " ");
        String generation = generationType == null || generationType.isBlank() ? "BY DEFAULT" : generationType;
        return " GENERATED " + generation + " AS IDENTITY" + options;
    }

    /** "(START WITH s INCREMENT BY i)" without the parts that are 1, or "" when both are. */
    protected static String identityOptions(BigInteger startWith, BigInteger incrementBy, String separator) {
        List<String> parts = new ArrayList<>();
        if (startWith != null && !startWith.equals(BigInteger.ONE)) {
            parts.add("START WITH " + startWith);
        }
        if (incrementBy != null && !incrementBy.equals(BigInteger.ONE)) {
            parts.add("INCREMENT BY " + incrementBy);
        }
        return parts.isEmpty() ? "" : " (" + String.join(separator, parts) + ")";
    }

    /** A column's type with auto-increment folded in (PostgreSQL before 10 turns it into SERIAL). */
    protected DataTypeSpec typeOf(Change change, String type, boolean autoIncrement) {
        if (type == null || type.isBlank()) {
            throw invalid(change, "a column needs a type");
        }
        DataTypeSpec spec = parseType(change, type);
        if (autoIncrement && !spec.kind().allowsAutoIncrement()) {
            throw invalid(change, "autoIncrement needs an integer or decimal type, not '" + type + "'");
        }
        return autoIncrement ? spec.withAutoIncrement(true) : spec;
    }

    /** The database's type for a changelog type, errors placed at the change. */
    protected String columnType(Change change, String type) {
        return columnType(change, parseType(change, type));
    }

    protected String columnType(Change change, DataTypeSpec type) {
        try {
            return dialect.dataTypes().columnType(type);
        } catch (TidemarkException e) {
            throw placed(change, e);
        }
    }

    protected DataTypeSpec parseType(Change change, String type) {
        try {
            return dialect.dataTypes().parse(type);
        } catch (TidemarkException e) {
            throw placed(change, e);
        }
    }

    private TidemarkException placed(Change change, TidemarkException e) {
        return e.location() != null ? e : invalid(change, e.getMessage());
    }

    /** The DEFAULT of a column definition, or null. */
    protected String definitionDefault(Change change, ColumnConfig col, DataTypeSpec type, RenderContext ctx) {
        Value value = col.defaultSpec();
        return value.present() ? values.inDefinition(change, value, type, ctx) : null;
    }

    protected static boolean isPrimaryKey(ColumnConfig col) {
        return col.constraints() != null && Boolean.TRUE.equals(col.constraints().primaryKey());
    }

    protected static boolean isNotNull(ColumnConfig col) {
        Constraints c = col.constraints();
        return c != null && (Boolean.FALSE.equals(c.nullable()) || Boolean.TRUE.equals(c.primaryKey()));
    }

    /** Oracle's " ENABLE NOVALIDATE " after a constraint not to be checked against existing rows. */
    protected String novalidate(Boolean validate) {
        return "";
    }

    // ---------------------------------------------------------------- values

    /** A string literal, escaped by the dialect. */
    protected String stringLiteral(String value) {
        return dialect.literals().string(value);
    }

    /** The database's boolean literal; the column type matters on PostgreSQL (BIT columns). */
    protected String booleanLiteral(boolean value, DataTypeSpec columnType) {
        return dialect.literals().bool(value);
    }

    /** A date, time or timestamp literal, as the dialect's literals write it. */
    protected String temporalLiteral(LiteralDate value) {
        return dialect.literals().date(value);
    }

    /** A default for an XML column: a quoted string by default. */
    protected String xmlLiteral(String value) {
        return stringLiteral(value);
    }

    /**
     * An expression default or value: written as given, except that the current timestamp
     * (current_timestamp..., current_datetime, or the database's own function) becomes the
     * database's function ({@link Literals#computed}).
     */
    protected String computedInDefinition(String expression, RenderContext ctx) {
        return dialect.literals().computed(expression);
    }

    /** An expression after DEFAULT in a column definition (MySQL wraps it in parentheses). */
    protected String expressionDefault(String expression, RenderContext ctx) {
        return computedInDefinition(expression, ctx);
    }

    /** An expression after SET DEFAULT (MySQL wraps it in parentheses). */
    protected String computedDefault(String expression, RenderContext ctx) {
        if (expression.equalsIgnoreCase("null")) {
            return "null";
        }
        return computedInDefinition(expression, ctx);
    }

    /**
     * The next value of a sequence, as the dialect's literals write it; the name may carry its
     * schema ("app.seq"), else the given schema qualifies it.
     */
    protected String sequenceNext(Change change, String sequence, String schema, RenderContext ctx) {
        return dialect.literals().sequenceNext(sequenceName(sequence, schema, ctx), change.location());
    }

    /** The current value of a sequence, as the dialect's literals write it. */
    protected String sequenceCurrent(Change change, String sequence, String schema, RenderContext ctx) {
        return dialect.literals().sequenceCurrent(sequenceName(sequence, schema, ctx), change.location());
    }

    /** The next value of a sequence after SET DEFAULT, qualified by the change's schema. */
    protected String sequenceNextDefault(Change change, String sequence, String schema, RenderContext ctx) {
        return sequenceNext(change, sequence, schema, ctx);
    }

    /** A sequence name, split at its last dot into schema and name, quoted as names are. */
    protected static String sequenceName(String sequence, String schema, RenderContext ctx) {
        int dot = sequence.lastIndexOf('.');
        if (dot > 0) {
            return ctx.qualified(null, sequence.substring(0, dot), sequence.substring(dot + 1));
        }
        return ctx.qualified(null, schema, sequence);
    }

    /** Refuses a value, placed at the change. */
    TidemarkException invalidValue(Change change, String message) {
        return invalid(change, message);
    }

    /** The value rules, for {@link TableSql}. */
    ColumnValues values() {
        return values;
    }
}
