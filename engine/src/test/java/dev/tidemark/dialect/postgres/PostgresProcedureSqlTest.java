// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.postgres;

import static dev.tidemark.dialect.SchemaObjectFixtures.assertRefused;
import static dev.tidemark.dialect.SchemaObjectFixtures.change;
import static dev.tidemark.dialect.SchemaObjectFixtures.context;
import static dev.tidemark.dialect.SchemaObjectFixtures.dialect;
import static dev.tidemark.dialect.SchemaObjectFixtures.sql;
import static dev.tidemark.dialect.SchemaObjectFixtures.statements;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

class PostgresProcedureSqlTest {
    private static final String PG = "postgresql";
    private static final String BODY = "CREATE OR REPLACE PROCEDURE cp_log_msg(m VARCHAR)\n"
            + "LANGUAGE plpgsql\n"
            + "AS $$\n"
            + "BEGIN\n"
            + "  INSERT INTO cp_log (msg) VALUES (m);\n"
            + "END;\n"
            + "$$";

    private static String proc(String schema, String text) {
        return sql(PG, change(CreateProcedure.class, "schemaName", schema, "procedureName", "p", "procedureText", text)).get(0);
    }

    @Test
    void createProcedure_dollarQuotedBodyStaysIntact_asOneBlock() {
        List<SqlStatement> out = statements(context(PG), change(CreateProcedure.class, "procedureName", "cp_log_msg",
                "procedureText", "\n" + BODY + ";\n", "comment", "Appends one message"));
        assertEquals(1, out.size());
        assertTrue(out.get(0).block());
        assertEquals(BODY, out.get(0).sql());
    }

    @Test
    void createProcedure_withSchema_putsItIntoTheProceduresName() {
        assertEquals(BODY.replace("PROCEDURE cp_log_msg(", "PROCEDURE public.cp_log_msg("),
                sql(PG, change(CreateProcedure.class, "catalogName", "app", "schemaName", "public", "procedureName", "cp_log_msg",
                        "procedureText", BODY)).get(0));
    }

    @Test
    void createProcedure_schemaReplacesAnExistingQualifier() {
        assertEquals("CREATE PROCEDURE s.p(m int) AS $$ SELECT 1 $$", proc("s", "CREATE PROCEDURE other.p(m int) AS $$ SELECT 1 $$"));
        assertEquals("CREATE PROCEDURE a.s.c(x int) AS $$ SELECT 1 $$", proc("s", "CREATE PROCEDURE a.b.c(x int) AS $$ SELECT 1 $$"));
        assertEquals("CREATE PROCEDURE s.\"My Proc\"(a int) AS $$ SELECT 1 $$",
                proc("s", "CREATE PROCEDURE \"My Proc\"(a int) AS $$ SELECT 1 $$"));
    }

    @Test
    void createProcedure_schemaSkipsCommentsAndStrings_leavesFunctionsAndPackagesAlone() {
        assertEquals("-- a PROCEDURE comment\nCREATE /* x */ PROCEDURE   s.p (a int) AS $$ SELECT 'PROCEDURE' $$",
                proc("s", "-- a PROCEDURE comment\nCREATE /* x */ PROCEDURE   p (a int) AS $$ SELECT 'PROCEDURE' $$"));
        assertEquals("CREATE FUNCTION f() RETURNS int AS $$ SELECT 1 $$ LANGUAGE sql",
                proc("s", "CREATE FUNCTION f() RETURNS int AS $$ SELECT 1 $$ LANGUAGE sql"));
        assertEquals("CREATE PACKAGE BODY x AS PROCEDURE p IS BEGIN NULL; END; END x",
                proc("s", "CREATE PACKAGE BODY x AS PROCEDURE p IS BEGIN NULL; END; END x;"));
    }

    @Test
    void createProcedure_schemaIsQuotedPerTheStrategy() {
        assertEquals("CREATE PROCEDURE \"app\".p() AS $$ SELECT 1 $$",
                sql(context(PG, QuotingStrategy.QUOTE_ALL_OBJECTS), change(CreateProcedure.class, "schemaName", "app",
                        "procedureText", "CREATE PROCEDURE p() AS $$ SELECT 1 $$")).get(0));
    }

    @Test
    void createProcedure_replaceIfExists_dropsTheQualifiedProcedureFirst() {
        List<SqlStatement> out = statements(context(PG), change(CreateProcedure.class, "schemaName", "app", "procedureName", "p",
                "replaceIfExists", true, "procedureText", "CREATE PROCEDURE p() LANGUAGE sql AS $$ SELECT 1 $$"));
        assertEquals(List.of("DROP PROCEDURE IF EXISTS app.p", "CREATE PROCEDURE app.p() LANGUAGE sql AS $$ SELECT 1 $$"),
                out.stream().map(SqlStatement::sql).toList());
        assertFalse(out.get(0).block());
    }

    @Test
    void createProcedure_replaceIfExistsWithoutName_isRefused() {
        assertRefused(PG, change(CreateProcedure.class, "replaceIfExists", true, "procedureText", "CREATE PROCEDURE p() AS $$ $$"),
                ErrorCode.INVALID_VALUE, "createProcedure: procedureName is required if replaceIfExists = true on PostgreSQL 16.0");
    }

    @Test
    void createProcedure_fromAFile_expandsProperties() {
        RenderContext ctx = context(dialect(PG), QuotingStrategy.LEGACY,
                Map.of("rel:cp_touch.pg.sql", "CREATE OR REPLACE PROCEDURE cp_touch()\nLANGUAGE sql\nAS $$\n"
                        + "  INSERT INTO ${log} (msg) VALUES ('touched')\n$$;\n"), Map.of("log", "cp_log"));
        assertEquals(List.of("CREATE OR REPLACE PROCEDURE cp_touch()\nLANGUAGE sql\nAS $$\n  INSERT INTO cp_log (msg) VALUES ('touched')\n$$"),
                sql(ctx, change(CreateProcedure.class, "procedureName", "cp_touch", "path", "cp_touch.pg.sql",
                        "relativeToChangelogFile", true, "encoding", "UTF-8", "dbms", "postgresql")));
    }

    @Test
    void createProcedure_bodyAndPathOrNeither_isRefused() {
        assertRefused(PG, change(CreateProcedure.class, "path", "p.sql", "procedureText", "CREATE PROCEDURE p() AS $$ $$"),
                ErrorCode.INVALID_VALUE, "createProcedure: Cannot specify both 'path' and a nested procedure text on PostgreSQL 16.0");
        assertRefused(PG, change(CreateProcedure.class, "procedureName", "p"),
                ErrorCode.INVALID_VALUE, "createProcedure: the procedure's text is required (a body or path) on PostgreSQL 16.0");
    }

    @Test
    void dropProcedure_qualified() {
        assertEquals(List.of("DROP PROCEDURE public.dp_noop2"),
                sql(PG, change(DropProcedure.class, "catalogName", "app", "schemaName", "public", "procedureName", "dp_noop2")));
    }
}
