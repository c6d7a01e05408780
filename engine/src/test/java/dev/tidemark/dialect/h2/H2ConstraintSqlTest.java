// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.h2;

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

class H2ConstraintSqlTest {
    private static final String H2 = "h2";
    private static final String FK = "ALTER TABLE b ADD CONSTRAINT fk1 FOREIGN KEY (a) REFERENCES r (id)";

    private static AddForeignKeyConstraint fk(Object... more) {
        Object[] base = {"baseTableName", "b", "baseColumnNames", "a", "constraintName", "fk1", "referencedTableName", "r",
            "referencedColumnNames", "id"};
        return change(AddForeignKeyConstraint.class, plus(base, more));
    }

    @Test
    void addPrimaryKey_namedOrNot_schemaQualified_catalogIgnored() {
        assertEquals(List.of("ALTER TABLE ap_item ADD CONSTRAINT pk_ap_item PRIMARY KEY (id, code)"),
                sql(H2, change(AddPrimaryKey.class, "tableName", "ap_item", "columnNames", "id, code", "constraintName", "pk_ap_item",
                        "tablespace", "ts", "validate", false)));
        assertEquals(List.of("ALTER TABLE public.t ADD PRIMARY KEY (a)"),
                sql(H2, change(AddPrimaryKey.class, "catalogName", "app", "schemaName", "public", "tableName", "t", "columnNames", "a")));
    }

    @Test
    void addPrimaryKey_clusteredOrForIndexName_isRefused() {
        assertRefused(H2, change(AddPrimaryKey.class, "tableName", "t", "columnNames", "a", "clustered", true),
                ErrorCode.INVALID_VALUE, "addPrimaryKey: Cannot specify clustered=true on H2 2.2");
        assertRefused(H2, change(AddPrimaryKey.class, "tableName", "t", "columnNames", "a", "forIndexName", "ix"),
                ErrorCode.INVALID_VALUE, "addPrimaryKey: forIndexName is not allowed on H2 2.2");
    }

    @Test
    void addPrimaryKey_legacyQuotingUpperCasesReservedWords() {
        assertEquals(List.of("ALTER TABLE \"ORDER\" ADD PRIMARY KEY (\"SELECT\")"),
                sql(H2, change(AddPrimaryKey.class, "tableName", "order", "columnNames", "select")));
    }

    @Test
    void dropPrimaryKey_needsNoName() {
        assertEquals(List.of("ALTER TABLE public.dp_tag DROP PRIMARY KEY"),
                sql(H2, change(DropPrimaryKey.class, "catalogName", "app", "schemaName", "public", "tableName", "dp_tag")));
    }

    @Test
    void uniqueConstraints_addAndDrop() {
        assertEquals(List.of("ALTER TABLE t ADD CONSTRAINT uq UNIQUE (a, b)"),
                sql(H2, change(AddUniqueConstraint.class, "tableName", "t", "columnNames", "a,b", "constraintName", "uq",
                        "deferrable", true, "disabled", true, "tablespace", "ts")));
        assertEquals(List.of("ALTER TABLE public.du_item DROP CONSTRAINT uq"),
                sql(H2, change(DropUniqueConstraint.class, "catalogName", "app", "schemaName", "public", "tableName", "du_item",
                        "constraintName", "uq", "uniqueColumns", "name")));
    }

    @Test
    void addForeignKeyConstraint_writesEveryAction() {
        assertEquals(List.of(FK + " ON UPDATE RESTRICT ON DELETE CASCADE"), sql(H2, fk("onDelete", "CASCADE", "onUpdate", "RESTRICT")));
        assertEquals(List.of(FK + " ON UPDATE SET DEFAULT ON DELETE SET NULL"),
                sql(H2, fk("onDelete", "SET NULL", "onUpdate", "SET DEFAULT", "validate", false)));
    }

    @Test
    void addForeignKeyConstraint_deferrable_isRefused() {
        assertRefused(H2, fk("deferrable", true), ErrorCode.INVALID_VALUE, "addForeignKeyConstraint: deferrable is not allowed on H2 2.2");
        assertRefused(H2, fk("initiallyDeferred", true), ErrorCode.INVALID_VALUE,
                "addForeignKeyConstraint: initiallyDeferred is not allowed on H2 2.2");
    }

    @Test
    void addForeignKeyConstraint_quoteAllObjects_upperCasesSchemas() {
        assertEquals(List.of("ALTER TABLE \"PUBLIC\".\"b\" ADD CONSTRAINT \"fk1\" FOREIGN KEY (\"a\") REFERENCES \"r\" (\"id\")"),
                sql(context(H2, QuotingStrategy.QUOTE_ALL_OBJECTS), fk("baseTableSchemaName", "public")));
    }

    @Test
    void dropForeignKeyConstraint_dropsTheConstraint() {
        assertEquals(List.of("ALTER TABLE public.df_child DROP CONSTRAINT fk_df_child_b"),
                sql(H2, change(DropForeignKeyConstraint.class, "baseTableCatalogName", "app", "baseTableSchemaName", "public",
                        "baseTableName", "df_child", "constraintName", "fk_df_child_b")));
    }

    @Test
    void dropAllForeignKeyConstraints_isUnsupported_withTheReason() {
        assertRefused(H2, change(DropAllForeignKeyConstraints.class, "baseTableName", "da_child"), ErrorCode.UNSUPPORTED,
                "dropAllForeignKeyConstraints is not supported on H2 2.2: the foreign keys are only known at run time and H2 has"
                        + " no procedural SQL to look them up; use one dropForeignKeyConstraint per key");
    }
}
