// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.model.change;

import dev.tidemark.model.SourceLocation;

/**
 * One change of a changeset, as written in the changelog. Each change type is a record whose
 * components are named as the changelog's attributes; {@link ChangeType} lists them all.
 */
public sealed interface Change permits
        CreateTable,
        DropTable,
        RenameTable,
        AddColumn,
        DropColumn,
        RenameColumn,
        ModifyDataType,
        AddNotNullConstraint,
        DropNotNullConstraint,
        AddDefaultValue,
        DropDefaultValue,
        AddPrimaryKey,
        DropPrimaryKey,
        AddUniqueConstraint,
        DropUniqueConstraint,
        AddForeignKeyConstraint,
        DropForeignKeyConstraint,
        DropAllForeignKeyConstraints,
        CreateIndex,
        DropIndex,
        CreateView,
        DropView,
        RenameView,
        CreateSequence,
        AlterSequence,
        DropSequence,
        RenameSequence,
        AddAutoIncrement,
        AddLookupTable,
        MergeColumns,
        CreateProcedure,
        DropProcedure,
        SetTableRemarks,
        SetColumnRemarks,
        Insert,
        Update,
        Delete,
        LoadData,
        LoadUpdateData,
        Sql,
        SqlFile,
        TagDatabase,
        Output,
        Empty,
        Stop,
        ExecuteCommand,
        CustomChange {

    /** Where the change was written. */
    SourceLocation location();

    /** Calls the visitor method for this change type. */
    <R> R accept(ChangeVisitor<R> visitor);

    /** The change type, named as in changelogs ({@code createTable}). */
    default ChangeType changeType() {
        return ChangeType.of(getClass());
    }
}
