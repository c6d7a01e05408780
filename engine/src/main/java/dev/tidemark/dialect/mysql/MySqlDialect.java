// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.mysql;

import dev.tidemark.dialect.BaseDialect;
import dev.tidemark.dialect.DatabaseVersion;
import dev.tidemark.dialect.DialectCapabilities;
import dev.tidemark.sql.DataTypes;
import dev.tidemark.sql.Literals;
import dev.tidemark.sql.SqlFamilies;

/** MySQL. */
public class MySqlDialect extends BaseDialect {

    public MySqlDialect(DatabaseVersion version) {
        super("mysql", "MySQL", version, new DialectCapabilities(false, false, true, 64, false, null),
                new MySqlIdentifiers(reservedWords(MySqlDialect.class, "reserved-words.txt")));
    }

    @Override
    protected DataTypes createDataTypes() {
        return new MySqlDataTypes(this);
    }

    @Override
    protected Literals createLiterals() {
        return new MySqlLiterals(this);
    }

    @Override
    protected SqlFamilies createSql() {
        return new SqlFamilies(
                new MySqlTableSql(this),
                new MySqlColumnSql(this),
                new MySqlConstraintSql(this),
                new MySqlIndexSql(this),
                new MySqlSequenceSql(this),
                new MySqlViewSql(this),
                new MySqlProcedureSql(this),
                new MySqlDataSql(this),
                new MySqlScriptSql(this));
    }

    @Override
    public dev.tidemark.lock.SessionLock sessionLock() {
        return new MySqlSessionLock();
    }

    @Override
    public dev.tidemark.dialect.SchemaInventory schemaInventory() {
        return new MySqlSchemaInventory(this);
    }

    @Override
    public dev.tidemark.dialect.CatalogQueries catalogQueries() {
        return new MySqlCatalogQueries(this);
    }
}
