// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.postgres;

import static dev.tidemark.dialect.SchemaObjectFixtures.assertRefused;
import static dev.tidemark.dialect.SchemaObjectFixtures.change;
import static dev.tidemark.dialect.SchemaObjectFixtures.context;
import static dev.tidemark.dialect.SchemaObjectFixtures.plus;
import static dev.tidemark.dialect.SchemaObjectFixtures.sql;
import static dev.tidemark.dialect.SchemaObjectFixtures.statements;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tidemark.dialect.QuotingStrategy;
import dev.tidemark.error.ErrorCode;
import dev.tidemark.model.change.AddForeignKeyConstraint;
import dev.tidemark.model.change.AddPrimaryKey;
import dev.tidemark.model.change.AddUniqueConstraint;
import dev.tidemark.model.change.DropAllForeignKeyConstraints;
import dev.tidemark.model.change.DropForeignKeyConstraint;
import dev.tidemark.model.change.DropPrimaryKey;
import dev.tidemark.model.change.DropUniqueConstraint;
import dev.tidemark.sql.SqlStatement;
import java.util.List;
import org.junit.jupiter.api.Test;

class PostgresConstraintSqlTest {
    private static final String PG = "postgresql";

    private static AddForeignKeyConstraint fk(Object... more) {
        Object[] base = {"baseTableName", "af_book", "baseColumnNames", "author_id", "constraintName", "fk_af_book_author",
            "referencedTableName", "af_author", "referencedColumnNames", "id"};
        return change(AddForeignKeyConstraint.class, plus(base, more));
    }

    @Test
    void addPrimaryKey_writesIndexTablespaceAndClusterStatement_catalogIgnored() {
        assertEquals(List.of("ALTER TABLE public.ap_tag ADD CONSTRAINT pk_ap_tag PRIMARY KEY (id) USING INDEX TABLESPACE pg_default",
                "CLUSTER public.ap_tag USING pk_ap_tag"),
                sql(PG, change(AddPrimaryKey.class, "catalogName", "app", "schemaName", "public", "tableName", "ap_tag",
                        "columnNames", "id", "constraintName", "pk_ap_tag", "tablespace", "pg_default", "clustered", true,
                        "validate", true)));
    }

    @Test
    void addPrimaryKey_withoutName_letsPostgresNameIt() {
        assertEquals(List.of("ALTER TABLE t ADD PRIMARY KEY (a, b)"),
                sql(PG, change(AddPrimaryKey.class, "tableName", "t", "columnNames", " a ,b")));
    }

    @Test
    void addPrimaryKey_ignoresValidateFalseAndForIndexName_asLiquibase() {
        assertEquals(List.of("ALTER TABLE t ADD CONSTRAINT pk_t PRIMARY KEY (a)"),
                sql(PG, change(AddPrimaryKey.class, "tableName", "t", "columnNames", "a", "constraintName", "pk_t",
                        "validate", false, "forIndexName", "ix", "clustered", false)));
    }

    @Test
    void addPrimaryKey_clusteredWithoutName_isRefused() {
        assertRefused(PG, change(AddPrimaryKey.class, "tableName", "t", "columnNames", "a", "clustered", true),
                ErrorCode.INVALID_VALUE, "addPrimaryKey: constraintName is required when clustered=true on PostgreSQL 16.0");
    }

    @Test
    void addPrimaryKey_quotesReservedAndMixedCaseNames() {
        assertEquals(List.of("ALTER TABLE \"order\" ADD CONSTRAINT \"pk-1\" PRIMARY KEY (\"Mixed\", \"select\")"),
                sql(PG, change(AddPrimaryKey.class, "tableName", "order", "columnNames", "Mixed, select", "constraintName", "pk-1")));
    }

    @Test
    void addPrimaryKey_quoteAllObjects_quotesEveryNameButNotTheTablespace() {
        assertEquals(List.of("ALTER TABLE \"public\".\"t\" ADD CONSTRAINT \"pk\" PRIMARY KEY (\"a\") USING INDEX TABLESPACE ts"),
                sql(context(PG, QuotingStrategy.QUOTE_ALL_OBJECTS), change(AddPrimaryKey.class, "schemaName", "public",
                        "tableName", "t", "columnNames", "a", "constraintName", "pk", "tablespace", "ts")));
    }

    @Test
    void dropPrimaryKey_withName_dropsTheConstraint() {
        assertEquals(List.of("ALTER TABLE dp_item DROP CONSTRAINT pk_dp_item"),
                sql(PG, change(DropPrimaryKey.class, "tableName", "dp_item", "constraintName", "pk_dp_item")));
    }

    @Test
    void dropPrimaryKey_withoutName_looksTheNameUpInLiquibasesDoBlock() {
        List<SqlStatement> out = statements(context(PG), change(DropPrimaryKey.class, "catalogName", "app",
                "schemaName", "public", "tableName", "dp_tag"));
        assertEquals(1, out.size());
        assertTrue(out.get(0).block());
        assertEquals("DO $$ DECLARE constraint_name varchar;\n"
                + "BEGIN\n"
                + "  SELECT tc.CONSTRAINT_NAME into strict constraint_name\n"
                + "    FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS tc\n"
                + "    WHERE CONSTRAINT_TYPE = 'PRIMARY KEY'\n"
                + "      AND TABLE_NAME = 'dp_tag' AND TABLE_SCHEMA = 'public';\n"
                + "    EXECUTE 'alter table public.dp_tag drop constraint \"' || constraint_name || '\"';\n"
                + "END $$", out.get(0).sql());
    }

    @Test
    void dropPrimaryKey_withoutNameOrSchema_searchesTheCurrentSchema() {
        assertEquals(List.of("DO $$ DECLARE constraint_name varchar;\n"
                + "BEGIN\n"
                + "  SELECT tc.CONSTRAINT_NAME into strict constraint_name\n"
                + "    FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS tc\n"
                + "    WHERE CONSTRAINT_TYPE = 'PRIMARY KEY'\n"
                + "      AND TABLE_NAME = 'Mixed Tab' AND TABLE_SCHEMA = current_schema();\n"
                + "    EXECUTE 'alter table \"Mixed Tab\" drop constraint \"' || constraint_name || '\"';\n"
                + "END $$"), sql(PG, change(DropPrimaryKey.class, "tableName", "Mixed Tab")));
    }

    @Test
    void dropPrimaryKey_withoutName_matchesAnUnquotedNameFoldedToLowerCase() {
        String block = sql(context(PG, QuotingStrategy.QUOTE_ONLY_RESERVED_WORDS),
                change(DropPrimaryKey.class, "tableName", "Orders")).get(0);
        assertTrue(block.contains("AND TABLE_NAME = 'orders' AND TABLE_SCHEMA = current_schema();"), block);
        assertTrue(block.contains("EXECUTE 'alter table Orders drop constraint"), block);
    }

    @Test
    void dropPrimaryKey_withoutName_refusesANameThatWouldEndTheDollarQuote() {
        assertRefused(PG, change(DropPrimaryKey.class, "tableName", "a$$b"), ErrorCode.INVALID_VALUE,
                "dropPrimaryKey: the name 'a$$b' contains $$ on PostgreSQL 16.0");
    }

    @Test
    void addUniqueConstraint_writesTablespaceAndDeferrability() {
        assertEquals(List.of("ALTER TABLE public.au_item ADD CONSTRAINT uq_au_item_name_sku UNIQUE (name, sku)"
                + " USING INDEX TABLESPACE pg_default DEFERRABLE INITIALLY DEFERRED"),
                sql(PG, change(AddUniqueConstraint.class, "catalogName", "app", "schemaName", "public", "tableName", "au_item",
                        "columnNames", "name, sku", "constraintName", "uq_au_item_name_sku", "tablespace", "pg_default",
                        "deferrable", true, "initiallyDeferred", true)));
    }

    @Test
    void addUniqueConstraint_withoutName_andIgnoringDisabledAndValidate() {
        assertEquals(List.of("ALTER TABLE t ADD UNIQUE (a)"),
                sql(PG, change(AddUniqueConstraint.class, "tableName", "t", "columnNames", "a", "disabled", true,
                        "validate", false, "clustered", false, "deferrable", false)));
    }

    @Test
    void addUniqueConstraint_forIndexName_usesPostgresUsingIndexForm() {
        assertEquals(List.of("ALTER TABLE t ADD CONSTRAINT uq UNIQUE USING INDEX ix DEFERRABLE"),
                sql(PG, change(AddUniqueConstraint.class, "tableName", "t", "columnNames", "a", "constraintName", "uq",
                        "forIndexName", "ix", "deferrable", true)));
    }

    @Test
    void addUniqueConstraint_forIndexNameWithTablespace_isRefused() {
        assertRefused(PG, change(AddUniqueConstraint.class, "tableName", "t", "columnNames", "a", "forIndexName", "ix",
                "tablespace", "ts"), ErrorCode.INVALID_VALUE,
                "addUniqueConstraint: tablespace cannot be combined with forIndexName (the index already has its tablespace)"
                        + " on PostgreSQL 16.0");
    }

    @Test
    void addUniqueConstraint_clustered_isRefused() {
        assertRefused(PG, change(AddUniqueConstraint.class, "tableName", "t", "columnNames", "a", "clustered", true),
                ErrorCode.INVALID_VALUE, "addUniqueConstraint: clustered is not allowed on PostgreSQL 16.0");
    }

    @Test
    void dropUniqueConstraint_dropsTheConstraint_uniqueColumnsIgnored() {
        assertEquals(List.of("ALTER TABLE public.du_item DROP CONSTRAINT uq_du_item_name"),
                sql(PG, change(DropUniqueConstraint.class, "catalogName", "app", "schemaName", "public", "tableName", "du_item",
                        "constraintName", "uq_du_item_name", "uniqueColumns", "name")));
    }

    @Test
    void addForeignKeyConstraint_writesActionsDeferrabilityAndNotValid() {
        assertEquals(List.of("ALTER TABLE public.af_book ADD CONSTRAINT fk_af_book_editor FOREIGN KEY (editor_id)"
                + " REFERENCES public.af_author (id) ON UPDATE NO ACTION ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED NOT VALID"),
                sql(PG, change(AddForeignKeyConstraint.class, "baseTableCatalogName", "app", "baseTableSchemaName", "public",
                        "baseTableName", "af_book", "baseColumnNames", "editor_id", "constraintName", "fk_af_book_editor",
                        "referencedTableCatalogName", "app", "referencedTableSchemaName", "public",
                        "referencedTableName", "af_author", "referencedColumnNames", "id", "onDelete", "SET NULL",
                        "onUpdate", "NO ACTION", "deferrable", true, "initiallyDeferred", true, "validate", false)));
    }

    @Test
    void addForeignKeyConstraint_writesEveryActionPostgresHas() {
        String prefix = "ALTER TABLE af_book ADD CONSTRAINT fk_af_book_author FOREIGN KEY (author_id) REFERENCES af_author (id)";
        assertEquals(List.of(prefix + " ON UPDATE RESTRICT ON DELETE CASCADE"),
                sql(PG, fk("onDelete", "CASCADE", "onUpdate", "RESTRICT", "validate", true)));
        assertEquals(List.of(prefix + " ON UPDATE SET DEFAULT ON DELETE SET DEFAULT"),
                sql(PG, fk("onDelete", "SET DEFAULT", "onUpdate", "SET DEFAULT")));
        assertEquals(List.of(prefix + " ON UPDATE CASCADE ON DELETE NO ACTION"),
                sql(PG, fk("onDelete", "no  action", "onUpdate", "cascade")));
        assertEquals(List.of(prefix), sql(PG, fk("referencesUniqueColumn", true)));
    }

    @Test
    void addForeignKeyConstraint_deleteCascade_isOnDeleteCascade() {
        String prefix = "ALTER TABLE af_book ADD CONSTRAINT fk_af_book_author FOREIGN KEY (author_id) REFERENCES af_author (id)";
        assertEquals(List.of(prefix + " ON DELETE CASCADE"), sql(PG, fk("deleteCascade", true)));
        assertEquals(List.of(prefix + " ON DELETE CASCADE"), sql(PG, fk("deleteCascade", true, "onDelete", "CASCADE")));
        assertEquals(List.of(prefix + " ON DELETE SET NULL"), sql(PG, fk("deleteCascade", false, "onDelete", "SET NULL")));
        assertEquals(List.of(prefix), sql(PG, fk("deleteCascade", false)));
    }

    @Test
    void addForeignKeyConstraint_contradictingDeleteCascade_isRefused() {
        assertRefused(PG, fk("deleteCascade", true, "onDelete", "SET NULL"), ErrorCode.INVALID_VALUE,
                "addForeignKeyConstraint: deleteCascade=true contradicts onDelete=SET NULL on PostgreSQL 16.0");
        assertRefused(PG, fk("deleteCascade", false, "onDelete", "CASCADE"), ErrorCode.INVALID_VALUE,
                "addForeignKeyConstraint: deleteCascade=false contradicts onDelete=CASCADE on PostgreSQL 16.0");
    }

    @Test
    void addForeignKeyConstraint_unknownAction_isRefused() {
        assertRefused(PG, fk("onUpdate", "DELETE"), ErrorCode.INVALID_VALUE,
                "addForeignKeyConstraint: onUpdate 'DELETE' is not one of CASCADE, SET NULL, SET DEFAULT, RESTRICT, NO ACTION"
                        + " on PostgreSQL 16.0");
    }

    @Test
    void addForeignKeyConstraint_quotesEachColumnOfBothLists() {
        assertEquals(List.of("ALTER TABLE \"order\" ADD CONSTRAINT \"fk-1\" FOREIGN KEY (\"user\", \"select\")"
                + " REFERENCES \"user\" (id, \"group\")"),
                sql(PG, change(AddForeignKeyConstraint.class, "baseTableName", "order", "baseColumnNames", "user, select",
                        "constraintName", "fk-1", "referencedTableName", "user", "referencedColumnNames", "id,group")));
    }

    @Test
    void dropForeignKeyConstraint_dropsTheConstraint() {
        assertEquals(List.of("ALTER TABLE public.df_child DROP CONSTRAINT fk_df_child_b"),
                sql(PG, change(DropForeignKeyConstraint.class, "baseTableCatalogName", "app", "baseTableSchemaName", "public",
                        "baseTableName", "df_child", "constraintName", "fk_df_child_b")));
    }

    @Test
    void dropAllForeignKeyConstraints_dropsThemAtRunTimeInADoBlock() {
        List<SqlStatement> out = statements(context(PG), change(DropAllForeignKeyConstraints.class,
                "baseTableCatalogName", "app", "baseTableSchemaName", "public", "baseTableName", "Da Other"));
        assertEquals(1, out.size());
        assertTrue(out.get(0).block());
        assertEquals("DO $$\n"
                + "DECLARE r record;\n"
                + "BEGIN\n"
                + "  FOR r IN SELECT conname FROM pg_catalog.pg_constraint WHERE contype = 'f' AND conrelid ="
                + " 'public.\"Da Other\"'::regclass ORDER BY conname LOOP\n"
                + "    EXECUTE 'ALTER TABLE public.\"Da Other\" DROP CONSTRAINT ' || quote_ident(r.conname);\n"
                + "  END LOOP;\n"
                + "END $$", out.get(0).sql());
    }
}
