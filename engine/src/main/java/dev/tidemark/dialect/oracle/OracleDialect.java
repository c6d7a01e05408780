// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.oracle;

import dev.tidemark.dialect.BaseDialect;
import dev.tidemark.dialect.DatabaseVersion;
import dev.tidemark.dialect.DialectCapabilities;
import dev.tidemark.sql.DataTypes;
import dev.tidemark.sql.Literals;
import dev.tidemark.sql.SqlFamilies;

/** Oracle. */
public class OracleDialect extends BaseDialect {

    public OracleDialect(DatabaseVersion version) {
        super("oracle", "Oracle", version, new DialectCapabilities(false, true, true, version.atLeast(12, 2) ? 128 : 30, false, "/"),
                new OracleIdentifiers(reservedWords(OracleDialect.class, "reserved-words.txt"),
                        version.atLeast(12, 2) ? 128 : 30));
    }

    @Override
    protected DataTypes createDataTypes() {
        return new OracleDataTypes(this);
    }

    @Override
    protected Literals createLiterals() {
        return new OracleLiterals(this);
    }

    @Override
    protected SqlFamilies createSql() {
        return new SqlFamilies(
                new OracleTableSql(this),
                new OracleColumnSql(this),
                new OracleConstraintSql(this),
                new OracleIndexSql(this),
                new OracleSequenceSql(this),
                new OracleViewSql(this),
                new OracleProcedureSql(this),
                new OracleDataSql(this),
                new OracleScriptSql(this));
    }

    @Override
    public String currentTimestampFunction() {
        return "SYSTIMESTAMP";
    }

    @Override
    public dev.tidemark.lock.SessionLock sessionLock() {
        return new OracleSessionLock();
    }

    @Override
    public dev.tidemark.dialect.CatalogQueries catalogQueries() {
        return new OracleCatalogQueries(this);
    }
}
