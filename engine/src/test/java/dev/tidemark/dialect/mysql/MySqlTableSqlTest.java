// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.mysql;

import static dev.tidemark.dialect.SchemaObjectFixtures.change;
import static dev.tidemark.dialect.SchemaObjectFixtures.sql;
import static dev.tidemark.sql.ColumnFixtures.assertInvalid;
import static dev.tidemark.sql.ColumnFixtures.col;
import static dev.tidemark.sql.ColumnFixtures.constraints;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tidemark.model.change.AddLookupTable;
import dev.tidemark.model.change.CreateTable;
import dev.tidemark.model.change.DropTable;
import dev.tidemark.model.change.RenameTable;
import dev.tidemark.model.change.SetTableRemarks;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

class MySqlTableSqlTest {
    private static final String MYSQL = "mysql";

    @Test
    void createTable_explicitNull_inlineComments_autoIncrementStartAndRemarksAsTableOptions() {
        CreateTable change = change(CreateTable.class, "tableName", "ct_book", "remarks", "Book's table", "ifNotExists", true,
                "tablespace", "ignored", "columns", List.of(
                        col("id", "bigint", "autoIncrement", true, "startWith", BigInteger.valueOf(1000), "remarks", "Key",
                                "constraints", constraints("primaryKey", true, "primaryKeyName", "pk_ct_book",
                                        "primaryKeyTablespace", "ignored")),
                        col("title", "varchar(200)", "defaultValue", "Untitled"),
                        col("in_print", "boolean", "defaultValueBoolean", true),
                        col("created_at", "timestamp(3)", "defaultValueComputed", "CURRENT_TIMESTAMP(3)"),
                        col("publisher_id", "int", "constraints", constraints("foreignKeyName", "fk_pub", "references",
                                "ct_publisher(id)", "deleteCascade", true, "deferrable", true, "initiallyDeferred", true))));
        assertEquals(List.of("CREATE TABLE IF NOT EXISTS ct_book (id BIGINT AUTO_INCREMENT NOT NULL COMMENT 'Key',"
                + " title VARCHAR(200) DEFAULT 'Untitled' NULL, in_print TINYINT DEFAULT 1 NULL,"
                + " created_at timestamp(3) DEFAULT NOW(3) NULL, publisher_id INT NULL, CONSTRAINT pk_ct_book PRIMARY KEY (id),"
                + " CONSTRAINT fk_pub FOREIGN KEY (publisher_id) REFERENCES ct_publisher(id) ON DELETE CASCADE)"
                + " AUTO_INCREMENT=1000 COMMENT='Book''s table'"), sql(MYSQL, change));
    }

    @Test
    void createTable_unnamedPrimaryKey_isPkTable() {
        assertEquals(List.of("CREATE TABLE ct_publisher (id INT NOT NULL, name VARCHAR(100) NULL, CONSTRAINT PK_CT_PUBLISHER"
                + " PRIMARY KEY (id))"), sql(MYSQL, change(CreateTable.class, "tableName", "ct_publisher", "columns", List.of(
                        col("id", "int", "constraints", constraints("primaryKey", true, "nullable", false)),
                        col("name", "varchar(100)")))));
    }

    @Test
    void createTable_incrementBy_isRefused() {
        assertInvalid(MYSQL, change(CreateTable.class, "tableName", "t", "columns", List.of(col("id", "int",
                "autoIncrement", true, "incrementBy", BigInteger.TWO))),
                "createTable: incrementBy (column id) is not supported on MySQL 8.0");
    }

    @Test
    void dropTable_ignoresCascade_renameTableRenamesQualified() {
        assertEquals(List.of("DROP TABLE s.t"), sql(MYSQL, change(DropTable.class, "schemaName", "s", "tableName", "t",
                "cascadeConstraints", true)));
        assertEquals(List.of("ALTER TABLE s.t RENAME s.u"), sql(MYSQL, change(RenameTable.class, "schemaName", "s",
                "oldTableName", "t", "newTableName", "u")));
    }

    @Test
    void setTableRemarks_isATableComment() {
        assertEquals(List.of("ALTER TABLE tr_book COMMENT = 'it''s a\\\\b'"), sql(MYSQL, change(SetTableRemarks.class,
                "tableName", "tr_book", "remarks", "it's a\\b")));
    }

    @Test
    void addLookupTable_restatesTheColumnType_andNeedsIt() {
        assertEquals("ALTER TABLE s2.state MODIFY abbr CHAR(2) NOT NULL", sql(MYSQL, change(AddLookupTable.class,
                "existingTableSchemaName", "s1", "existingTableName", "addr", "existingColumnName", "state",
                "newTableSchemaName", "s2", "newTableName", "state", "newColumnName", "abbr", "newColumnDataType",
                "char(2)")).get(1));
        assertInvalid(MYSQL, change(AddLookupTable.class, "existingTableName", "addr", "existingColumnName", "state",
                "newTableName", "state", "newColumnName", "abbr"),
                "addLookupTable: newColumnDataType is required (MySQL restates the column's type) on MySQL 8.0");
    }
}
