// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.mysql;

import static dev.tidemark.dialect.SchemaObjectFixtures.change;
import static dev.tidemark.dialect.SchemaObjectFixtures.column;
import static dev.tidemark.dialect.SchemaObjectFixtures.sql;
import static dev.tidemark.sql.ColumnFixtures.assertInvalid;
import static dev.tidemark.sql.ColumnFixtures.col;
import static dev.tidemark.sql.ColumnFixtures.constraints;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tidemark.dialect.SchemaObjectFixtures;
import dev.tidemark.error.ErrorCode;
import dev.tidemark.model.change.AddAutoIncrement;
import dev.tidemark.model.change.AddColumn;
import dev.tidemark.model.change.AddDefaultValue;
import dev.tidemark.model.change.AddNotNullConstraint;
import dev.tidemark.model.change.DropColumn;
import dev.tidemark.model.change.DropDefaultValue;
import dev.tidemark.model.change.DropNotNullConstraint;
import dev.tidemark.model.change.MergeColumns;
import dev.tidemark.model.change.ModifyDataType;
import dev.tidemark.model.change.RenameColumn;
import dev.tidemark.model.change.SetColumnRemarks;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

class MySqlColumnSqlTest {
    private static final String MYSQL = "mysql";

    @Test
    void addColumn_oneStatementForAllColumns_thenConstraints_thenUpdates() {
        assertEquals(List.of(
                "ALTER TABLE ac_book ADD isbn VARCHAR(20) NULL COMMENT 'ISBN-13' , ADD status VARCHAR(10) DEFAULT 'new' NOT NULL,"
                        + " ADD code VARCHAR(10) NULL AFTER title, ADD flag TINYINT NULL",
                "ALTER TABLE ac_book ADD CONSTRAINT uq_code UNIQUE (code)",
                "UPDATE ac_book SET isbn = '978'",
                "UPDATE ac_book SET flag = 1"),
                sql(MYSQL, change(AddColumn.class, "tableName", "ac_book", "columns", List.of(
                        col("isbn", "varchar(20)", "value", "978", "remarks", "ISBN-13"),
                        col("status", "varchar(10)", "defaultValue", "new", "constraints", constraints("nullable", false,
                                "notNullConstraintName", "nn_status")),
                        col("code", "varchar(10)", "afterColumn", "title", "constraints", constraints("unique", true,
                                "uniqueConstraintName", "uq_code")),
                        col("flag", "boolean", "valueBoolean", true)))));
    }

    @Test
    void addColumn_autoIncrementPrimaryKey_andRefusals() {
        assertEquals(List.of("ALTER TABLE ac_tag ADD id INT AUTO_INCREMENT NOT NULL PRIMARY KEY"),
                sql(MYSQL, change(AddColumn.class, "tableName", "ac_tag", "columns", List.of(col("id", "int",
                        "autoIncrement", true, "constraints", constraints("primaryKey", true))))));
        assertInvalid(MYSQL, change(AddColumn.class, "tableName", "t", "columns", List.of(col("id", "int",
                "autoIncrement", true, "incrementBy", BigInteger.TEN, "constraints", constraints("primaryKey", true)))),
                "addColumn: incrementBy (column id) is not supported (MySQL increments by the server's"
                        + " auto_increment_increment) on MySQL 8.0");
        assertInvalid(MYSQL, change(AddColumn.class, "tableName", "t", "columns", List.of(col("id", "int",
                "autoIncrement", true))), "addColumn: auto-increment column id must be the primary key on MySQL 8.0");
        assertInvalid(MYSQL, change(AddColumn.class, "tableName", "t", "columns", List.of(col("a", "int",
                "beforeColumn", "b"))), "addColumn: beforeColumn (column a) is not supported on MySQL 8.0");
        SchemaObjectFixtures.assertRefused(MYSQL, change(AddColumn.class, "tableName", "t", "columns", List.of(col("a", "int",
                "defaultValueSequenceNext", "s"))), ErrorCode.UNSUPPORTED,
                "sequence values are not supported on MySQL 8.0: MySQL has no sequences");
    }

    @Test
    void addColumn_autoIncrementStartWith_isATableOptionOfTheSameAlterTable() {
        assertEquals(List.of("ALTER TABLE ac_tag ADD id INT AUTO_INCREMENT NOT NULL PRIMARY KEY, AUTO_INCREMENT=100"),
                sql(MYSQL, change(AddColumn.class, "tableName", "ac_tag", "columns", List.of(col("id", "int",
                        "autoIncrement", true, "startWith", BigInteger.valueOf(100), "constraints",
                        constraints("primaryKey", true, "primaryKeyName", "pk_ac_tag", "nullable", false))))));
        assertEquals(List.of("ALTER TABLE ac_tag ADD note VARCHAR(20) NULL COMMENT 'n' , ADD id INT AUTO_INCREMENT NOT NULL"
                        + " PRIMARY KEY, AUTO_INCREMENT=7"),
                sql(MYSQL, change(AddColumn.class, "tableName", "ac_tag", "columns", List.of(
                        col("note", "varchar(20)", "remarks", "n", "startWith", BigInteger.TWO),
                        col("id", "int", "autoIncrement", true, "startWith", BigInteger.valueOf(7), "constraints",
                                constraints("primaryKey", true))))));
    }

    /** Values with a backslash are hex literals (the same under NO_BACKSLASH_ESCAPES); COMMENT takes a quoted string only. */
    @Test
    void backslashes_hexInValues_quotedInComments() {
        assertEquals(List.of("ALTER TABLE t ADD dir VARCHAR(20) DEFAULT _utf8mb4 X'433A5C746D70' NULL COMMENT 'in C:\\\\tmp'",
                "UPDATE t SET dir = _utf8mb4 X'443A5C'"),
                sql(MYSQL, change(AddColumn.class, "tableName", "t", "columns", List.of(col("dir", "varchar(20)",
                        "defaultValue", "C:\\tmp", "value", "D:\\", "remarks", "in C:\\tmp")))));
        assertEquals(List.of("ALTER TABLE t MODIFY COLUMN dir VARCHAR(20) COMMENT 'a\\\\b'"), sql(MYSQL, change(SetColumnRemarks.class,
                "tableName", "t", "columnName", "dir", "columnDataType", "varchar(20)", "remarks", "a\\b")));
    }

    @Test
    void addColumn_foreignKeyDeferrability_isLeftOut() {
        assertEquals(List.of("ALTER TABLE ac_book ADD translation_of INT NULL",
                "ALTER TABLE ac_book ADD CONSTRAINT fk_tr FOREIGN KEY (translation_of) REFERENCES ac_book (id)"),
                sql(MYSQL, change(AddColumn.class, "tableName", "ac_book", "columns", List.of(col("translation_of", "int",
                        "constraints", constraints("foreignKeyName", "fk_tr", "references", "ac_book(id)",
                                "deferrable", true, "initiallyDeferred", true))))));
    }

    @Test
    void dropColumn_severalInOneStatement() {
        assertEquals(List.of("ALTER TABLE dc DROP COLUMN a"), sql(MYSQL, change(DropColumn.class, "tableName", "dc",
                "columnName", "a")));
        assertEquals(List.of("ALTER TABLE dc DROP b, DROP c"), sql(MYSQL, change(DropColumn.class, "tableName", "dc",
                "columns", List.of(column("name", "b"), column("name", "c")))));
    }

    @Test
    void renameColumn_restatesTheType_withEscapedRemarks() {
        assertEquals(List.of("ALTER TABLE s.t CHANGE a b TINYINT COMMENT 'R''s'"), sql(MYSQL, change(RenameColumn.class,
                "schemaName", "s", "tableName", "t", "oldColumnName", "a", "newColumnName", "b", "columnDataType", "boolean",
                "remarks", "R's")));
        assertInvalid(MYSQL, change(RenameColumn.class, "tableName", "t", "oldColumnName", "a", "newColumnName", "b"),
                "renameColumn: columnDataType is required (MySQL restates the column's type) on MySQL 8.0");
    }

    @Test
    void modifyAndNullability_restateTheType() {
        assertEquals(List.of("ALTER TABLE md MODIFY code VARCHAR(50)"), sql(MYSQL, change(ModifyDataType.class,
                "tableName", "md", "columnName", "code", "newDataType", "varchar(50)")));
        assertEquals(List.of("UPDATE t SET a = 1 WHERE a IS NULL", "ALTER TABLE t MODIFY a TINYINT NOT NULL"),
                sql(MYSQL, change(AddNotNullConstraint.class, "tableName", "t", "columnName", "a", "columnDataType", "boolean",
                        "defaultNullValue", "true")));
        assertEquals(List.of("ALTER TABLE t MODIFY a VARCHAR(5) NULL"), sql(MYSQL, change(DropNotNullConstraint.class,
                "tableName", "t", "columnName", "a", "columnDataType", "varchar(5)")));
        assertInvalid(MYSQL, change(DropNotNullConstraint.class, "tableName", "t", "columnName", "a"),
                "dropNotNullConstraint: columnDataType is required (MySQL restates the column's type) on MySQL 8.0");
    }

    @Test
    void defaults_alterColumn_expressionsInParentheses() {
        assertEquals(List.of("ALTER TABLE t ALTER a SET DEFAULT (CURRENT_TIMESTAMP)"), sql(MYSQL, change(AddDefaultValue.class,
                "tableName", "t", "columnName", "a", "defaultValueComputed", "CURRENT_TIMESTAMP")));
        assertEquals(List.of("ALTER TABLE t ALTER a SET DEFAULT 0"), sql(MYSQL, change(AddDefaultValue.class,
                "tableName", "t", "columnName", "a", "defaultValueBoolean", false)));
        assertEquals(List.of("ALTER TABLE t ALTER a DROP DEFAULT"), sql(MYSQL, change(DropDefaultValue.class,
                "tableName", "t", "columnName", "a")));
    }

    @Test
    void expressionDefaultsInDefinitions_areParenthesized_exceptTheCurrentTimestampAndOnUpdate() {
        assertEquals(List.of("ALTER TABLE t ADD a VARCHAR(40) DEFAULT (upper('x')) NULL, ADD b INT DEFAULT (1+1) NULL,"
                + " ADD c date DEFAULT (CURRENT_DATE) NULL, ADD d timestamp(3) DEFAULT NOW(3) NULL,"
                + " ADD e datetime DEFAULT current_timestamp ON UPDATE current_timestamp NULL"),
                sql(MYSQL, change(AddColumn.class, "tableName", "t", "columns", List.of(
                        col("a", "varchar(40)", "defaultValueComputed", "upper('x')"),
                        col("b", "int", "defaultValueComputed", "1+1"),
                        col("c", "date", "defaultValueDate", "CURRENT_DATE"),
                        col("d", "timestamp(3)", "defaultValueComputed", "CURRENT_TIMESTAMP(3)"),
                        col("e", "datetime", "defaultValueComputed", "current_timestamp ON UPDATE current_timestamp")))));
    }

    @Test
    void addAutoIncrement_modifiesThenSetsTheStart() {
        assertEquals(List.of("ALTER TABLE aa MODIFY id INT AUTO_INCREMENT", "ALTER TABLE aa AUTO_INCREMENT=100"),
                sql(MYSQL, change(AddAutoIncrement.class, "tableName", "aa", "columnName", "id", "columnDataType", "int",
                        "startWith", BigInteger.valueOf(100))));
        assertInvalid(MYSQL, change(AddAutoIncrement.class, "tableName", "aa", "columnName", "id", "columnDataType", "int",
                "incrementBy", BigInteger.TWO), "addAutoIncrement: incrementBy is not supported (MySQL increments by the"
                + " server's auto_increment_increment) on MySQL 8.0");
    }

    @Test
    void mergeColumns_usesConcatWs() {
        assertEquals("UPDATE mc SET full_name = CONCAT_WS(' ', first_name, last_name)", sql(MYSQL, change(MergeColumns.class,
                "tableName", "mc", "column1Name", "first_name", "joinString", " ", "column2Name", "last_name",
                "finalColumnName", "full_name", "finalColumnType", "varchar(101)")).get(1));
    }

    @Test
    void setColumnRemarks_modifiesTheColumn_viewsRefused() {
        assertEquals(List.of("ALTER TABLE sr MODIFY COLUMN title VARCHAR(200) COMMENT 'Title'"), sql(MYSQL,
                change(SetColumnRemarks.class, "tableName", "sr", "columnName", "title", "remarks", "Title",
                        "columnDataType", "varchar(200)")));
        assertInvalid(MYSQL, change(SetColumnRemarks.class, "tableName", "v", "columnName", "a", "remarks", "x",
                "columnDataType", "int", "columnParentType", "VIEW"),
                "setColumnRemarks: columns of views cannot have remarks on MySQL 8.0");
    }
}
