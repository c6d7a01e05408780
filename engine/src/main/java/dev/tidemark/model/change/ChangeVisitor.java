// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.model.change;

/** One method per change type, so that a new change type is a compile error wherever it is not handled. */
public interface ChangeVisitor<R> {
    R visitCreateTable(CreateTable change);

    R visitDropTable(DropTable change);

    R visitRenameTable(RenameTable change);

    R visitAddColumn(AddColumn change);

    R visitDropColumn(DropColumn change);

    R visitRenameColumn(RenameColumn change);

    R visitModifyDataType(ModifyDataType change);

    R visitAddNotNullConstraint(AddNotNullConstraint change);

    R visitDropNotNullConstraint(DropNotNullConstraint change);

    R visitAddDefaultValue(AddDefaultValue change);

    R visitDropDefaultValue(DropDefaultValue change);

    R visitAddPrimaryKey(AddPrimaryKey change);

    R visitDropPrimaryKey(DropPrimaryKey change);

    R visitAddUniqueConstraint(AddUniqueConstraint change);

    R visitDropUniqueConstraint(DropUniqueConstraint change);

    R visitAddForeignKeyConstraint(AddForeignKeyConstraint change);

    R visitDropForeignKeyConstraint(DropForeignKeyConstraint change);

    R visitDropAllForeignKeyConstraints(DropAllForeignKeyConstraints change);

    R visitCreateIndex(CreateIndex change);

    R visitDropIndex(DropIndex change);

    R visitCreateView(CreateView change);

    R visitDropView(DropView change);

    R visitRenameView(RenameView change);

    R visitCreateSequence(CreateSequence change);

    R visitAlterSequence(AlterSequence change);

    R visitDropSequence(DropSequence change);

    R visitRenameSequence(RenameSequence change);

    R visitAddAutoIncrement(AddAutoIncrement change);

    R visitAddLookupTable(AddLookupTable change);

    R visitMergeColumns(MergeColumns change);

    R visitCreateProcedure(CreateProcedure change);

    R visitDropProcedure(DropProcedure change);

    R visitSetTableRemarks(SetTableRemarks change);

    R visitSetColumnRemarks(SetColumnRemarks change);

    R visitInsert(Insert change);

    R visitUpdate(Update change);

    R visitDelete(Delete change);

    R visitLoadData(LoadData change);

    R visitLoadUpdateData(LoadUpdateData change);

    R visitSql(Sql change);

    R visitSqlFile(SqlFile change);

    R visitTagDatabase(TagDatabase change);

    R visitOutput(Output change);

    R visitEmpty(Empty change);

    R visitStop(Stop change);

    R visitExecuteCommand(ExecuteCommand change);

    R visitCustomChange(CustomChange change);
}
