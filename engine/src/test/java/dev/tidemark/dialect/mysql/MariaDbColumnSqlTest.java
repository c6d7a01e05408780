// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.mysql;

import static dev.tidemark.dialect.SchemaObjectFixtures.change;
import static dev.tidemark.dialect.SchemaObjectFixtures.sql;
import static dev.tidemark.sql.ColumnFixtures.col;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tidemark.model.change.AddColumn;
import dev.tidemark.model.change.AddDefaultValue;
import java.util.List;
import org.junit.jupiter.api.Test;

class MariaDbColumnSqlTest {
    private static final String MARIADB = "mariadb";

    @Test
    void sequenceDefaults_areNextValueFor() {
        assertEquals(List.of("ALTER TABLE ac_book ADD seq_no BIGINT NULL, ADD ticket_no BIGINT DEFAULT NEXT VALUE FOR ac_seq NULL",
                "UPDATE ac_book SET seq_no = NEXT VALUE FOR ac_seq"),
                sql(MARIADB, change(AddColumn.class, "tableName", "ac_book", "columns", List.of(
                        col("seq_no", "bigint", "valueSequenceNext", "ac_seq"),
                        col("ticket_no", "bigint", "defaultValueSequenceNext", "ac_seq")))));
    }

    @Test
    void addDefaultValue_sequenceNext_isAnExpressionInParentheses() {
        // Liquibase wrote SET DEFAULT (s.sq), which MariaDB reads as a column name
        assertEquals(List.of("ALTER TABLE s.t ALTER a SET DEFAULT (NEXT VALUE FOR s.sq)"), sql(MARIADB,
                change(AddDefaultValue.class, "schemaName", "s", "tableName", "t", "columnName", "a",
                        "defaultValueSequenceNext", "sq")));
    }

    @Test
    void booleans_areTinyint1() {
        assertEquals(List.of("ALTER TABLE t ADD b TINYINT(1) DEFAULT 0 NULL"), sql(MARIADB, change(AddColumn.class,
                "tableName", "t", "columns", List.of(col("b", "boolean", "defaultValueBoolean", false)))));
    }
}
