// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.mysql;

import dev.tidemark.dialect.BaseDialect;
import dev.tidemark.dialect.DatabaseVersion;
import dev.tidemark.dialect.DialectCapabilities;
import dev.tidemark.sql.DataTypes;
import dev.tidemark.sql.Literals;
import dev.tidemark.sql.SqlFamilies;

/** MariaDB: MySQL's variant, with sequences; its generators extend MySQL's. */
public class MariaDbDialect extends BaseDialect {

    public MariaDbDialect(DatabaseVersion version) {
        super("mariadb", "MariaDB", version, new DialectCapabilities(false, true, true, 64, false, null),
                new MySqlIdentifiers(reservedWords(MariaDbDialect.class, "mariadb-reserved-words.txt")));
    }

    @Override
    protected DataTypes createDataTypes() {
        return new MariaDbDataTypes(this);
    }

    @Override
    protected Literals createLiterals() {
        return new MariaDbLiterals(this);
    }

    @Override
    protected SqlFamilies createSql() {
        return new SqlFamilies(
                new MariaDbTableSql(this),
                new MariaDbColumnSql(this),
                new MariaDbConstraintSql(this),
                new MariaDbIndexSql(this),
                new MariaDbSequenceSql(this),
                new MariaDbViewSql(this),
                new MariaDbProcedureSql(this),
                new MariaDbDataSql(this),
                new MariaDbScriptSql(this));
    }

    @Override
    public dev.tidemark.lock.SessionLock sessionLock() {
        return new MySqlSessionLock();
    }

    @Override
    public dev.tidemark.dialect.SchemaInventory schemaInventory() {
        return new MariaDbSchemaInventory(this);
    }

    @Override
    public dev.tidemark.dialect.CatalogQueries catalogQueries() {
        return new MySqlCatalogQueries(this);
    }
}
