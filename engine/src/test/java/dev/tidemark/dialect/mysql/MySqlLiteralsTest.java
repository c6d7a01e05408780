// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.mysql;

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

class MySqlLiteralsTest {
    private final Literals literals = dialect("mysql").literals();

    private String value(Kind kind, String text) {
        return literals.value(new Value(kind, text), script("mysql"), null, AT);
    }

    @Test
    void strings_withoutBackslashOrNul_areQuotedWithQuotesDoubled() {
        assertEquals("'it''s -- 中文 😀 %_'", literals.string("it's -- 中文 😀 %_"));
        assertEquals("''", literals.string(""));
    }

    /** No quoted spelling of a backslash reads the same with and without NO_BACKSLASH_ESCAPES. */
    @Test
    void strings_withBackslashOrNul_areUtf8mb4HexLiterals() {
        assertEquals("_utf8mb4 X'697427732061205C206261636B5C5C736C617368'", literals.string("it's a \\ back\\\\slash"));
        assertEquals("_utf8mb4 X'5C273B2044524F50205441424C4520743B202D2D'", literals.string("\\'; DROP TABLE t; --"));
        assertEquals("_utf8mb4 X'6E756C0068657265'", literals.string("nul\0here", AT));
        assertEquals("_utf8mb4 X'C3A95CF09F9880'", literals.string("é\\😀"));
        assertEquals("_utf8mb4 X'615C62'", value(Kind.STRING, "a\\b"));
    }

    /** COMMENT clauses take a quoted string only: backslashes doubled and NUL as \0, as Liquibase writes them. */
    @Test
    void plainStrings_doubleBackslashesAndEscapeNul() {
        assertEquals("'it''s a \\\\ back\\\\\\\\slash'", literals.plainString("it's a \\ back\\\\slash"));
        assertEquals("'nul\\0here'", literals.plainString("nul\0here"));
        assertEquals("'plain'", literals.plainString("plain"));
    }

    @Test
    void booleansAreOneAndZero() {
        assertEquals("1", value(Kind.BOOLEAN, "true"));
        assertEquals("0", value(Kind.BOOLEAN, "false"));
    }

    @Test
    void values_asLiquibaseWritesThem() {
        assertEquals("'2024-01-31 10:15:30'", value(Kind.DATE, "2024-01-31T10:15:30"));
        assertEquals("NOW()", value(Kind.COMPUTED, "CURRENT_TIMESTAMP"));
        assertEquals("X'0001FF275C'", value(Kind.BLOB_FILE, "five.bin"));
    }

    @Test
    void sequencesDoNotExist() {
        TidemarkException e = assertThrows(TidemarkException.class, () -> value(Kind.SEQUENCE_NEXT, "s"));
        assertEquals(ErrorCode.UNSUPPORTED, e.code());
        assertEquals(AT, e.location());
        assertEquals("sequence values are not supported on MySQL 8.0: MySQL has no sequences", e.getMessage());
    }
}
