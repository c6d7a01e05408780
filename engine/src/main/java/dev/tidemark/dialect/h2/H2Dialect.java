// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.h2;

import dev.tidemark.dialect.BaseDialect;
import dev.tidemark.dialect.DatabaseVersion;
import dev.tidemark.dialect.DialectCapabilities;
import dev.tidemark.sql.DataTypes;
import dev.tidemark.sql.Literals;
import dev.tidemark.sql.SqlFamilies;

/** H2. */
public class H2Dialect extends BaseDialect {

    public H2Dialect(DatabaseVersion version) {
        super("h2", "H2", version, new DialectCapabilities(false, true, false, 256, false, null),
                new H2Identifiers(reservedWords(H2Dialect.class, "reserved-words.txt")));
    }

    @Override
    protected DataTypes createDataTypes() {
        return new H2DataTypes(this);
    }

    @Override
    protected Literals createLiterals() {
        return new H2Literals(this);
    }

    @Override
    protected SqlFamilies createSql() {
        return new SqlFamilies(
                new H2TableSql(this),
                new H2ColumnSql(this),
                new H2ConstraintSql(this),
                new H2IndexSql(this),
                new H2SequenceSql(this),
                new H2ViewSql(this),
                new H2ProcedureSql(this),
                new H2DataSql(this),
                new H2ScriptSql(this));
    }

    @Override
    public dev.tidemark.dialect.SchemaInventory schemaInventory() {
        return new H2SchemaInventory(this);
    }

    @Override
    public dev.tidemark.dialect.CatalogQueries catalogQueries() {
        return new H2CatalogQueries(this);
    }
}
