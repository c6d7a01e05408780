// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.postgres;

import static dev.tidemark.dialect.SchemaObjectFixtures.assertRefused;
import static dev.tidemark.dialect.SchemaObjectFixtures.change;
import static dev.tidemark.dialect.SchemaObjectFixtures.context;
import static dev.tidemark.dialect.SchemaObjectFixtures.sql;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tidemark.dialect.QuotingStrategy;
import dev.tidemark.error.ErrorCode;
import dev.tidemark.model.change.AlterSequence;
import dev.tidemark.model.change.CreateSequence;
import dev.tidemark.model.change.DropSequence;
import dev.tidemark.model.change.RenameSequence;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

class PostgresSequenceSqlTest {
    private static final String PG = "postgresql";

    private static BigInteger n(long value) {
        return BigInteger.valueOf(value);
    }

    @Test
    void createSequence_ifNotExists_withLiquibasesSpacing() {
        assertEquals(List.of("CREATE SEQUENCE  IF NOT EXISTS cs_order_seq"),
                sql(PG, change(CreateSequence.class, "sequenceName", "cs_order_seq")));
    }

    @Test
    void createSequence_everyOptionInLiquibasesOrder() {
        assertEquals(List.of("CREATE SEQUENCE  IF NOT EXISTS cs_invoice_seq START WITH 1000 INCREMENT BY 10 MINVALUE 1000"
                + " MAXVALUE 999999 CACHE 20"),
                sql(PG, change(CreateSequence.class, "sequenceName", "cs_invoice_seq", "startValue", n(1000), "incrementBy", n(10),
                        "minValue", n(1000), "maxValue", n(999999), "cycle", false, "cacheSize", n(20))));
        assertEquals(List.of("CREATE SEQUENCE  IF NOT EXISTS public.cs_ticket_seq AS BIGINT MAXVALUE 100 CYCLE"),
                sql(PG, change(CreateSequence.class, "catalogName", "app", "schemaName", "public", "sequenceName", "cs_ticket_seq",
                        "dataType", "bigint", "cycle", true, "maxValue", n(100))));
    }

    @Test
    void createSequence_negativeAndHugeValuesAsWritten() {
        assertEquals(List.of("CREATE SEQUENCE  IF NOT EXISTS s START WITH -5 INCREMENT BY -1 MINVALUE -100"
                + " MAXVALUE 9223372036854775807000"),
                sql(PG, change(CreateSequence.class, "sequenceName", "s", "startValue", n(-5), "incrementBy", n(-1),
                        "minValue", n(-100), "maxValue", new BigInteger("9223372036854775807000"))));
    }

    @Test
    void createSequence_cacheOfZero_isCacheOne() {
        assertEquals(List.of("CREATE SEQUENCE  IF NOT EXISTS s CACHE 1"),
                sql(PG, change(CreateSequence.class, "sequenceName", "s", "cacheSize", n(0), "ordered", false)));
    }

    @Test
    void createSequence_dataTypeIsPostgresSpelling() {
        assertEquals(List.of("CREATE SEQUENCE  IF NOT EXISTS s AS INTEGER"),
                sql(PG, change(CreateSequence.class, "sequenceName", "s", "dataType", "int")));
    }

    @Test
    void createSequence_ordered_isRefused() {
        assertRefused(PG, change(CreateSequence.class, "sequenceName", "s", "ordered", true), ErrorCode.INVALID_VALUE,
                "createSequence: ordered is not allowed on PostgreSQL 16.0");
    }

    @Test
    void createSequence_quoteAllObjects() {
        assertEquals(List.of("CREATE SEQUENCE  IF NOT EXISTS \"public\".\"Seq\""),
                sql(context(PG, QuotingStrategy.QUOTE_ALL_OBJECTS), change(CreateSequence.class, "schemaName", "public",
                        "sequenceName", "Seq")));
    }

    @Test
    void alterSequence_everyOption() {
        assertEquals(List.of("ALTER SEQUENCE as_order_seq INCREMENT BY 5 MINVALUE 1 MAXVALUE 100000 CACHE 10 CYCLE"),
                sql(PG, change(AlterSequence.class, "sequenceName", "as_order_seq", "incrementBy", n(5), "minValue", n(1),
                        "maxValue", n(100000), "cacheSize", n(10), "cycle", true)));
        assertEquals(List.of("ALTER SEQUENCE public.as_ticket_seq AS BIGINT"),
                sql(PG, change(AlterSequence.class, "catalogName", "app", "schemaName", "public", "sequenceName", "as_ticket_seq",
                        "dataType", "bigint")));
        assertEquals(List.of("ALTER SEQUENCE s NO CYCLE"),
                sql(PG, change(AlterSequence.class, "sequenceName", "s", "cycle", false, "ordered", false)));
    }

    @Test
    void alterSequence_orderedOrNothing_isRefused() {
        assertRefused(PG, change(AlterSequence.class, "sequenceName", "s", "ordered", true), ErrorCode.INVALID_VALUE,
                "alterSequence: ordered is not allowed on PostgreSQL 16.0");
        assertRefused(PG, change(AlterSequence.class, "sequenceName", "s"), ErrorCode.INVALID_VALUE,
                "alterSequence: nothing to alter (give incrementBy, minValue, maxValue, cacheSize, cycle, ordered or dataType)"
                        + " on PostgreSQL 16.0");
    }

    @Test
    void dropSequence_cascades() {
        assertEquals(List.of("DROP SEQUENCE public.ds_ticket_seq CASCADE"),
                sql(PG, change(DropSequence.class, "catalogName", "app", "schemaName", "public", "sequenceName", "ds_ticket_seq")));
    }

    @Test
    void renameSequence_isAlterSequenceRename() {
        assertEquals(List.of("ALTER SEQUENCE public.rs_new_seq RENAME TO rs_final_seq"),
                sql(PG, change(RenameSequence.class, "catalogName", "app", "schemaName", "public", "oldSequenceName", "rs_new_seq",
                        "newSequenceName", "rs_final_seq")));
    }
}
