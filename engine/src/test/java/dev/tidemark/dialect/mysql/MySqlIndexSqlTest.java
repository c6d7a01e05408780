// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.mysql;

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

class MySqlIndexSqlTest {
    private static final String MY = "mysql";

    @Test
    void createIndex_unqualifiedName_tablespaceAndClusteredIgnored() {
        assertEquals(List.of("CREATE UNIQUE INDEX ux ON cat.t(a, b DESC)"),
                sql(MY, change(CreateIndex.class, "catalogName", "cat", "tableName", "t", "indexName", "ux", "unique", true,
                        "tablespace", "ts", "clustered", true,
                        "columns", List.of(column("name", "a"), column("name", "b", "descending", true)))));
    }

    @Test
    void createIndex_usingBtreeOrHash() {
        assertEquals(List.of("CREATE INDEX ix ON t(a) USING HASH"),
                sql(MY, change(CreateIndex.class, "tableName", "t", "indexName", "ix", "using", "hash",
                        "columns", List.of(column("name", "a")))));
        assertEquals(List.of("CREATE INDEX ix ON t(a) USING BTREE"),
                sql(MY, change(CreateIndex.class, "tableName", "t", "indexName", "ix", "using", "BTREE",
                        "columns", List.of(column("name", "a")))));
    }

    @Test
    void createIndex_otherMethods_areRefused() {
        assertRefused(MY, change(CreateIndex.class, "tableName", "t", "indexName", "ix", "using", "gin",
                "columns", List.of(column("name", "a"))), ErrorCode.INVALID_VALUE,
                "createIndex: using 'gin' is not an index type (BTREE or HASH) on MySQL 8.0");
    }

    @Test
    void createIndex_expressionsAreFunctionalKeyPartsInParentheses() {
        assertEquals(List.of("CREATE INDEX ix ON t((upper(a)) DESC, b)"),
                sql(MY, change(CreateIndex.class, "tableName", "t", "indexName", "ix",
                        "columns", List.of(column("name", "upper(a)", "computed", true, "descending", true), column("name", "b")))));
    }

    @Test
    void createIndex_quoteAllObjects() {
        assertEquals(List.of("CREATE INDEX `ix` ON `db`.`t`(`a`)"),
                sql(context(MY, QuotingStrategy.QUOTE_ALL_OBJECTS), change(CreateIndex.class, "schemaName", "db", "tableName", "t",
                        "indexName", "ix", "columns", List.of(column("name", "a")))));
    }

    @Test
    void createIndex_includedColumns_areRefused() {
        assertRefused(MY, change(CreateIndex.class, "tableName", "t", "indexName", "ix",
                "columns", List.of(column("name", "a"), column("name", "b", "included", true))), ErrorCode.INVALID_VALUE,
                "createIndex: included columns are not allowed on MySQL 8.0");
    }

    @Test
    void dropIndex_namesTheTable() {
        assertEquals(List.of("DROP INDEX ix_di_book_title ON di_book"),
                sql(MY, change(DropIndex.class, "tableName", "di_book", "indexName", "ix_di_book_title")));
        assertEquals(List.of("DROP INDEX ix ON sch.t"),
                sql(MY, change(DropIndex.class, "schemaName", "sch", "tableName", "t", "indexName", "ix")));
    }

    @Test
    void dropIndex_withoutTable_isRefused() {
        assertRefused(MY, change(DropIndex.class, "indexName", "ix"), ErrorCode.INVALID_VALUE,
                "dropIndex: tableName is required on MySQL 8.0");
    }
}
