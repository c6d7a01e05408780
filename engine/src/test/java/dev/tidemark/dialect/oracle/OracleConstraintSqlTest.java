// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.oracle;

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

class OracleConstraintSqlTest {
    private static final String ORA = "oracle";
    private static final String FK = "ALTER TABLE b ADD CONSTRAINT fk1 FOREIGN KEY (a) REFERENCES r (id)";

    private static AddForeignKeyConstraint fk(Object... more) {
        Object[] base = {"baseTableName", "b", "baseColumnNames", "a", "constraintName", "fk1", "referencedTableName", "r",
            "referencedColumnNames", "id"};
        return change(AddForeignKeyConstraint.class, plus(base, more));
    }

    @Test
    void addPrimaryKey_onAnExistingIndex_notValidated() {
        assertEquals(List.of("ALTER TABLE ap_note ADD CONSTRAINT pk_ap_note PRIMARY KEY (id) USING INDEX app.ix_ap_note_id"
                + " ENABLE NOVALIDATE"),
                sql(ORA, change(AddPrimaryKey.class, "tableName", "ap_note", "columnNames", "id", "constraintName", "pk_ap_note",
                        "forIndexCatalogName", "app", "forIndexSchemaName", "app", "forIndexName", "ix_ap_note_id",
                        "validate", false)));
    }

    @Test
    void addPrimaryKey_withIndexTablespace_qualifiedByCatalogBeforeSchema() {
        assertEquals(List.of("ALTER TABLE cat.t ADD CONSTRAINT pk_t PRIMARY KEY (a, b) USING INDEX TABLESPACE users"),
                sql(ORA, change(AddPrimaryKey.class, "catalogName", "cat", "schemaName", "sch", "tableName", "t",
                        "columnNames", "a,b", "constraintName", "pk_t", "tablespace", "users", "validate", true)));
    }

    @Test
    void addPrimaryKey_tablespaceWithForIndexName_isRefused() {
        assertRefused(ORA, change(AddPrimaryKey.class, "tableName", "t", "columnNames", "a", "tablespace", "ts",
                "forIndexName", "ix"), ErrorCode.INVALID_VALUE,
                "addPrimaryKey: tablespace cannot be combined with forIndexName (the index already has its tablespace) on Oracle 19.0");
    }

    @Test
    void addPrimaryKey_clustered_isRefused() {
        assertRefused(ORA, change(AddPrimaryKey.class, "tableName", "t", "columnNames", "a", "clustered", true),
                ErrorCode.INVALID_VALUE, "addPrimaryKey: Cannot specify clustered=true on Oracle 19.0");
    }

    @Test
    void dropPrimaryKey_dropsItsIndexUnlessToldToKeepIt() {
        assertEquals(List.of("ALTER TABLE dp_item DROP PRIMARY KEY DROP INDEX"),
                sql(ORA, change(DropPrimaryKey.class, "tableName", "dp_item", "constraintName", "pk_dp_item")));
        assertEquals(List.of("ALTER TABLE sch.t DROP PRIMARY KEY DROP INDEX"),
                sql(ORA, change(DropPrimaryKey.class, "schemaName", "sch", "tableName", "t", "dropIndex", true)));
        assertEquals(List.of("ALTER TABLE t DROP PRIMARY KEY KEEP INDEX"),
                sql(ORA, change(DropPrimaryKey.class, "tableName", "t", "dropIndex", false)));
    }

    @Test
    void addUniqueConstraint_disabledOnAnExistingIndex_isDisableNovalidate() {
        assertEquals(List.of("ALTER TABLE au_item ADD CONSTRAINT uq_au_item_sku UNIQUE (sku) DISABLE USING INDEX app.ix_au_item_sku"
                + " NOVALIDATE"),
                sql(ORA, change(AddUniqueConstraint.class, "tableName", "au_item", "columnNames", "sku",
                        "constraintName", "uq_au_item_sku", "disabled", true, "clustered", false, "forIndexCatalogName", "app",
                        "forIndexSchemaName", "app", "forIndexName", "ix_au_item_sku", "validate", false)));
    }

    @Test
    void addUniqueConstraint_statesInLiquibasesOrder() {
        assertEquals(List.of("ALTER TABLE t ADD CONSTRAINT uq UNIQUE (a) DEFERRABLE INITIALLY DEFERRED USING INDEX TABLESPACE ts"
                + " ENABLE NOVALIDATE"),
                sql(ORA, change(AddUniqueConstraint.class, "tableName", "t", "columnNames", "a", "constraintName", "uq",
                        "tablespace", "ts", "deferrable", true, "initiallyDeferred", true, "validate", false)));
        assertEquals(List.of("ALTER TABLE t ADD CONSTRAINT uq UNIQUE (a) DISABLE"),
                sql(ORA, change(AddUniqueConstraint.class, "tableName", "t", "columnNames", "a", "constraintName", "uq",
                        "disabled", true)));
        assertEquals(List.of("ALTER TABLE t ADD UNIQUE (a)"),
                sql(ORA, change(AddUniqueConstraint.class, "tableName", "t", "columnNames", "a", "disabled", false,
                        "deferrable", false)));
    }

    @Test
    void addUniqueConstraint_forIndexNameWinsOverTablespace() {
        assertEquals(List.of("ALTER TABLE t ADD CONSTRAINT uq UNIQUE (a) USING INDEX ix"),
                sql(ORA, change(AddUniqueConstraint.class, "tableName", "t", "columnNames", "a", "constraintName", "uq",
                        "forIndexName", "ix", "tablespace", "ts")));
    }

    @Test
    void dropUniqueConstraint_dropsItsIndex() {
        assertEquals(List.of("ALTER TABLE du_item DROP CONSTRAINT uq_du_item_code DROP INDEX"),
                sql(ORA, change(DropUniqueConstraint.class, "tableName", "du_item", "constraintName", "uq_du_item_code")));
    }

    @Test
    void addForeignKeyConstraint_leavesImplicitActionsOut() {
        assertEquals(List.of(FK + " ON DELETE CASCADE"), sql(ORA, fk("onDelete", "CASCADE", "onUpdate", "RESTRICT")));
        assertEquals(List.of(FK), sql(ORA, fk("onDelete", "RESTRICT", "onUpdate", "NO ACTION")));
        assertEquals(List.of(FK), sql(ORA, fk("onDelete", "NO ACTION")));
        assertEquals(List.of(FK + " ON DELETE CASCADE"), sql(ORA, fk("deleteCascade", true)));
    }

    @Test
    void addForeignKeyConstraint_setNullDeferrableNotValidated() {
        assertEquals(List.of(FK + " ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED ENABLE NOVALIDATE"),
                sql(ORA, fk("onDelete", "SET NULL", "deferrable", true, "initiallyDeferred", true, "validate", false)));
    }

    @Test
    void addForeignKeyConstraint_updateActionsOracleLacks_areRefused() {
        assertRefused(ORA, fk("onUpdate", "CASCADE"), ErrorCode.INVALID_VALUE,
                "addForeignKeyConstraint: onUpdate=CASCADE is not possible (Oracle has no ON UPDATE actions) on Oracle 19.0");
        assertRefused(ORA, fk("onUpdate", "SET NULL"), ErrorCode.INVALID_VALUE,
                "addForeignKeyConstraint: onUpdate=SET NULL is not possible (Oracle has no ON UPDATE actions) on Oracle 19.0");
    }

    @Test
    void addForeignKeyConstraint_onDeleteSetDefault_isRefused() {
        assertRefused(ORA, fk("onDelete", "SET DEFAULT"), ErrorCode.INVALID_VALUE,
                "addForeignKeyConstraint: onDelete=SET DEFAULT is not possible (Oracle has ON DELETE CASCADE and SET NULL only)"
                        + " on Oracle 19.0");
    }

    @Test
    void addForeignKeyConstraint_quoteAllObjects() {
        assertEquals(List.of("ALTER TABLE \"b\" ADD CONSTRAINT \"fk1\" FOREIGN KEY (\"a\") REFERENCES \"r\" (\"id\")"),
                sql(context(ORA, QuotingStrategy.QUOTE_ALL_OBJECTS), fk()));
    }

    @Test
    void dropForeignKeyConstraint_dropsTheConstraint() {
        assertEquals(List.of("ALTER TABLE cat.b DROP CONSTRAINT fk1"),
                sql(ORA, change(DropForeignKeyConstraint.class, "baseTableCatalogName", "cat", "baseTableSchemaName", "sch",
                        "baseTableName", "b", "constraintName", "fk1")));
    }

    @Test
    void dropAllForeignKeyConstraints_inTheCurrentSchema_readsUserConstraints() {
        List<SqlStatement> out = statements(context(ORA), change(DropAllForeignKeyConstraints.class, "baseTableName", "da_child"));
        assertEquals(1, out.size());
        assertTrue(out.get(0).block());
        assertEquals("BEGIN\n"
                + "  FOR r IN (SELECT constraint_name FROM user_constraints WHERE constraint_type = 'R' AND table_name = 'DA_CHILD'"
                + " ORDER BY constraint_name) LOOP\n"
                + "    EXECUTE IMMEDIATE 'ALTER TABLE da_child DROP CONSTRAINT \"' || r.constraint_name || '\"';\n"
                + "  END LOOP;\n"
                + "END;", out.get(0).sql());
    }

    @Test
    void dropAllForeignKeyConstraints_inAnotherSchema_readsAllConstraintsOfTheOwner_namesFoldedToUpperCase() {
        assertEquals(List.of("BEGIN\n"
                + "  FOR r IN (SELECT constraint_name FROM all_constraints WHERE owner = 'APP' AND constraint_type = 'R'"
                + " AND table_name = 'CHILD' ORDER BY constraint_name) LOOP\n"
                + "    EXECUTE IMMEDIATE 'ALTER TABLE app.Child DROP CONSTRAINT \"' || r.constraint_name || '\"';\n"
                + "  END LOOP;\n"
                + "END;"),
                sql(context(ORA, QuotingStrategy.LEGACY), change(DropAllForeignKeyConstraints.class, "baseTableSchemaName", "app",
                        "baseTableName", "Child")));
    }
}
