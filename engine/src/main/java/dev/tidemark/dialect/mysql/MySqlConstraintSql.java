// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.mysql;

import dev.tidemark.dialect.Dialect;
import dev.tidemark.model.change.AddForeignKeyConstraint;
import dev.tidemark.model.change.AddPrimaryKey;
import dev.tidemark.model.change.DropAllForeignKeyConstraints;
import dev.tidemark.model.change.DropForeignKeyConstraint;
import dev.tidemark.model.change.DropUniqueConstraint;
import dev.tidemark.sql.ConstraintNames;
import dev.tidemark.sql.ConstraintSql;
import dev.tidemark.sql.RenderContext;
import dev.tidemark.sql.SqlStatement;
import java.util.List;

/** MySQL's ConstraintSql (MariaDB's too): unnamed primary keys, DROP KEY, DROP FOREIGN KEY, no deferrable keys. */
public class MySqlConstraintSql extends ConstraintSql {
    public MySqlConstraintSql(Dialect dialect) {
        super(dialect);
    }

    /** A MySQL primary key is always named PRIMARY. */
    @Override
    protected String primaryKeyName(AddPrimaryKey change, RenderContext ctx) {
        return "";
    }

    @Override
    public List<SqlStatement> dropUniqueConstraint(DropUniqueConstraint change, RenderContext ctx) {
        return List.of(SqlStatement.of("ALTER TABLE " + ctx.qualified(change.catalogName(), change.schemaName(), change.tableName())
                + " DROP KEY " + ctx.name(change.constraintName())));
    }

    /** InnoDB parses SET DEFAULT and then ignores it, so the key would not do what the change says. */
    @Override
    protected String onUpdate(AddForeignKeyConstraint change, String action) {
        refuseSetDefault(change, "onUpdate", action);
        return super.onUpdate(change, action);
    }

    @Override
    protected String onDelete(AddForeignKeyConstraint change, String action) {
        refuseSetDefault(change, "onDelete", action);
        return super.onDelete(change, action);
    }

    private void refuseSetDefault(AddForeignKeyConstraint change, String attribute, String action) {
        if (action.equals("SET DEFAULT")) {
            throw invalid(change, attribute + "=SET DEFAULT is not possible (InnoDB ignores SET DEFAULT)");
        }
    }

    /** Foreign keys are checked at once; Liquibase refuses both attributes here (Tidemark accepts false). */
    @Override
    protected String deferrability(AddForeignKeyConstraint change) {
        if (Boolean.TRUE.equals(change.deferrable())) {
            throw invalid(change, "deferrable is not allowed");
        }
        if (Boolean.TRUE.equals(change.initiallyDeferred())) {
            throw invalid(change, "initiallyDeferred is not allowed");
        }
        return "";
    }

    @Override
    public List<SqlStatement> dropForeignKeyConstraint(DropForeignKeyConstraint change, RenderContext ctx) {
        return List.of(SqlStatement.of("ALTER TABLE "
                + ctx.qualified(change.baseTableCatalogName(), change.baseTableSchemaName(), change.baseTableName())
                + " DROP FOREIGN KEY " + ctx.name(change.constraintName())));
    }

    /**
     * Plain statements that find the table's foreign keys in information_schema at run time and
     * drop them with one prepared ALTER TABLE (DO 0 when there are none). MySQL runs dynamic SQL
     * outside a procedure only through PREPARE, which needs a user variable; GROUP_CONCAT's
     * limit (1024 bytes by default on MySQL) is raised first so that long lists are not cut.
     */
    @Override
    public List<SqlStatement> dropAllForeignKeyConstraints(DropAllForeignKeyConstraints change, RenderContext ctx) {
        String database = change.baseTableCatalogName() != null ? change.baseTableCatalogName() : change.baseTableSchemaName();
        String table = ctx.qualified(change.baseTableCatalogName(), change.baseTableSchemaName(), change.baseTableName());
        String schemaTest = database == null ? "DATABASE()" : dialect.literals().string(database);
        return List.of(
                SqlStatement.of("SET SESSION group_concat_max_len = GREATEST(@@SESSION.group_concat_max_len, 1048576)"),
                SqlStatement.of("SET @tidemark_ddl = COALESCE((SELECT CONCAT("
                        + dialect.literals().string("ALTER TABLE " + table + " ")
                        + ", GROUP_CONCAT(CONCAT('DROP FOREIGN KEY `', REPLACE(CONSTRAINT_NAME, '`', '``'), '`')"
                        + " ORDER BY CONSTRAINT_NAME SEPARATOR ', '))"
                        + " FROM information_schema.TABLE_CONSTRAINTS WHERE CONSTRAINT_TYPE = 'FOREIGN KEY'"
                        + " AND TABLE_SCHEMA = " + schemaTest
                        + " AND TABLE_NAME = " + dialect.literals().string(ConstraintNames.stored(ctx, change.baseTableName()))
                        + "), 'DO 0')"),
                SqlStatement.of("PREPARE tidemark_stmt FROM @tidemark_ddl"),
                SqlStatement.of("EXECUTE tidemark_stmt"),
                SqlStatement.of("DEALLOCATE PREPARE tidemark_stmt"));
    }
}
