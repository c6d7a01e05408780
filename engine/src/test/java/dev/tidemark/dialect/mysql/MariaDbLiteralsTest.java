// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.mysql;

import static dev.tidemark.sql.DataSqlTest.AT;
import static dev.tidemark.sql.DataSqlTest.dialect;
import static dev.tidemark.sql.DataSqlTest.script;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tidemark.model.Value;
import dev.tidemark.model.Value.Kind;
import dev.tidemark.sql.Literals;
import org.junit.jupiter.api.Test;

class MariaDbLiteralsTest {
    private final Literals literals = dialect("mariadb").literals();

    @Test
    void sequencesUseNextAndPreviousValueFor() {
        assertEquals("NEXT VALUE FOR app.in_seq", literals.value(new Value(Kind.SEQUENCE_NEXT, "in_seq"), script("mariadb"), "app", AT));
        assertEquals("PREVIOUS VALUE FOR in_seq", literals.value(new Value(Kind.SEQUENCE_CURRENT, "in_seq"), script("mariadb"), null, AT));
    }

    @Test
    void stringsAndBooleansAreMySqls() {
        assertEquals("_utf8mb4 X'615C62'", literals.string("a\\b"));
        assertEquals("'a''b'", literals.string("a'b"));
        assertEquals("'a\\\\b'", literals.plainString("a\\b"));
        assertEquals("1", literals.bool(true));
    }
}
