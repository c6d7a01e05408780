// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.sql;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Liquibase's abstract column types, each with the names (aliases) a changelog may use for it.
 * A name that is none of these is {@link #UNKNOWN}: a database's own type, passed through.
 */
public enum DataTypeKind {
    INT("int", "integer", "java.sql.Types.INTEGER", "java.lang.Integer", "serial", "int4", "serial4"),
    BIGINT("bigint", "java.sql.Types.BIGINT", "java.math.BigInteger", "java.lang.Long", "integer8", "bigserial",
            "serial8", "int8"),
    SMALLINT("smallint", "java.sql.Types.SMALLINT", "int2", "smallserial"),
    TINYINT("tinyint", "java.sql.Types.TINYINT"),
    MEDIUMINT("mediumint"),
    BOOLEAN("boolean", "java.sql.Types.BOOLEAN", "java.lang.Boolean", "bit", "bool"),
    VARCHAR("varchar", "java.sql.Types.VARCHAR", "java.lang.String", "varchar2", "character varying"),
    NVARCHAR("nvarchar", "java.sql.Types.NVARCHAR", "nvarchar2", "national"),
    CHAR("char", "java.sql.Types.CHAR", "bpchar", "character"),
    NCHAR("nchar", "java.sql.Types.NCHAR", "nchar2"),
    CLOB("clob", "longvarchar", "text", "longtext", "java.sql.Types.LONGVARCHAR", "java.sql.Types.CLOB", "nclob",
            "longnvarchar", "ntext", "java.sql.Types.LONGNVARCHAR", "java.sql.Types.NCLOB", "tinytext", "mediumtext",
            "long varchar", "long nvarchar"),
    BLOB("blob", "longblob", "longvarbinary", "java.sql.Types.BLOB", "java.sql.Types.LONGBLOB",
            "java.sql.Types.LONGVARBINARY", "java.sql.Types.VARBINARY", "java.sql.Types.BINARY", "varbinary", "binary",
            "image", "tinyblob", "mediumblob", "long binary", "long varbinary"),
    DATE("date", "java.sql.Types.DATE", "java.sql.Date"),
    TIME("time", "java.sql.Types.TIME", "java.sql.Time", "timetz"),
    DATETIME("datetime", "java.sql.Types.DATETIME", "java.util.Date", "smalldatetime", "datetime2"),
    TIMESTAMP("timestamp", "java.sql.Types.TIMESTAMP", "java.sql.Types.TIMESTAMP_WITH_TIMEZONE",
            "java.sql.Timestamp", "timestamptz"),
    UUID("uuid", "uniqueidentifier", "java.util.UUID"),
    DECIMAL("decimal", "java.sql.Types.DECIMAL", "java.math.BigDecimal"),
    NUMBER("number", "numeric", "java.sql.Types.NUMERIC"),
    DOUBLE("double", "java.sql.Types.DOUBLE", "java.lang.Double"),
    FLOAT("float", "java.sql.Types.FLOAT", "java.lang.Float", "real", "java.sql.Types.REAL"),
    CURRENCY("currency", "money", "smallmoney"),
    XML("xml", "xmltype", "java.sql.Types.SQLXML"),
    UNKNOWN;

    private static final Map<String, DataTypeKind> BY_NAME = new HashMap<>();
    private static final Set<DataTypeKind> AUTO_INCREMENT = EnumSet.of(INT, BIGINT, SMALLINT, TINYINT, MEDIUMINT, DECIMAL,
            NUMBER);
    private static final Set<DataTypeKind> NUMERIC = EnumSet.of(INT, BIGINT, SMALLINT, TINYINT, MEDIUMINT, DECIMAL, NUMBER,
            DOUBLE, FLOAT, CURRENCY);

    static {
        for (DataTypeKind kind : values()) {
            for (String name : kind.names) {
                BY_NAME.put(name.toLowerCase(Locale.ROOT), kind);
            }
        }
    }

    private final String[] names;

    DataTypeKind(String... names) {
        this.names = names;
    }

    /** The kind a (lower-case) type name stands for, or UNKNOWN. */
    public static DataTypeKind of(String name) {
        return BY_NAME.getOrDefault(name.toLowerCase(Locale.ROOT), UNKNOWN);
    }

    /** Whether a column of this kind can be auto-incremented (Liquibase accepts it on these only). */
    public boolean allowsAutoIncrement() {
        return AUTO_INCREMENT.contains(this);
    }

    /** Whether values of this kind are written as numbers. */
    public boolean isNumeric() {
        return NUMERIC.contains(this);
    }

    /** Whether values of this kind are dates or times. */
    public boolean isTemporal() {
        return this == DATE || this == TIME || this == DATETIME || this == TIMESTAMP;
    }
}
