// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.sql;

import static dev.tidemark.sql.DataSqlTest.AT;
import static dev.tidemark.sql.DataSqlTest.dialect;
import static dev.tidemark.sql.DataSqlTest.script;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tidemark.error.ErrorCode;
import dev.tidemark.error.TidemarkException;
import dev.tidemark.model.Value;
import dev.tidemark.model.Value.Kind;
import org.junit.jupiter.api.Test;

/** The base (ANSI) literals; the vendor tests cover what each database spells differently. */
class LiteralsTest {
    private final Literals ansi = new Literals(dialect("h2"));
    private final RenderContext ctx = script("h2");

    private String value(Kind kind, String text) {
        return ansi.value(new Value(kind, text), ctx, null, AT);
    }

    @Test
    void string_doublesQuotesOnly() {
        assertEquals("'it''s a \\ back\\\\slash'", ansi.string("it's a \\ back\\\\slash"));
        assertEquals("''''", ansi.string("'"));
        assertEquals("'line1\nline2\ttab'", ansi.string("line1\nline2\ttab"));
    }

    @Test
    void string_withNulIsRefusedWhereTheDatabaseCannotStoreIt() {
        TidemarkException e = assertThrows(TidemarkException.class, () -> ansi.string("a\0b", AT));
        assertEquals(ErrorCode.INVALID_VALUE, e.code());
        assertEquals(AT, e.location());
        assertEquals("the value contains a NUL character (\\0), which H2 2.2 cannot store in text", e.getMessage());
    }

    @Test
    void number_isValidatedAndWrittenAsGiven() {
        assertEquals("9.99", ansi.number("9.99", AT));
        assertEquals("-1e5", ansi.number("-1e5", AT));
        assertEquals("+3", ansi.number("+3", AT));
        assertEquals("1.50", ansi.number("1.50", AT));
        assertEquals("5", ansi.number("(5)", AT));
        assertEquals(".5", ansi.number(" .5 ", AT));
    }

    @Test
    void number_refusesWhatIsNotANumber() {
        for (String bad : new String[] {"abc", "1,000", "0x1F", "nextval('s')", "1e", ""}) {
            TidemarkException e = assertThrows(TidemarkException.class, () -> ansi.number(bad, AT), bad);
            assertEquals(ErrorCode.INVALID_VALUE, e.code());
        }
        assertEquals("valueNumeric 'abc' is not a number; write an expression as valueComputed",
                assertThrows(TidemarkException.class, () -> ansi.number("abc", AT)).getMessage());
    }

    @Test
    void computed_translatesLiquibasesCurrentTimeNames() {
        assertEquals("NOW()", ansi.computed("CURRENT_TIMESTAMP"));
        assertEquals("NOW()", ansi.computed("current_timestamp()"));
        assertEquals("NOW()", ansi.computed("current_datetime"));
        assertEquals("NOW()", ansi.computed("now()"));
        assertEquals("NOW", ansi.computed("NOW"));
        assertEquals("current_date", ansi.computed("current_date"));
        assertEquals("UPPER('a')", ansi.computed("UPPER('a')"));
    }

    @Test
    void value_rendersEveryKind() {
        assertEquals("NULL", ansi.value(Value.NONE, ctx, null, AT));
        assertEquals("'x'", value(Kind.STRING, "x"));
        assertEquals("NULL", value(Kind.STRING, "null"));
        assertEquals("NULL", value(Kind.STRING, "NULL"));
        assertEquals("NULL", value(Kind.NUMERIC, "NULL"));
        assertEquals("12.5", value(Kind.NUMERIC, "12.5"));
        assertEquals("TRUE", value(Kind.BOOLEAN, "true"));
        assertEquals("FALSE", value(Kind.BOOLEAN, "false"));
        assertEquals("'2024-01-31 10:15:30'", value(Kind.DATE, "2024-01-31T10:15:30"));
        assertEquals("NOW()", value(Kind.DATE, "CURRENT_TIMESTAMP"));
        assertEquals("NULL", value(Kind.DATE, "null"));
        assertEquals("a + 1", value(Kind.COMPUTED, "a + 1"));
        assertEquals("NEXT VALUE FOR s", value(Kind.SEQUENCE_NEXT, "s"));
        assertEquals("X'0001FF275C'", value(Kind.BLOB_FILE, "five.bin"));
        assertEquals("'Dune.\n'", value(Kind.CLOB_FILE, "blurb.txt"));
    }

    @Test
    void value_qualifiesSequencesWithTheChangesSchema() {
        assertEquals("NEXT VALUE FOR app.s", ansi.value(new Value(Kind.SEQUENCE_NEXT, "s"), ctx, "app", AT));
    }

    @Test
    void value_refusesMalformedDates() {
        TidemarkException e = assertThrows(TidemarkException.class, () -> value(Kind.DATE, "2024-1-5"));
        assertEquals("'2024-1-5' is not a date Tidemark accepts: use yyyy-MM-dd, HH:mm:ss or yyyy-MM-dd'T'HH:mm:ss[.fffffffff][offset]",
                e.getMessage());
        assertEquals(AT, e.location());
        assertEquals(ErrorCode.INVALID_VALUE, assertThrows(TidemarkException.class, () -> value(Kind.DATE, "2024-02-30")).code());
    }

    @Test
    void sequenceCurrent_isNotAnsi() {
        TidemarkException e = assertThrows(TidemarkException.class, () -> value(Kind.SEQUENCE_CURRENT, "s"));
        assertEquals(ErrorCode.UNSUPPORTED, e.code());
    }

    @Test
    void defaultValue_followsTheColumnType() {
        Value five = new Value(Kind.STRING, "5");
        assertEquals("5", ansi.defaultValue(five, "int", ctx, null, AT));
        assertEquals("5", ansi.defaultValue(five, "DECIMAL(10,2)", ctx, null, AT));
        assertEquals("'5'", ansi.defaultValue(five, "varchar(5)", ctx, null, AT));
        assertEquals("'5'", ansi.defaultValue(five, null, ctx, null, AT));
        assertEquals("nextval('s')", ansi.defaultValue(new Value(Kind.STRING, "nextval('s')"), "bigint", ctx, null, AT));
        assertEquals("TRUE", ansi.defaultValue(new Value(Kind.STRING, "t"), "boolean", ctx, null, AT));
        assertEquals("FALSE", ansi.defaultValue(new Value(Kind.STRING, "0"), "bit", ctx, null, AT));
        assertEquals("NULL", ansi.defaultValue(new Value(Kind.STRING, "NULL"), "varchar(5)", ctx, null, AT));
        assertEquals("'2024-01-31'", ansi.defaultValue(new Value(Kind.DATE, "2024-01-31"), "date", ctx, null, AT));
        assertEquals("defaultValue 'maybe' is not a boolean", assertThrows(TidemarkException.class,
                () -> ansi.defaultValue(new Value(Kind.STRING, "maybe"), "boolean", ctx, null, AT)).getMessage());
    }

    @Test
    void parseBoolean_acceptsLiquibasesWordsOnly() {
        assertEquals(Boolean.TRUE, Literals.parseBoolean(" Yes "));
        assertEquals(Boolean.TRUE, Literals.parseBoolean("t"));
        assertEquals(Boolean.FALSE, Literals.parseBoolean("N"));
        assertEquals(Boolean.FALSE, Literals.parseBoolean("0"));
        assertNull(Literals.parseBoolean("2"));
        assertNull(Literals.parseBoolean("on"));
    }
}
