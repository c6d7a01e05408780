// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.h2;

import static dev.tidemark.sql.ColumnFixtures.type;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class H2DataTypesTest {
    private static final String H2 = "h2";

    @Test
    void intWithDisplayWidth_picksAnIntegerSize() {
        assertEquals("TINYINT", type(H2, "2.2", "int(3)"));
        assertEquals("SMALLINT", type(H2, "2.2", "int(5)"));
        assertEquals("INTEGER", type(H2, "2.2", "int(10)"));
        assertEquals("BIGINT", type(H2, "2.2", "int(11)"));
        assertEquals("INT", type(H2, "2.2", "int"));
    }

    @Test
    void mySqlWords_andCharUnits_areDropped() {
        assertEquals("INT", type(H2, "2.2", "int unsigned"));
        assertEquals("VARCHAR(255)", type(H2, "2.2", "varchar(255 CHAR)"));
    }

    @Test
    void otherTypes() {
        assertEquals("BOOLEAN", type(H2, "2.2", "bit(1)"));
        assertEquals("CLOB", type(H2, "2.2", "text"));
        assertEquals("LONGVARCHAR", type(H2, "2.2", "longvarchar"));
        assertEquals("BINARY(16)", type(H2, "2.2", "binary(16)"));
        assertEquals("BLOB", type(H2, "2.2", "longblob"));
        assertEquals("DECIMAL(18, 4)", type(H2, "2.2", "money"));
        assertEquals("TIMESTAMP", type(H2, "2.2", "datetime(6)"));
        assertEquals("TIMESTAMP WITH TIME ZONE", type(H2, "2.2", "java.sql.Types.TIMESTAMP_WITH_TIMEZONE"));
        assertEquals("UUID", type(H2, "2.2", "uuid"));
        assertEquals("CLOB", type(H2, "2.2", "xml"));
    }
}
