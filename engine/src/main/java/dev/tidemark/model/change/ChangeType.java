// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.model.change;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A change type: its changelog name and its record class. */
public record ChangeType(String name, Class<? extends Change> recordClass) {

    /** Every change type, in the order of Liquibase's documentation. */
    public static final List<ChangeType> ALL = List.of(
        new ChangeType("createTable", CreateTable.class),
        new ChangeType("dropTable", DropTable.class),
        new ChangeType("renameTable", RenameTable.class),
        new ChangeType("addColumn", AddColumn.class),
        new ChangeType("dropColumn", DropColumn.class),
        new ChangeType("renameColumn", RenameColumn.class),
        new ChangeType("modifyDataType", ModifyDataType.class),
        new ChangeType("addNotNullConstraint", AddNotNullConstraint.class),
        new ChangeType("dropNotNullConstraint", DropNotNullConstraint.class),
        new ChangeType("addDefaultValue", AddDefaultValue.class),
        new ChangeType("dropDefaultValue", DropDefaultValue.class),
        new ChangeType("addPrimaryKey", AddPrimaryKey.class),
        new ChangeType("dropPrimaryKey", DropPrimaryKey.class),
        new ChangeType("addUniqueConstraint", AddUniqueConstraint.class),
        new ChangeType("dropUniqueConstraint", DropUniqueConstraint.class),
        new ChangeType("addForeignKeyConstraint", AddForeignKeyConstraint.class),
        new ChangeType("dropForeignKeyConstraint", DropForeignKeyConstraint.class),
        new ChangeType("dropAllForeignKeyConstraints", DropAllForeignKeyConstraints.class),
        new ChangeType("createIndex", CreateIndex.class),
        new ChangeType("dropIndex", DropIndex.class),
        new ChangeType("createView", CreateView.class),
        new ChangeType("dropView", DropView.class),
        new ChangeType("renameView", RenameView.class),
        new ChangeType("createSequence", CreateSequence.class),
        new ChangeType("alterSequence", AlterSequence.class),
        new ChangeType("dropSequence", DropSequence.class),
        new ChangeType("renameSequence", RenameSequence.class),
        new ChangeType("addAutoIncrement", AddAutoIncrement.class),
        new ChangeType("addLookupTable", AddLookupTable.class),
        new ChangeType("mergeColumns", MergeColumns.class),
        new ChangeType("createProcedure", CreateProcedure.class),
        new ChangeType("dropProcedure", DropProcedure.class),
        new ChangeType("setTableRemarks", SetTableRemarks.class),
        new ChangeType("setColumnRemarks", SetColumnRemarks.class),
        new ChangeType("insert", Insert.class),
        new ChangeType("update", Update.class),
        new ChangeType("delete", Delete.class),
        new ChangeType("loadData", LoadData.class),
        new ChangeType("loadUpdateData", LoadUpdateData.class),
        new ChangeType("sql", Sql.class),
        new ChangeType("sqlFile", SqlFile.class),
        new ChangeType("tagDatabase", TagDatabase.class),
        new ChangeType("output", Output.class),
        new ChangeType("empty", Empty.class),
        new ChangeType("stop", Stop.class),
        new ChangeType("executeCommand", ExecuteCommand.class),
        new ChangeType("customChange", CustomChange.class));

    private static final Map<String, ChangeType> BY_NAME =
            ALL.stream().collect(Collectors.toUnmodifiableMap(ChangeType::name, Function.identity()));
    private static final Map<Class<?>, ChangeType> BY_CLASS =
            ALL.stream().collect(Collectors.toUnmodifiableMap(ChangeType::recordClass, Function.identity()));

    public ChangeType {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(recordClass, "recordClass");
    }

    /** The change type named as in a changelog, case-sensitive as Liquibase is. */
    public static Optional<ChangeType> named(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    /** The change type of a record class. */
    public static ChangeType of(Class<?> recordClass) {
        ChangeType type = BY_CLASS.get(recordClass);
        if (type == null) {
            throw new IllegalArgumentException("not a change record: " + recordClass.getName());
        }
        return type;
    }
}
