// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.h2;

import dev.tidemark.dialect.Dialect;
import dev.tidemark.sql.DataTypeSpec;
import dev.tidemark.sql.DataTypes;

/** H2's types: mostly the standard names; int(n) picks an integer size from n as Liquibase does. */
public class H2DataTypes extends DataTypes {
    public H2DataTypes(Dialect dialect) {
        super(dialect);
    }

    @Override
    protected String intType(DataTypeSpec t) {
        long n = firstNumber(t);
        if (n >= 1 && n <= 3) {
            return "TINYINT";
        }
        if (n > 3 && n <= 5) {
            return "SMALLINT";
        }
        if (n > 5 && n <= 10) {
            return "INTEGER";
        }
        if (n > 10) {
            return "BIGINT";
        }
        return super.intType(withoutMySqlNumberWords(t));
    }

    @Override
    protected String mediumIntType(DataTypeSpec t) {
        return super.mediumIntType(withoutMySqlNumberWords(t));
    }

    @Override
    protected String decimalType(DataTypeSpec t) {
        return super.decimalType(withoutMySqlNumberWords(t));
    }

    @Override
    protected String numberType(DataTypeSpec t) {
        return super.numberType(withoutMySqlNumberWords(t));
    }

    @Override
    protected String floatType(DataTypeSpec t) {
        return super.floatType(withoutMySqlNumberWords(t));
    }

    @Override
    protected String clobType(DataTypeSpec t) {
        return t.writtenAs("longvarchar") || t.writtenAs("java.sql.Types.LONGVARCHAR") ? "LONGVARCHAR" : "CLOB";
    }

    @Override
    protected String blobType(DataTypeSpec t) {
        if (t.writtenAs("binary")) {
            return withParameters("BINARY", t.parameters());
        }
        if (t.writtenAs("varbinary") || t.writtenAs("java.sql.Types.VARBINARY")) {
            return withParameters("VARBINARY", t.parameters());
        }
        if (t.writtenAs("longvarbinary") || t.writtenAs("java.sql.Types.LONGVARBINARY")) {
            return "LONGVARBINARY";
        }
        return "BLOB";
    }

    @Override
    protected String currencyType(DataTypeSpec t) {
        return "DECIMAL(18, 4)";
    }

    @Override
    protected String xmlType(DataTypeSpec t) {
        return "CLOB";
    }
}
