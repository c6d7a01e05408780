// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.h2;

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

class H2SequenceSqlTest {
    private static final String H2 = "h2";

    private static BigInteger n(long value) {
        return BigInteger.valueOf(value);
    }

    @Test
    void createSequence_standardOptionsAndCache() {
        assertEquals(List.of("CREATE SEQUENCE cs_invoice_seq START WITH 1000 INCREMENT BY 10 MINVALUE 1000 MAXVALUE 999999 CACHE 20"),
                sql(H2, change(CreateSequence.class, "sequenceName", "cs_invoice_seq", "startValue", n(1000), "incrementBy", n(10),
                        "minValue", n(1000), "maxValue", n(999999), "cycle", false, "cacheSize", n(20))));
        assertEquals(List.of("CREATE SEQUENCE public.cs_ticket_seq AS BIGINT MAXVALUE 100 CYCLE"),
                sql(H2, change(CreateSequence.class, "catalogName", "app", "schemaName", "public", "sequenceName", "cs_ticket_seq",
                        "dataType", "bigint", "cycle", true, "maxValue", n(100))));
        assertEquals(List.of("CREATE SEQUENCE s ORDER"),
                sql(H2, change(CreateSequence.class, "sequenceName", "s", "ordered", true)));
    }

    @Test
    void alterSequence_writesIncrementCacheAndCycle_ignoresOrder() {
        assertEquals(List.of("ALTER SEQUENCE as_order_seq INCREMENT BY 5 MINVALUE 1 MAXVALUE 100000 CACHE 10 CYCLE"),
                sql(H2, change(AlterSequence.class, "sequenceName", "as_order_seq", "incrementBy", n(5), "minValue", n(1),
                        "maxValue", n(100000), "cacheSize", n(10), "cycle", true, "ordered", true)));
        assertEquals(List.of("ALTER SEQUENCE s NO CYCLE"), sql(H2, change(AlterSequence.class, "sequenceName", "s", "cycle", false)));
        assertEquals(List.of("ALTER SEQUENCE s CACHE 0"), sql(H2, change(AlterSequence.class, "sequenceName", "s", "cacheSize", n(0))));
    }

    @Test
    void alterSequence_dataType_isRefused() {
        assertRefused(H2, change(AlterSequence.class, "sequenceName", "s", "dataType", "bigint"), ErrorCode.INVALID_VALUE,
                "alterSequence: dataType is not allowed (H2 sets a sequence's type only when creating it) on H2 2.2");
    }

    @Test
    void dropSequence_plain_renameUnsupported() {
        assertEquals(List.of("DROP SEQUENCE public.ds_ticket_seq"),
                sql(H2, change(DropSequence.class, "catalogName", "app", "schemaName", "public", "sequenceName", "ds_ticket_seq")));
        assertRefused(H2, change(RenameSequence.class, "oldSequenceName", "a", "newSequenceName", "b"), ErrorCode.UNSUPPORTED,
                "renameSequence is not supported on H2 2.2");
    }
}
