// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.oracle;

import static dev.tidemark.sql.ColumnFixtures.type;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class OracleDataTypesTest {
    private static final String ORACLE = "oracle";

    @Test
    void boolean_isNumber1BeforeOracle23() {
        assertEquals("NUMBER(1)", type(ORACLE, "19", "boolean"));
        assertEquals("BOOLEAN", type(ORACLE, "23", "boolean"));
    }

    @Test
    void numbersAndText() {
        assertEquals("INTEGER", type(ORACLE, "19", "int"));
        assertEquals("NUMBER(38, 0)", type(ORACLE, "19", "bigint"));
        assertEquals("NUMBER(5)", type(ORACLE, "19", "smallint"));
        assertEquals("NUMBER(10, 2)", type(ORACLE, "19", "numeric(10,2)"));
        assertEquals("NUMBER(15, 2)", type(ORACLE, "19", "currency"));
        assertEquals("VARCHAR2(255 BYTE)", type(ORACLE, "19", "varchar(255 BYTE)"));
        assertEquals("NVARCHAR2(10)", type(ORACLE, "19", "nvarchar(10)"));
        assertEquals("NCLOB", type(ORACLE, "19", "nclob"));
        assertEquals("CLOB", type(ORACLE, "19", "text"));
        assertEquals("RAW(16)", type(ORACLE, "19", "uuid"));
        assertEquals("RAW(16)", type(ORACLE, "19", "binary(16)"));
        assertEquals("XMLTYPE", type(ORACLE, "19", "xml"));
    }

    @Test
    void temporalTypes() {
        assertEquals("DATE", type(ORACLE, "19", "time"));
        assertEquals("TIMESTAMP(6)", type(ORACLE, "19", "datetime(6)"));
        assertEquals("TIMESTAMP", type(ORACLE, "19", "timestamp without time zone"));
        assertEquals("TIMESTAMP(9)", type(ORACLE, "19", "timestamp(9)"));
        assertEquals("TIMESTAMP with local time zone", type(ORACLE, "19", "timestamp with local time zone"));
        // Liquibase wrote "WITH TIMEZONE", which Oracle rejects
        assertEquals("TIMESTAMP WITH TIME ZONE", type(ORACLE, "19", "java.sql.Types.TIMESTAMP_WITH_TIMEZONE"));
    }

    @Test
    void ownTypes_loseParametersAsInLiquibase_exceptRawAndIntervals() {
        assertEquals("GEOMETRY", type(ORACLE, "19", "geometry(Point,4326)"));
        assertEquals("raw(16)", type(ORACLE, "19", "raw(16)"));
        assertEquals("INTERVAL DAY TO SECOND", type(ORACLE, "19", "INTERVAL DAY(2) TO SECOND(6)"));
        assertEquals("LONG raw", type(ORACLE, "19", "long raw"));
        assertEquals("BINARY_DOUBLE", type(ORACLE, "19", "binary_double"));
    }
}
