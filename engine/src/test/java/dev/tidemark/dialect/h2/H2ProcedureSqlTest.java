// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.h2;

import static dev.tidemark.dialect.SchemaObjectFixtures.assertRefused;
import static dev.tidemark.dialect.SchemaObjectFixtures.change;
import static dev.tidemark.dialect.SchemaObjectFixtures.sql;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tidemark.error.ErrorCode;
import dev.tidemark.model.change.CreateProcedure;
import dev.tidemark.model.change.DropProcedure;
import java.util.List;
import org.junit.jupiter.api.Test;

class H2ProcedureSqlTest {
    private static final String H2 = "h2";

    @Test
    void createProcedure_passesAnAliasThrough() {
        assertEquals(List.of("CREATE ALIAS cp_abs FOR 'java.lang.Math.abs(int)'"),
                sql(H2, change(CreateProcedure.class, "procedureName", "cp_abs",
                        "procedureText", "CREATE ALIAS cp_abs FOR 'java.lang.Math.abs(int)'")));
    }

    @Test
    void createProcedure_replaceIfExists_isRefused() {
        assertRefused(H2, change(CreateProcedure.class, "procedureName", "p", "replaceIfExists", true,
                "procedureText", "CREATE ALIAS p FOR 'java.lang.Math.abs(int)'"), ErrorCode.INVALID_VALUE,
                "createProcedure: replaceIfExists is not allowed on H2 2.2");
    }

    @Test
    void dropProcedure_dropsTheAlias() {
        assertEquals(List.of("DROP ALIAS public.cp_abs"),
                sql(H2, change(DropProcedure.class, "schemaName", "public", "procedureName", "cp_abs")));
    }
}
