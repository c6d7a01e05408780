// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.oracle;

import static dev.tidemark.dialect.SchemaObjectFixtures.assertRefused;
import static dev.tidemark.dialect.SchemaObjectFixtures.change;
import static dev.tidemark.dialect.SchemaObjectFixtures.sql;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tidemark.error.ErrorCode;
import dev.tidemark.model.change.AlterSequence;
import dev.tidemark.model.change.CreateSequence;
import dev.tidemark.model.change.DropSequence;
import dev.tidemark.model.change.RenameSequence;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

class OracleSequenceSqlTest {
    private static final String ORA = "oracle";

    private static BigInteger n(long value) {
        return BigInteger.valueOf(value);
    }

    @Test
    void createSequence_everyOptionInLiquibasesOrder() {
        assertEquals(List.of("CREATE SEQUENCE cs_order_seq"), sql(ORA, change(CreateSequence.class, "sequenceName", "cs_order_seq")));
        assertEquals(List.of("CREATE SEQUENCE s START WITH 5 INCREMENT BY 2 MINVALUE 1 MAXVALUE 99 CACHE 7 ORDER CYCLE"),
                sql(ORA, change(CreateSequence.class, "sequenceName", "s", "startValue", n(5), "incrementBy", n(2), "minValue", n(1),
                        "maxValue", n(99), "ordered", true, "cycle", true, "cacheSize", n(7))));
        assertEquals(List.of("CREATE SEQUENCE cat.cs_ordered_seq NOORDER"),
                sql(ORA, change(CreateSequence.class, "catalogName", "cat", "schemaName", "sch", "sequenceName", "cs_ordered_seq",
                        "ordered", false, "cycle", false)));
    }

    @Test
    void createSequence_cacheOfZeroOrOne_isNocache() {
        assertEquals(List.of("CREATE SEQUENCE s NOCACHE"), sql(ORA, change(CreateSequence.class, "sequenceName", "s", "cacheSize", n(0))));
        assertEquals(List.of("CREATE SEQUENCE s NOCACHE"), sql(ORA, change(CreateSequence.class, "sequenceName", "s", "cacheSize", n(1))));
        assertEquals(List.of("CREATE SEQUENCE s CACHE 2"), sql(ORA, change(CreateSequence.class, "sequenceName", "s", "cacheSize", n(2))));
    }

    @Test
    void createSequence_dataType_isRefused() {
        assertRefused(ORA, change(CreateSequence.class, "sequenceName", "s", "dataType", "bigint"), ErrorCode.INVALID_VALUE,
                "createSequence: dataType is not allowed on Oracle 19.0");
    }

    @Test
    void alterSequence_keepsLiquibasesSpacingAfterOrder() {
        assertEquals(List.of("ALTER SEQUENCE as_ticket_seq ORDER"),
                sql(ORA, change(AlterSequence.class, "sequenceName", "as_ticket_seq", "ordered", true)));
        assertEquals(List.of("ALTER SEQUENCE s NOORDER  NOCYCLE"),
                sql(ORA, change(AlterSequence.class, "sequenceName", "s", "ordered", false, "cycle", false)));
        assertEquals(List.of("ALTER SEQUENCE s INCREMENT BY 5 MINVALUE 1 MAXVALUE 100000 ORDER  NOCACHE CYCLE"),
                sql(ORA, change(AlterSequence.class, "sequenceName", "s", "incrementBy", n(5), "minValue", n(1),
                        "maxValue", n(100000), "ordered", true, "cacheSize", n(0), "cycle", true)));
    }

    @Test
    void alterSequence_dataType_isRefused() {
        assertRefused(ORA, change(AlterSequence.class, "sequenceName", "s", "dataType", "int"), ErrorCode.INVALID_VALUE,
                "alterSequence: dataType is not allowed on Oracle 19.0");
    }

    @Test
    void dropSequence_plain() {
        assertEquals(List.of("DROP SEQUENCE sch.ds_order_seq"),
                sql(ORA, change(DropSequence.class, "schemaName", "sch", "sequenceName", "ds_order_seq")));
    }

    @Test
    void renameSequence_isRename_inTheCurrentSchemaOnly() {
        assertEquals(List.of("RENAME rs_old_seq TO rs_new_seq"),
                sql(ORA, change(RenameSequence.class, "oldSequenceName", "rs_old_seq", "newSequenceName", "rs_new_seq")));
        assertRefused(ORA, change(RenameSequence.class, "schemaName", "sch", "oldSequenceName", "a", "newSequenceName", "b"),
                ErrorCode.INVALID_VALUE,
                "renameSequence: catalogName and schemaName are not allowed (RENAME works in the current schema only) on Oracle 19.0");
    }
}
