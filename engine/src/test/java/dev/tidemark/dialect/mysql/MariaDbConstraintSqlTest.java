// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.mysql;

import static dev.tidemark.dialect.SchemaObjectFixtures.assertRefused;
import static dev.tidemark.dialect.SchemaObjectFixtures.change;
import static dev.tidemark.dialect.SchemaObjectFixtures.sql;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tidemark.error.ErrorCode;
import dev.tidemark.model.change.AddPrimaryKey;
import dev.tidemark.model.change.DropAllForeignKeyConstraints;
import dev.tidemark.model.change.DropForeignKeyConstraint;
import dev.tidemark.model.change.DropUniqueConstraint;
import java.util.List;
import org.junit.jupiter.api.Test;

/** MariaDB shares MySQL's constraint SQL; these pin that it does. */
class MariaDbConstraintSqlTest {
    private static final String MARIA = "mariadb";

    @Test
    void addPrimaryKey_isUnnamed() {
        assertEquals(List.of("ALTER TABLE ap_item ADD PRIMARY KEY (id, code)"),
                sql(MARIA, change(AddPrimaryKey.class, "tableName", "ap_item", "columnNames", "id, code", "constraintName", "pk")));
    }

    @Test
    void dropsUseMySqlsKeywords() {
        assertEquals(List.of("ALTER TABLE du_item DROP KEY uq"),
                sql(MARIA, change(DropUniqueConstraint.class, "tableName", "du_item", "constraintName", "uq")));
        assertEquals(List.of("ALTER TABLE df_child DROP FOREIGN KEY fk"),
                sql(MARIA, change(DropForeignKeyConstraint.class, "baseTableName", "df_child", "constraintName", "fk")));
    }

    @Test
    void addForeignKeyConstraint_setDefaultAndDeferrable_areRefused() {
        assertRefused(MARIA, MySqlConstraintSqlTest.fk("onDelete", "SET DEFAULT"), ErrorCode.INVALID_VALUE,
                "addForeignKeyConstraint: onDelete=SET DEFAULT is not possible (InnoDB ignores SET DEFAULT) on MariaDB 10.11");
        assertRefused(MARIA, MySqlConstraintSqlTest.fk("deferrable", true), ErrorCode.INVALID_VALUE,
                "addForeignKeyConstraint: deferrable is not allowed on MariaDB 10.11");
    }

    @Test
    void dropAllForeignKeyConstraints_preparesOneAlterTableAtRunTime() {
        List<String> out = sql(MARIA, change(DropAllForeignKeyConstraints.class, "baseTableName", "da_child"));
        assertEquals(5, out.size());
        assertEquals("PREPARE tidemark_stmt FROM @tidemark_ddl", out.get(2));
        assertEquals("EXECUTE tidemark_stmt", out.get(3));
    }
}
