// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.postgres;

import static dev.tidemark.dialect.SchemaObjectFixtures.assertRefused;
import static dev.tidemark.dialect.SchemaObjectFixtures.change;
import static dev.tidemark.dialect.SchemaObjectFixtures.context;
import static dev.tidemark.dialect.SchemaObjectFixtures.dialect;
import static dev.tidemark.dialect.SchemaObjectFixtures.sql;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tidemark.dialect.QuotingStrategy;
import dev.tidemark.error.ErrorCode;
import dev.tidemark.error.TidemarkException;
import dev.tidemark.model.change.CreateView;
import dev.tidemark.model.change.DropView;
import dev.tidemark.model.change.RenameView;
import dev.tidemark.sql.RenderContext;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PostgresViewSqlTest {
    private static final String PG = "postgresql";

    @Test
    void createView_withRemarks_commentsOnTheView() {
        assertEquals(List.of("CREATE VIEW cv_cheap_books AS SELECT id, title FROM cv_book WHERE price < 10",
                "COMMENT ON VIEW cv_cheap_books IS 'Books under ten'"),
                sql(PG, change(CreateView.class, "viewName", "cv_cheap_books", "remarks", "Books under ten",
                        "selectQuery", "SELECT id, title FROM cv_book WHERE price < 10")));
    }

    @Test
    void createView_replaceIfExists_keepsTheQueryAsWritten() {
        assertEquals(List.of("CREATE OR REPLACE VIEW public.cv_cheap_books AS SELECT id, title\nFROM cv_book\nWHERE price < 15",
                "COMMENT ON VIEW public.cv_cheap_books IS 'It''s here'"),
                sql(PG, change(CreateView.class, "catalogName", "app", "schemaName", "public", "viewName", "cv_cheap_books",
                        "replaceIfExists", true, "remarks", "It's here",
                        "selectQuery", "\n  SELECT id, title\nFROM cv_book\nWHERE price < 15 ;\n")));
    }

    @Test
    void createView_fullDefinition_isTheWholeStatement() {
        assertEquals(List.of("CREATE VIEW cv_titles AS SELECT title FROM cv_book"),
                sql(PG, change(CreateView.class, "viewName", "cv_titles", "fullDefinition", true,
                        "selectQuery", "CREATE VIEW cv_titles AS SELECT title FROM cv_book;")));
    }

    @Test
    void createView_fullDefinitionWithReplace_turnsCreateIntoCreateOrReplace() {
        assertEquals(List.of("CREATE OR REPLACE   view v as select 1 as x"),
                sql(PG, change(CreateView.class, "viewName", "v", "fullDefinition", true, "replaceIfExists", true,
                        "selectQuery", "create   view v as select 1 as x")));
        assertEquals(List.of("CREATE OR REPLACE VIEW v AS SELECT 1 AS x"),
                sql(PG, change(CreateView.class, "viewName", "v", "fullDefinition", true, "replaceIfExists", true,
                        "selectQuery", "CREATE OR REPLACE VIEW v AS SELECT 1 AS x")));
    }

    @Test
    void createView_fromAFile_expandsProperties() {
        RenderContext ctx = context(dialect(PG), QuotingStrategy.LEGACY,
                Map.of("rel:cv_expensive_books.sql", "SELECT id, title, price FROM ${table} WHERE price >= 50\n"),
                Map.of("table", "cv_book"));
        assertEquals(List.of("CREATE VIEW cv_expensive_books AS SELECT id, title, price FROM cv_book WHERE price >= 50"),
                sql(ctx, change(CreateView.class, "viewName", "cv_expensive_books", "path", "cv_expensive_books.sql",
                        "relativeToChangelogFile", true, "encoding", "UTF-8")));
    }

    @Test
    void createView_fromAMissingFile_failsWithTheFileError() {
        TidemarkException e = assertThrows(TidemarkException.class, () -> sql(PG, change(CreateView.class, "viewName", "v",
                "path", "missing.sql")));
        assertEquals(ErrorCode.FILE_NOT_FOUND, e.code());
    }

    @Test
    void createView_bodyAndPath_isRefused() {
        assertRefused(PG, change(CreateView.class, "viewName", "v", "path", "v.sql", "selectQuery", "SELECT 1"),
                ErrorCode.INVALID_VALUE, "createView: Cannot specify both 'path' and a nested view definition on PostgreSQL 16.0");
    }

    @Test
    void createView_withoutQuery_isRefused() {
        assertRefused(PG, change(CreateView.class, "viewName", "v", "selectQuery", "  "),
                ErrorCode.INVALID_VALUE, "createView: the view's query is required (a body or path) on PostgreSQL 16.0");
    }

    @Test
    void createView_unknownEncoding_isRefused() {
        RenderContext ctx = context(dialect(PG), QuotingStrategy.LEGACY, Map.of("v.sql", "SELECT 1"), Map.of());
        TidemarkException e = assertThrows(TidemarkException.class, () -> sql(ctx, change(CreateView.class, "viewName", "v",
                "path", "v.sql", "encoding", "no-such-charset")));
        assertEquals("createView: unknown encoding 'no-such-charset' on PostgreSQL 16.0", e.getMessage());
    }

    @Test
    void createView_quoteAllObjects() {
        assertEquals(List.of("CREATE VIEW \"public\".\"v\" AS SELECT 1"),
                sql(context(PG, QuotingStrategy.QUOTE_ALL_OBJECTS), change(CreateView.class, "schemaName", "public", "viewName", "v",
                        "selectQuery", "SELECT 1")));
    }

    @Test
    void dropView_withAndWithoutIfExists() {
        assertEquals(List.of("DROP VIEW dv_titles"), sql(PG, change(DropView.class, "viewName", "dv_titles")));
        assertEquals(List.of("DROP VIEW IF EXISTS public.dv_missing"),
                sql(PG, change(DropView.class, "catalogName", "app", "schemaName", "public", "viewName", "dv_missing",
                        "ifExists", true)));
    }

    @Test
    void renameView_isAlterTableRename() {
        assertEquals(List.of("ALTER TABLE public.rv_new RENAME TO rv_final"),
                sql(PG, change(RenameView.class, "catalogName", "app", "schemaName", "public", "oldViewName", "rv_new",
                        "newViewName", "rv_final")));
    }
}
