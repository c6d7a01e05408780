// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.precondition;

import dev.tidemark.model.precondition.And;
import dev.tidemark.model.precondition.ChangeLogPropertyDefined;
import dev.tidemark.model.precondition.ChangeSetExecuted;
import dev.tidemark.model.precondition.ColumnExists;
import dev.tidemark.model.precondition.CustomPrecondition;
import dev.tidemark.model.precondition.DbmsPrecondition;
import dev.tidemark.model.precondition.ExpectedQuotingStrategy;
import dev.tidemark.model.precondition.ForeignKeyConstraintExists;
import dev.tidemark.model.precondition.IndexExists;
import dev.tidemark.model.precondition.Not;
import dev.tidemark.model.precondition.Or;
import dev.tidemark.model.precondition.Precondition;
import dev.tidemark.model.precondition.PreconditionVisitor;
import dev.tidemark.model.precondition.PrimaryKeyExists;
import dev.tidemark.model.precondition.RowCount;
import dev.tidemark.model.precondition.RunningAs;
import dev.tidemark.model.precondition.SequenceExists;
import dev.tidemark.model.precondition.SqlCheck;
import dev.tidemark.model.precondition.TableExists;
import dev.tidemark.model.precondition.TableIsEmpty;
import dev.tidemark.model.precondition.UniqueConstraintExists;
import dev.tidemark.model.precondition.ViewExists;
import java.util.List;

/**
 * The catalog names a set of preconditions will ask about, so that the cache can ask for all of
 * them at once: one query per kind of object instead of one per precondition.
 */
final class NeedsCollector implements PreconditionVisitor<Void> {
    private final CatalogNames names;
    private final CatalogCache.Needs needs;

    NeedsCollector(CatalogNames names, CatalogCache.Needs needs) {
        this.names = names;
        this.needs = needs;
    }

    void collect(List<Precondition> conditions) {
        for (Precondition p : conditions) {
            p.accept(this);
        }
    }

    @Override
    public Void visitTableExists(TableExists p) {
        CatalogCache.Needs.add(needs.relations, names.container(p.catalogName(), p.schemaName()), names.spell(p.tableName()));
        return null;
    }

    @Override
    public Void visitViewExists(ViewExists p) {
        CatalogCache.Needs.add(needs.relations, names.container(p.catalogName(), p.schemaName()), names.spell(p.viewName()));
        return null;
    }

    @Override
    public Void visitColumnExists(ColumnExists p) {
        CatalogCache.Needs.add(needs.columnTables, names.container(p.catalogName(), p.schemaName()), names.spell(p.tableName()));
        return null;
    }

    @Override
    public Void visitSequenceExists(SequenceExists p) {
        CatalogCache.Needs.add(needs.sequences, names.container(p.catalogName(), p.schemaName()), names.spell(p.sequenceName()));
        return null;
    }

    @Override
    public Void visitForeignKeyConstraintExists(ForeignKeyConstraintExists p) {
        keys(p.catalogName(), p.schemaName(), p.foreignKeyTableName(), p.foreignKeyName());
        return null;
    }

    @Override
    public Void visitPrimaryKeyExists(PrimaryKeyExists p) {
        keys(p.catalogName(), p.schemaName(), p.tableName(), p.primaryKeyName());
        return null;
    }

    @Override
    public Void visitUniqueConstraintExists(UniqueConstraintExists p) {
        keys(p.catalogName(), p.schemaName(), p.tableName(), p.constraintName());
        return null;
    }

    /** By table when there is one (every key of it comes along), else by name: as CatalogCache.keys asks. */
    private void keys(String catalog, String schema, String table, String name) {
        String container = names.container(catalog, schema);
        String t = names.spell(table);
        if (t != null) {
            CatalogCache.Needs.add(needs.keyTables, container, t);
        } else {
            CatalogCache.Needs.add(needs.keyNames, container, names.spell(name));
        }
    }

    @Override
    public Void visitIndexExists(IndexExists p) {
        String container = names.container(p.catalogName(), p.schemaName());
        String t = names.spell(p.tableName());
        if (t != null) {
            CatalogCache.Needs.add(needs.indexTables, container, t);
        } else {
            CatalogCache.Needs.add(needs.indexNames, container, names.spell(p.indexName()));
        }
        return null;
    }

    @Override
    public Void visitAnd(And p) {
        collect(p.nested());
        return null;
    }

    @Override
    public Void visitOr(Or p) {
        collect(p.nested());
        return null;
    }

    @Override
    public Void visitNot(Not p) {
        collect(p.nested());
        return null;
    }

    // Answered without the catalog, or with a query of their own.

    @Override
    public Void visitDbmsPrecondition(DbmsPrecondition p) {
        return null;
    }

    @Override
    public Void visitRunningAs(RunningAs p) {
        return null;
    }

    @Override
    public Void visitChangeSetExecuted(ChangeSetExecuted p) {
        return null;
    }

    @Override
    public Void visitSqlCheck(SqlCheck p) {
        return null;
    }

    @Override
    public Void visitChangeLogPropertyDefined(ChangeLogPropertyDefined p) {
        return null;
    }

    @Override
    public Void visitTableIsEmpty(TableIsEmpty p) {
        return null;
    }

    @Override
    public Void visitRowCount(RowCount p) {
        return null;
    }

    @Override
    public Void visitExpectedQuotingStrategy(ExpectedQuotingStrategy p) {
        return null;
    }

    @Override
    public Void visitCustomPrecondition(CustomPrecondition p) {
        return null;
    }
}
