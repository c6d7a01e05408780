// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.oracle;

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

class OracleIndexSqlTest {
    private static final String ORA = "oracle";

    @Test
    void createIndex_qualifiesTheIndexLikeItsTable_withTablespace() {
        assertEquals(List.of("CREATE UNIQUE INDEX cat.ix ON cat.t(a, b DESC) TABLESPACE users"),
                sql(ORA, change(CreateIndex.class, "catalogName", "cat", "schemaName", "sch", "tableName", "t", "indexName", "ix",
                        "unique", true, "tablespace", "users",
                        "columns", List.of(column("name", "a"), column("name", "b", "descending", true)))));
    }

    @Test
    void createIndex_functionBased_methodIgnored() {
        assertEquals(List.of("CREATE INDEX ix ON t(UPPER(name) DESC)"),
                sql(ORA, change(CreateIndex.class, "tableName", "t", "indexName", "ix", "using", "btree", "clustered", false,
                        "columns", List.of(column("name", "UPPER(name)", "computed", true, "descending", true)))));
    }

    @Test
    void createIndex_clustered_isRefused() {
        assertRefused(ORA, change(CreateIndex.class, "tableName", "t", "indexName", "ix", "clustered", true,
                "columns", List.of(column("name", "a"))), ErrorCode.INVALID_VALUE,
                "createIndex: clustered=true is not possible (Oracle clusters are table clusters, not index options) on Oracle 19.0");
    }

    @Test
    void createIndex_includedColumnsOrNoName_areRefused() {
        assertRefused(ORA, change(CreateIndex.class, "tableName", "t", "indexName", "ix",
                "columns", List.of(column("name", "a"), column("name", "b", "included", true))), ErrorCode.INVALID_VALUE,
                "createIndex: included columns are not allowed on Oracle 19.0");
        assertRefused(ORA, change(CreateIndex.class, "tableName", "t", "columns", List.of(column("name", "a"))),
                ErrorCode.INVALID_VALUE, "createIndex: indexName is required on Oracle 19.0");
    }

    @Test
    void dropIndex_isQualified() {
        assertEquals(List.of("DROP INDEX sch.ix"),
                sql(ORA, change(DropIndex.class, "schemaName", "sch", "tableName", "t", "indexName", "ix")));
    }
}
