// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.h2;

import static dev.tidemark.dialect.SchemaObjectFixtures.assertRefused;
import static dev.tidemark.dialect.SchemaObjectFixtures.change;
import static dev.tidemark.dialect.SchemaObjectFixtures.column;
import static dev.tidemark.dialect.SchemaObjectFixtures.sql;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tidemark.error.ErrorCode;
import dev.tidemark.model.change.CreateIndex;
import dev.tidemark.model.change.DropIndex;
import java.util.List;
import org.junit.jupiter.api.Test;

class H2IndexSqlTest {
    private static final String H2 = "h2";

    @Test
    void createIndex_qualifiesTheIndexLikeItsTable_ignoringStorageOptions() {
        assertEquals(List.of("CREATE UNIQUE INDEX public.ix ON public.t(a, b DESC)"),
                sql(H2, change(CreateIndex.class, "catalogName", "app", "schemaName", "public", "tableName", "t", "indexName", "ix",
                        "unique", true, "tablespace", "ts", "using", "hash", "clustered", true,
                        "columns", List.of(column("name", "a"), column("name", "b", "descending", true)))));
        assertEquals(List.of("CREATE INDEX ix_ci_book_title ON ci_book(title)"),
                sql(H2, change(CreateIndex.class, "tableName", "ci_book", "indexName", "ix_ci_book_title",
                        "columns", List.of(column("name", "title")))));
    }

    @Test
    void createIndex_expression_isRefused() {
        assertRefused(H2, change(CreateIndex.class, "tableName", "t", "indexName", "ix",
                "columns", List.of(column("name", "lower(a)"))), ErrorCode.INVALID_VALUE,
                "createIndex: the computed column 'lower(a)' is not possible (H2 has no expression indexes;"
                        + " index a generated column instead) on H2 2.2");
    }

    @Test
    void dropIndex_isQualified() {
        assertEquals(List.of("DROP INDEX public.ix_di_book_isbn"),
                sql(H2, change(DropIndex.class, "catalogName", "app", "schemaName", "public", "tableName", "di_book",
                        "indexName", "ix_di_book_isbn")));
    }
}
