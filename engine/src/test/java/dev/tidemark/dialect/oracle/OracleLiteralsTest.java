// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.oracle;

import static dev.tidemark.sql.DataSqlTest.AT;
import static dev.tidemark.sql.DataSqlTest.dialect;
import static dev.tidemark.sql.DataSqlTest.script;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tidemark.error.ErrorCode;
import dev.tidemark.error.TidemarkException;
import dev.tidemark.model.Value;
import dev.tidemark.model.Value.Kind;
import dev.tidemark.sql.Literals;
import org.junit.jupiter.api.Test;

class OracleLiteralsTest {
    private final Literals literals = dialect("oracle").literals();

    private String value(Kind kind, String text) {
        return literals.value(new Value(kind, text), script("oracle"), null, AT);
    }

    @Test
    void strings_upTo4000BytesArePlainLiterals() {
        String max = "x".repeat(4000);
        assertEquals("'" + max + "'", literals.string(max));
        assertEquals("'it''s'", literals.string("it's"));
    }

    @Test
    void strings_longerAreToClobPiecesAsLiquibase() {
        String x = "x".repeat(4000);
        assertEquals("to_clob( '" + x + "' ) || to_clob( 'x' )", literals.string(x + "x"));
        assertEquals("to_clob( 'a''b" + "x".repeat(3997) + "' ) || to_clob( 'xxx' )", literals.string("a'b" + x));
    }

    @Test
    void strings_areCutByBytesNeverInsideACharacter() {
        String e = "é".repeat(2001);
        assertEquals("to_clob( '" + "é".repeat(2000) + "' ) || to_clob( 'é' )", literals.string(e));
        String emoji = "😀".repeat(1001);
        assertEquals("to_clob( '" + "😀".repeat(1000) + "' ) || to_clob( '😀' )", literals.string(emoji));
    }

    @Test
    void strings_withNulConcatenateChr0() {
        assertEquals("'a' || CHR(0) || 'b'", literals.string("a\0b", AT));
        assertEquals("CHR(0) || 'b' || CHR(0)", literals.string("\0b\0", AT));
    }

    @Test
    void dates_goThroughToDateAndToTimestamp() {
        assertEquals("TO_DATE('1965-08-01', 'YYYY-MM-DD')", value(Kind.DATE, "1965-08-01"));
        assertEquals("TO_DATE('2024-01-31 10:15:30', 'YYYY-MM-DD HH24:MI:SS')", value(Kind.DATE, "2024-01-31T10:15:30"));
        assertEquals("TO_TIMESTAMP('2024-01-31 10:15:30.123', 'YYYY-MM-DD HH24:MI:SS.FF')", value(Kind.DATE, "2024-01-31 10:15:30.123"));
        assertEquals("TO_DATE('10:15:30', 'HH24:MI:SS')", value(Kind.DATE, "10:15:30"));
    }

    @Test
    void currentTimeAsLiquibaseWritesIt() {
        assertEquals("CURRENT_TIMESTAMP", value(Kind.COMPUTED, "CURRENT_TIMESTAMP"));
        assertEquals("SYSTIMESTAMP", value(Kind.COMPUTED, "CURRENT_TIMESTAMP()"));
        assertEquals("SYSTIMESTAMP", value(Kind.COMPUTED, "systimestamp"));
        assertEquals("SYSTIMESTAMP", value(Kind.COMPUTED, "current_datetime"));
        assertEquals("now()", value(Kind.COMPUTED, "now()"));
        assertEquals("CURRENT_TIMESTAMP", value(Kind.DATE, "CURRENT_TIMESTAMP"));
    }

    @Test
    void booleansSequencesAndBinary() {
        assertEquals("1", value(Kind.BOOLEAN, "true"));
        assertEquals("0", value(Kind.BOOLEAN, "false"));
        assertEquals("app.s1.nextval", literals.value(new Value(Kind.SEQUENCE_NEXT, "s1"), script("oracle"), "app", AT));
        assertEquals("s1.currval", value(Kind.SEQUENCE_CURRENT, "s1"));
        assertEquals("HEXTORAW('0001FF275C')", value(Kind.BLOB_FILE, "five.bin"));
    }

    @Test
    void binaryLiteralsOver2000BytesAreRefused() {
        TidemarkException e = assertThrows(TidemarkException.class, () -> literals.blob(new byte[2001], AT));
        assertEquals(ErrorCode.INVALID_VALUE, e.code());
        assertEquals("a binary value of 2001 bytes cannot be written as an Oracle literal (at most 2000 bytes); run update, which binds it",
                e.getMessage());
        assertEquals("HEXTORAW('" + "00".repeat(2000) + "')", literals.blob(new byte[2000], AT));
    }
}
