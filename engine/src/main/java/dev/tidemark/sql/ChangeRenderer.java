// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.sql;

import dev.tidemark.model.change.*;
import java.util.List;
import java.util.Objects;

/**
 * Turns one change into the statements that perform it on the context's database, by handing it
 * to the dialect's generator for its family.
 */
public final class ChangeRenderer implements ChangeVisitor<List<SqlStatement>> {
    private final RenderContext ctx;
    private final SqlFamilies sql;

    public ChangeRenderer(RenderContext ctx) {
        this.ctx = Objects.requireNonNull(ctx, "ctx");
        this.sql = ctx.dialect().sql();
    }

    /** The statements for one change. */
    public List<SqlStatement> render(Change change) {
        return change.accept(this);
    }

    @Override
    public List<SqlStatement> visitCreateTable(CreateTable change) {
        return sql.table().createTable(change, ctx);
    }

    @Override
    public List<SqlStatement> visitDropTable(DropTable change) {
        return sql.table().dropTable(change, ctx);
    }

    @Override
    public List<SqlStatement> visitRenameTable(RenameTable change) {
        return sql.table().renameTable(change, ctx);
    }

    @Override
    public List<SqlStatement> visitAddColumn(AddColumn change) {
        return sql.column().addColumn(change, ctx);
    }

    @Override
    public List<SqlStatement> visitDropColumn(DropColumn change) {
        return sql.column().dropColumn(change, ctx);
    }

    @Override
    public List<SqlStatement> visitRenameColumn(RenameColumn change) {
        return sql.column().renameColumn(change, ctx);
    }

    @Override
    public List<SqlStatement> visitModifyDataType(ModifyDataType change) {
        return sql.column().modifyDataType(change, ctx);
    }

    @Override
    public List<SqlStatement> visitAddNotNullConstraint(AddNotNullConstraint change) {
        return sql.column().addNotNullConstraint(change, ctx);
    }

    @Override
    public List<SqlStatement> visitDropNotNullConstraint(DropNotNullConstraint change) {
        return sql.column().dropNotNullConstraint(change, ctx);
    }

    @Override
    public List<SqlStatement> visitAddDefaultValue(AddDefaultValue change) {
        return sql.column().addDefaultValue(change, ctx);
    }

    @Override
    public List<SqlStatement> visitDropDefaultValue(DropDefaultValue change) {
        return sql.column().dropDefaultValue(change, ctx);
    }

    @Override
    public List<SqlStatement> visitAddPrimaryKey(AddPrimaryKey change) {
        return sql.constraint().addPrimaryKey(change, ctx);
    }

    @Override
    public List<SqlStatement> visitDropPrimaryKey(DropPrimaryKey change) {
        return sql.constraint().dropPrimaryKey(change, ctx);
    }

    @Override
    public List<SqlStatement> visitAddUniqueConstraint(AddUniqueConstraint change) {
        return sql.constraint().addUniqueConstraint(change, ctx);
    }

    @Override
    public List<SqlStatement> visitDropUniqueConstraint(DropUniqueConstraint change) {
        return sql.constraint().dropUniqueConstraint(change, ctx);
    }

    @Override
    public List<SqlStatement> visitAddForeignKeyConstraint(AddForeignKeyConstraint change) {
        return sql.constraint().addForeignKeyConstraint(change, ctx);
    }

    @Override
    public List<SqlStatement> visitDropForeignKeyConstraint(DropForeignKeyConstraint change) {
        return sql.constraint().dropForeignKeyConstraint(change, ctx);
    }

    @Override
    public List<SqlStatement> visitDropAllForeignKeyConstraints(DropAllForeignKeyConstraints change) {
        return sql.constraint().dropAllForeignKeyConstraints(change, ctx);
    }

    @Override
    public List<SqlStatement> visitCreateIndex(CreateIndex change) {
        return sql.index().createIndex(change, ctx);
    }

    @Override
    public List<SqlStatement> visitDropIndex(DropIndex change) {
        return sql.index().dropIndex(change, ctx);
    }

    @Override
    public List<SqlStatement> visitCreateView(CreateView change) {
        return sql.view().createView(change, ctx);
    }

    @Override
    public List<SqlStatement> visitDropView(DropView change) {
        return sql.view().dropView(change, ctx);
    }

    @Override
    public List<SqlStatement> visitRenameView(RenameView change) {
        return sql.view().renameView(change, ctx);
    }

    @Override
    public List<SqlStatement> visitCreateSequence(CreateSequence change) {
        return sql.sequence().createSequence(change, ctx);
    }

    @Override
    public List<SqlStatement> visitAlterSequence(AlterSequence change) {
        return sql.sequence().alterSequence(change, ctx);
    }

    @Override
    public List<SqlStatement> visitDropSequence(DropSequence change) {
        return sql.sequence().dropSequence(change, ctx);
    }

    @Override
    public List<SqlStatement> visitRenameSequence(RenameSequence change) {
        return sql.sequence().renameSequence(change, ctx);
    }

    @Override
    public List<SqlStatement> visitAddAutoIncrement(AddAutoIncrement change) {
        return sql.column().addAutoIncrement(change, ctx);
    }

    @Override
    public List<SqlStatement> visitAddLookupTable(AddLookupTable change) {
        return sql.table().addLookupTable(change, ctx);
    }

    @Override
    public List<SqlStatement> visitMergeColumns(MergeColumns change) {
        return sql.column().mergeColumns(change, ctx);
    }

    @Override
    public List<SqlStatement> visitCreateProcedure(CreateProcedure change) {
        return sql.procedure().createProcedure(change, ctx);
    }

    @Override
    public List<SqlStatement> visitDropProcedure(DropProcedure change) {
        return sql.procedure().dropProcedure(change, ctx);
    }

    @Override
    public List<SqlStatement> visitSetTableRemarks(SetTableRemarks change) {
        return sql.table().setTableRemarks(change, ctx);
    }

    @Override
    public List<SqlStatement> visitSetColumnRemarks(SetColumnRemarks change) {
        return sql.column().setColumnRemarks(change, ctx);
    }

    @Override
    public List<SqlStatement> visitInsert(Insert change) {
        return sql.data().insert(change, ctx);
    }

    @Override
    public List<SqlStatement> visitUpdate(Update change) {
        return sql.data().update(change, ctx);
    }

    @Override
    public List<SqlStatement> visitDelete(Delete change) {
        return sql.data().delete(change, ctx);
    }

    @Override
    public List<SqlStatement> visitLoadData(LoadData change) {
        return sql.data().loadData(change, ctx);
    }

    @Override
    public List<SqlStatement> visitLoadUpdateData(LoadUpdateData change) {
        return sql.data().loadUpdateData(change, ctx);
    }

    @Override
    public List<SqlStatement> visitSql(Sql change) {
        return sql.script().sql(change, ctx);
    }

    @Override
    public List<SqlStatement> visitSqlFile(SqlFile change) {
        return sql.script().sqlFile(change, ctx);
    }

    @Override
    public List<SqlStatement> visitTagDatabase(TagDatabase change) {
        return sql.script().tagDatabase(change, ctx);
    }

    @Override
    public List<SqlStatement> visitOutput(Output change) {
        return sql.script().output(change, ctx);
    }

    @Override
    public List<SqlStatement> visitEmpty(Empty change) {
        return sql.script().empty(change, ctx);
    }

    @Override
    public List<SqlStatement> visitStop(Stop change) {
        return sql.script().stop(change, ctx);
    }

    @Override
    public List<SqlStatement> visitExecuteCommand(ExecuteCommand change) {
        return sql.script().executeCommand(change, ctx);
    }

    @Override
    public List<SqlStatement> visitCustomChange(CustomChange change) {
        return sql.script().customChange(change, ctx);
    }
}
