// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.mysql;

import static dev.tidemark.dialect.SchemaObjectFixtures.change;
import static dev.tidemark.dialect.SchemaObjectFixtures.context;
import static dev.tidemark.dialect.SchemaObjectFixtures.sql;
import static dev.tidemark.dialect.SchemaObjectFixtures.statements;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tidemark.model.change.CreateProcedure;
import dev.tidemark.model.change.DropProcedure;
import dev.tidemark.sql.SqlStatement;
import java.util.List;
import org.junit.jupiter.api.Test;

class MySqlProcedureSqlTest {
    private static final String MY = "mysql";
    private static final String BODY = "CREATE PROCEDURE cp_log_msg(IN m VARCHAR(100))\nBEGIN\n  INSERT INTO cp_log (msg) VALUES (m);\nEND";

    @Test
    void createProcedure_beginEndIsOneStatement_withoutDelimiterTricks() {
        List<SqlStatement> out = statements(context(MY), change(CreateProcedure.class, "procedureName", "cp_log_msg",
                "procedureText", BODY + ";"));
        assertEquals(1, out.size());
        assertTrue(out.get(0).block());
        assertEquals(BODY, out.get(0).sql());
    }

    @Test
    void createProcedure_replaceIfExists_dropsItFirst() {
        assertEquals(List.of("DROP PROCEDURE IF EXISTS db.cp_log_msg", BODY.replace("PROCEDURE cp_log_msg", "PROCEDURE db.cp_log_msg")),
                sql(MY, change(CreateProcedure.class, "schemaName", "db", "procedureName", "cp_log_msg", "replaceIfExists", true,
                        "procedureText", BODY)));
    }

    @Test
    void createProcedure_onlyOneTrailingSemicolonIsTheTerminator() {
        assertEquals(List.of("CREATE PROCEDURE p() BEGIN SELECT 1; END;"),
                sql(MY, change(CreateProcedure.class, "procedureText", "CREATE PROCEDURE p() BEGIN SELECT 1; END;;")));
    }

    @Test
    void dropProcedure_plain() {
        assertEquals(List.of("DROP PROCEDURE dp_noop"), sql(MY, change(DropProcedure.class, "procedureName", "dp_noop")));
    }
}
