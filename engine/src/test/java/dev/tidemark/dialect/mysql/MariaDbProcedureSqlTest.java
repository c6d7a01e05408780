// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.mysql;

import static dev.tidemark.dialect.SchemaObjectFixtures.change;
import static dev.tidemark.dialect.SchemaObjectFixtures.sql;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tidemark.model.change.CreateProcedure;
import dev.tidemark.model.change.DropProcedure;
import java.util.List;
import org.junit.jupiter.api.Test;

class MariaDbProcedureSqlTest {
    private static final String MARIA = "mariadb";

    @Test
    void createAndDropProcedure_asMySql() {
        assertEquals(List.of("CREATE PROCEDURE dp_noop() BEGIN SELECT 1; END"),
                sql(MARIA, change(CreateProcedure.class, "procedureName", "dp_noop", "procedureText",
                        "CREATE PROCEDURE dp_noop() BEGIN SELECT 1; END")));
        assertEquals(List.of("DROP PROCEDURE dp_noop"), sql(MARIA, change(DropProcedure.class, "procedureName", "dp_noop")));
    }
}
