// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.h2;

import static dev.tidemark.sql.DataSqlTest.AT;
import static dev.tidemark.sql.DataSqlTest.dialect;
import static dev.tidemark.sql.DataSqlTest.script;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tidemark.model.Value;
import dev.tidemark.model.Value.Kind;
import dev.tidemark.sql.Literals;
import org.junit.jupiter.api.Test;

class H2LiteralsTest {
    private final Literals literals = dialect("h2").literals();

    private String value(Kind kind, String text, String schema) {
        return literals.value(new Value(kind, text), script("h2"), schema, AT);
    }

    @Test
    void sequencesAsLiquibaseWritesThem() {
        assertEquals("NEXTVAL('app.in_seq')", value(Kind.SEQUENCE_NEXT, "in_seq", "app"));
        assertEquals("CURRVAL('in_seq')", value(Kind.SEQUENCE_CURRENT, "in_seq", null));
    }

    @Test
    void nulIsConcatenatedAsChar0() {
        assertEquals("'nul' || CHAR(0) || 'in the middle'", literals.string("nul\0in the middle", AT));
    }

    @Test
    void otherValuesAreTheStandardOnes() {
        assertEquals("TRUE", value(Kind.BOOLEAN, "true", null));
        assertEquals("'2024-01-31 10:15:30'", value(Kind.DATE, "2024-01-31T10:15:30", null));
        assertEquals("X'0001FF275C'", value(Kind.BLOB_FILE, "five.bin", null));
        assertEquals("'a\\b'", literals.string("a\\b"));
    }
}
