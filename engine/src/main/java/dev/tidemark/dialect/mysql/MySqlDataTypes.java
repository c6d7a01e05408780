// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.mysql;

import dev.tidemark.dialect.Dialect;
import dev.tidemark.sql.DataTypeSpec;
import dev.tidemark.sql.DataTypes;
import java.util.List;
import java.util.Locale;

/**
 * MySQL's types. Integer types keep their trailing words (UNSIGNED, ZEROFILL); MySQL has no
 * zone-aware timestamp, so zone words are dropped (Liquibase passed them through, which MySQL
 * rejects).
 */
public class MySqlDataTypes extends DataTypes {
    public MySqlDataTypes(Dialect dialect) {
        super(dialect);
    }

    @Override
    protected int maxFractionalDigits() {
        return 6;
    }

    @Override
    protected String intType(DataTypeSpec t) {
        return withAdditional("INT", t.additional());
    }

    @Override
    protected String bigIntType(DataTypeSpec t) {
        return withAdditional("BIGINT", t.additional());
    }

    @Override
    protected String smallIntType(DataTypeSpec t) {
        return withAdditional("SMALLINT", t.additional());
    }

    @Override
    protected String tinyIntType(DataTypeSpec t) {
        return generic("TINYINT", t);
    }

    @Override
    protected String mediumIntType(DataTypeSpec t) {
        return withAdditional("MEDIUMINT", t.additional());
    }

    @Override
    protected String booleanType(DataTypeSpec t) {
        return t.writtenAs("bit") ? withParameters("BIT", t.parameters()) : "TINYINT";
    }

    @Override
    protected String clobType(DataTypeSpec t) {
        if (t.writtenAs("text")) {
            return "TEXT";
        }
        if (t.writtenAs("tinytext")) {
            return "TINYTEXT";
        }
        if (t.writtenAs("mediumtext")) {
            return "MEDIUMTEXT";
        }
        if (t.writtenAs("nclob")) {
            return "LONGTEXT CHARACTER SET utf8";
        }
        return "LONGTEXT";
    }

    @Override
    protected String blobType(DataTypeSpec t) {
        if (t.writtenAs("blob") || t.writtenAs("java.sql.Types.BLOB")) {
            return "BLOB";
        }
        if (t.writtenAs("longblob")) {
            return "LONGBLOB";
        }
        if (t.writtenAs("mediumblob")) {
            return "MEDIUMBLOB";
        }
        if (t.writtenAs("tinyblob")) {
            return "TINYBLOB";
        }
        if (t.writtenAs("binary")) {
            return withParameters("BINARY", t.parameters());
        }
        if (t.writtenAs("varbinary")) {
            return withParameters("VARBINARY", t.parameters());
        }
        return "LONGBLOB";
    }

    /**
     * time(p) for fractional seconds up to 6 (MySQL 5.6.4 and later). Offline, Liquibase does not
     * know the patch version and drops the precision; against a server it keeps it.
     */
    @Override
    protected String timeType(DataTypeSpec t) {
        long p = firstNumber(t);
        return p >= 0 && p <= 6 ? "time(" + p + ")" : "time";
    }

    @Override
    protected String dateTimeType(DataTypeSpec t) {
        long p = firstNumber(t);
        return p < 0 ? "datetime" : "datetime(" + Math.min(p, maxFractionalDigits()) + ")";
    }

    /**
     * timestamp as written (Liquibase copies a definition with parameters or words verbatim),
     * without zone words MySQL does not accept.
     */
    @Override
    protected String timestampType(DataTypeSpec t) {
        List<String> fraction = fractionalDigits(t);
        String written = t.definition();
        if (!written.contains(" ") && !written.contains("(")) {
            return "timestamp";
        }
        if (written.toLowerCase(Locale.ROOT).startsWith("java.sql.types.")) {
            return withParameters("timestamp", fraction);
        }
        return written.replaceFirst("(?i)\\s+with(out)?\\s+(local\\s+)?time\\s*zone\\b", "").trim();
    }

    @Override
    protected String uuidType(DataTypeSpec t) {
        return "char(36)";
    }

    @Override
    protected String doubleType(DataTypeSpec t) {
        String additional = t.additional() == null ? null : t.additional().toUpperCase(Locale.ROOT);
        return withAdditional(withParameters("DOUBLE", t.parameters()), additional);
    }

    @Override
    protected String xmlType(DataTypeSpec t) {
        return "LONGTEXT";
    }
}
