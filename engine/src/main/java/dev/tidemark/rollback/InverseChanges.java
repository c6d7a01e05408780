// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.rollback;

import dev.tidemark.model.ColumnConfig;
import dev.tidemark.model.change.*;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Liquibase 4.33's automatic inverses, change type by change type ({@code createInverses()} of
 * each change class). The inverses carry exactly the attributes Liquibase copies, so the rollback
 * SQL is the same: a renamed view is renamed back without its schema, a dropped index keeps no
 * catalog, and so on. A visitor, so a new change type does not compile until it is decided here.
 */
final class InverseChanges implements ChangeVisitor<Inverse> {

    @Override
    public Inverse visitCreateTable(CreateTable c) {
        return Inverse.of(new DropTable(c.location(), c.catalogName(), c.schemaName(), c.tableName(), null));
    }

    @Override
    public Inverse visitAddColumn(AddColumn c) {
        // A dropDefaultValue for each column that has a default (schema, table and column only), then one dropColumn.
        List<Change> out = new ArrayList<>();
        for (ColumnConfig column : c.columns()) {
            if (column.defaultSpec().present()) {
                out.add(new DropDefaultValue(c.location(), null, c.schemaName(), c.tableName(), column.name(), null));
            }
        }
        out.add(new DropColumn(c.location(), c.catalogName(), c.schemaName(), c.tableName(), null, c.columns()));
        return Inverse.of(out);
    }

    @Override
    public Inverse visitRenameColumn(RenameColumn c) {
        return Inverse.of(new RenameColumn(c.location(), null, c.schemaName(), c.tableName(), c.newColumnName(),
                c.oldColumnName(), c.columnDataType(), null));
    }

    @Override
    public Inverse visitRenameTable(RenameTable c) {
        return Inverse.of(new RenameTable(c.location(), null, c.schemaName(), c.newTableName(), c.oldTableName()));
    }

    @Override
    public Inverse visitRenameView(RenameView c) {
        return Inverse.of(new RenameView(c.location(), null, null, c.newViewName(), c.oldViewName()));
    }

    @Override
    public Inverse visitCreateView(CreateView c) {
        return Inverse.of(new DropView(c.location(), null, c.schemaName(), c.viewName(), null));
    }

    @Override
    public Inverse visitCreateIndex(CreateIndex c) {
        return Inverse.of(new DropIndex(c.location(), null, c.schemaName(), c.tableName(), c.indexName(), null));
    }

    @Override
    public Inverse visitAddPrimaryKey(AddPrimaryKey c) {
        // An index the key was built on (forIndexName) stays.
        return Inverse.of(new DropPrimaryKey(c.location(), null, c.schemaName(), c.tableName(), c.constraintName(),
                c.forIndexName() != null ? Boolean.FALSE : null));
    }

    @Override
    public Inverse visitAddUniqueConstraint(AddUniqueConstraint c) {
        return Inverse.of(new DropUniqueConstraint(c.location(), null, c.schemaName(), c.tableName(), c.constraintName(),
                c.columnNames()));
    }

    @Override
    public Inverse visitAddForeignKeyConstraint(AddForeignKeyConstraint c) {
        return Inverse.of(new DropForeignKeyConstraint(c.location(), null, c.baseTableSchemaName(), c.baseTableName(),
                c.constraintName()));
    }

    @Override
    public Inverse visitAddNotNullConstraint(AddNotNullConstraint c) {
        return Inverse.of(new DropNotNullConstraint(c.location(), null, c.schemaName(), c.tableName(), c.columnName(),
                c.columnDataType(), null));
    }

    @Override
    public Inverse visitDropNotNullConstraint(DropNotNullConstraint c) {
        return Inverse.of(new AddNotNullConstraint(c.location(), null, c.schemaName(), c.tableName(), c.columnName(), null,
                c.columnDataType(), c.constraintName(), null));
    }

    @Override
    public Inverse visitAddDefaultValue(AddDefaultValue c) {
        return Inverse.of(new DropDefaultValue(c.location(), null, c.schemaName(), c.tableName(), c.columnName(),
                c.columnDataType()));
    }

    @Override
    public Inverse visitCreateSequence(CreateSequence c) {
        return Inverse.of(new DropSequence(c.location(), null, c.schemaName(), c.sequenceName()));
    }

    @Override
    public Inverse visitRenameSequence(RenameSequence c) {
        return Inverse.of(new RenameSequence(c.location(), null, c.schemaName(), c.newSequenceName(), c.oldSequenceName()));
    }

    @Override
    public Inverse visitAddLookupTable(AddLookupTable c) {
        String fk = c.constraintName() != null ? c.constraintName()
                : "FK_" + c.existingTableName().toUpperCase(Locale.ROOT) + "_" + c.newTableName().toUpperCase(Locale.ROOT);
        return Inverse.of(new DropForeignKeyConstraint(c.location(), null, c.existingTableSchemaName(), c.existingTableName(), fk),
                new DropTable(c.location(), null, c.newTableSchemaName(), c.newTableName(), null));
    }

    @Override
    public Inverse visitLoadUpdateData(LoadUpdateData c) {
        return Inverse.deleteRows(c);
    }

    @Override
    public Inverse visitTagDatabase(TagDatabase c) {
        return Inverse.noOp();
    }

    @Override
    public Inverse visitOutput(Output c) {
        return Inverse.noOp();
    }

    @Override
    public Inverse visitEmpty(Empty c) {
        return Inverse.noOp();
    }

    // Everything below has no automatic inverse in Liquibase 4.33: a rollback block is needed.

    @Override
    public Inverse visitDropTable(DropTable c) {
        return Inverse.none();
    }

    @Override
    public Inverse visitDropColumn(DropColumn c) {
        return Inverse.none();
    }

    @Override
    public Inverse visitModifyDataType(ModifyDataType c) {
        return Inverse.none();
    }

    @Override
    public Inverse visitDropDefaultValue(DropDefaultValue c) {
        return Inverse.none();
    }

    @Override
    public Inverse visitDropPrimaryKey(DropPrimaryKey c) {
        return Inverse.none();
    }

    @Override
    public Inverse visitDropUniqueConstraint(DropUniqueConstraint c) {
        return Inverse.none();
    }

    @Override
    public Inverse visitDropForeignKeyConstraint(DropForeignKeyConstraint c) {
        return Inverse.none();
    }

    @Override
    public Inverse visitDropAllForeignKeyConstraints(DropAllForeignKeyConstraints c) {
        return Inverse.none();
    }

    @Override
    public Inverse visitDropIndex(DropIndex c) {
        return Inverse.none();
    }

    @Override
    public Inverse visitDropView(DropView c) {
        return Inverse.none();
    }

    @Override
    public Inverse visitAlterSequence(AlterSequence c) {
        return Inverse.none();
    }

    @Override
    public Inverse visitDropSequence(DropSequence c) {
        return Inverse.none();
    }

    @Override
    public Inverse visitAddAutoIncrement(AddAutoIncrement c) {
        return Inverse.none();
    }

    @Override
    public Inverse visitMergeColumns(MergeColumns c) {
        return Inverse.none();
    }

    @Override
    public Inverse visitCreateProcedure(CreateProcedure c) {
        return Inverse.none();
    }

    @Override
    public Inverse visitDropProcedure(DropProcedure c) {
        return Inverse.none();
    }

    @Override
    public Inverse visitSetTableRemarks(SetTableRemarks c) {
        return Inverse.none();
    }

    @Override
    public Inverse visitSetColumnRemarks(SetColumnRemarks c) {
        return Inverse.none();
    }

    @Override
    public Inverse visitInsert(Insert c) {
        return Inverse.none();
    }

    @Override
    public Inverse visitUpdate(Update c) {
        return Inverse.none();
    }

    @Override
    public Inverse visitDelete(Delete c) {
        return Inverse.none();
    }

    @Override
    public Inverse visitLoadData(LoadData c) {
        return Inverse.none();
    }

    @Override
    public Inverse visitSql(Sql c) {
        return Inverse.none();
    }

    @Override
    public Inverse visitSqlFile(SqlFile c) {
        return Inverse.none();
    }

    @Override
    public Inverse visitStop(Stop c) {
        return Inverse.none();
    }

    @Override
    public Inverse visitExecuteCommand(ExecuteCommand c) {
        return Inverse.none();
    }

    @Override
    public Inverse visitCustomChange(CustomChange c) {
        // Liquibase rolls a custom change back only through its Java class; Tidemark loads no classes.
        return Inverse.none();
    }
}
