// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.mysql;

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

class MariaDbSequenceSqlTest {
    private static final String MARIA = "mariadb";

    private static BigInteger n(long value) {
        return BigInteger.valueOf(value);
    }

    @Test
    void createSequence_startComesAfterTheBounds_orderedIgnored() {
        assertEquals(List.of("CREATE SEQUENCE cs_order_seq"), sql(MARIA, change(CreateSequence.class, "sequenceName", "cs_order_seq")));
        assertEquals(List.of("CREATE SEQUENCE cs_invoice_seq INCREMENT BY 10 MINVALUE 1000 MAXVALUE 999999 START WITH 1000 CACHE 20"),
                sql(MARIA, change(CreateSequence.class, "sequenceName", "cs_invoice_seq", "startValue", n(1000), "incrementBy", n(10),
                        "minValue", n(1000), "maxValue", n(999999), "cycle", false, "cacheSize", n(20))));
        assertEquals(List.of("CREATE SEQUENCE db.s CACHE 0 CYCLE"),
                sql(MARIA, change(CreateSequence.class, "catalogName", "db", "sequenceName", "s", "cacheSize", n(0), "cycle", true,
                        "ordered", true)));
    }

    @Test
    void createSequence_dataType_isRefused() {
        assertRefused(MARIA, change(CreateSequence.class, "sequenceName", "s", "dataType", "bigint"), ErrorCode.INVALID_VALUE,
                "createSequence: dataType is not allowed on MariaDB 10.11");
    }

    @Test
    void alterSequence_withoutOrderClause() {
        assertEquals(List.of("ALTER SEQUENCE as_order_seq INCREMENT BY 5 MINVALUE 1 MAXVALUE 100000 CACHE 10 CYCLE"),
                sql(MARIA, change(AlterSequence.class, "sequenceName", "as_order_seq", "incrementBy", n(5), "minValue", n(1),
                        "maxValue", n(100000), "cacheSize", n(10), "cycle", true, "ordered", true)));
        assertEquals(List.of("ALTER SEQUENCE s NOCYCLE"),
                sql(MARIA, change(AlterSequence.class, "sequenceName", "s", "cycle", false, "ordered", false)));
    }

    @Test
    void alterSequence_onlyOrdered_isNothingToAlter() {
        assertRefused(MARIA, change(AlterSequence.class, "sequenceName", "s", "ordered", true), ErrorCode.INVALID_VALUE,
                "alterSequence: nothing to alter (give incrementBy, minValue, maxValue, cacheSize, cycle, ordered or dataType)"
                        + " on MariaDB 10.11");
    }

    @Test
    void dropSequence_plain() {
        assertEquals(List.of("DROP SEQUENCE ds_order_seq"), sql(MARIA, change(DropSequence.class, "sequenceName", "ds_order_seq")));
    }

    @Test
    void renameSequence_isRenameTable() {
        assertEquals(List.of("RENAME TABLE db.rs_old_seq TO db.rs_new_seq"),
                sql(MARIA, change(RenameSequence.class, "schemaName", "db", "oldSequenceName", "rs_old_seq",
                        "newSequenceName", "rs_new_seq")));
    }
}
