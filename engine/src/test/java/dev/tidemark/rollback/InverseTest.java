// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.rollback;

import static dev.tidemark.rollback.RollbackPlannerTest.make;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tidemark.error.ErrorCode;
import dev.tidemark.model.ChangeLog;
import dev.tidemark.model.ChangeSet;
import dev.tidemark.model.ColumnConfig;
import dev.tidemark.model.Rollback;
import dev.tidemark.model.SourceLocation;
import dev.tidemark.model.change.*;
import dev.tidemark.model.meta.RecordShape;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class InverseTest {
    /** Liquibase 4.33's change types whose createInverses() is not null (and loadUpdateData, which overrides its rollback). */
    private static final List<String> WITH_INVERSE = List.of("addColumn", "addDefaultValue", "addForeignKeyConstraint",
            "addLookupTable", "addNotNullConstraint", "addPrimaryKey", "addUniqueConstraint", "createIndex", "createSequence",
            "createTable", "createView", "dropNotNullConstraint", "empty", "loadUpdateData", "output", "renameColumn",
            "renameSequence", "renameTable", "renameView", "tagDatabase");

    @Test
    void exactlyLiquibasesChangeTypesHaveAnInverse() throws Exception {
        List<String> with = new ArrayList<>();
        for (Class<?> type : Change.class.getPermittedSubclasses()) {
            Map<String, Object> names = new java.util.HashMap<>();
            for (java.lang.reflect.RecordComponent rc : type.getRecordComponents()) {
                if (rc.getType() == String.class) {
                    names.put(rc.getName(), "x");
                }
            }
            Change c = (Change) RecordShape.of(type).create(new SourceLocation("c.xml", 1, 1), names);
            if (Inverse.forChange(c).possible()) {
                with.add(c.changeType().name());
            }
        }
        assertEquals(new TreeSet<>(WITH_INVERSE), new TreeSet<>(with));
    }

    @Test
    void addColumn_dropsTheDefaultsThenTheColumns() {
        ColumnConfig a = make(ColumnConfig.class, "name", "a", "type", "int", "defaultValueNumeric", "1");
        ColumnConfig b = make(ColumnConfig.class, "name", "b", "type", "int");
        AddColumn add = make(AddColumn.class, "catalogName", "cat", "schemaName", "s", "tableName", "t", "columns", List.of(a, b));
        List<Change> inverse = Inverse.forChange(add).changes();
        assertEquals(2, inverse.size());
        DropDefaultValue dropDefault = (DropDefaultValue) inverse.get(0);
        assertEquals(List.of("s", "t", "a"), List.of(dropDefault.schemaName(), dropDefault.tableName(), dropDefault.columnName()));
        assertNull(dropDefault.catalogName(), "Liquibase copies no catalog to the dropDefaultValue");
        DropColumn drop = (DropColumn) inverse.get(1);
        assertEquals(List.of("cat", "s", "t"), List.of(drop.catalogName(), drop.schemaName(), drop.tableName()));
        assertEquals(List.of(a, b), drop.columns());
    }

    @Test
    void renames_swapTheNames_andCarryWhatLiquibaseCarries() {
        RenameColumn rc = (RenameColumn) Inverse.forChange(make(RenameColumn.class, "schemaName", "s", "tableName", "t",
                "oldColumnName", "a", "newColumnName", "b", "columnDataType", "int", "remarks", "r")).changes().get(0);
        assertEquals(List.of("b", "a", "int"), List.of(rc.oldColumnName(), rc.newColumnName(), rc.columnDataType()));
        assertNull(rc.remarks());
        RenameView rv = (RenameView) Inverse.forChange(make(RenameView.class, "schemaName", "s", "oldViewName", "v1",
                "newViewName", "v2")).changes().get(0);
        assertEquals(List.of("v2", "v1"), List.of(rv.oldViewName(), rv.newViewName()));
        assertNull(rv.schemaName(), "Liquibase renames a view back without its schema");
    }

    @Test
    void addPrimaryKey_onAnExistingIndex_keepsTheIndex() {
        DropPrimaryKey keep = (DropPrimaryKey) Inverse.forChange(make(AddPrimaryKey.class, "tableName", "t", "columnNames", "id",
                "forIndexName", "ix")).changes().get(0);
        assertEquals(Boolean.FALSE, keep.dropIndex());
        DropPrimaryKey plain = (DropPrimaryKey) Inverse.forChange(make(AddPrimaryKey.class, "tableName", "t", "columnNames", "id",
                "constraintName", "pk")).changes().get(0);
        assertNull(plain.dropIndex());
        assertEquals("pk", plain.constraintName());
    }

    @Test
    void addLookupTable_dropsTheForeignKeyThenTheTable_withLiquibasesDefaultKeyName() {
        List<Change> inverse = Inverse.forChange(make(AddLookupTable.class, "existingTableName", "address", "existingColumnName",
                "state", "newTableName", "state", "newColumnName", "code")).changes();
        assertEquals("FK_ADDRESS_STATE", ((DropForeignKeyConstraint) inverse.get(0)).constraintName());
        assertEquals("state", ((DropTable) inverse.get(1)).tableName());
    }

    @Test
    void loadUpdateData_deletesItsRows_tagDatabaseDoesNothing() {
        LoadUpdateData load = make(LoadUpdateData.class, "tableName", "t", "file", "f.csv", "primaryKey", "id");
        assertSame(load, Inverse.forChange(load).deleteRowsOf());
        Inverse tag = Inverse.forChange(make(TagDatabase.class, "tag", "v1"));
        assertTrue(tag.possible());
        assertEquals(List.of(), tag.changes());
    }

    @Test
    void definition_withoutBlock_undoesChangesLastFirst_andNamesTheFirstChangeWithoutInverse() {
        CreateTable create = make(CreateTable.class, "tableName", "t", "columns", List.of());
        CreateIndex index = make(CreateIndex.class, "tableName", "t", "indexName", "ix", "columns", List.of());
        ChangeSet cs = make(ChangeSet.class, "filePath", "c.xml", "id", "1", "author", "a", "changes", List.of(create, index));
        RollbackDefinition d = RollbackDefinition.of(cs, log(cs), "h2");
        assertEquals(List.of(index, create), d.units().stream().map(RollbackDefinition.Unit::change).toList());

        Insert insert = make(Insert.class, "tableName", "t", "columns", List.of());
        ChangeSet bad = make(ChangeSet.class, "filePath", "c.xml", "id", "2", "author", "a", "changes", List.of(create, insert));
        RollbackDefinition none = RollbackDefinition.of(bad, log(bad), "h2");
        assertFalse(none.possible());
        assertEquals(ErrorCode.NO_ROLLBACK, none.problem().code());
        assertTrue(none.problem().message().startsWith("changeset c.xml::2::a cannot be rolled back: insert (at c.xml:1:1)"),
                none.problem().message());
    }

    @Test
    void definition_withBlock_usesItsChanges_orTheReferencedChangeSets_andAnEmptyBlockDoesNothing() {
        SourceLocation at = new SourceLocation("c.xml", 9, 3);
        DropTable drop = make(DropTable.class, "tableName", "t");
        Sql pgOnly = make(Sql.class, "sql", "DROP TABLE x CASCADE", "dbms", "postgresql");
        ChangeSet withChanges = make(ChangeSet.class, "filePath", "c.xml", "id", "1", "author", "a", "changes", List.of(),
                "rollback", new Rollback(at, List.of(drop, pgOnly), null, null, null));
        assertEquals(List.of(drop), RollbackDefinition.of(withChanges, log(withChanges), "h2").units().stream()
                .map(RollbackDefinition.Unit::change).toList());

        ChangeSet target = make(ChangeSet.class, "filePath", "c.xml", "id", "undo", "author", "A", "changes", List.of(drop));
        ChangeSet referring = make(ChangeSet.class, "filePath", "c.xml", "id", "2", "author", "a", "changes", List.of(),
                "rollback", new Rollback(at, List.of(), "UNDO", "a", null));
        assertEquals(List.of(drop), RollbackDefinition.of(referring, log(target, referring), "h2").units().stream()
                .map(RollbackDefinition.Unit::change).toList());
        RollbackDefinition missing = RollbackDefinition.of(referring, log(referring), "h2");
        assertEquals(at, missing.problem().location());

        ChangeSet empty = make(ChangeSet.class, "filePath", "c.xml", "id", "3", "author", "a", "changes",
                List.of(make(Insert.class, "tableName", "t", "columns", List.of())), "rollback", new Rollback(at, List.of(), null, null, null));
        RollbackDefinition nothing = RollbackDefinition.of(empty, log(empty), "h2");
        assertTrue(nothing.possible());
        assertEquals(List.of(), nothing.units());
    }

    private static ChangeLog log(ChangeSet... changeSets) {
        return new ChangeLog("c.xml", List.of(changeSets), List.of(), List.of());
    }
}
