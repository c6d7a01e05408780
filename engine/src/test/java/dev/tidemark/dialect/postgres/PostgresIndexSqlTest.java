// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.postgres;

import static dev.tidemark.dialect.SchemaObjectFixtures.assertRefused;
import static dev.tidemark.dialect.SchemaObjectFixtures.change;
import static dev.tidemark.dialect.SchemaObjectFixtures.column;
import static dev.tidemark.dialect.SchemaObjectFixtures.context;
import static dev.tidemark.dialect.SchemaObjectFixtures.sql;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tidemark.dialect.QuotingStrategy;
import dev.tidemark.error.ErrorCode;
import dev.tidemark.model.change.CreateIndex;
import dev.tidemark.model.change.DropIndex;
import java.util.List;
import org.junit.jupiter.api.Test;

class PostgresIndexSqlTest {
    private static final String PG = "postgresql";

    @Test
    void createIndex_plainUniqueAndDescending() {
        assertEquals(List.of("CREATE INDEX ix_ci_book_title ON ci_book(title)"),
                sql(PG, change(CreateIndex.class, "tableName", "ci_book", "indexName", "ix_ci_book_title",
                        "columns", List.of(column("name", "title")))));
        assertEquals(List.of("CREATE UNIQUE INDEX ux_ci_book_isbn ON ci_book(isbn)"),
                sql(PG, change(CreateIndex.class, "tableName", "ci_book", "indexName", "ux_ci_book_isbn", "unique", true,
                        "columns", List.of(column("name", "isbn")))));
        assertEquals(List.of("CREATE INDEX ix_ci_book_author_price ON ci_book(author, price DESC)"),
                sql(PG, change(CreateIndex.class, "tableName", "ci_book", "indexName", "ix_ci_book_author_price", "unique", false,
                        "columns", List.of(column("name", "author", "descending", false), column("name", "price", "descending", true)))));
    }

    @Test
    void createIndex_expressionWithMethodTablespaceAndCluster_indexNameNotQualified() {
        assertEquals(List.of("CREATE INDEX ix_ci_book_lower_title ON public.ci_book USING btree(lower(title)) TABLESPACE pg_default",
                "CLUSTER public.ci_book USING ix_ci_book_lower_title"),
                sql(PG, change(CreateIndex.class, "catalogName", "app", "schemaName", "public", "tableName", "ci_book",
                        "indexName", "ix_ci_book_lower_title", "tablespace", "pg_default", "using", "btree", "clustered", true,
                        "associatedWith", "none", "columns", List.of(column("name", "lower(title)", "computed", true)))));
    }

    @Test
    void createIndex_withoutName_letsPostgresNameIt() {
        assertEquals(List.of("CREATE INDEX ON ci_book(title)"),
                sql(PG, change(CreateIndex.class, "tableName", "ci_book", "columns", List.of(column("name", "title")))));
    }

    @Test
    void createIndex_clusteredWithoutName_isRefused() {
        assertRefused(PG, change(CreateIndex.class, "tableName", "t", "clustered", true, "columns", List.of(column("name", "a"))),
                ErrorCode.INVALID_VALUE, "createIndex: indexName is required when clustered=true on PostgreSQL 16.0");
    }

    @Test
    void createIndex_includedColumns_areInclude() {
        assertEquals(List.of("CREATE UNIQUE INDEX ix ON t(isbn) INCLUDE (title, \"Price\") TABLESPACE ts"),
                sql(PG, change(CreateIndex.class, "tableName", "t", "indexName", "ix", "unique", true, "tablespace", "ts",
                        "columns", List.of(column("name", "isbn"), column("name", "title", "included", true),
                                column("name", "Price", "included", true)))));
    }

    @Test
    void createIndex_onlyIncludedColumns_isRefused() {
        assertRefused(PG, change(CreateIndex.class, "tableName", "t", "indexName", "ix",
                "columns", List.of(column("name", "a", "included", true))), ErrorCode.INVALID_VALUE,
                "createIndex: every column is an included column; an index needs at least one key column on PostgreSQL 16.0");
    }

    @Test
    void createIndex_methodMustBeOneWord() {
        assertRefused(PG, change(CreateIndex.class, "tableName", "t", "indexName", "ix", "using", "gin (x); DROP TABLE t",
                "columns", List.of(column("name", "a"))), ErrorCode.INVALID_VALUE,
                "createIndex: using 'gin (x); DROP TABLE t' is not an index method name on PostgreSQL 16.0");
    }

    @Test
    void createIndex_functionLookingName_isAnExpressionUnlessAllNamesAreQuoted() {
        CreateIndex index = change(CreateIndex.class, "tableName", "t", "indexName", "ix",
                "columns", List.of(column("name", "lower(a)"), column("name", "upper(b)", "computed", true)));
        assertEquals(List.of("CREATE INDEX ix ON t(lower(a), upper(b))"), sql(PG, index));
        assertEquals(List.of("CREATE INDEX \"ix\" ON \"t\"(\"lower(a)\", upper(b))"),
                sql(context(PG, QuotingStrategy.QUOTE_ALL_OBJECTS), index));
    }

    @Test
    void createIndex_quotesReservedAndMixedCaseNames() {
        assertEquals(List.of("CREATE INDEX \"user\" ON \"order\"(\"select\", \"Mixed\")"),
                sql(PG, change(CreateIndex.class, "tableName", "order", "indexName", "user",
                        "columns", List.of(column("name", "select"), column("name", "Mixed")))));
    }

    @Test
    void createIndex_withoutColumns_isRefused() {
        assertRefused(PG, change(CreateIndex.class, "tableName", "t", "indexName", "ix"), ErrorCode.INVALID_VALUE,
                "createIndex: at least one column is required on PostgreSQL 16.0");
    }

    @Test
    void dropIndex_isQualifiedBySchema_tableNotNeeded() {
        assertEquals(List.of("DROP INDEX public.ix_di_book_isbn"),
                sql(PG, change(DropIndex.class, "catalogName", "app", "schemaName", "public", "tableName", "di_book",
                        "indexName", "ix_di_book_isbn", "associatedWith", "none")));
        assertEquals(List.of("DROP INDEX ix"), sql(PG, change(DropIndex.class, "indexName", "ix")));
    }
}
