// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.sql;

import dev.tidemark.dialect.Dialect;
import dev.tidemark.error.ErrorCode;
import dev.tidemark.error.TidemarkException;
import dev.tidemark.model.SourceLocation;
import dev.tidemark.model.Value;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Optional;

/**
 * Turns changelog and CSV values into {@link DataValue}s for one statement family: literal SQL
 * (update-sql, or {@code usePreparedStatements="false"}) or bind parameters (update). Expressions
 * (valueComputed, sequences) are SQL in both modes; the literal rules are {@link Literals}'.
 */
public final class DataValues {
    private final Literals literals;
    private final RenderContext ctx;
    private final String schemaName;
    private final boolean bind;

    /**
     * @param dialect    the database
     * @param ctx        quoting and file access
     * @param schemaName the change's schema (qualifies sequence names, as in Liquibase)
     * @param bind       true to bind values, false to write them as literals
     */
    public DataValues(Dialect dialect, RenderContext ctx, String schemaName, boolean bind) {
        this.literals = dialect.literals();
        this.ctx = ctx;
        this.schemaName = schemaName;
        this.bind = bind;
    }

    /** Whether values are bound rather than written as literals. */
    public boolean binds() {
        return bind;
    }

    /**
     * A column's value.
     *
     * @param encoding the encoding of a valueClobFile (null: UTF-8)
     * @param at       where the value was written
     */
    public DataValue of(Value v, String encoding, SourceLocation at) {
        String text = v.text();
        switch (v.kind()) {
            case NONE:
                return nullValue();
            case STRING:
                return Literals.isNullWord(text) ? nullValue() : string(text, at);
            case NUMERIC:
                return Literals.isNullWord(text) ? nullValue() : number(text, at);
            case BOOLEAN:
                return bool(Boolean.parseBoolean(text));
            case DATE:
                return Literals.isNullWord(text) ? nullValue() : date(text, at);
            case COMPUTED:
                return computed(text);
            case SEQUENCE_NEXT:
                return sequenceNext(text, at);
            case SEQUENCE_CURRENT:
                return DataValue.expression(literals.sequenceCurrent(ctx.qualified(null, schemaName, text), at));
            case BLOB_FILE:
                return blob(ctx.files().read(text, true, at), at);
            case CLOB_FILE:
            default:
                return string(decode(ctx.files().read(text, true, at), encoding, at), at);
        }
    }

    /** SQL NULL. */
    public DataValue nullValue() {
        return bind ? DataValue.bound(null) : DataValue.literal("NULL");
    }

    public DataValue string(String text, SourceLocation at) {
        if (bind) {
            if (text.indexOf('\0') >= 0) {
                literals.string(text, at); // refuses NUL where the database cannot store it (PostgreSQL text)
            }
            return DataValue.bound(text);
        }
        return DataValue.literal(literals.string(text, at));
    }

    /** A number, validated; bound as BigDecimal. */
    public DataValue number(String text, SourceLocation at) {
        String checked = literals.number(text, at);
        return bind ? DataValue.bound(new BigDecimal(checked)) : DataValue.literal(checked);
    }

    public DataValue bool(boolean value) {
        return bind ? DataValue.bound(value) : DataValue.literal(literals.bool(value));
    }

    /** A date, time or timestamp (bound as java.time), or a function call written as SQL. */
    public DataValue date(String text, SourceLocation at) {
        Optional<LiteralDate> date = Literals.parseDate(text, at);
        if (date.isEmpty()) {
            return computed(text);
        }
        return bind ? DataValue.bound(date.get().value()) : DataValue.literal(literals.date(date.get()));
    }

    public DataValue computed(String expression) {
        return DataValue.expression(literals.computed(expression));
    }

    /** The next value of a sequence named as written (qualified with the change's schema). */
    public DataValue sequenceNext(String sequenceName, SourceLocation at) {
        return DataValue.expression(literals.sequenceNext(ctx.qualified(null, schemaName, sequenceName), at));
    }

    public DataValue blob(byte[] bytes, SourceLocation at) {
        return bind ? DataValue.bound(bytes) : DataValue.literal(literals.blob(bytes, at));
    }

    /**
     * Text of a file in an encoding (null: UTF-8), strictly decoded, without a byte-order mark.
     *
     * @throws TidemarkException INVALID_VALUE for an unknown encoding or bytes that are not in it
     */
    public static String decode(byte[] bytes, String encoding, SourceLocation at) {
        Charset charset;
        try {
            charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding.trim());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new TidemarkException(ErrorCode.INVALID_VALUE, at, "unknown encoding '" + encoding + "'", e);
        }
        String text;
        try {
            text = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new TidemarkException(ErrorCode.INVALID_VALUE, at, "the file is not valid " + charset.name()
                    + " text; set its encoding", e);
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
