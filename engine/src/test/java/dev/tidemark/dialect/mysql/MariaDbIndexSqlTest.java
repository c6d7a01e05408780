// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.mysql;

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

class MariaDbIndexSqlTest {
    private static final String MARIA = "mariadb";

    @Test
    void createIndex_asMySql() {
        assertEquals(List.of("CREATE INDEX ix ON t(a) USING BTREE"),
                sql(MARIA, change(CreateIndex.class, "tableName", "t", "indexName", "ix", "using", "btree",
                        "columns", List.of(column("name", "a")))));
    }

    @Test
    void createIndex_expression_isRefused() {
        assertRefused(MARIA, change(CreateIndex.class, "tableName", "t", "indexName", "ix",
                "columns", List.of(column("name", "lower(a)", "computed", true))), ErrorCode.INVALID_VALUE,
                "createIndex: the computed column 'lower(a)' is not possible (MariaDB has no expression indexes;"
                        + " index a virtual column instead) on MariaDB 10.11");
    }

    @Test
    void dropIndex_namesTheTable() {
        assertEquals(List.of("DROP INDEX ix ON t"), sql(MARIA, change(DropIndex.class, "tableName", "t", "indexName", "ix")));
    }
}
