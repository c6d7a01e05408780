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
    void strings_doubleBackslashesAsLiquibaseAndEscapeNul() {
        assertEquals("'it''s a \\\\ back\\\\\\\\slash'", literals.string("it's a \\ back\\\\slash"));
        assertEquals("'\\\\''; DROP TABLE t; --'", literals.string("\\'; DROP TABLE t; --"));
        assertEquals("'nul\\0here'", literals.string("nul\0here", AT));
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
