// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.postgres;

import dev.tidemark.dialect.BaseDialect;
import dev.tidemark.dialect.DatabaseVersion;
import dev.tidemark.dialect.DialectCapabilities;
import dev.tidemark.sql.DataTypes;
import dev.tidemark.sql.Literals;
import dev.tidemark.sql.SqlFamilies;

/** PostgreSQL. */
public class PostgresDialect extends BaseDialect {

    public PostgresDialect(DatabaseVersion version) {
        super("postgresql", "PostgreSQL", version, new DialectCapabilities(true, true, true, 63, true, null),
                new PostgresIdentifiers(reservedWords(PostgresDialect.class, "reserved-words.txt")));
    }

    @Override
    protected DataTypes createDataTypes() {
        return new PostgresDataTypes(this);
    }

    @Override
    protected Literals createLiterals() {
        return new PostgresLiterals(this);
    }

    @Override
    protected SqlFamilies createSql() {
        return new SqlFamilies(
                new PostgresTableSql(this),
                new PostgresColumnSql(this),
                new PostgresConstraintSql(this),
                new PostgresIndexSql(this),
                new PostgresSequenceSql(this),
                new PostgresViewSql(this),
                new PostgresProcedureSql(this),
                new PostgresDataSql(this),
                new PostgresScriptSql(this));
    }

    @Override
    public dev.tidemark.lock.SessionLock sessionLock() {
        return new PostgresSessionLock();
    }

    /**
     * PostgreSQL will not compare an integer column with a value bound as varchar, so text is bound
     * untyped (Types.OTHER) and the server infers its type from the column, as a literal would be.
     */
    @Override
    public void bind(java.sql.PreparedStatement statement, int index, Object value) throws java.sql.SQLException {
        if (value instanceof String) {
            statement.setObject(index, value, java.sql.Types.OTHER);
        } else {
            super.bind(statement, index, value);
        }
    }

    @Override
    public dev.tidemark.dialect.SchemaInventory schemaInventory() {
        return new PostgresSchemaInventory(this);
    }

    @Override
    public dev.tidemark.dialect.CatalogQueries catalogQueries() {
        return new PostgresCatalogQueries(this);
    }
}
