// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.oracle;

import static dev.tidemark.dialect.SchemaObjectFixtures.assertRefused;
import static dev.tidemark.dialect.SchemaObjectFixtures.change;
import static dev.tidemark.dialect.SchemaObjectFixtures.context;
import static dev.tidemark.dialect.SchemaObjectFixtures.dialect;
import static dev.tidemark.dialect.SchemaObjectFixtures.sql;
import static dev.tidemark.dialect.SchemaObjectFixtures.statements;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tidemark.dialect.QuotingStrategy;
import dev.tidemark.error.ErrorCode;
import dev.tidemark.model.change.CreateProcedure;
import dev.tidemark.model.change.DropProcedure;
import dev.tidemark.sql.RenderContext;
import dev.tidemark.sql.SqlStatement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OracleProcedureSqlTest {
    private static final String ORA = "oracle";

    @Test
    void createProcedure_isAPlsqlBlockKeepingItsSemicolon() {
        List<SqlStatement> out = statements(context(ORA), change(CreateProcedure.class, "procedureName", "p",
                "procedureText", "CREATE OR REPLACE PROCEDURE p AS BEGIN NULL; END;"));
        assertEquals(1, out.size());
        assertTrue(out.get(0).block());
        assertEquals("CREATE OR REPLACE PROCEDURE p AS BEGIN NULL; END;", out.get(0).sql());
    }

    @Test
    void createProcedure_fromAFile_dropsTheScriptsSlashLine() {
        RenderContext ctx = context(dialect(ORA), QuotingStrategy.LEGACY,
                Map.of("p.sql", "CREATE OR REPLACE PROCEDURE p AS\nBEGIN\n  NULL;\nEND;\n/\n"), Map.of());
        assertEquals(List.of("CREATE OR REPLACE PROCEDURE p AS\nBEGIN\n  NULL;\nEND;"),
                sql(ctx, change(CreateProcedure.class, "procedureName", "p", "path", "p.sql")));
    }

    @Test
    void createProcedure_withSchema_namesItInTheText() {
        assertEquals(List.of("CREATE OR REPLACE PROCEDURE app.p AS BEGIN NULL; END;"),
                sql(ORA, change(CreateProcedure.class, "schemaName", "app", "procedureName", "p",
                        "procedureText", "CREATE OR REPLACE PROCEDURE p AS BEGIN NULL; END;")));
    }

    @Test
    void createProcedure_replaceIfExists_isRefused() {
        assertRefused(ORA, change(CreateProcedure.class, "procedureName", "p", "replaceIfExists", true,
                "procedureText", "CREATE PROCEDURE p AS BEGIN NULL; END;"), ErrorCode.INVALID_VALUE,
                "createProcedure: replaceIfExists is not allowed (write CREATE OR REPLACE in the text) on Oracle 19.0");
    }

    @Test
    void dropProcedure_qualifiedByCatalogFirst() {
        assertEquals(List.of("DROP PROCEDURE cat.p"),
                sql(ORA, change(DropProcedure.class, "catalogName", "cat", "schemaName", "sch", "procedureName", "p")));
    }
}
