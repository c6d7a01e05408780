// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.oracle;

import dev.tidemark.dialect.Dialect;
import dev.tidemark.model.change.AddForeignKeyConstraint;
import dev.tidemark.model.change.AddPrimaryKey;
import dev.tidemark.model.change.AddUniqueConstraint;
import dev.tidemark.model.change.DropAllForeignKeyConstraints;
import dev.tidemark.model.change.DropPrimaryKey;
import dev.tidemark.model.change.DropUniqueConstraint;
import dev.tidemark.sql.ConstraintNames;
import dev.tidemark.sql.ConstraintSql;
import dev.tidemark.sql.RenderContext;
import dev.tidemark.sql.SqlStatement;
import java.util.List;

/** Oracle's ConstraintSql: USING INDEX, constraint states (DISABLE, ENABLE NOVALIDATE), PL/SQL lookups. */
public class OracleConstraintSql extends ConstraintSql {
    public OracleConstraintSql(Dialect dialect) {
        super(dialect);
    }

    /**
     * USING INDEX TABLESPACE, USING INDEX i, ENABLE NOVALIDATE. Liquibase writes both USING INDEX
     * clauses when tablespace and forIndexName are given, which Oracle rejects; Tidemark refuses the pair.
     */
    @Override
    protected String primaryKeyOptions(AddPrimaryKey change, RenderContext ctx) {
        StringBuilder out = new StringBuilder();
        if (change.tablespace() != null && change.forIndexName() != null) {
            throw invalid(change, "tablespace cannot be combined with forIndexName (the index already has its tablespace)");
        }
        if (change.tablespace() != null) {
            out.append(" USING INDEX TABLESPACE ").append(change.tablespace());
        }
        if (change.forIndexName() != null) {
            out.append(" USING INDEX ")
                    .append(ctx.qualified(change.forIndexCatalogName(), change.forIndexSchemaName(), change.forIndexName()));
        }
        if (Boolean.FALSE.equals(change.validate())) {
            out.append(" ENABLE NOVALIDATE");
        }
        return out.toString();
    }

    /** The primary key's index goes with it unless dropIndex=false. */
    @Override
    public List<SqlStatement> dropPrimaryKey(DropPrimaryKey change, RenderContext ctx) {
        return List.of(SqlStatement.of("ALTER TABLE " + ctx.qualified(change.catalogName(), change.schemaName(), change.tableName())
                + " DROP PRIMARY KEY " + (Boolean.FALSE.equals(change.dropIndex()) ? "KEEP INDEX" : "DROP INDEX")));
    }

    /**
     * Liquibase's order: deferrability, DISABLE, the index, ENABLE NOVALIDATE; forIndexName wins
     * over tablespace. A disabled constraint that is not validated is written DISABLE ... NOVALIDATE:
     * Liquibase adds ENABLE NOVALIDATE after DISABLE, two contradicting states.
     */
    @Override
    protected String uniqueBody(AddUniqueConstraint change, RenderContext ctx) {
        StringBuilder out = new StringBuilder(uniqueColumns(change, ctx));
        if (Boolean.TRUE.equals(change.deferrable())) {
            out.append(" DEFERRABLE");
        }
        if (Boolean.TRUE.equals(change.initiallyDeferred())) {
            out.append(" INITIALLY DEFERRED");
        }
        boolean disabled = Boolean.TRUE.equals(change.disabled());
        if (disabled) {
            out.append(" DISABLE");
        }
        if (change.forIndexName() != null) {
            out.append(" USING INDEX ")
                    .append(ctx.qualified(change.forIndexCatalogName(), change.forIndexSchemaName(), change.forIndexName()));
        } else if (change.tablespace() != null) {
            out.append(" USING INDEX TABLESPACE ").append(change.tablespace());
        }
        if (Boolean.FALSE.equals(change.validate())) {
            out.append(disabled ? " NOVALIDATE" : " ENABLE NOVALIDATE");
        }
        return out.toString();
    }

    @Override
    public List<SqlStatement> dropUniqueConstraint(DropUniqueConstraint change, RenderContext ctx) {
        return List.of(SqlStatement.of(super.dropUniqueConstraint(change, ctx).get(0).sql() + " DROP INDEX"));
    }

    /**
     * Oracle has no ON UPDATE clause: its updates always behave as NO ACTION, so RESTRICT and NO
     * ACTION are left implicit (as Liquibase does) and the other actions are refused (Liquibase drops them).
     */
    @Override
    protected String onUpdate(AddForeignKeyConstraint change, String action) {
        if (action.equals("RESTRICT") || action.equals("NO ACTION")) {
            return "";
        }
        throw invalid(change, "onUpdate=" + action + " is not possible (Oracle has no ON UPDATE actions)");
    }

    /** ON DELETE CASCADE and SET NULL; NO ACTION and RESTRICT are Oracle's default; SET DEFAULT does not exist. */
    @Override
    protected String onDelete(AddForeignKeyConstraint change, String action) {
        if (action.equals("RESTRICT") || action.equals("NO ACTION")) {
            return "";
        }
        if (action.equals("SET DEFAULT")) {
            throw invalid(change, "onDelete=SET DEFAULT is not possible (Oracle has ON DELETE CASCADE and SET NULL only)");
        }
        return super.onDelete(change, action);
    }

    @Override
    protected String foreignKeyValidation(AddForeignKeyConstraint change) {
        return Boolean.FALSE.equals(change.validate()) ? " ENABLE NOVALIDATE" : "";
    }

    /**
     * A PL/SQL block that drops, at run time, every foreign key the data dictionary lists for the
     * table: USER_CONSTRAINTS for the current schema, ALL_CONSTRAINTS with the owner otherwise.
     */
    @Override
    public List<SqlStatement> dropAllForeignKeyConstraints(DropAllForeignKeyConstraints change, RenderContext ctx) {
        String owner = change.baseTableCatalogName() != null ? change.baseTableCatalogName() : change.baseTableSchemaName();
        String table = ctx.qualified(change.baseTableCatalogName(), change.baseTableSchemaName(), change.baseTableName());
        String from = owner == null ? "user_constraints WHERE"
                : "all_constraints WHERE owner = " + dialect.literals().string(ConstraintNames.stored(ctx, owner)) + " AND";
        return List.of(SqlStatement.block("BEGIN\n"
                + "  FOR r IN (SELECT constraint_name FROM " + from + " constraint_type = 'R' AND table_name = "
                + dialect.literals().string(ConstraintNames.stored(ctx, change.baseTableName())) + " ORDER BY constraint_name) LOOP\n"
                + "    EXECUTE IMMEDIATE " + dialect.literals().string("ALTER TABLE " + table + " DROP CONSTRAINT \"")
                + " || r.constraint_name || '\"';\n"
                + "  END LOOP;\n"
                + "END;"));
    }
}
