// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.sql;

import dev.tidemark.model.Value;
import dev.tidemark.model.change.Change;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;

/**
 * How a column value from a changelog becomes SQL text, in the three places Liquibase writes one,
 * each with its own rules: a DEFAULT in a column definition (createTable, addColumn), the value
 * after SET DEFAULT (addDefaultValue), and the value an UPDATE writes (addColumn values,
 * addNotNullConstraint's defaultNullValue). The spelling of booleans, dates, current timestamps
 * and sequence values comes from the dialect's {@link ColumnDefinitionSql}.
 */
final class ColumnValues {
    private final ColumnDefinitionSql sql;

    ColumnValues(ColumnDefinitionSql sql) {
        this.sql = sql;
    }

    /**
     * A DEFAULT in a column definition. Liquibase formats it for the column's type: numbers bare,
     * booleans as the database's boolean literal, text quoted.
     */
    String inDefinition(Change change, Value value, DataTypeSpec type, RenderContext ctx) {
        String text = value.text();
        switch (value.kind()) {
            case STRING:
                return definitionString(change, text, type, ctx);
            case NUMERIC:
                if (type.kind() == DataTypeKind.BOOLEAN) {
                    // a number on a boolean column: 1 is true, anything else false (as Liquibase reads it)
                    return sql.booleanLiteral(withoutZeroFraction(text.trim()).equals("1"), type);
                }
                return withoutZeroFraction(text);
            case BOOLEAN:
                return definitionBoolean(Boolean.parseBoolean(text), type);
            case DATE:
                return date(change, text, type, ctx, true);
            case COMPUTED:
                return sql.expressionDefault(text, ctx);
            case SEQUENCE_NEXT:
                return sql.sequenceNext(change, text, null, ctx);
            case SEQUENCE_CURRENT:
                return sql.sequenceCurrent(change, text, null, ctx);
            default:
                throw sql.invalidValue(change, value.kind() + " cannot be a column default");
        }
    }

    /** The value an UPDATE sets: text always quoted, numbers as written. */
    String inUpdate(Change change, Value value, RenderContext ctx) {
        String text = value.text();
        switch (value.kind()) {
            case STRING:
                return sql.stringLiteral(text);
            case NUMERIC:
                return text;
            case BOOLEAN:
                return sql.booleanLiteral(Boolean.parseBoolean(text), null);
            case DATE:
                return date(change, text, null, ctx, false);
            case COMPUTED:
                return sql.computedInDefinition(text, ctx);
            case SEQUENCE_NEXT:
                return sql.sequenceNext(change, text, null, ctx);
            case SEQUENCE_CURRENT:
                return sql.sequenceCurrent(change, text, null, ctx);
            default:
                throw sql.invalidValue(change, value.kind() + " values cannot be written by this change");
        }
    }

    /**
     * The value after SET DEFAULT: text always quoted, numbers normalised ("1.50" is 1.5), "null"
     * in any kind is NULL.
     */
    String inAddDefault(Change change, Value value, String schema, RenderContext ctx) {
        String text = value.text();
        if (text.equalsIgnoreCase("null") && value.kind() != Value.Kind.COMPUTED) {
            return "null";
        }
        switch (value.kind()) {
            case STRING:
                return sql.stringLiteral(text);
            case NUMERIC:
                return normalizedNumber(change, text);
            case BOOLEAN:
                return sql.booleanLiteral(Boolean.parseBoolean(text), null);
            case DATE:
                Optional<LiteralDate> date = Literals.parseDate(text, change.location());
                return date.isPresent() ? sql.temporalLiteral(date.get()) : sql.computedDefault(text, ctx);
            case COMPUTED:
                return sql.computedDefault(text, ctx);
            case SEQUENCE_NEXT:
                return sql.sequenceNextDefault(change, text, schema, ctx);
            default:
                throw sql.invalidValue(change, value.kind() + " cannot be a column default");
        }
    }

    private String definitionString(Change change, String text, DataTypeSpec type, RenderContext ctx) {
        if (text.equalsIgnoreCase("null")) {
            return "null";
        }
        DataTypeKind kind = type.kind();
        if (kind.isNumeric()) {
            return withoutZeroFraction(text);
        }
        if (kind == DataTypeKind.BOOLEAN) {
            return sql.booleanLiteral(parseBoolean(change, text), type);
        }
        if (kind == DataTypeKind.XML) {
            return sql.xmlLiteral(text);
        }
        return sql.stringLiteral(text);
    }

    /** defaultValueBoolean: a boolean literal for boolean columns; Liquibase writes the word for others. */
    private String definitionBoolean(boolean value, DataTypeSpec type) {
        if (type.kind() == DataTypeKind.BOOLEAN) {
            return sql.booleanLiteral(value, type);
        }
        String word = Boolean.toString(value);
        return type.kind().isNumeric() ? word : sql.stringLiteral(word);
    }

    /**
     * A date value; what is not a date is an expression (CURRENT_TIMESTAMP...), and a malformed
     * date is refused ({@link Literals#parseDate}). A character column gets the date as text.
     */
    private String date(Change change, String text, DataTypeSpec type, RenderContext ctx, boolean inDefinition) {
        Optional<LiteralDate> date = Literals.parseDate(text, change.location());
        if (date.isEmpty()) {
            return inDefinition ? sql.expressionDefault(text, ctx) : sql.computedInDefinition(text, ctx);
        }
        if (type != null && isCharacter(type.kind())) {
            return sql.stringLiteral(date.get().text());
        }
        return sql.temporalLiteral(date.get());
    }

    private static boolean isCharacter(DataTypeKind kind) {
        return kind == DataTypeKind.VARCHAR || kind == DataTypeKind.NVARCHAR || kind == DataTypeKind.CHAR
                || kind == DataTypeKind.NCHAR || kind == DataTypeKind.CLOB;
    }

    /** A boolean written as text: true/false, 1/0, t/f, b'1'/b'0' (quotes ignored), as Liquibase reads it. */
    boolean parseBoolean(Change change, String text) {
        String s = text.replace("'", "").toLowerCase(Locale.ROOT);
        switch (s) {
            case "true":
            case "1":
            case "t":
            case "b1":
                return true;
            case "false":
            case "0":
            case "f":
            case "b0":
                return false;
            default:
                throw sql.invalidValue(change, "'" + text + "' is not a boolean");
        }
    }

    /** Liquibase drops a fraction of zeros from numbers ("5.0" is 5). */
    static String withoutZeroFraction(String text) {
        return text.replaceFirst("\\.0+$", "");
    }

    /** A number without trailing fractional zeros ("1.50" is 1.5), refused when it is not a number. */
    private String normalizedNumber(Change change, String text) {
        try {
            return new BigDecimal(text.trim()).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            throw sql.invalidValue(change, "defaultValueNumeric '" + text + "' is not a number");
        }
    }
}
