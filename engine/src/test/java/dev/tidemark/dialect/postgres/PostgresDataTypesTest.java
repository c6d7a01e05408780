// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.postgres;

import static dev.tidemark.sql.ColumnFixtures.assertTypeRefused;
import static dev.tidemark.sql.ColumnFixtures.type;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PostgresDataTypesTest {
    private static final String PG = "postgresql";

    @Test
    void autoIncrementIntegers_areSerialBeforeVersion10Only() {
        assertEquals("SERIAL", type(PG, "9.6", "int{autoIncrement:true}"));
        assertEquals("BIGSERIAL", type(PG, "9.6", "bigserial"));
        assertEquals("SMALLSERIAL", type(PG, "9.6", "smallserial"));
        assertEquals("INTEGER", type(PG, "12", "serial"));
        assertEquals("BIGINT", type(PG, "16", "int8 identity"));
    }

    @Test
    void timestamps_sayWhetherTheyHaveAZone() {
        assertEquals("TIMESTAMP WITHOUT TIME ZONE", type(PG, "16", "timestamp"));
        assertEquals("TIMESTAMP(3) WITHOUT TIME ZONE", type(PG, "16", "TIMESTAMP(3)"));
        assertEquals("TIMESTAMP WITH TIME ZONE", type(PG, "16", "timestamptz"));
        assertEquals("TIMESTAMP with time zone", type(PG, "16", "timestamp with time zone"));
        assertEquals("TIMESTAMP WITH TIME ZONE", type(PG, "16", "java.sql.Types.TIMESTAMP_WITH_TIMEZONE"));
        assertEquals("TIMESTAMP WITHOUT TIME ZONE", type(PG, "16", "datetime"));
        assertEquals("time(3) WITHOUT TIME ZONE", type(PG, "16", "time(3)"));
        assertEquals("time WITH TIME ZONE", type(PG, "16", "timetz"));
    }

    @Test
    void timestampPrecisionBeyondSix_isRefused() {
        assertTypeRefused(PG, "16", "timestamp(9)", "'timestamp(9)' asks for 9 fractional digits; PostgreSQL 16.0 keeps at most 6");
    }

    @Test
    void textAndBinaryTypes() {
        assertEquals("VARCHAR(255)", type(PG, "16", "varchar(255 CHAR)"));
        assertEquals("CHARACTER VARYING", type(PG, "16", "varchar(2147483647)"));
        assertEquals("VARCHAR(10)", type(PG, "16", "nvarchar(10 CHAR)"));
        assertEquals("TEXT", type(PG, "16", "clob"));
        assertEquals("OID", type(PG, "16", "blob"));
        assertEquals("BYTEA", type(PG, "16", "varbinary(16)"));
    }

    @Test
    void booleansNumbersAndOthers() {
        assertEquals("BOOLEAN", type(PG, "16", "bool(1)"));
        assertEquals("BIT(8)", type(PG, "16", "bit(8)"));
        assertEquals("SMALLINT", type(PG, "16", "tinyint"));
        assertEquals("numeric", type(PG, "16", "number(1001,2)"));
        assertEquals("numeric(10, 2)", type(PG, "16", "number(10,2)"));
        assertEquals("BIGINT", type(PG, "16", "bigint unsigned"));
        assertEquals("DECIMAL(10, 2)", type(PG, "16", "decimal(10,2) unsigned"));
        assertEquals("DOUBLE PRECISION", type(PG, "16", "double"));
        assertEquals("DECIMAL", type(PG, "16", "currency"));
        assertEquals("UUID", type(PG, "16", "uuid"));
        assertEquals("XML", type(PG, "16", "xml"));
    }

    @Test
    void ownTypesPassThroughUpperCased_arraysAndIntervalsIntact() {
        assertEquals("JSONB", type(PG, "16", "jsonb"));
        assertEquals("GEOMETRY(Point, 4326)", type(PG, "16", "geometry(Point,4326)"));
        assertEquals("VARCHAR(20)[]", type(PG, "16", "varchar(20)[]"));
        assertEquals("INTERVAL DAY TO SECOND", type(PG, "16", "interval day to second"));
        assertEquals("CITEXT COLLATE \"C\"", type(PG, "16", "citext COLLATE \"C\""));
    }
}
