// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.postgres;

import dev.tidemark.dialect.Dialect;
import dev.tidemark.model.change.AddForeignKeyConstraint;
import dev.tidemark.model.change.AddPrimaryKey;
import dev.tidemark.model.change.AddUniqueConstraint;
import dev.tidemark.model.change.Change;
import dev.tidemark.model.change.DropAllForeignKeyConstraints;
import dev.tidemark.model.change.DropPrimaryKey;
import dev.tidemark.sql.ConstraintNames;
import dev.tidemark.sql.ConstraintSql;
import dev.tidemark.sql.RenderContext;
import dev.tidemark.sql.SqlStatement;
import java.util.ArrayList;
import java.util.List;

/** PostgreSQL's ConstraintSql: index tablespaces, CLUSTER, NOT VALID, run-time name lookups in DO blocks. */
public class PostgresConstraintSql extends ConstraintSql {
    public PostgresConstraintSql(Dialect dialect) {
        super(dialect);
    }

    @Override
    public List<SqlStatement> addPrimaryKey(AddPrimaryKey change, RenderContext ctx) {
        boolean clustered = Boolean.TRUE.equals(change.clustered());
        if (clustered && change.constraintName() == null) {
            throw invalid(change, "constraintName is required when clustered=true");
        }
        AddPrimaryKey plain = clustered ? new AddPrimaryKey(change.location(), change.catalogName(), change.schemaName(),
                change.tableName(), change.columnNames(), change.constraintName(), change.tablespace(), null,
                change.forIndexCatalogName(), change.forIndexSchemaName(), change.forIndexName(), change.validate()) : change;
        List<SqlStatement> out = new ArrayList<>(super.addPrimaryKey(plain, ctx));
        if (clustered) {
            out.add(SqlStatement.of("CLUSTER " + ctx.qualified(change.catalogName(), change.schemaName(), change.tableName()) + " USING "
                    + ctx.name(change.constraintName())));
        }
        return out;
    }

    /**
     * USING INDEX TABLESPACE. PostgreSQL has no NOT VALID for primary keys and Liquibase ignores
     * validate=false and forIndexName here; so does Tidemark.
     */
    @Override
    protected String primaryKeyOptions(AddPrimaryKey change, RenderContext ctx) {
        return change.tablespace() == null ? "" : " USING INDEX TABLESPACE " + change.tablespace();
    }

    /**
     * PostgreSQL's form for an existing index is {@code UNIQUE USING INDEX i} (the index gives the
     * columns); Liquibase writes {@code UNIQUE (cols) USING INDEX i}, which PostgreSQL rejects.
     */
    @Override
    protected String uniqueBody(AddUniqueConstraint change, RenderContext ctx) {
        StringBuilder out = new StringBuilder();
        if (change.forIndexName() != null) {
            if (change.tablespace() != null) {
                throw invalid(change, "tablespace cannot be combined with forIndexName (the index already has its tablespace)");
            }
            out.append(" USING INDEX ").append(ctx.name(change.forIndexName()));
        } else {
            out.append(uniqueColumns(change, ctx));
            if (change.tablespace() != null) {
                out.append(" USING INDEX TABLESPACE ").append(change.tablespace());
            }
        }
        if (Boolean.TRUE.equals(change.deferrable())) {
            out.append(" DEFERRABLE");
        }
        if (Boolean.TRUE.equals(change.initiallyDeferred())) {
            out.append(" INITIALLY DEFERRED");
        }
        return out.toString();
    }

    /** Refuses a name that would end the dollar-quoted body of a DO block. */
    private void requireNoDollarQuote(Change change, String... names) {
        for (String name : names) {
            if (name != null && name.contains("$$")) {
                throw invalid(change, "the name '" + name + "' contains $$");
            }
        }
    }

    @Override
    protected String foreignKeyValidation(AddForeignKeyConstraint change) {
        return Boolean.FALSE.equals(change.validate()) ? " NOT VALID" : "";
    }

    /**
     * Without constraintName the name is looked up at run time, in Liquibase's DO block. Liquibase
     * fills an absent schema in from the connection, which offline gives {@code 'null'}; Tidemark
     * uses current_schema() there. The table name is matched as PostgreSQL stores it.
     */
    @Override
    public List<SqlStatement> dropPrimaryKey(DropPrimaryKey change, RenderContext ctx) {
        String table = ctx.qualified(change.catalogName(), change.schemaName(), change.tableName());
        if (change.constraintName() != null) {
            return List.of(SqlStatement.of("ALTER TABLE " + table + " DROP CONSTRAINT " + ctx.name(change.constraintName())));
        }
        requireNoDollarQuote(change, change.schemaName(), change.tableName());
        String schema = change.schemaName() == null ? "current_schema()"
                : dialect.literals().string(ConstraintNames.stored(ctx, change.schemaName()));
        String alter = dialect.literals().string("alter table " + table + " drop constraint \"");
        return List.of(SqlStatement.block("DO $$ DECLARE constraint_name varchar;\n"
                + "BEGIN\n"
                + "  SELECT tc.CONSTRAINT_NAME into strict constraint_name\n"
                + "    FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS tc\n"
                + "    WHERE CONSTRAINT_TYPE = 'PRIMARY KEY'\n"
                + "      AND TABLE_NAME = " + dialect.literals().string(ConstraintNames.stored(ctx, change.tableName()))
                + " AND TABLE_SCHEMA = " + schema + ";\n"
                + "    EXECUTE " + alter + " || constraint_name || '\"';\n"
                + "END $$"));
    }

    /**
     * A DO block that drops, at run time, every foreign key pg_constraint lists for the table. The
     * table is resolved through regclass, so it names the same table as the ALTER TABLE does.
     */
    @Override
    public List<SqlStatement> dropAllForeignKeyConstraints(DropAllForeignKeyConstraints change, RenderContext ctx) {
        requireNoDollarQuote(change, change.baseTableSchemaName(), change.baseTableName());
        String table = ctx.qualified(change.baseTableCatalogName(), change.baseTableSchemaName(), change.baseTableName());
        return List.of(SqlStatement.block("DO $$\n"
                + "DECLARE r record;\n"
                + "BEGIN\n"
                + "  FOR r IN SELECT conname FROM pg_catalog.pg_constraint WHERE contype = 'f' AND conrelid = "
                + dialect.literals().string(table) + "::regclass ORDER BY conname LOOP\n"
                + "    EXECUTE " + dialect.literals().string("ALTER TABLE " + table + " DROP CONSTRAINT ")
                + " || quote_ident(r.conname);\n"
                + "  END LOOP;\n"
                + "END $$"));
    }
}
