// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.mysql;

import static dev.tidemark.sql.ColumnFixtures.type;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MariaDbDataTypesTest {

    @Test
    void uuid_isANativeTypeFrom10_7() {
        assertEquals("char(36)", type("mariadb", "10.6", "uuid"));
        assertEquals("UUID", type("mariadb", "10.7", "uuid"));
        assertEquals("UUID", type("mariadb", "11.4", "java.util.UUID"));
    }

    @Test
    void boolean_isTinyint1_bitStaysBit() {
        assertEquals("TINYINT(1)", type("mariadb", "10.11", "boolean"));
        assertEquals("BIT", type("mariadb", "10.11", "bit"));
    }

    @Test
    void zoneWords_areDroppedAsOnMySql() {
        assertEquals("timestamp", type("mariadb", "10.11", "timestamp with time zone"));
    }
}
