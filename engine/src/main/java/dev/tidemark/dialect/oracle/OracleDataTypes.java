// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.oracle;

import dev.tidemark.dialect.Dialect;
import dev.tidemark.sql.DataTypeSpec;
import dev.tidemark.sql.DataTypes;
import java.util.Locale;
import java.util.Set;

/** Oracle's types: NUMBER for integers, VARCHAR2, RAW, XMLTYPE; BOOLEAN from Oracle 23. */
public class OracleDataTypes extends DataTypes {
    /** Oracle types that take no parameters, whatever the changelog wrote. */
    private static final Set<String> WITHOUT_PARAMETERS = Set.of("LONG", "BFILE", "ROWID", "ANYDATA", "SDO_GEOMETRY");

    public OracleDataTypes(Dialect dialect) {
        super(dialect);
    }

    @Override
    protected boolean keepsByteLengthUnit() {
        return true;
    }

    @Override
    protected String intType(DataTypeSpec t) {
        return "INTEGER";
    }

    @Override
    protected String bigIntType(DataTypeSpec t) {
        return "NUMBER(38, 0)";
    }

    @Override
    protected String smallIntType(DataTypeSpec t) {
        return "NUMBER(5)";
    }

    @Override
    protected String tinyIntType(DataTypeSpec t) {
        return "NUMBER(3)";
    }

    @Override
    protected String mediumIntType(DataTypeSpec t) {
        return "MEDIUMINT";
    }

    @Override
    protected String booleanType(DataTypeSpec t) {
        return dialect.version().atLeast(23, 0) ? "BOOLEAN" : "NUMBER(1)";
    }

    @Override
    protected String varcharType(DataTypeSpec t) {
        return withParameters("VARCHAR2", t.parameters());
    }

    @Override
    protected String nvarcharType(DataTypeSpec t) {
        return withParameters("NVARCHAR2", t.parameters());
    }

    @Override
    protected String charType(DataTypeSpec t) {
        return generic("CHAR", t);
    }

    @Override
    protected String ncharType(DataTypeSpec t) {
        return generic("NCHAR", t);
    }

    @Override
    protected String clobType(DataTypeSpec t) {
        return t.writtenAs("nclob") ? "NCLOB" : "CLOB";
    }

    @Override
    protected String blobType(DataTypeSpec t) {
        return t.writtenAs("binary") || t.writtenAs("varbinary") ? withParameters("RAW", t.parameters()) : "BLOB";
    }

    @Override
    protected String timeType(DataTypeSpec t) {
        return "DATE";
    }

    @Override
    protected String dateTimeType(DataTypeSpec t) {
        return withParameters("TIMESTAMP", t.parameters());
    }

    @Override
    protected String uuidType(DataTypeSpec t) {
        return "RAW(16)";
    }

    @Override
    protected String numberType(DataTypeSpec t) {
        return generic("NUMBER", withoutMySqlNumberWords(t));
    }

    @Override
    protected String decimalType(DataTypeSpec t) {
        return super.decimalType(withoutMySqlNumberWords(t));
    }

    @Override
    protected String floatType(DataTypeSpec t) {
        return generic("FLOAT", withoutMySqlNumberWords(t));
    }

    @Override
    protected String currencyType(DataTypeSpec t) {
        return "NUMBER(15, 2)";
    }

    @Override
    protected String xmlType(DataTypeSpec t) {
        return "XMLTYPE";
    }

    /**
     * Oracle's own types lose their parameters and trailing words, as in Liquibase, except RAW
     * (kept as written) and INTERVAL (precisions dropped).
     */
    @Override
    protected String unknownType(DataTypeSpec t) {
        String upper = t.name().toUpperCase(Locale.ROOT);
        if (upper.startsWith("JAVA.SQL.TYPES.")) {
            return super.unknownType(t);
        }
        if (WITHOUT_PARAMETERS.contains(upper)) {
            return withAdditional(upper, t.additional());
        }
        if (upper.equals("RAW")) {
            return withParameters(t.name(), t.parameters());
        }
        if (upper.startsWith("INTERVAL ")) {
            return t.name().replaceAll("\\(\\d+\\)", "");
        }
        return upper;
    }
}
