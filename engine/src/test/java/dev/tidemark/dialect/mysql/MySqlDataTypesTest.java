// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.mysql;

import static dev.tidemark.sql.ColumnFixtures.assertTypeRefused;
import static dev.tidemark.sql.ColumnFixtures.type;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MySqlDataTypesTest {
    private static final String MYSQL = "mysql";

    @Test
    void zoneWords_areDropped_mysqlHasNoZoneAwareTimestamp() {
        assertEquals("timestamp", type(MYSQL, "8.0", "timestamp with time zone"));
        assertEquals("TIMESTAMP", type(MYSQL, "8.0", "TIMESTAMP WITH TIME ZONE"));
        assertEquals("timestamp(6)", type(MYSQL, "8.0", "timestamp(6) with time zone"));
        assertEquals("timestamp", type(MYSQL, "8.0", "timestamptz"));
        assertEquals("timestamp(3)", type(MYSQL, "8.0", "java.sql.Types.TIMESTAMP(3)"));
    }

    @Test
    void temporalPrecision() {
        assertEquals("time(3)", type(MYSQL, "8.0", "time(3)"));
        assertEquals("datetime(6)", type(MYSQL, "8.0", "datetime2(7)"));
        assertEquals("datetime", type(MYSQL, "8.0", "java.util.Date"));
        assertTypeRefused(MYSQL, "8.0", "timestamp(9)", "'timestamp(9)' asks for 9 fractional digits; MySQL 8.0 keeps at most 6");
    }

    @Test
    void integersKeepMySqlWords() {
        assertEquals("INT UNSIGNED", type(MYSQL, "8.0", "INT(11) UNSIGNED"));
        assertEquals("TINYINT(3) unsigned zerofill", type(MYSQL, "8.0", "tinyint(3) unsigned zerofill"));
        assertEquals("DOUBLE UNSIGNED", type(MYSQL, "8.0", "double unsigned"));
        assertEquals("TINYINT", type(MYSQL, "8.0", "boolean"));
        assertEquals("BIT(1)", type(MYSQL, "8.0", "bit(1)"));
    }

    @Test
    void textBlobAndOthers() {
        assertEquals("VARCHAR(255)", type(MYSQL, "8.0", "varchar(255 CHAR)"));
        assertEquals("LONGTEXT", type(MYSQL, "8.0", "clob"));
        assertEquals("TEXT", type(MYSQL, "8.0", "text"));
        assertEquals("LONGTEXT CHARACTER SET utf8", type(MYSQL, "8.0", "nclob"));
        assertEquals("BLOB", type(MYSQL, "8.0", "java.sql.Types.BLOB"));
        assertEquals("VARBINARY(16)", type(MYSQL, "8.0", "varbinary(16)"));
        assertEquals("LONGBLOB", type(MYSQL, "8.0", "image"));
        assertEquals("char(36)", type(MYSQL, "8.0", "uuid"));
        assertEquals("LONGTEXT", type(MYSQL, "8.0", "xml"));
        assertEquals("ENUM('a', 'b')", type(MYSQL, "8.0", "enum('a','b')"));
    }
}
