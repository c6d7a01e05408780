// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.sql;

import dev.tidemark.dialect.Dialect;
import dev.tidemark.error.ErrorCode;
import dev.tidemark.error.TidemarkException;
import dev.tidemark.model.SourceLocation;
import dev.tidemark.model.Value;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * SQL literals for this database, escaped so that no value can end its literal. The base class
 * writes ANSI SQL; each vendor's package overrides what its database spells differently.
 *
 * <p>{@link #value} renders any changelog {@link Value} (insert and update columns, where
 * parameters, and column defaults through {@link #defaultValue}). The rules follow Liquibase 4.33:
 * <ul>
 * <li>{@code value}: a string literal; the text {@code NULL} (any case) means SQL NULL.</li>
 * <li>{@code valueNumeric}: must be a number and is written as given ({@code (5)} is accepted as 5);
 *     Liquibase writes anything else into the SQL unchecked, Tidemark refuses it.</li>
 * <li>{@code valueBoolean}: {@link #bool}.</li>
 * <li>{@code valueDate}: a date, time or timestamp ({@link LiteralDate}) becomes this database's
 *     date literal; other text (such as {@code NOW()}) is a function call, as in Liquibase.</li>
 * <li>{@code valueComputed}: written as given, except that {@code CURRENT_TIMESTAMP...} and
 *     {@code CURRENT_DATETIME...} become the database's current-time function ({@link #computed}).</li>
 * <li>{@code valueSequenceNext} / {@code valueSequenceCurrent}: {@link #sequenceNext} / {@link #sequenceCurrent}.</li>
 * <li>{@code valueBlobFile} / {@code valueClobFile}: the file's content as a binary or string literal.</li>
 * </ul>
 */
public class Literals {
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Set<String> NUMERIC_TYPES = Set.of("int", "integer", "int2", "int4", "int8", "bigint", "smallint",
            "tinyint", "mediumint", "decimal", "numeric", "number", "float", "double", "real", "currency", "money",
            "serial", "bigserial", "smallserial", "java.sql.types.integer", "java.sql.types.bigint", "java.sql.types.decimal",
            "java.sql.types.numeric", "java.sql.types.double", "java.sql.types.float", "java.sql.types.smallint",
            "java.sql.types.tinyint", "java.sql.types.real");
    private static final Set<String> BOOLEAN_TYPES = Set.of("boolean", "bool", "bit", "java.sql.types.boolean", "java.sql.types.bit");

    protected final Dialect dialect;

    public Literals(Dialect dialect) {
        this.dialect = dialect;
    }

    /** A string literal: quotes doubled (and whatever else this database needs). */
    public String string(String value) {
        return string(value, null);
    }

    /**
     * A string literal that no content can end early.
     *
     * @param at where the value was written, for the error when the database cannot hold it (may be null)
     */
    public String string(String value, SourceLocation at) {
        if (value.indexOf('\0') >= 0) {
            return stringWithNul(value, at);
        }
        return quoted(value);
    }

    /**
     * A string literal for clauses whose grammar takes a quoted string and nothing else (MySQL's
     * COMMENT); the same as {@link #string(String)} unless the database's value literal may be
     * another form. A value that cannot be written so is still refused as {@link #string} refuses it.
     */
    public String plainString(String value) {
        return string(value);
    }

    /** The plain literal of a string without NUL characters. */
    protected String quoted(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    /**
     * A string holding NUL characters, which would end the literal for C-based clients. The base
     * refuses it; databases that can store NUL override.
     */
    protected String stringWithNul(String value, SourceLocation at) {
        throw new TidemarkException(ErrorCode.INVALID_VALUE, at,
                "the value contains a NUL character (\\0), which " + dialect.displayName() + " cannot store in text", null);
    }

    /** A number, validated and written as given; {@code (5)} is accepted as 5, as Liquibase does. */
    public String number(String text, SourceLocation at) {
        String t = text.trim();
        if (t.startsWith("(") && t.endsWith(")")) {
            t = t.substring(1, t.length() - 1).trim();
        }
        if (!isNumber(t)) {
            throw new TidemarkException(ErrorCode.INVALID_VALUE, at, "valueNumeric '" + text
                    + "' is not a number; write an expression as valueComputed", null);
        }
        return t;
    }

    /** Whether a text is a decimal number: optional sign, digits, optional fraction and exponent. */
    public static boolean isNumber(String text) {
        return NUMBER.matcher(text).matches();
    }

    /** A boolean literal: TRUE or FALSE (databases without a boolean type override with 1 and 0). */
    public String bool(boolean value) {
        return value ? "TRUE" : "FALSE";
    }

    /** A date, time or timestamp literal; the base writes the text in quotes, as Liquibase does for most databases. */
    public String date(LiteralDate date) {
        return "'" + date.text() + "'";
    }

    /**
     * A {@code valueDate}: a date literal when the text is a date, time or timestamp; otherwise a
     * function call ({@link #computed}), as Liquibase treats it.
     *
     * @throws TidemarkException INVALID_VALUE when the text is meant as a date but is malformed
     */
    public String dateOrFunction(String text, SourceLocation at) {
        Optional<LiteralDate> date = parseDate(text, at);
        return date.isPresent() ? date(date.get()) : computed(text);
    }

    /** The date a text stands for, empty for a function call; malformed dates are refused. */
    public static Optional<LiteralDate> parseDate(String text, SourceLocation at) {
        Optional<LiteralDate> date;
        try {
            date = LiteralDate.parse(text.trim());
        } catch (IllegalArgumentException e) {
            throw new TidemarkException(ErrorCode.INVALID_VALUE, at, e.getMessage(), e);
        }
        if (date.isEmpty() && LiteralDate.looksLikeDate(text.trim())) {
            throw new TidemarkException(ErrorCode.INVALID_VALUE, at, "'" + text
                    + "' is not a date Tidemark accepts: use yyyy-MM-dd, HH:mm:ss or yyyy-MM-dd'T'HH:mm:ss[.fffffffff][offset]", null);
        }
        return date;
    }

    /**
     * A computed value, written as given; Liquibase's current-time names ({@code CURRENT_TIMESTAMP},
     * {@code CURRENT_TIMESTAMP()}, {@code current_datetime}, and the database's own function in any
     * case) become {@link Dialect#currentTimestampFunction()}.
     */
    public String computed(String expression) {
        return isCurrentTimeFunction(expression) ? dialect.currentTimestampFunction() : expression;
    }

    /** Whether Liquibase would replace this expression with the database's current-time function. */
    protected boolean isCurrentTimeFunction(String expression) {
        String lower = expression.toLowerCase(Locale.ROOT);
        return lower.startsWith("current_timestamp") || lower.startsWith("current_datetime")
                || expression.equalsIgnoreCase(dialect.currentTimestampFunction());
    }

    /** The next value of a sequence (its name already quoted and qualified): ANSI {@code NEXT VALUE FOR s}. */
    public String sequenceNext(String qualifiedName, SourceLocation at) {
        return "NEXT VALUE FOR " + qualifiedName;
    }

    /** The current value of a sequence; ANSI SQL has none, so the base refuses. */
    public String sequenceCurrent(String qualifiedName, SourceLocation at) {
        throw new TidemarkException(ErrorCode.UNSUPPORTED, at,
                "valueSequenceCurrent is not supported on " + dialect.displayName(), null);
    }

    /** A binary literal; the base writes ANSI {@code X'0A1B'}. */
    public String blob(byte[] bytes, SourceLocation at) {
        return "X'" + hex(bytes, true) + "'";
    }

    /** Bytes as hexadecimal digits. */
    protected static String hex(byte[] bytes, boolean upperCase) {
        String digits = upperCase ? "0123456789ABCDEF" : "0123456789abcdef";
        StringBuilder out = new StringBuilder(bytes.length * 2);
        for (byte b : bytes) {
            out.append(digits.charAt((b >> 4) & 0xF)).append(digits.charAt(b & 0xF));
        }
        return out.toString();
    }

    /** Whether a value's text is the word NULL (any case), which Liquibase writes as SQL NULL. */
    public static boolean isNullWord(String text) {
        return text != null && text.equalsIgnoreCase("null");
    }

    /**
     * Any changelog value as SQL for this database (see the class comment for the rules).
     *
     * @param v          the value; {@link Value#NONE} gives NULL
     * @param ctx        for quoting sequence names and reading BLOB/CLOB files (CLOB files are read as UTF-8)
     * @param schemaName the schema of the change, which qualifies sequence names as Liquibase does (may be null)
     * @param at         where the value was written, for error messages
     */
    public String value(Value v, RenderContext ctx, String schemaName, SourceLocation at) {
        String text = v.text();
        switch (v.kind()) {
            case NONE:
                return "NULL";
            case STRING:
                return isNullWord(text) ? "NULL" : string(text, at);
            case NUMERIC:
                return isNullWord(text) ? "NULL" : number(text, at);
            case BOOLEAN:
                return bool(Boolean.parseBoolean(text));
            case DATE:
                return isNullWord(text) ? "NULL" : dateOrFunction(text, at);
            case COMPUTED:
                return computed(text);
            case SEQUENCE_NEXT:
                return sequenceNext(ctx.qualified(null, schemaName, text), at);
            case SEQUENCE_CURRENT:
                return sequenceCurrent(ctx.qualified(null, schemaName, text), at);
            case BLOB_FILE:
                return blob(ctx.files().read(text, true, at), at);
            case CLOB_FILE:
            default:
                return string(DataValues.decode(ctx.files().read(text, true, at), StandardCharsets.UTF_8.name(), at), at);
        }
    }

    /**
     * A column default as SQL. Defaults other than {@code defaultValue} render as {@link #value}; a
     * {@code defaultValue} text follows the column's changelog type, as in Liquibase: a number on a
     * numeric type is written bare (other text on a numeric type is written as given, so that
     * {@code nextval('s')} keeps working), a boolean type takes {@link #bool} of
     * true/false/t/f/yes/no/y/n/1/0 (anything else is refused), and every other type gets a string
     * literal. {@code NULL} in any case is SQL NULL.
     *
     * @param changelogType the column's type as written in the changelog (may be null)
     */
    public String defaultValue(Value v, String changelogType, RenderContext ctx, String schemaName, SourceLocation at) {
        if (v.kind() != Value.Kind.STRING || isNullWord(v.text())) {
            return value(v, ctx, schemaName, at);
        }
        String type = baseType(changelogType);
        String text = v.text();
        if (NUMERIC_TYPES.contains(type)) {
            return text.trim();
        }
        if (BOOLEAN_TYPES.contains(type)) {
            Boolean b = parseBoolean(text);
            if (b == null) {
                throw new TidemarkException(ErrorCode.INVALID_VALUE, at, "defaultValue '" + text + "' is not a boolean", null);
            }
            return bool(b);
        }
        return string(text, at);
    }

    /** true/t/yes/y/1 or false/f/no/n/0 in any case (surrounding spaces ignored); null for anything else. */
    public static Boolean parseBoolean(String text) {
        switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "true": case "t": case "yes": case "y": case "1":
                return Boolean.TRUE;
            case "false": case "f": case "no": case "n": case "0":
                return Boolean.FALSE;
            default:
                return null;
        }
    }

    private static String baseType(String changelogType) {
        if (changelogType == null) {
            return "";
        }
        String t = changelogType.trim().toLowerCase(Locale.ROOT);
        int cut = t.length();
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '(' || c == ' ' || c == '{') {
                cut = i;
                break;
            }
        }
        String base = t.substring(0, cut);
        return base.equals("double") || t.startsWith("double precision") ? "double" : base;
    }
}
