// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DataTypeSpecTest {

    @Test
    void parse_splitsNameParametersAndTrailingWords() {
        DataTypeSpec t = DataTypeSpec.parse("varchar(255) COLLATE utf8mb4_bin", false);
        assertEquals("varchar", t.name());
        assertEquals(DataTypeKind.VARCHAR, t.kind());
        assertEquals(List.of("255"), t.parameters());
        assertEquals("COLLATE utf8mb4_bin", t.additional());
        assertFalse(t.autoIncrement());
    }

    @Test
    void parse_trimsParametersAndKeepsEmptyOnesOut() {
        assertEquals(List.of("10", "2"), DataTypeSpec.parse("decimal( 10 , 2 ,)", false).parameters());
    }

    @Test
    void parse_dropsByteUnitExceptOnOracle() {
        assertEquals(List.of("255"), DataTypeSpec.parse("VARCHAR2(255 BYTE)", false).parameters());
        assertEquals(List.of("255 BYTE"), DataTypeSpec.parse("VARCHAR2(255 BYTE)", true).parameters());
    }

    @Test
    void parse_autoIncrementFromIdentitySerialOrProperty() {
        assertTrue(DataTypeSpec.parse("int identity", false).autoIncrement());
        assertTrue(DataTypeSpec.parse("BIGINT IDENTITY", false).autoIncrement());
        assertTrue(DataTypeSpec.parse("serial", false).autoIncrement());
        assertTrue(DataTypeSpec.parse("bigserial", false).autoIncrement());
        assertTrue(DataTypeSpec.parse("smallserial", false).autoIncrement());
        assertTrue(DataTypeSpec.parse("int{autoIncrement:true}", false).autoIncrement());
        assertFalse(DataTypeSpec.parse("bigint{autoIncrement:false}", false).autoIncrement());
        // "identity" only means auto-increment for int and bigint, as in Liquibase
        assertFalse(DataTypeSpec.parse("binary(16) identity", false).autoIncrement());
    }

    @Test
    void parse_unknownPropertyOrPropertyOnTextType_isRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DataTypeSpec.parse("int{autoIncrement:true, foo:bar}", false));
        assertEquals("type 'int{autoIncrement:true, foo:bar}' has an unknown property 'foo:bar'; only autoIncrement is"
                + " understood, on integer and decimal types", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> DataTypeSpec.parse("varchar(10){autoIncrement:true}", false));
    }

    @Test
    void parse_unquotesNamesAndKnowsMultiWordNames() {
        assertEquals(DataTypeKind.BIGINT, DataTypeSpec.parse("[bigint]", false).kind());
        assertEquals(DataTypeKind.VARCHAR, DataTypeSpec.parse("`varchar`(10)", false).kind());
        DataTypeSpec varying = DataTypeSpec.parse("character varying(20)", false);
        assertEquals(DataTypeKind.VARCHAR, varying.kind());
        assertEquals(null, varying.additional());
        assertEquals(DataTypeKind.CLOB, DataTypeSpec.parse("long varchar", false).kind());
    }

    @Test
    void parse_jdbcTypeNames() {
        assertEquals(DataTypeKind.VARCHAR, DataTypeSpec.parse("java.sql.Types.VARCHAR(255)", false).kind());
        assertEquals(DataTypeKind.BOOLEAN, DataTypeSpec.parse("java.sql.Types.BIT", false).kind());
        assertEquals(DataTypeKind.TIMESTAMP, DataTypeSpec.parse("java.sql.Types.TIMESTAMP_WITH_TIME_ZONE", false).kind());
        assertEquals(DataTypeKind.UNKNOWN, DataTypeSpec.parse("java.sql.Types.OTHER", false).kind());
    }

    @Test
    void parse_intervalKeepsTheWholeDefinition() {
        DataTypeSpec t = DataTypeSpec.parse("INTERVAL DAY(2) TO SECOND(6)", false);
        assertEquals(DataTypeKind.UNKNOWN, t.kind());
        assertEquals("INTERVAL DAY(2) TO SECOND(6)", t.name());
        assertEquals(List.of(), t.parameters());
    }

    @Test
    void writtenAs_ignoresCase() {
        assertTrue(DataTypeSpec.parse("BLOB(100)", false).writtenAs("blob"));
        assertFalse(DataTypeSpec.parse("longblob", false).writtenAs("blob"));
    }
}
