// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.precondition;

import dev.tidemark.dialect.CatalogQueries.KeyKind;
import dev.tidemark.dialect.CatalogQueries.RelationKind;
import dev.tidemark.model.DbmsList;
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
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Answers preconditions as Liquibase 4.33 does: catalog questions from the run's
 * {@link CatalogCache}, data questions (rowCount, tableIsEmpty, sqlCheck) with one query each,
 * and the rest (dbms, changeSetExecuted, changeLogPropertyDefined, expectedQuotingStrategy)
 * without the database. {@code and} stops at the first failure, {@code or} at the first pass,
 * and {@code not} passes only when none of its nested preconditions passes. What cannot be
 * answered throws {@link PreconditionErrored}.
 */
final class PreconditionEvaluator implements PreconditionVisitor<Verdict> {
    private final RunFacts facts;
    private final CatalogNames names;
    /** The path changeSetExecuted looks in when it names none. */
    private final String changeLogPath;
    /** The changeset's quoting strategy name, or null at changelog level. */
    private final String changeSetQuoting;

    PreconditionEvaluator(RunFacts facts, CatalogNames names, String changeLogPath, String changeSetQuoting) {
        this.facts = facts;
        this.names = names;
        this.changeLogPath = changeLogPath;
        this.changeSetQuoting = changeSetQuoting;
    }

    /** The preconditions of a block, AND-ed. */
    Verdict all(List<Precondition> conditions) {
        for (Precondition p : conditions) {
            Verdict v = p.accept(this);
            if (!v.passed()) {
                return v;
            }
        }
        return Verdict.PASSED;
    }

    private static Verdict fail(Precondition p, String why) {
        return Verdict.failed(p.preconditionType().name() + " at " + p.location() + ": " + why);
    }

    private static PreconditionErrored error(Precondition p, String why, Throwable cause) {
        return new PreconditionErrored(p.preconditionType().name() + " at " + p.location() + ": " + why, cause);
    }

    private static PreconditionErrored databaseError(Precondition p, SQLException e) {
        return error(p, "the database failed: " + e.getMessage() + " [SQLState " + e.getSQLState() + "]", e);
    }

    private CatalogCache cache(Precondition p) {
        if (facts.cache == null) {
            throw error(p, "needs a database connection; an offline script cannot evaluate it", null);
        }
        return facts.cache;
    }

    @Override
    public Verdict visitDbmsPrecondition(DbmsPrecondition p) {
        String db = facts.dialect.shortName();
        return DbmsList.parse(p.type()).matches(db) ? Verdict.PASSED : fail(p, "the database is " + db + ", not " + p.type());
    }

    @Override
    public Verdict visitRunningAs(RunningAs p) {
        if (facts.connection == null) {
            throw error(p, "needs a database connection; an offline script cannot evaluate it", null);
        }
        try {
            String user = facts.connection.getMetaData().getUserName();
            if (user != null && user.indexOf('@') >= 0) {
                user = user.substring(0, user.indexOf('@'));
            }
            return p.username().equalsIgnoreCase(user) ? Verdict.PASSED
                    : fail(p, "connected as " + user + ", not " + p.username());
        } catch (SQLException e) {
            throw databaseError(p, e);
        }
    }

    @Override
    public Verdict visitChangeSetExecuted(ChangeSetExecuted p) {
        String path = p.changeLogFile() != null && !p.changeLogFile().isBlank() ? p.changeLogFile().trim() : changeLogPath;
        return facts.ran(path, p.id(), p.author()) ? Verdict.PASSED
                : fail(p, "changeset " + path + "::" + p.id() + "::" + p.author() + " has not run");
    }

    @Override
    public Verdict visitTableExists(TableExists p) {
        return relation(p, p.catalogName(), p.schemaName(), p.tableName(), RelationKind.TABLE, "table");
    }

    @Override
    public Verdict visitViewExists(ViewExists p) {
        return relation(p, p.catalogName(), p.schemaName(), p.viewName(), RelationKind.VIEW, "view");
    }

    private Verdict relation(Precondition p, String catalog, String schema, String name, RelationKind kind, String what) {
        String container = names.container(catalog, schema);
        String spelled = names.spell(name);
        try {
            return cache(p).relation(container, spelled) == kind ? Verdict.PASSED
                    : fail(p, what + " " + spelled + " does not exist" + CatalogNames.shown(container));
        } catch (SQLException e) {
            throw databaseError(p, e);
        }
    }

    @Override
    public Verdict visitColumnExists(ColumnExists p) {
        String container = names.container(p.catalogName(), p.schemaName());
        String table = names.spell(p.tableName());
        String column = names.spell(p.columnName());
        try {
            return cache(p).column(container, table, column) ? Verdict.PASSED
                    : fail(p, "column " + table + "." + column + " does not exist" + CatalogNames.shown(container));
        } catch (SQLException e) {
            throw databaseError(p, e);
        }
    }

    @Override
    public Verdict visitSequenceExists(SequenceExists p) {
        String container = names.container(p.catalogName(), p.schemaName());
        String sequence = names.spell(p.sequenceName());
        try {
            return cache(p).sequence(container, sequence) ? Verdict.PASSED
                    : fail(p, "sequence " + sequence + " does not exist" + CatalogNames.shown(container));
        } catch (SQLException e) {
            throw databaseError(p, e);
        }
    }

    @Override
    public Verdict visitForeignKeyConstraintExists(ForeignKeyConstraintExists p) {
        String container = names.container(p.catalogName(), p.schemaName());
        String table = names.spell(p.foreignKeyTableName());
        String name = names.spell(p.foreignKeyName());
        try {
            boolean found = cache(p).keys(container, table, name).stream().anyMatch(k -> k.kind() == KeyKind.FOREIGN_KEY);
            return found ? Verdict.PASSED : fail(p, "foreign key " + name + (table == null ? "" : " on " + table)
                    + " does not exist" + CatalogNames.shown(container));
        } catch (SQLException e) {
            throw databaseError(p, e);
        }
    }

    @Override
    public Verdict visitPrimaryKeyExists(PrimaryKeyExists p) {
        String container = names.container(p.catalogName(), p.schemaName());
        String table = names.spell(p.tableName());
        String name = names.spell(p.primaryKeyName());
        if (table == null && name == null) {
            throw error(p, "needs tableName or primaryKeyName", null);
        }
        // Where primary keys carry no name of their own (MySQL's are all PRIMARY), the table decides.
        String wanted = table != null && !facts.dialect.catalogQueries().primaryKeysNamed() ? null : name;
        try {
            boolean found = cache(p).keys(container, table, wanted).stream().anyMatch(k -> k.kind() == KeyKind.PRIMARY_KEY);
            return found ? Verdict.PASSED : fail(p, "primary key" + (name == null ? "" : " " + name)
                    + (table == null ? "" : " on " + table) + " does not exist" + CatalogNames.shown(container));
        } catch (SQLException e) {
            throw databaseError(p, e);
        }
    }

    @Override
    public Verdict visitUniqueConstraintExists(UniqueConstraintExists p) {
        String container = names.container(p.catalogName(), p.schemaName());
        String table = names.spell(p.tableName());
        String name = names.spell(p.constraintName());
        List<String> columns = names.spellList(p.columnNames());
        if (name == null && columns.isEmpty()) {
            throw error(p, "needs constraintName or columnNames", null);
        }
        try {
            CatalogCache cache = cache(p);
            boolean found = cache.keys(container, table, name).stream().anyMatch(k -> k.kind() == KeyKind.UNIQUE
                    && (name != null || sameColumns(cache, columns, k.columns())));
            return found ? Verdict.PASSED : fail(p, "unique constraint " + (name != null ? name : "on " + columns)
                    + " of " + table + " does not exist" + CatalogNames.shown(container));
        } catch (SQLException e) {
            throw databaseError(p, e);
        }
    }

    @Override
    public Verdict visitIndexExists(IndexExists p) {
        String container = names.container(p.catalogName(), p.schemaName());
        String table = names.spell(p.tableName());
        String name = names.spell(p.indexName());
        List<String> columns = names.spellList(p.columnNames());
        if (name == null && (table == null || columns.isEmpty())) {
            throw error(p, "needs indexName, or tableName and columnNames", null);
        }
        try {
            CatalogCache cache = cache(p);
            boolean found = cache.indexes(container, table, name).stream()
                    .anyMatch(i -> name != null || sameColumns(cache, columns, i.columns()));
            return found ? Verdict.PASSED : fail(p, "index " + (name != null ? name : "on " + columns)
                    + (table == null ? "" : " of " + table) + " does not exist" + CatalogNames.shown(container));
        } catch (SQLException e) {
            throw databaseError(p, e);
        }
    }

    private static boolean sameColumns(CatalogCache cache, List<String> wanted, List<String> actual) {
        if (wanted.size() != actual.size()) {
            return false;
        }
        for (int i = 0; i < wanted.size(); i++) {
            if (actual.get(i) == null || !cache.columnKey(wanted.get(i)).equals(cache.columnKey(actual.get(i)))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public Verdict visitRowCount(RowCount p) {
        String sql = facts.dialect.catalogQueries().countRowsSql(p.catalogName(), p.schemaName(), p.tableName(), names.quoting());
        long rows = count(p, sql);
        return rows == p.expectedRows() ? Verdict.PASSED
                : fail(p, "table " + p.tableName() + " has " + rows + " rows, not the expected " + p.expectedRows());
    }

    private long count(Precondition p, String sql) {
        try (Statement st = connected(p).createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw databaseError(p, e);
        }
    }

    @Override
    public Verdict visitTableIsEmpty(TableIsEmpty p) {
        String sql = facts.dialect.catalogQueries().anyRowSql(p.catalogName(), p.schemaName(), p.tableName(), names.quoting());
        try (Statement st = connected(p).createStatement()) {
            st.setMaxRows(1);
            try (ResultSet rs = st.executeQuery(sql)) {
                return rs.next() ? fail(p, "table " + p.tableName() + " is not empty") : Verdict.PASSED;
            }
        } catch (SQLException e) {
            throw databaseError(p, e);
        }
    }

    @Override
    public Verdict visitSqlCheck(SqlCheck p) {
        String sql = p.sql() == null ? "" : p.sql().strip();
        if (sql.endsWith(";")) {
            sql = sql.substring(0, sql.length() - 1);
        }
        List<String> values = new ArrayList<>();
        try (Statement st = connected(p).createStatement(); ResultSet rs = st.executeQuery(sql)) {
            if (rs.getMetaData().getColumnCount() != 1) {
                throw error(p, "the query returns " + rs.getMetaData().getColumnCount() + " columns; it must return one value", null);
            }
            while (rs.next() && values.size() < 2) {
                values.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw databaseError(p, e);
        }
        // As Liquibase: no row or several rows cannot be answered; a NULL value is a failure.
        if (values.size() != 1) {
            throw error(p, values.isEmpty() ? "the query returns no row; it must return one value"
                    : "the query returns more than one row; it must return one value", null);
        }
        String result = values.get(0);
        if (result == null) {
            return fail(p, "the query returns NULL, not '" + p.expectedResult() + "'");
        }
        return p.expectedResult().equals(result) ? Verdict.PASSED
                : fail(p, "the query returns '" + result + "', not '" + p.expectedResult() + "'");
    }

    private java.sql.Connection connected(Precondition p) {
        if (facts.connection == null) {
            throw error(p, "needs a database connection; an offline script cannot evaluate it", null);
        }
        return facts.connection;
    }

    @Override
    public Verdict visitChangeLogPropertyDefined(ChangeLogPropertyDefined p) {
        String value = facts.property(p.property());
        if (value == null) {
            value = p.localValue();
        }
        if (value == null) {
            return fail(p, "property '" + p.property() + "' is not defined");
        }
        if (p.value() != null && !p.value().equals(value)) {
            return fail(p, "property '" + p.property() + "' is '" + value + "', not '" + p.value() + "'");
        }
        return Verdict.PASSED;
    }

    @Override
    public Verdict visitExpectedQuotingStrategy(ExpectedQuotingStrategy p) {
        if (changeSetQuoting == null) {
            throw error(p, "applies to changesets; at changelog level there is no changeset to compare", null);
        }
        return changeSetQuoting.equals(p.strategy().trim()) ? Verdict.PASSED
                : fail(p, "the changeset's objectQuotingStrategy is " + changeSetQuoting + ", not " + p.strategy());
    }

    @Override
    public Verdict visitCustomPrecondition(CustomPrecondition p) {
        throw error(p, "customPrecondition runs a Java class (" + p.className() + "), which Tidemark does not load", null);
    }

    @Override
    public Verdict visitAnd(And p) {
        return all(p.nested());
    }

    @Override
    public Verdict visitOr(Or p) {
        List<String> failures = new ArrayList<>();
        for (Precondition nested : p.nested()) {
            Verdict v = nested.accept(this);
            if (v.passed()) {
                return Verdict.PASSED;
            }
            failures.addAll(v.failures());
        }
        return failures.isEmpty() ? fail(p, "no nested precondition passed") : new Verdict(false, failures);
    }

    @Override
    public Verdict visitNot(Not p) {
        for (Precondition nested : p.nested()) {
            if (nested.accept(this).passed()) {
                return fail(p, nested.preconditionType().name() + " at " + nested.location() + " passed");
            }
        }
        return Verdict.PASSED;
    }

    /** The quoting strategy's name as Liquibase prints it. */
    static String quotingName(String strategy) {
        return strategy == null ? "LEGACY" : strategy.trim().toUpperCase(Locale.ROOT);
    }
}
