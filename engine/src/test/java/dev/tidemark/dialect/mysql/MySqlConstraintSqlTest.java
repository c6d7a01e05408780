// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.mysql;

import static dev.tidemark.dialect.SchemaObjectFixtures.assertRefused;
import static dev.tidemark.dialect.SchemaObjectFixtures.change;
import static dev.tidemark.dialect.SchemaObjectFixtures.context;
import static dev.tidemark.dialect.SchemaObjectFixtures.plus;
import static dev.tidemark.dialect.SchemaObjectFixtures.sql;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tidemark.dialect.QuotingStrategy;
import dev.tidemark.error.ErrorCode;
import dev.tidemark.model.change.AddForeignKeyConstraint;
import dev.tidemark.model.change.AddPrimaryKey;
import dev.tidemark.model.change.AddUniqueConstraint;
import dev.tidemark.model.change.DropAllForeignKeyConstraints;
import dev.tidemark.model.change.DropForeignKeyConstraint;
import dev.tidemark.model.change.DropPrimaryKey;
import dev.tidemark.model.change.DropUniqueConstraint;
import java.util.List;
import org.junit.jupiter.api.Test;

class MySqlConstraintSqlTest {
    private static final String MY = "mysql";
    private static final String FK = "ALTER TABLE b ADD CONSTRAINT fk1 FOREIGN KEY (a) REFERENCES r (id)";

    static AddForeignKeyConstraint fk(Object... more) {
        Object[] base = {"baseTableName", "b", "baseColumnNames", "a", "constraintName", "fk1", "referencedTableName", "r",
            "referencedColumnNames", "id"};
        return change(AddForeignKeyConstraint.class, plus(base, more));
    }

    @Test
    void addPrimaryKey_isAlwaysUnnamed_tablespaceAndValidateIgnored() {
        assertEquals(List.of("ALTER TABLE ap_item ADD PRIMARY KEY (id, code)"),
                sql(MY, change(AddPrimaryKey.class, "tableName", "ap_item", "columnNames", "id, code", "constraintName", "pk_ap_item",
                        "tablespace", "ts", "validate", false)));
    }

    @Test
    void addPrimaryKey_qualifiedByTheCatalogFirst() {
        assertEquals(List.of("ALTER TABLE cat.t ADD PRIMARY KEY (a)"),
                sql(MY, change(AddPrimaryKey.class, "catalogName", "cat", "schemaName", "sch", "tableName", "t", "columnNames", "a")));
        assertEquals(List.of("ALTER TABLE sch.t ADD PRIMARY KEY (a)"),
                sql(MY, change(AddPrimaryKey.class, "schemaName", "sch", "tableName", "t", "columnNames", "a")));
    }

    @Test
    void addPrimaryKey_clusteredOrForIndexName_isRefused() {
        assertRefused(MY, change(AddPrimaryKey.class, "tableName", "t", "columnNames", "a", "clustered", true),
                ErrorCode.INVALID_VALUE, "addPrimaryKey: Cannot specify clustered=true on MySQL 8.0");
        assertRefused(MY, change(AddPrimaryKey.class, "tableName", "t", "columnNames", "a", "forIndexName", "ix"),
                ErrorCode.INVALID_VALUE, "addPrimaryKey: forIndexName is not allowed on MySQL 8.0");
    }

    @Test
    void dropPrimaryKey_needsNoName() {
        assertEquals(List.of("ALTER TABLE `order` DROP PRIMARY KEY"),
                sql(MY, change(DropPrimaryKey.class, "tableName", "order", "constraintName", "pk", "dropIndex", true)));
    }

    @Test
    void addUniqueConstraint_ignoresOptionsMySqlLacks() {
        assertEquals(List.of("ALTER TABLE t ADD CONSTRAINT uq_t UNIQUE (a, b)"),
                sql(MY, change(AddUniqueConstraint.class, "tableName", "t", "columnNames", "a, b", "constraintName", "uq_t",
                        "tablespace", "ts", "deferrable", true, "initiallyDeferred", true, "disabled", true, "validate", false)));
        assertEquals(List.of("ALTER TABLE t ADD UNIQUE (a)"),
                sql(MY, change(AddUniqueConstraint.class, "tableName", "t", "columnNames", "a")));
    }

    @Test
    void addUniqueConstraint_forIndexName_isRefused() {
        assertRefused(MY, change(AddUniqueConstraint.class, "tableName", "t", "columnNames", "a", "forIndexName", "ix"),
                ErrorCode.INVALID_VALUE, "addUniqueConstraint: forIndexName is not allowed on MySQL 8.0");
    }

    @Test
    void dropUniqueConstraint_isDropKey() {
        assertEquals(List.of("ALTER TABLE du_item DROP KEY uq_du_item_code"),
                sql(MY, change(DropUniqueConstraint.class, "tableName", "du_item", "constraintName", "uq_du_item_code")));
    }

    @Test
    void addForeignKeyConstraint_writesTheActionsInnoDbHas() {
        assertEquals(List.of(FK + " ON UPDATE RESTRICT ON DELETE CASCADE"), sql(MY, fk("onDelete", "CASCADE", "onUpdate", "RESTRICT")));
        assertEquals(List.of(FK + " ON UPDATE CASCADE ON DELETE SET NULL"), sql(MY, fk("onDelete", "SET NULL", "onUpdate", "CASCADE")));
        assertEquals(List.of(FK + " ON UPDATE NO ACTION ON DELETE NO ACTION"),
                sql(MY, fk("onDelete", "NO ACTION", "onUpdate", "NO ACTION")));
        assertEquals(List.of(FK + " ON DELETE CASCADE"), sql(MY, fk("deleteCascade", true, "validate", false)));
    }

    @Test
    void addForeignKeyConstraint_setDefault_isRefused() {
        assertRefused(MY, fk("onDelete", "SET DEFAULT"), ErrorCode.INVALID_VALUE,
                "addForeignKeyConstraint: onDelete=SET DEFAULT is not possible (InnoDB ignores SET DEFAULT) on MySQL 8.0");
        assertRefused(MY, fk("onUpdate", "SET DEFAULT"), ErrorCode.INVALID_VALUE,
                "addForeignKeyConstraint: onUpdate=SET DEFAULT is not possible (InnoDB ignores SET DEFAULT) on MySQL 8.0");
    }

    @Test
    void addForeignKeyConstraint_deferrable_isRefused_falseAccepted() {
        assertRefused(MY, fk("deferrable", true), ErrorCode.INVALID_VALUE,
                "addForeignKeyConstraint: deferrable is not allowed on MySQL 8.0");
        assertRefused(MY, fk("initiallyDeferred", true), ErrorCode.INVALID_VALUE,
                "addForeignKeyConstraint: initiallyDeferred is not allowed on MySQL 8.0");
        assertEquals(List.of(FK), sql(MY, fk("deferrable", false, "initiallyDeferred", false)));
    }

    @Test
    void addForeignKeyConstraint_quoteAllObjects_usesBackQuotes() {
        assertEquals(List.of("ALTER TABLE `b` ADD CONSTRAINT `fk1` FOREIGN KEY (`a`) REFERENCES `r` (`id`)"),
                sql(context(MY, QuotingStrategy.QUOTE_ALL_OBJECTS), fk()));
    }

    @Test
    void dropForeignKeyConstraint_isDropForeignKey() {
        assertEquals(List.of("ALTER TABLE df_child DROP FOREIGN KEY fk_df_child_a"),
                sql(MY, change(DropForeignKeyConstraint.class, "baseTableName", "df_child", "constraintName", "fk_df_child_a")));
    }

    @Test
    void dropAllForeignKeyConstraints_preparesOneAlterTableAtRunTime() {
        assertEquals(List.of("SET SESSION group_concat_max_len = GREATEST(@@SESSION.group_concat_max_len, 1048576)",
                "SET @tidemark_ddl = COALESCE((SELECT CONCAT('ALTER TABLE da_child ', GROUP_CONCAT(CONCAT('DROP FOREIGN KEY `',"
                        + " REPLACE(CONSTRAINT_NAME, '`', '``'), '`') ORDER BY CONSTRAINT_NAME SEPARATOR ', '))"
                        + " FROM information_schema.TABLE_CONSTRAINTS WHERE CONSTRAINT_TYPE = 'FOREIGN KEY'"
                        + " AND TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'da_child'), 'DO 0')",
                "PREPARE tidemark_stmt FROM @tidemark_ddl",
                "EXECUTE tidemark_stmt",
                "DEALLOCATE PREPARE tidemark_stmt"),
                sql(MY, change(DropAllForeignKeyConstraints.class, "baseTableName", "da_child")));
    }

    @Test
    void dropAllForeignKeyConstraints_inAnotherDatabase_namesIt() {
        String set = sql(MY, change(DropAllForeignKeyConstraints.class, "baseTableCatalogName", "app",
                "baseTableName", "Da Child")).get(1);
        assertEquals("SET @tidemark_ddl = COALESCE((SELECT CONCAT('ALTER TABLE app.`Da Child` ', GROUP_CONCAT(CONCAT("
                + "'DROP FOREIGN KEY `', REPLACE(CONSTRAINT_NAME, '`', '``'), '`') ORDER BY CONSTRAINT_NAME SEPARATOR ', '))"
                + " FROM information_schema.TABLE_CONSTRAINTS WHERE CONSTRAINT_TYPE = 'FOREIGN KEY'"
                + " AND TABLE_SCHEMA = 'app' AND TABLE_NAME = 'Da Child'), 'DO 0')", set);
    }
}
