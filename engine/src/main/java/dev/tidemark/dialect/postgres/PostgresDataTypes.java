// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.dialect.postgres;

import dev.tidemark.dialect.Dialect;
import dev.tidemark.sql.DataTypeSpec;
import dev.tidemark.sql.DataTypes;
import java.util.List;
import java.util.Locale;

/**
 * PostgreSQL's types. Auto-increment integers are SERIAL types before PostgreSQL 10 and
 * identity columns (written by the column generator) from 10 on.
 */
public class PostgresDataTypes extends DataTypes {
    public PostgresDataTypes(Dialect dialect) {
        super(dialect);
    }

    /** Whether auto-increment columns are SERIAL types (identity columns came with PostgreSQL 10). */
    public boolean usesSerialTypes() {
        return !dialect.version().atLeast(10, 0);
    }

    @Override
    protected int maxFractionalDigits() {
        return 6;
    }

    @Override
    protected String intType(DataTypeSpec t) {
        return t.autoIncrement() && usesSerialTypes() ? "SERIAL" : "INTEGER";
    }

    @Override
    protected String bigIntType(DataTypeSpec t) {
        return t.autoIncrement() && usesSerialTypes() ? "BIGSERIAL" : withAdditional("BIGINT", withoutMySqlNumberWords(t.additional()));
    }

    @Override
    protected String smallIntType(DataTypeSpec t) {
        return t.autoIncrement() && usesSerialTypes() ? "SMALLSERIAL" : "SMALLINT";
    }

    @Override
    protected String tinyIntType(DataTypeSpec t) {
        return "SMALLINT";
    }

    @Override
    protected String booleanType(DataTypeSpec t) {
        if (t.writtenAs("bit")) {
            return withParameters("BIT", t.parameters());
        }
        // Liquibase keeps "bool(1)" as BOOLEAN(1), which PostgreSQL rejects; BOOLEAN takes no length
        return withAdditional("BOOLEAN", t.additional());
    }

    @Override
    protected String varcharType(DataTypeSpec t) {
        if (t.parameters().size() == 1 && lengthWithoutCharUnit(t).get(0).equals("2147483647")) {
            return "CHARACTER VARYING";
        }
        return super.varcharType(t);
    }

    @Override
    protected String nvarcharType(DataTypeSpec t) {
        return withAdditional(withParameters("VARCHAR", lengthWithoutCharUnit(t)), t.additional());
    }

    @Override
    protected String clobType(DataTypeSpec t) {
        return "TEXT";
    }

    @Override
    protected String blobType(DataTypeSpec t) {
        return t.writtenAs("blob") || t.writtenAs("java.sql.Types.BLOB") ? "OID" : "BYTEA";
    }

    @Override
    protected String timeType(DataTypeSpec t) {
        List<String> parameters = firstNumber(t) >= 0 && firstNumber(t) <= 6 ? t.parameters().subList(0, 1) : List.of();
        String lower = t.definition().toLowerCase(Locale.ROOT);
        boolean zoned = lower.contains("tz") || lower.contains("with time zone");
        return withParameters("time", parameters) + (zoned ? " WITH TIME ZONE" : " WITHOUT TIME ZONE");
    }

    @Override
    protected String dateTimeType(DataTypeSpec t) {
        return withParameters("TIMESTAMP", t.parameters()) + " WITHOUT TIME ZONE";
    }

    @Override
    protected String timestampType(DataTypeSpec t) {
        String base = withParameters("TIMESTAMP", fractionalDigits(t));
        if (t.writtenAs("java.sql.Types.TIMESTAMP_WITH_TIMEZONE") || t.writtenAs("timestamptz")) {
            return base + " WITH TIME ZONE";
        }
        String zone = zoneWords(t.additional());
        return base + " " + (zone == null ? "WITHOUT TIME ZONE" : zone);
    }

    @Override
    protected String numberType(DataTypeSpec t) {
        // PostgreSQL's numeric precision stops at 1000; Liquibase then writes an unconstrained numeric
        return firstNumber(t) > 1000 ? "numeric" : super.numberType(withoutMySqlNumberWords(t));
    }

    @Override
    protected String decimalType(DataTypeSpec t) {
        return super.decimalType(withoutMySqlNumberWords(t));
    }

    @Override
    protected String floatType(DataTypeSpec t) {
        return super.floatType(withoutMySqlNumberWords(t));
    }
}
