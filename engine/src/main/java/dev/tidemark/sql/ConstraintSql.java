// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.sql;

import dev.tidemark.error.ErrorCode;
import dev.tidemark.error.TidemarkException;
import dev.tidemark.model.change.AddForeignKeyConstraint;
import dev.tidemark.model.change.AddPrimaryKey;
import dev.tidemark.model.change.AddUniqueConstraint;
import dev.tidemark.model.change.Change;
import dev.tidemark.model.change.DropAllForeignKeyConstraints;
import dev.tidemark.model.change.DropForeignKeyConstraint;
import dev.tidemark.model.change.DropPrimaryKey;
import dev.tidemark.model.change.DropUniqueConstraint;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Primary keys, unique constraints and foreign keys. ANSI SQL by default (what H2 runs); each
 * dialect's package overrides what its database spells differently.
 * A change type a database cannot express stays {@link SqlFamily#unsupported}.
 */
public class ConstraintSql extends SqlFamily {
    /** The referential actions Liquibase's XSD allows for onDelete and onUpdate. */
    protected static final Set<String> ACTIONS = Set.of("CASCADE", "SET NULL", "SET DEFAULT", "RESTRICT", "NO ACTION");

    public ConstraintSql(dev.tidemark.dialect.Dialect dialect) {
        super(dialect);
    }

    public List<SqlStatement> addPrimaryKey(AddPrimaryKey change, RenderContext ctx) {
        if (Boolean.TRUE.equals(change.clustered())) {
            throw invalid(change, "Cannot specify clustered=true");
        }
        StringBuilder sql = new StringBuilder("ALTER TABLE ")
                .append(ctx.qualified(change.catalogName(), change.schemaName(), change.tableName())).append(" ADD ")
                .append(primaryKeyName(change, ctx));
        sql.append("PRIMARY KEY (").append(ConstraintNames.columnList(ctx, change.columnNames())).append(')');
        sql.append(primaryKeyOptions(change, ctx));
        return List.of(SqlStatement.of(sql.toString()));
    }

    /** {@code "CONSTRAINT <name> "} when the change names the key. */
    protected String primaryKeyName(AddPrimaryKey change, RenderContext ctx) {
        return change.constraintName() == null ? "" : "CONSTRAINT " + ctx.name(change.constraintName()) + " ";
    }

    /**
     * What follows the primary key's column list. Here: forIndexName is refused; tablespace and
     * validate=false are ignored, as Liquibase does on databases without them.
     */
    protected String primaryKeyOptions(AddPrimaryKey change, RenderContext ctx) {
        if (change.forIndexName() != null) {
            throw invalid(change, "forIndexName is not allowed");
        }
        return "";
    }

    public List<SqlStatement> dropPrimaryKey(DropPrimaryKey change, RenderContext ctx) {
        return List.of(SqlStatement.of("ALTER TABLE " + ctx.qualified(change.catalogName(), change.schemaName(), change.tableName())
                + " DROP PRIMARY KEY"));
    }

    public List<SqlStatement> addUniqueConstraint(AddUniqueConstraint change, RenderContext ctx) {
        if (Boolean.TRUE.equals(change.clustered())) {
            throw invalid(change, "clustered is not allowed");
        }
        StringBuilder sql = new StringBuilder("ALTER TABLE ")
                .append(ctx.qualified(change.catalogName(), change.schemaName(), change.tableName())).append(" ADD ");
        if (change.constraintName() != null) {
            sql.append("CONSTRAINT ").append(ctx.name(change.constraintName())).append(' ');
        }
        sql.append("UNIQUE");
        sql.append(uniqueBody(change, ctx));
        return List.of(SqlStatement.of(sql.toString()));
    }

    /**
     * What follows UNIQUE: the column list and options. Here forIndexName is refused and
     * tablespace, deferrable, disabled and validate=false are ignored, as Liquibase does on
     * databases without them.
     */
    protected String uniqueBody(AddUniqueConstraint change, RenderContext ctx) {
        if (change.forIndexName() != null) {
            throw invalid(change, "forIndexName is not allowed");
        }
        return uniqueColumns(change, ctx);
    }

    /** {@code " (a, b)"}. */
    protected String uniqueColumns(AddUniqueConstraint change, RenderContext ctx) {
        return " (" + ConstraintNames.columnList(ctx, change.columnNames()) + ")";
    }

    public List<SqlStatement> dropUniqueConstraint(DropUniqueConstraint change, RenderContext ctx) {
        return List.of(SqlStatement.of("ALTER TABLE " + ctx.qualified(change.catalogName(), change.schemaName(), change.tableName())
                + " DROP CONSTRAINT " + ctx.name(change.constraintName())));
    }

    public List<SqlStatement> addForeignKeyConstraint(AddForeignKeyConstraint change, RenderContext ctx) {
        StringBuilder sql = new StringBuilder("ALTER TABLE ")
                .append(ctx.qualified(change.baseTableCatalogName(), change.baseTableSchemaName(), change.baseTableName()))
                .append(" ADD CONSTRAINT ").append(ctx.name(change.constraintName()))
                .append(" FOREIGN KEY (").append(ConstraintNames.columnList(ctx, change.baseColumnNames())).append(") REFERENCES ")
                .append(ctx.qualified(change.referencedTableCatalogName(), change.referencedTableSchemaName(),
                        change.referencedTableName()))
                .append(" (").append(ConstraintNames.columnList(ctx, change.referencedColumnNames())).append(')');
        String onUpdate = action(change, "onUpdate", change.onUpdate());
        if (onUpdate != null) {
            sql.append(onUpdate(change, onUpdate));
        }
        String onDelete = onDeleteAction(change);
        if (onDelete != null) {
            sql.append(onDelete(change, onDelete));
        }
        sql.append(deferrability(change));
        sql.append(foreignKeyValidation(change));
        return List.of(SqlStatement.of(sql.toString()));
    }

    /** {@code " ON UPDATE <action>"}, or "" where the database leaves the action implicit; throws where it has none. */
    protected String onUpdate(AddForeignKeyConstraint change, String action) {
        return " ON UPDATE " + action;
    }

    /** {@code " ON DELETE <action>"}, or "" where the database leaves the action implicit; throws where it has none. */
    protected String onDelete(AddForeignKeyConstraint change, String action) {
        return " ON DELETE " + action;
    }

    /** DEFERRABLE / INITIALLY DEFERRED, in the standard's spelling. */
    protected String deferrability(AddForeignKeyConstraint change) {
        StringBuilder out = new StringBuilder();
        if (Boolean.TRUE.equals(change.deferrable())) {
            out.append(" DEFERRABLE");
        }
        if (Boolean.TRUE.equals(change.initiallyDeferred())) {
            out.append(" INITIALLY DEFERRED");
        }
        return out.toString();
    }

    /** The clause for validate=false; ignored here, as Liquibase does on databases without it. */
    protected String foreignKeyValidation(AddForeignKeyConstraint change) {
        return "";
    }

    /**
     * The ON DELETE action from onDelete and the older deleteCascade. Liquibase 4.33 writes no ON
     * DELETE at all when both are given; here agreeing values are accepted and contradicting ones refused.
     */
    private String onDeleteAction(AddForeignKeyConstraint change) {
        String onDelete = action(change, "onDelete", change.onDelete());
        Boolean cascade = change.deleteCascade();
        if (cascade == null) {
            return onDelete;
        }
        if (cascade) {
            if (onDelete != null && !onDelete.equals("CASCADE")) {
                throw invalid(change, "deleteCascade=true contradicts onDelete=" + onDelete);
            }
            return "CASCADE";
        }
        if ("CASCADE".equals(onDelete)) {
            throw invalid(change, "deleteCascade=false contradicts onDelete=CASCADE");
        }
        return onDelete;
    }

    private String action(AddForeignKeyConstraint change, String attribute, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String action = value.trim().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
        if (!ACTIONS.contains(action)) {
            throw invalid(change, attribute + " '" + value + "' is not one of CASCADE, SET NULL, SET DEFAULT, RESTRICT, NO ACTION");
        }
        return action;
    }

    public List<SqlStatement> dropForeignKeyConstraint(DropForeignKeyConstraint change, RenderContext ctx) {
        return List.of(SqlStatement.of("ALTER TABLE "
                + ctx.qualified(change.baseTableCatalogName(), change.baseTableSchemaName(), change.baseTableName())
                + " DROP CONSTRAINT " + ctx.name(change.constraintName())));
    }

    /**
     * Liquibase reads the foreign keys from a snapshot of the live database; Tidemark renders
     * statements that find them at run time, so that update and update-sql do the same. Each
     * database that can do so overrides this.
     */
    public List<SqlStatement> dropAllForeignKeyConstraints(DropAllForeignKeyConstraints change, RenderContext ctx) {
        return unsupported(change, ctx);
    }

    /** A refusal with UNSUPPORTED's code and a message of the caller's choosing. */
    protected TidemarkException unsupportedBecause(Change change, String why) {
        return new TidemarkException(ErrorCode.UNSUPPORTED, change.location(),
                change.changeType().name() + " is not supported on " + dialect.displayName() + ": " + why, null);
    }
}
