// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.postgres;

import static dev.tidemark.sql.DataSqlTest.AT;
import static dev.tidemark.sql.DataSqlTest.context;
import static dev.tidemark.sql.DataSqlTest.dialect;
import static dev.tidemark.sql.DataSqlTest.resources;
import static dev.tidemark.sql.DataSqlTest.script;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tidemark.dialect.QuotingStrategy;
import dev.tidemark.error.ErrorCode;
import dev.tidemark.error.TidemarkException;
import dev.tidemark.model.Value;
import dev.tidemark.model.Value.Kind;
import dev.tidemark.sql.Literals;
import dev.tidemark.sql.RenderContext;
import org.junit.jupiter.api.Test;

class PostgresLiteralsTest {
    private final Literals literals = dialect("postgresql").literals();

    private String value(Kind kind, String text, String schema, RenderContext ctx) {
        return literals.value(new Value(kind, text), ctx, schema, AT);
    }

    @Test
    void strings_doubleQuotes() {
        assertEquals("'it''s plain'", literals.string("it's plain"));
    }

    /** Safe whatever standard_conforming_strings says: an escape string with the backslashes doubled. */
    @Test
    void strings_withBackslashesAreEscapeStrings() {
        assertEquals("E'it''s a \\\\ back\\\\\\\\slash'", literals.string("it's a \\ back\\\\slash"));
    }

    @Test
    void strings_withNulAreRefused() {
        TidemarkException e = assertThrows(TidemarkException.class, () -> value(Kind.STRING, "a\0b", null, script("postgresql")));
        assertEquals(ErrorCode.INVALID_VALUE, e.code());
        assertEquals(AT, e.location());
        assertEquals("the value contains a NUL character (\\0), which PostgreSQL 16.0 cannot store in text", e.getMessage());
    }

    @Test
    void values_asLiquibaseWritesThem() {
        RenderContext ctx = script("postgresql");
        assertEquals("TRUE", value(Kind.BOOLEAN, "true", null, ctx));
        assertEquals("'1965-08-01'", value(Kind.DATE, "1965-08-01", null, ctx));
        assertEquals("'2024-01-31 10:15:30.123'", value(Kind.DATE, "2024-01-31T10:15:30.123", null, ctx));
        assertEquals("'10:15:30'", value(Kind.DATE, "10:15:30", null, ctx));
        assertEquals("NOW()", value(Kind.COMPUTED, "CURRENT_TIMESTAMP", null, ctx));
        assertEquals("systimestamp", value(Kind.COMPUTED, "systimestamp", null, ctx));
        assertEquals("nextval('in_seq')", value(Kind.SEQUENCE_NEXT, "in_seq", null, ctx));
        assertEquals("currval('app.in_seq')", value(Kind.SEQUENCE_CURRENT, "in_seq", "app", ctx));
    }

    @Test
    void sequenceNamesAreQuotedInsideTheString() {
        RenderContext all = context("postgresql", true, QuotingStrategy.QUOTE_ALL_OBJECTS, resources());
        assertEquals("nextval('\"app\".\"s\"')", value(Kind.SEQUENCE_NEXT, "s", "app", all));
    }

    @Test
    void binary_isAByteaHexLiteral() {
        assertEquals("'\\x0001ff275c'::bytea", value(Kind.BLOB_FILE, "five.bin", null, script("postgresql")));
    }
}
