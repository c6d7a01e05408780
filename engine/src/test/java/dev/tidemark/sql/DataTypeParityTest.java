// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tidemark.dialect.DatabaseVersion;
import dev.tidemark.dialect.Dialect;
import dev.tidemark.dialect.Dialects;
import dev.tidemark.error.TidemarkException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The database type of 322 changelog types on nine database versions, as Liquibase 4.33.0's
 * {@code DataTypeFactory} writes them offline. Rows ending in {@code *} differ from Liquibase on
 * purpose: Liquibase's type is rejected by the database there, or garbled (see
 * docs/sql-differences.md); {@code !} marks a type that is refused.
 */
class DataTypeParityTest {
    private static final String[] DATABASES = {"postgresql:16", "postgresql:9.6", "mysql:8.0", "mariadb:10.11",
        "mariadb:10.6", "oracle:19", "oracle:11.2", "oracle:23", "h2:2.2"};

    /** changelog type | PostgreSQL 16 | 9.6 | MySQL 8.0 | MariaDB 10.11 | 10.6 | Oracle 19 | 11.2 | 23 | H2 2.2 [| *]. */
    private static final String MATRIX = """
            int | INTEGER | INTEGER | INT | INT | INT | INTEGER | INTEGER | INTEGER | INT
            INT | INTEGER | INTEGER | INT | INT | INT | INTEGER | INTEGER | INTEGER | INT
            integer | INTEGER | INTEGER | INT | INT | INT | INTEGER | INTEGER | INTEGER | INT
            Integer | INTEGER | INTEGER | INT | INT | INT | INTEGER | INTEGER | INTEGER | INT
            int4 | INTEGER | INTEGER | INT | INT | INT | INTEGER | INTEGER | INTEGER | INT
            serial | INTEGER | SERIAL | INT | INT | INT | INTEGER | INTEGER | INTEGER | INT
            int(11) | INTEGER | INTEGER | INT | INT | INT | INTEGER | INTEGER | INTEGER | BIGINT
            int(3) | INTEGER | INTEGER | INT | INT | INT | INTEGER | INTEGER | INTEGER | TINYINT
            int(5) | INTEGER | INTEGER | INT | INT | INT | INTEGER | INTEGER | INTEGER | SMALLINT
            int(10) | INTEGER | INTEGER | INT | INT | INT | INTEGER | INTEGER | INTEGER | INTEGER
            int(12) | INTEGER | INTEGER | INT | INT | INT | INTEGER | INTEGER | INTEGER | BIGINT
            integer(11) | INTEGER | INTEGER | INT | INT | INT | INTEGER | INTEGER | INTEGER | BIGINT
            int unsigned | INTEGER | INTEGER | INT unsigned | INT unsigned | INT unsigned | INTEGER | INTEGER | INTEGER | INT | *
            int(10) unsigned | INTEGER | INTEGER | INT unsigned | INT unsigned | INT unsigned | INTEGER | INTEGER | INTEGER | INTEGER
            INT UNSIGNED | INTEGER | INTEGER | INT UNSIGNED | INT UNSIGNED | INT UNSIGNED | INTEGER | INTEGER | INTEGER | INT | *
            int identity | INTEGER | SERIAL | INT | INT | INT | INTEGER | INTEGER | INTEGER | INT
            int{autoIncrement:true} | INTEGER | SERIAL | INT | INT | INT | INTEGER | INTEGER | INTEGER | INT
            bigint | BIGINT | BIGINT | BIGINT | BIGINT | BIGINT | NUMBER(38, 0) | NUMBER(38, 0) | NUMBER(38, 0) | BIGINT
            BIGINT | BIGINT | BIGINT | BIGINT | BIGINT | BIGINT | NUMBER(38, 0) | NUMBER(38, 0) | NUMBER(38, 0) | BIGINT
            int8 | BIGINT | BIGINT | BIGINT | BIGINT | BIGINT | NUMBER(38, 0) | NUMBER(38, 0) | NUMBER(38, 0) | BIGINT
            bigint(20) | BIGINT | BIGINT | BIGINT | BIGINT | BIGINT | NUMBER(38, 0) | NUMBER(38, 0) | NUMBER(38, 0) | BIGINT
            bigint unsigned | BIGINT | BIGINT | BIGINT unsigned | BIGINT unsigned | BIGINT unsigned | NUMBER(38, 0) | NUMBER(38, 0) | NUMBER(38, 0) | BIGINT | *
            bigserial | BIGINT | BIGSERIAL | BIGINT | BIGINT | BIGINT | NUMBER(38, 0) | NUMBER(38, 0) | NUMBER(38, 0) | BIGINT
            bigint identity | BIGINT | BIGSERIAL | BIGINT | BIGINT | BIGINT | NUMBER(38, 0) | NUMBER(38, 0) | NUMBER(38, 0) | BIGINT
            smallint | SMALLINT | SMALLINT | SMALLINT | SMALLINT | SMALLINT | NUMBER(5) | NUMBER(5) | NUMBER(5) | SMALLINT
            smallint(5) | SMALLINT | SMALLINT | SMALLINT | SMALLINT | SMALLINT | NUMBER(5) | NUMBER(5) | NUMBER(5) | SMALLINT
            int2 | SMALLINT | SMALLINT | SMALLINT | SMALLINT | SMALLINT | NUMBER(5) | NUMBER(5) | NUMBER(5) | SMALLINT
            smallserial | SMALLINT | SMALLSERIAL | SMALLINT | SMALLINT | SMALLINT | NUMBER(5) | NUMBER(5) | NUMBER(5) | SMALLINT
            tinyint | SMALLINT | SMALLINT | TINYINT | TINYINT | TINYINT | NUMBER(3) | NUMBER(3) | NUMBER(3) | TINYINT
            tinyint(1) | SMALLINT | SMALLINT | TINYINT(1) | TINYINT(1) | TINYINT(1) | NUMBER(3) | NUMBER(3) | NUMBER(3) | TINYINT
            tinyint(4) | SMALLINT | SMALLINT | TINYINT(4) | TINYINT(4) | TINYINT(4) | NUMBER(3) | NUMBER(3) | NUMBER(3) | TINYINT
            tinyint unsigned | SMALLINT | SMALLINT | TINYINT unsigned | TINYINT unsigned | TINYINT unsigned | NUMBER(3) | NUMBER(3) | NUMBER(3) | TINYINT
            mediumint | MEDIUMINT | MEDIUMINT | MEDIUMINT | MEDIUMINT | MEDIUMINT | MEDIUMINT | MEDIUMINT | MEDIUMINT | MEDIUMINT
            boolean | BOOLEAN | BOOLEAN | TINYINT | TINYINT(1) | TINYINT(1) | NUMBER(1) | NUMBER(1) | BOOLEAN | BOOLEAN
            BOOLEAN | BOOLEAN | BOOLEAN | TINYINT | TINYINT(1) | TINYINT(1) | NUMBER(1) | NUMBER(1) | BOOLEAN | BOOLEAN
            bool | BOOLEAN | BOOLEAN | TINYINT | TINYINT(1) | TINYINT(1) | NUMBER(1) | NUMBER(1) | BOOLEAN | BOOLEAN
            bit | BIT | BIT | BIT | BIT | BIT | NUMBER(1) | NUMBER(1) | BOOLEAN | BOOLEAN
            bit(1) | BIT(1) | BIT(1) | BIT(1) | BIT(1) | BIT(1) | NUMBER(1) | NUMBER(1) | BOOLEAN | BOOLEAN
            bit(8) | BIT(8) | BIT(8) | BIT(8) | BIT(8) | BIT(8) | NUMBER(1) | NUMBER(1) | BOOLEAN | BOOLEAN
            varchar | VARCHAR | VARCHAR | VARCHAR | VARCHAR | VARCHAR | VARCHAR2 | VARCHAR2 | VARCHAR2 | VARCHAR
            varchar(255) | VARCHAR(255) | VARCHAR(255) | VARCHAR(255) | VARCHAR(255) | VARCHAR(255) | VARCHAR2(255) | VARCHAR2(255) | VARCHAR2(255) | VARCHAR(255)
            VARCHAR(255) | VARCHAR(255) | VARCHAR(255) | VARCHAR(255) | VARCHAR(255) | VARCHAR(255) | VARCHAR2(255) | VARCHAR2(255) | VARCHAR2(255) | VARCHAR(255)
            varchar(255 CHAR) | VARCHAR(255) | VARCHAR(255) | VARCHAR(255) | VARCHAR(255) | VARCHAR(255) | VARCHAR2(255 CHAR) | VARCHAR2(255 CHAR) | VARCHAR2(255 CHAR) | VARCHAR(255) | *
            varchar(255 BYTE) | VARCHAR(255) | VARCHAR(255) | VARCHAR(255) | VARCHAR(255) | VARCHAR(255) | VARCHAR2(255 BYTE) | VARCHAR2(255 BYTE) | VARCHAR2(255 BYTE) | VARCHAR(255)
            varchar2(255) | VARCHAR(255) | VARCHAR(255) | VARCHAR(255) | VARCHAR(255) | VARCHAR(255) | VARCHAR2(255) | VARCHAR2(255) | VARCHAR2(255) | VARCHAR(255)
            varchar2(255 CHAR) | VARCHAR(255) | VARCHAR(255) | VARCHAR(255) | VARCHAR(255) | VARCHAR(255) | VARCHAR2(255 CHAR) | VARCHAR2(255 CHAR) | VARCHAR2(255 CHAR) | VARCHAR(255) | *
            VARCHAR2(255 BYTE) | VARCHAR(255) | VARCHAR(255) | VARCHAR(255) | VARCHAR(255) | VARCHAR(255) | VARCHAR2(255 BYTE) | VARCHAR2(255 BYTE) | VARCHAR2(255 BYTE) | VARCHAR(255)
            character varying(20) | VARCHAR(20) | VARCHAR(20) | VARCHAR(20) | VARCHAR(20) | VARCHAR(20) | VARCHAR2(20) | VARCHAR2(20) | VARCHAR2(20) | VARCHAR(20)
            character varying | VARCHAR | VARCHAR | VARCHAR | VARCHAR | VARCHAR | VARCHAR2 | VARCHAR2 | VARCHAR2 | VARCHAR
            varchar(255) COLLATE utf8mb4_bin | VARCHAR(255) COLLATE utf8mb4_bin | VARCHAR(255) COLLATE utf8mb4_bin | VARCHAR(255) COLLATE utf8mb4_bin | VARCHAR(255) COLLATE utf8mb4_bin | VARCHAR(255) COLLATE utf8mb4_bin | VARCHAR2(255) | VARCHAR2(255) | VARCHAR2(255) | VARCHAR(255) COLLATE utf8mb4_bin
            varchar(100) CHARACTER SET latin1 | VARCHAR(100) CHARACTER SET latin1 | VARCHAR(100) CHARACTER SET latin1 | VARCHAR(100) CHARACTER SET latin1 | VARCHAR(100) CHARACTER SET latin1 | VARCHAR(100) CHARACTER SET latin1 | VARCHAR2(100) | VARCHAR2(100) | VARCHAR2(100) | VARCHAR(100) CHARACTER SET latin1
            varchar(max) | VARCHAR(max) | VARCHAR(max) | VARCHAR(max) | VARCHAR(max) | VARCHAR(max) | VARCHAR2(max) | VARCHAR2(max) | VARCHAR2(max) | VARCHAR(max)
            nvarchar(50) | VARCHAR(50) | VARCHAR(50) | NVARCHAR(50) | NVARCHAR(50) | NVARCHAR(50) | NVARCHAR2(50) | NVARCHAR2(50) | NVARCHAR2(50) | NVARCHAR(50)
            nvarchar | VARCHAR | VARCHAR | NVARCHAR | NVARCHAR | NVARCHAR | NVARCHAR2 | NVARCHAR2 | NVARCHAR2 | NVARCHAR
            nvarchar2(50) | VARCHAR(50) | VARCHAR(50) | NVARCHAR(50) | NVARCHAR(50) | NVARCHAR(50) | NVARCHAR2(50) | NVARCHAR2(50) | NVARCHAR2(50) | NVARCHAR(50)
            char | CHAR | CHAR | CHAR | CHAR | CHAR | CHAR | CHAR | CHAR | CHAR
            char(10) | CHAR(10) | CHAR(10) | CHAR(10) | CHAR(10) | CHAR(10) | CHAR(10) | CHAR(10) | CHAR(10) | CHAR(10)
            character(10) | CHAR(10) | CHAR(10) | CHAR(10) | CHAR(10) | CHAR(10) | CHAR(10) | CHAR(10) | CHAR(10) | CHAR(10)
            nchar(10) | NCHAR(10) | NCHAR(10) | NCHAR(10) | NCHAR(10) | NCHAR(10) | NCHAR(10) | NCHAR(10) | NCHAR(10) | NCHAR(10)
            nchar | NCHAR | NCHAR | NCHAR | NCHAR | NCHAR | NCHAR | NCHAR | NCHAR | NCHAR
            text | TEXT | TEXT | TEXT | TEXT | TEXT | CLOB | CLOB | CLOB | CLOB
            TEXT | TEXT | TEXT | TEXT | TEXT | TEXT | CLOB | CLOB | CLOB | CLOB
            tinytext | TEXT | TEXT | TINYTEXT | TINYTEXT | TINYTEXT | CLOB | CLOB | CLOB | CLOB
            mediumtext | TEXT | TEXT | MEDIUMTEXT | MEDIUMTEXT | MEDIUMTEXT | CLOB | CLOB | CLOB | CLOB
            longtext | TEXT | TEXT | LONGTEXT | LONGTEXT | LONGTEXT | CLOB | CLOB | CLOB | CLOB
            clob | TEXT | TEXT | LONGTEXT | LONGTEXT | LONGTEXT | CLOB | CLOB | CLOB | CLOB
            CLOB | TEXT | TEXT | LONGTEXT | LONGTEXT | LONGTEXT | CLOB | CLOB | CLOB | CLOB
            nclob | TEXT | TEXT | LONGTEXT CHARACTER SET utf8 | LONGTEXT CHARACTER SET utf8 | LONGTEXT CHARACTER SET utf8 | NCLOB | NCLOB | NCLOB | CLOB
            blob | OID | OID | BLOB | BLOB | BLOB | BLOB | BLOB | BLOB | BLOB
            BLOB | OID | OID | BLOB | BLOB | BLOB | BLOB | BLOB | BLOB | BLOB
            longblob | BYTEA | BYTEA | LONGBLOB | LONGBLOB | LONGBLOB | BLOB | BLOB | BLOB | BLOB
            mediumblob | BYTEA | BYTEA | MEDIUMBLOB | MEDIUMBLOB | MEDIUMBLOB | BLOB | BLOB | BLOB | BLOB
            tinyblob | BYTEA | BYTEA | TINYBLOB | TINYBLOB | TINYBLOB | BLOB | BLOB | BLOB | BLOB
            bytea | BYTEA | BYTEA | BYTEA | BYTEA | BYTEA | BYTEA | BYTEA | BYTEA | BYTEA
            image | BYTEA | BYTEA | LONGBLOB | LONGBLOB | LONGBLOB | BLOB | BLOB | BLOB | BLOB
            varbinary | BYTEA | BYTEA | VARBINARY | VARBINARY | VARBINARY | RAW | RAW | RAW | VARBINARY
            binary(16) | BYTEA | BYTEA | BINARY(16) | BINARY(16) | BINARY(16) | RAW(16) | RAW(16) | RAW(16) | BINARY(16)
            varbinary(255) | BYTEA | BYTEA | VARBINARY(255) | VARBINARY(255) | VARBINARY(255) | RAW(255) | RAW(255) | RAW(255) | VARBINARY(255)
            binary | BYTEA | BYTEA | BINARY | BINARY | BINARY | RAW | RAW | RAW | BINARY
            raw(16) | RAW(16) | RAW(16) | RAW(16) | RAW(16) | RAW(16) | raw(16) | raw(16) | raw(16) | RAW(16)
            date | date | date | date | date | date | date | date | date | date
            DATE | date | date | date | date | date | date | date | date | date
            time | time WITHOUT TIME ZONE | time WITHOUT TIME ZONE | time | time | time | DATE | DATE | DATE | time
            time(3) | time(3) WITHOUT TIME ZONE | time(3) WITHOUT TIME ZONE | time(3) | time(3) | time(3) | DATE | DATE | DATE | time | *
            timetz | time WITH TIME ZONE | time WITH TIME ZONE | time | time | time | DATE | DATE | DATE | time
            time with time zone | time WITH TIME ZONE | time WITH TIME ZONE | time | time | time | DATE | DATE | DATE | time
            time without time zone | time WITHOUT TIME ZONE | time WITHOUT TIME ZONE | time | time | time | DATE | DATE | DATE | time
            datetime | TIMESTAMP WITHOUT TIME ZONE | TIMESTAMP WITHOUT TIME ZONE | datetime | datetime | datetime | TIMESTAMP | TIMESTAMP | TIMESTAMP | TIMESTAMP
            DATETIME | TIMESTAMP WITHOUT TIME ZONE | TIMESTAMP WITHOUT TIME ZONE | datetime | datetime | datetime | TIMESTAMP | TIMESTAMP | TIMESTAMP | TIMESTAMP
            datetime(6) | TIMESTAMP(6) WITHOUT TIME ZONE | TIMESTAMP(6) WITHOUT TIME ZONE | datetime(6) | datetime(6) | datetime(6) | TIMESTAMP(6) | TIMESTAMP(6) | TIMESTAMP(6) | TIMESTAMP
            datetime2 | TIMESTAMP WITHOUT TIME ZONE | TIMESTAMP WITHOUT TIME ZONE | datetime | datetime | datetime | TIMESTAMP | TIMESTAMP | TIMESTAMP | TIMESTAMP
            smalldatetime | TIMESTAMP WITHOUT TIME ZONE | TIMESTAMP WITHOUT TIME ZONE | datetime | datetime | datetime | TIMESTAMP | TIMESTAMP | TIMESTAMP | TIMESTAMP
            timestamp | TIMESTAMP WITHOUT TIME ZONE | TIMESTAMP WITHOUT TIME ZONE | timestamp | timestamp | timestamp | TIMESTAMP | TIMESTAMP | TIMESTAMP | TIMESTAMP
            timestamp(6) | TIMESTAMP(6) WITHOUT TIME ZONE | TIMESTAMP(6) WITHOUT TIME ZONE | timestamp(6) | timestamp(6) | timestamp(6) | TIMESTAMP(6) | TIMESTAMP(6) | TIMESTAMP(6) | TIMESTAMP(6)
            TIMESTAMP(3) | TIMESTAMP(3) WITHOUT TIME ZONE | TIMESTAMP(3) WITHOUT TIME ZONE | TIMESTAMP(3) | TIMESTAMP(3) | TIMESTAMP(3) | TIMESTAMP(3) | TIMESTAMP(3) | TIMESTAMP(3) | TIMESTAMP(3)
            timestamp with time zone | TIMESTAMP with time zone | TIMESTAMP with time zone | timestamp | timestamp | timestamp | TIMESTAMP with time zone | TIMESTAMP with time zone | TIMESTAMP with time zone | TIMESTAMP with time zone | *
            TIMESTAMP WITH TIME ZONE | TIMESTAMP WITH TIME ZONE | TIMESTAMP WITH TIME ZONE | TIMESTAMP | TIMESTAMP | TIMESTAMP | TIMESTAMP WITH TIME ZONE | TIMESTAMP WITH TIME ZONE | TIMESTAMP WITH TIME ZONE | TIMESTAMP WITH TIME ZONE | *
            timestamp(6) with time zone | TIMESTAMP(6) with time zone | TIMESTAMP(6) with time zone | timestamp(6) | timestamp(6) | timestamp(6) | TIMESTAMP(6) with time zone | TIMESTAMP(6) with time zone | TIMESTAMP(6) with time zone | TIMESTAMP(6) with time zone | *
            timestamp without time zone | TIMESTAMP without time zone | TIMESTAMP without time zone | timestamp | timestamp | timestamp | TIMESTAMP | TIMESTAMP | TIMESTAMP | TIMESTAMP | *
            timestamptz | TIMESTAMP WITH TIME ZONE | TIMESTAMP WITH TIME ZONE | timestamp | timestamp | timestamp | TIMESTAMP | TIMESTAMP | TIMESTAMP | TIMESTAMP
            timestamp with local time zone | TIMESTAMP with local time zone | TIMESTAMP with local time zone | timestamp | timestamp | timestamp | TIMESTAMP with local time zone | TIMESTAMP with local time zone | TIMESTAMP with local time zone | TIMESTAMP with local time zone | *
            uuid | UUID | UUID | char(36) | UUID | char(36) | RAW(16) | RAW(16) | RAW(16) | UUID
            UUID | UUID | UUID | char(36) | UUID | char(36) | RAW(16) | RAW(16) | RAW(16) | UUID
            uniqueidentifier | UUID | UUID | char(36) | UUID | char(36) | RAW(16) | RAW(16) | RAW(16) | UUID
            decimal | DECIMAL | DECIMAL | DECIMAL | DECIMAL | DECIMAL | DECIMAL | DECIMAL | DECIMAL | DECIMAL
            decimal(10,2) | DECIMAL(10, 2) | DECIMAL(10, 2) | DECIMAL(10, 2) | DECIMAL(10, 2) | DECIMAL(10, 2) | DECIMAL(10, 2) | DECIMAL(10, 2) | DECIMAL(10, 2) | DECIMAL(10, 2)
            decimal(10, 2) | DECIMAL(10, 2) | DECIMAL(10, 2) | DECIMAL(10, 2) | DECIMAL(10, 2) | DECIMAL(10, 2) | DECIMAL(10, 2) | DECIMAL(10, 2) | DECIMAL(10, 2) | DECIMAL(10, 2)
            DECIMAL(18) | DECIMAL(18) | DECIMAL(18) | DECIMAL(18) | DECIMAL(18) | DECIMAL(18) | DECIMAL(18) | DECIMAL(18) | DECIMAL(18) | DECIMAL(18)
            numeric | numeric | numeric | numeric | numeric | numeric | NUMBER | NUMBER | NUMBER | numeric
            numeric(10,2) | numeric(10, 2) | numeric(10, 2) | numeric(10, 2) | numeric(10, 2) | numeric(10, 2) | NUMBER(10, 2) | NUMBER(10, 2) | NUMBER(10, 2) | numeric(10, 2)
            number | numeric | numeric | numeric | numeric | numeric | NUMBER | NUMBER | NUMBER | numeric
            number(10) | numeric(10) | numeric(10) | numeric(10) | numeric(10) | numeric(10) | NUMBER(10) | NUMBER(10) | NUMBER(10) | numeric(10)
            number(10,2) | numeric(10, 2) | numeric(10, 2) | numeric(10, 2) | numeric(10, 2) | numeric(10, 2) | NUMBER(10, 2) | NUMBER(10, 2) | NUMBER(10, 2) | numeric(10, 2)
            number(38,0) | numeric(38, 0) | numeric(38, 0) | numeric(38, 0) | numeric(38, 0) | numeric(38, 0) | NUMBER(38, 0) | NUMBER(38, 0) | NUMBER(38, 0) | numeric(38, 0)
            double | DOUBLE PRECISION | DOUBLE PRECISION | DOUBLE | DOUBLE | DOUBLE | DOUBLE PRECISION | DOUBLE PRECISION | DOUBLE PRECISION | DOUBLE PRECISION
            double precision | DOUBLE PRECISION | DOUBLE PRECISION | DOUBLE PRECISION | DOUBLE PRECISION | DOUBLE PRECISION | DOUBLE PRECISION | DOUBLE PRECISION | DOUBLE PRECISION | DOUBLE PRECISION
            DOUBLE | DOUBLE PRECISION | DOUBLE PRECISION | DOUBLE | DOUBLE | DOUBLE | DOUBLE PRECISION | DOUBLE PRECISION | DOUBLE PRECISION | DOUBLE PRECISION
            float | FLOAT | FLOAT | FLOAT | FLOAT | FLOAT | FLOAT | FLOAT | FLOAT | FLOAT
            float(24) | FLOAT(24) | FLOAT(24) | FLOAT(24) | FLOAT(24) | FLOAT(24) | FLOAT(24) | FLOAT(24) | FLOAT(24) | FLOAT(24)
            float(53) | FLOAT(53) | FLOAT(53) | FLOAT(53) | FLOAT(53) | FLOAT(53) | FLOAT(53) | FLOAT(53) | FLOAT(53) | FLOAT(53)
            real | REAL | REAL | REAL | REAL | REAL | FLOAT | FLOAT | FLOAT | REAL
            float4 | FLOAT4 | FLOAT4 | FLOAT4 | FLOAT4 | FLOAT4 | FLOAT4 | FLOAT4 | FLOAT4 | FLOAT4
            float8 | FLOAT8 | FLOAT8 | FLOAT8 | FLOAT8 | FLOAT8 | FLOAT8 | FLOAT8 | FLOAT8 | FLOAT8
            currency | DECIMAL | DECIMAL | DECIMAL | DECIMAL | DECIMAL | NUMBER(15, 2) | NUMBER(15, 2) | NUMBER(15, 2) | DECIMAL(18, 4)
            money | DECIMAL | DECIMAL | DECIMAL | DECIMAL | DECIMAL | NUMBER(15, 2) | NUMBER(15, 2) | NUMBER(15, 2) | DECIMAL(18, 4)
            smallmoney | DECIMAL | DECIMAL | DECIMAL | DECIMAL | DECIMAL | NUMBER(15, 2) | NUMBER(15, 2) | NUMBER(15, 2) | DECIMAL(18, 4)
            xml | XML | XML | LONGTEXT | LONGTEXT | LONGTEXT | XMLTYPE | XMLTYPE | XMLTYPE | CLOB
            XML | XML | XML | LONGTEXT | LONGTEXT | LONGTEXT | XMLTYPE | XMLTYPE | XMLTYPE | CLOB
            xmltype | XML | XML | LONGTEXT | LONGTEXT | LONGTEXT | XMLTYPE | XMLTYPE | XMLTYPE | CLOB
            json | JSON | JSON | JSON | JSON | JSON | JSON | JSON | JSON | JSON
            JSON | JSON | JSON | JSON | JSON | JSON | JSON | JSON | JSON | JSON
            jsonb | JSONB | JSONB | JSONB | JSONB | JSONB | JSONB | JSONB | JSONB | JSONB
            java.sql.Types.VARCHAR(255) | VARCHAR(255) | VARCHAR(255) | VARCHAR(255) | VARCHAR(255) | VARCHAR(255) | VARCHAR2(255) | VARCHAR2(255) | VARCHAR2(255) | VARCHAR(255)
            java.sql.Types.INTEGER | INTEGER | INTEGER | INT | INT | INT | INTEGER | INTEGER | INTEGER | INT
            java.sql.Types.BIGINT | BIGINT | BIGINT | BIGINT | BIGINT | BIGINT | NUMBER(38, 0) | NUMBER(38, 0) | NUMBER(38, 0) | BIGINT
            java.sql.Types.BOOLEAN | BOOLEAN | BOOLEAN | TINYINT | TINYINT(1) | TINYINT(1) | NUMBER(1) | NUMBER(1) | BOOLEAN | BOOLEAN
            java.sql.Types.TIMESTAMP | TIMESTAMP WITHOUT TIME ZONE | TIMESTAMP WITHOUT TIME ZONE | timestamp | timestamp | timestamp | TIMESTAMP | TIMESTAMP | TIMESTAMP | TIMESTAMP
            java.sql.Types.TIMESTAMP_WITH_TIMEZONE | TIMESTAMP WITH TIME ZONE | TIMESTAMP WITH TIME ZONE | timestamp | timestamp | timestamp | TIMESTAMP WITH TIME ZONE | TIMESTAMP WITH TIME ZONE | TIMESTAMP WITH TIME ZONE | TIMESTAMP WITH TIME ZONE | *
            java.sql.Types.DATE | date | date | date | date | date | date | date | date | date
            java.sql.Types.TIME | time WITHOUT TIME ZONE | time WITHOUT TIME ZONE | time | time | time | DATE | DATE | DATE | time
            java.sql.Types.CLOB | TEXT | TEXT | LONGTEXT | LONGTEXT | LONGTEXT | CLOB | CLOB | CLOB | CLOB
            java.sql.Types.BLOB | OID | OID | BLOB | BLOB | BLOB | BLOB | BLOB | BLOB | BLOB
            java.sql.Types.NVARCHAR(10) | VARCHAR(10) | VARCHAR(10) | NVARCHAR(10) | NVARCHAR(10) | NVARCHAR(10) | NVARCHAR2(10) | NVARCHAR2(10) | NVARCHAR2(10) | NVARCHAR(10)
            java.sql.Types.CHAR(5) | CHAR(5) | CHAR(5) | CHAR(5) | CHAR(5) | CHAR(5) | CHAR(5) | CHAR(5) | CHAR(5) | CHAR(5)
            java.sql.Types.DECIMAL(10,2) | DECIMAL(10, 2) | DECIMAL(10, 2) | DECIMAL(10, 2) | DECIMAL(10, 2) | DECIMAL(10, 2) | DECIMAL(10, 2) | DECIMAL(10, 2) | DECIMAL(10, 2) | DECIMAL(10, 2)
            java.sql.Types.NUMERIC(10,2) | numeric(10, 2) | numeric(10, 2) | numeric(10, 2) | numeric(10, 2) | numeric(10, 2) | NUMBER(10, 2) | NUMBER(10, 2) | NUMBER(10, 2) | numeric(10, 2)
            java.sql.Types.DOUBLE | DOUBLE PRECISION | DOUBLE PRECISION | DOUBLE | DOUBLE | DOUBLE | DOUBLE PRECISION | DOUBLE PRECISION | DOUBLE PRECISION | DOUBLE PRECISION
            java.sql.Types.FLOAT | FLOAT | FLOAT | FLOAT | FLOAT | FLOAT | FLOAT | FLOAT | FLOAT | FLOAT
            java.sql.Types.REAL | FLOAT | FLOAT | FLOAT | FLOAT | FLOAT | FLOAT | FLOAT | FLOAT | FLOAT
            java.sql.Types.TINYINT | SMALLINT | SMALLINT | TINYINT | TINYINT | TINYINT | NUMBER(3) | NUMBER(3) | NUMBER(3) | TINYINT
            java.sql.Types.SMALLINT | SMALLINT | SMALLINT | SMALLINT | SMALLINT | SMALLINT | NUMBER(5) | NUMBER(5) | NUMBER(5) | SMALLINT
            java.sql.Types.BIT | BIT | BIT | BIT | BIT | BIT | NUMBER(1) | NUMBER(1) | BOOLEAN | BOOLEAN | *
            java.sql.Types.BINARY(16) | BYTEA | BYTEA | LONGBLOB | LONGBLOB | LONGBLOB | BLOB | BLOB | BLOB | BLOB
            java.sql.Types.VARBINARY(16) | BYTEA | BYTEA | LONGBLOB | LONGBLOB | LONGBLOB | BLOB | BLOB | BLOB | VARBINARY(16)
            java.sql.Types.LONGVARCHAR | TEXT | TEXT | LONGTEXT | LONGTEXT | LONGTEXT | CLOB | CLOB | CLOB | LONGVARCHAR
            java.sql.Types.LONGVARBINARY | BYTEA | BYTEA | LONGBLOB | LONGBLOB | LONGBLOB | BLOB | BLOB | BLOB | LONGVARBINARY
            java.sql.Types.NCHAR(5) | NCHAR(5) | NCHAR(5) | NCHAR(5) | NCHAR(5) | NCHAR(5) | NCHAR(5) | NCHAR(5) | NCHAR(5) | NCHAR(5)
            java.sql.Types.NCLOB | TEXT | TEXT | LONGTEXT | LONGTEXT | LONGTEXT | CLOB | CLOB | CLOB | CLOB
            java.sql.Types.SQLXML | XML | XML | LONGTEXT | LONGTEXT | LONGTEXT | XMLTYPE | XMLTYPE | XMLTYPE | CLOB
            java.sql.Types.OTHER | ! | ! | ! | ! | ! | ! | ! | ! | ! | *
            java.lang.String | VARCHAR | VARCHAR | VARCHAR | VARCHAR | VARCHAR | VARCHAR2 | VARCHAR2 | VARCHAR2 | VARCHAR
            java.lang.Integer | INTEGER | INTEGER | INT | INT | INT | INTEGER | INTEGER | INTEGER | INT
            java.lang.Long | BIGINT | BIGINT | BIGINT | BIGINT | BIGINT | NUMBER(38, 0) | NUMBER(38, 0) | NUMBER(38, 0) | BIGINT
            java.lang.Boolean | BOOLEAN | BOOLEAN | TINYINT | TINYINT(1) | TINYINT(1) | NUMBER(1) | NUMBER(1) | BOOLEAN | BOOLEAN
            java.math.BigDecimal | DECIMAL | DECIMAL | DECIMAL | DECIMAL | DECIMAL | DECIMAL | DECIMAL | DECIMAL | DECIMAL
            java.util.Date | TIMESTAMP WITHOUT TIME ZONE | TIMESTAMP WITHOUT TIME ZONE | datetime | datetime | datetime | TIMESTAMP | TIMESTAMP | TIMESTAMP | TIMESTAMP
            java.sql.Timestamp | TIMESTAMP WITHOUT TIME ZONE | TIMESTAMP WITHOUT TIME ZONE | timestamp | timestamp | timestamp | TIMESTAMP | TIMESTAMP | TIMESTAMP | TIMESTAMP
            enum('a','b') | ENUM('a', 'b') | ENUM('a', 'b') | ENUM('a', 'b') | ENUM('a', 'b') | ENUM('a', 'b') | ENUM | ENUM | ENUM | ENUM('a', 'b')
            ENUM('x', 'y') | ENUM('x', 'y') | ENUM('x', 'y') | ENUM('x', 'y') | ENUM('x', 'y') | ENUM('x', 'y') | ENUM | ENUM | ENUM | ENUM('x', 'y')
            set('a','b') | SET('a', 'b') | SET('a', 'b') | SET('a', 'b') | SET('a', 'b') | SET('a', 'b') | SET | SET | SET | SET('a', 'b')
            text[] | TEXT[] | TEXT[] | TEXT[] | TEXT[] | TEXT[] | TEXT[] | TEXT[] | TEXT[] | TEXT[]
            int[] | INT[] | INT[] | INT[] | INT[] | INT[] | INT[] | INT[] | INT[] | INT[]
            varchar(20)[] | VARCHAR(20)[] | VARCHAR(20)[] | VARCHAR(20)[] | VARCHAR(20)[] | VARCHAR(20)[] | VARCHAR[] | VARCHAR[] | VARCHAR[] | VARCHAR(20)[] | *
            public.mytype | PUBLIC.MYTYPE | PUBLIC.MYTYPE | PUBLIC.MYTYPE | PUBLIC.MYTYPE | PUBLIC.MYTYPE | PUBLIC.MYTYPE | PUBLIC.MYTYPE | PUBLIC.MYTYPE | PUBLIC.MYTYPE
            "MyType" | MYTYPE | MYTYPE | MYTYPE | MYTYPE | MYTYPE | MYTYPE | MYTYPE | MYTYPE | MYTYPE
            geometry(Point,4326) | GEOMETRY(Point, 4326) | GEOMETRY(Point, 4326) | GEOMETRY(Point, 4326) | GEOMETRY(Point, 4326) | GEOMETRY(Point, 4326) | GEOMETRY | GEOMETRY | GEOMETRY | GEOMETRY(Point, 4326)
            interval | INTERVAL | INTERVAL | INTERVAL | INTERVAL | INTERVAL | INTERVAL | INTERVAL | INTERVAL | INTERVAL
            interval day to second | INTERVAL DAY TO SECOND | INTERVAL DAY TO SECOND | INTERVAL DAY TO SECOND | INTERVAL DAY TO SECOND | INTERVAL DAY TO SECOND | interval day to second | interval day to second | interval day to second | INTERVAL DAY TO SECOND | *
            INTERVAL DAY(2) TO SECOND(6) | INTERVAL DAY(2) TO SECOND(6) | INTERVAL DAY(2) TO SECOND(6) | INTERVAL DAY(2) TO SECOND(6) | INTERVAL DAY(2) TO SECOND(6) | INTERVAL DAY(2) TO SECOND(6) | INTERVAL DAY TO SECOND | INTERVAL DAY TO SECOND | INTERVAL DAY TO SECOND | INTERVAL DAY(2) TO SECOND(6) | *
            year | YEAR | YEAR | YEAR | YEAR | YEAR | YEAR | YEAR | YEAR | YEAR
            long | LONG | LONG | LONG | LONG | LONG | LONG | LONG | LONG | LONG
            longvarchar | TEXT | TEXT | LONGTEXT | LONGTEXT | LONGTEXT | CLOB | CLOB | CLOB | LONGVARCHAR
            binary_double | BINARY_DOUBLE | BINARY_DOUBLE | BINARY_DOUBLE | BINARY_DOUBLE | BINARY_DOUBLE | BINARY_DOUBLE | BINARY_DOUBLE | BINARY_DOUBLE | BINARY_DOUBLE
            binary_float | BINARY_FLOAT | BINARY_FLOAT | BINARY_FLOAT | BINARY_FLOAT | BINARY_FLOAT | BINARY_FLOAT | BINARY_FLOAT | BINARY_FLOAT | BINARY_FLOAT
            rowid | ROWID | ROWID | ROWID | ROWID | ROWID | ROWID | ROWID | ROWID | ROWID
            tsvector | TSVECTOR | TSVECTOR | TSVECTOR | TSVECTOR | TSVECTOR | TSVECTOR | TSVECTOR | TSVECTOR | TSVECTOR
            inet | INET | INET | INET | INET | INET | INET | INET | INET | INET
            cidr | CIDR | CIDR | CIDR | CIDR | CIDR | CIDR | CIDR | CIDR | CIDR
            citext | CITEXT | CITEXT | CITEXT | CITEXT | CITEXT | CITEXT | CITEXT | CITEXT | CITEXT
            hstore | HSTORE | HSTORE | HSTORE | HSTORE | HSTORE | HSTORE | HSTORE | HSTORE | HSTORE
            oid | OID | OID | OID | OID | OID | OID | OID | OID | OID
            number(*,0) | numeric(*, 0) | numeric(*, 0) | numeric(*, 0) | numeric(*, 0) | numeric(*, 0) | NUMBER(*, 0) | NUMBER(*, 0) | NUMBER(*, 0) | numeric(*, 0)
            float(126) | FLOAT(126) | FLOAT(126) | FLOAT(126) | FLOAT(126) | FLOAT(126) | FLOAT(126) | FLOAT(126) | FLOAT(126) | FLOAT(126)
            serial4 | INTEGER | SERIAL | INT | INT | INT | INTEGER | INTEGER | INTEGER | INT
            bit varying(5) | BIT VARYING(5) | BIT VARYING(5) | BIT VARYING(5) | BIT VARYING(5) | BIT VARYING(5) | BIT VARYING | BIT VARYING | BIT VARYING | BIT VARYING(5)
            long varchar | TEXT | TEXT | LONGTEXT | LONGTEXT | LONGTEXT | CLOB | CLOB | CLOB | CLOB
            decfloat | DECFLOAT | DECFLOAT | DECFLOAT | DECFLOAT | DECFLOAT | DECFLOAT | DECFLOAT | DECFLOAT | DECFLOAT
            cursor | CURSOR | CURSOR | CURSOR | CURSOR | CURSOR | CURSOR | CURSOR | CURSOR | CURSOR
            ${type} | ${TYPE} | ${TYPE} | ${TYPE} | ${TYPE} | ${TYPE} | ${TYPE} | ${TYPE} | ${TYPE} | ${TYPE}
            smallint unsigned | SMALLINT | SMALLINT | SMALLINT unsigned | SMALLINT unsigned | SMALLINT unsigned | NUMBER(5) | NUMBER(5) | NUMBER(5) | SMALLINT
            mediumint(8) | MEDIUMINT(8) | MEDIUMINT(8) | MEDIUMINT | MEDIUMINT | MEDIUMINT | MEDIUMINT | MEDIUMINT | MEDIUMINT | MEDIUMINT(8)
            mediumint unsigned | MEDIUMINT unsigned | MEDIUMINT unsigned | MEDIUMINT unsigned | MEDIUMINT unsigned | MEDIUMINT unsigned | MEDIUMINT | MEDIUMINT | MEDIUMINT | MEDIUMINT | *
            tinyint(3) unsigned zerofill | SMALLINT | SMALLINT | TINYINT(3) unsigned zerofill | TINYINT(3) unsigned zerofill | TINYINT(3) unsigned zerofill | NUMBER(3) | NUMBER(3) | NUMBER(3) | TINYINT
            int(0) | INTEGER | INTEGER | INT | INT | INT | INTEGER | INTEGER | INTEGER | INT(0)
            int(1) | INTEGER | INTEGER | INT | INT | INT | INTEGER | INTEGER | INTEGER | TINYINT
            INT(11) UNSIGNED | INTEGER | INTEGER | INT UNSIGNED | INT UNSIGNED | INT UNSIGNED | INTEGER | INTEGER | INTEGER | BIGINT
            integer unsigned | INTEGER | INTEGER | INT unsigned | INT unsigned | INT unsigned | INTEGER | INTEGER | INTEGER | INT | *
            bigint(20) unsigned | BIGINT | BIGINT | BIGINT unsigned | BIGINT unsigned | BIGINT unsigned | NUMBER(38, 0) | NUMBER(38, 0) | NUMBER(38, 0) | BIGINT | *
            double(10,2) | DOUBLE PRECISION | DOUBLE PRECISION | DOUBLE(10, 2) | DOUBLE(10, 2) | DOUBLE(10, 2) | DOUBLE PRECISION | DOUBLE PRECISION | DOUBLE PRECISION | DOUBLE PRECISION
            double precision | DOUBLE PRECISION | DOUBLE PRECISION | DOUBLE PRECISION | DOUBLE PRECISION | DOUBLE PRECISION | DOUBLE PRECISION | DOUBLE PRECISION | DOUBLE PRECISION | DOUBLE PRECISION
            double unsigned | DOUBLE PRECISION | DOUBLE PRECISION | DOUBLE UNSIGNED | DOUBLE UNSIGNED | DOUBLE UNSIGNED | DOUBLE PRECISION | DOUBLE PRECISION | DOUBLE PRECISION | DOUBLE PRECISION
            float(10,2) | FLOAT(10, 2) | FLOAT(10, 2) | FLOAT(10, 2) | FLOAT(10, 2) | FLOAT(10, 2) | FLOAT(10, 2) | FLOAT(10, 2) | FLOAT(10, 2) | FLOAT(10, 2)
            float unsigned | FLOAT | FLOAT | FLOAT unsigned | FLOAT unsigned | FLOAT unsigned | FLOAT | FLOAT | FLOAT | FLOAT | *
            decimal(10,2) unsigned | DECIMAL(10, 2) | DECIMAL(10, 2) | DECIMAL(10, 2) unsigned | DECIMAL(10, 2) unsigned | DECIMAL(10, 2) unsigned | DECIMAL(10, 2) | DECIMAL(10, 2) | DECIMAL(10, 2) | DECIMAL(10, 2) | *
            numeric(10) | numeric(10) | numeric(10) | numeric(10) | numeric(10) | numeric(10) | NUMBER(10) | NUMBER(10) | NUMBER(10) | numeric(10)
            number(38) | numeric(38) | numeric(38) | numeric(38) | numeric(38) | numeric(38) | NUMBER(38) | NUMBER(38) | NUMBER(38) | numeric(38)
            number(1001,2) | numeric | numeric | numeric(1001, 2) | numeric(1001, 2) | numeric(1001, 2) | NUMBER(1001, 2) | NUMBER(1001, 2) | NUMBER(1001, 2) | numeric(1001, 2)
            char(10 CHAR) | CHAR(10) | CHAR(10) | CHAR(10) | CHAR(10) | CHAR(10) | CHAR(10 CHAR) | CHAR(10 CHAR) | CHAR(10 CHAR) | CHAR(10) | *
            char(10 BYTE) | CHAR(10) | CHAR(10) | CHAR(10) | CHAR(10) | CHAR(10) | CHAR(10 BYTE) | CHAR(10 BYTE) | CHAR(10 BYTE) | CHAR(10)
            nchar(10 CHAR) | NCHAR(10) | NCHAR(10) | NCHAR(10) | NCHAR(10) | NCHAR(10) | NCHAR(10 CHAR) | NCHAR(10 CHAR) | NCHAR(10 CHAR) | NCHAR(10) | *
            nvarchar(10 CHAR) | VARCHAR(10) | VARCHAR(10) | NVARCHAR(10) | NVARCHAR(10) | NVARCHAR(10) | NVARCHAR2(10 CHAR) | NVARCHAR2(10 CHAR) | NVARCHAR2(10 CHAR) | NVARCHAR(10) | *
            nvarchar(max) | VARCHAR(max) | VARCHAR(max) | NVARCHAR(max) | NVARCHAR(max) | NVARCHAR(max) | NVARCHAR2(max) | NVARCHAR2(max) | NVARCHAR2(max) | NVARCHAR(max)
            varchar(10) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin | VARCHAR(10) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin | VARCHAR(10) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin | VARCHAR(10) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin | VARCHAR(10) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin | VARCHAR(10) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin | VARCHAR2(10) | VARCHAR2(10) | VARCHAR2(10) | VARCHAR(10) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin
            char(36) COLLATE ascii_bin | CHAR(36) COLLATE ascii_bin | CHAR(36) COLLATE ascii_bin | CHAR(36) COLLATE ascii_bin | CHAR(36) COLLATE ascii_bin | CHAR(36) COLLATE ascii_bin | CHAR(36) COLLATE ascii_bin | CHAR(36) COLLATE ascii_bin | CHAR(36) COLLATE ascii_bin | CHAR(36) COLLATE ascii_bin
            text COLLATE x | TEXT | TEXT | TEXT | TEXT | TEXT | CLOB | CLOB | CLOB | CLOB
            TEXT CHARACTER SET latin1 | TEXT | TEXT | TEXT | TEXT | TEXT | CLOB | CLOB | CLOB | CLOB
            longtext COLLATE utf8mb4_bin | TEXT | TEXT | LONGTEXT | LONGTEXT | LONGTEXT | CLOB | CLOB | CLOB | CLOB
            clob(100) | TEXT | TEXT | LONGTEXT | LONGTEXT | LONGTEXT | CLOB | CLOB | CLOB | CLOB
            blob(100) | OID | OID | BLOB | BLOB | BLOB | BLOB | BLOB | BLOB | BLOB
            longblob | BYTEA | BYTEA | LONGBLOB | LONGBLOB | LONGBLOB | BLOB | BLOB | BLOB | BLOB
            long raw | LONG raw | LONG raw | LONG raw | LONG raw | LONG raw | LONG raw | LONG raw | LONG raw | LONG raw
            long | LONG | LONG | LONG | LONG | LONG | LONG | LONG | LONG | LONG
            bfile | BFILE | BFILE | BFILE | BFILE | BFILE | BFILE | BFILE | BFILE | BFILE
            rowid | ROWID | ROWID | ROWID | ROWID | ROWID | ROWID | ROWID | ROWID | ROWID
            anydata | ANYDATA | ANYDATA | ANYDATA | ANYDATA | ANYDATA | ANYDATA | ANYDATA | ANYDATA | ANYDATA
            sdo_geometry | SDO_GEOMETRY | SDO_GEOMETRY | SDO_GEOMETRY | SDO_GEOMETRY | SDO_GEOMETRY | SDO_GEOMETRY | SDO_GEOMETRY | SDO_GEOMETRY | SDO_GEOMETRY
            sdo_geometry(1) | SDO_GEOMETRY(1) | SDO_GEOMETRY(1) | SDO_GEOMETRY(1) | SDO_GEOMETRY(1) | SDO_GEOMETRY(1) | SDO_GEOMETRY | SDO_GEOMETRY | SDO_GEOMETRY | SDO_GEOMETRY(1)
            raw | RAW | RAW | RAW | RAW | RAW | raw | raw | raw | RAW
            RAW(2000) | RAW(2000) | RAW(2000) | RAW(2000) | RAW(2000) | RAW(2000) | RAW(2000) | RAW(2000) | RAW(2000) | RAW(2000)
            binary(16) identity | BYTEA | BYTEA | BINARY(16) | BINARY(16) | BINARY(16) | RAW(16) | RAW(16) | RAW(16) | BINARY(16)
            int8 identity | BIGINT | BIGSERIAL | BIGINT | BIGINT | BIGINT | NUMBER(38, 0) | NUMBER(38, 0) | NUMBER(38, 0) | BIGINT
            uuid(16) | UUID | UUID | char(36) | UUID | char(36) | RAW(16) | RAW(16) | RAW(16) | UUID
            timestamp(6) without time zone | TIMESTAMP(6) without time zone | TIMESTAMP(6) without time zone | timestamp(6) | timestamp(6) | timestamp(6) | TIMESTAMP(6) | TIMESTAMP(6) | TIMESTAMP(6) | TIMESTAMP(6) | *
            timestamp(3) with time zone | TIMESTAMP(3) with time zone | TIMESTAMP(3) with time zone | timestamp(3) | timestamp(3) | timestamp(3) | TIMESTAMP(3) with time zone | TIMESTAMP(3) with time zone | TIMESTAMP(3) with time zone | TIMESTAMP(3) with time zone | *
            TIMESTAMP(9) | ! | ! | ! | ! | ! | TIMESTAMP(9) | TIMESTAMP(9) | TIMESTAMP(9) | TIMESTAMP(9)
            timestamp(0) | TIMESTAMP(0) WITHOUT TIME ZONE | TIMESTAMP(0) WITHOUT TIME ZONE | timestamp(0) | timestamp(0) | timestamp(0) | TIMESTAMP(0) | TIMESTAMP(0) | TIMESTAMP(0) | TIMESTAMP(0)
            time(6) | time(6) WITHOUT TIME ZONE | time(6) WITHOUT TIME ZONE | time(6) | time(6) | time(6) | DATE | DATE | DATE | time | *
            time(7) | time WITHOUT TIME ZONE | time WITHOUT TIME ZONE | time | time | time | DATE | DATE | DATE | time
            time(3) with time zone | time(3) WITH TIME ZONE | time(3) WITH TIME ZONE | time(3) | time(3) | time(3) | DATE | DATE | DATE | time | *
            datetime(3) | TIMESTAMP(3) WITHOUT TIME ZONE | TIMESTAMP(3) WITHOUT TIME ZONE | datetime(3) | datetime(3) | datetime(3) | TIMESTAMP(3) | TIMESTAMP(3) | TIMESTAMP(3) | TIMESTAMP
            datetime(0) | TIMESTAMP(0) WITHOUT TIME ZONE | TIMESTAMP(0) WITHOUT TIME ZONE | datetime(0) | datetime(0) | datetime(0) | TIMESTAMP(0) | TIMESTAMP(0) | TIMESTAMP(0) | TIMESTAMP
            datetime2(7) | TIMESTAMP(7) WITHOUT TIME ZONE | TIMESTAMP(7) WITHOUT TIME ZONE | datetime(6) | datetime(6) | datetime(6) | TIMESTAMP(7) | TIMESTAMP(7) | TIMESTAMP(7) | TIMESTAMP
            date(3) | date | date | date | date | date | date | date | date | date
            year(4) | YEAR(4) | YEAR(4) | YEAR(4) | YEAR(4) | YEAR(4) | YEAR | YEAR | YEAR | YEAR(4)
            bool(1) | BOOLEAN | BOOLEAN | TINYINT | TINYINT(1) | TINYINT(1) | NUMBER(1) | NUMBER(1) | BOOLEAN | BOOLEAN | *
            boolean(1) | BOOLEAN | BOOLEAN | TINYINT | TINYINT(1) | TINYINT(1) | NUMBER(1) | NUMBER(1) | BOOLEAN | BOOLEAN | *
            bit(1) | BIT(1) | BIT(1) | BIT(1) | BIT(1) | BIT(1) | NUMBER(1) | NUMBER(1) | BOOLEAN | BOOLEAN
            BIT(3) | BIT(3) | BIT(3) | BIT(3) | BIT(3) | BIT(3) | NUMBER(1) | NUMBER(1) | BOOLEAN | BOOLEAN
            ntext | TEXT | TEXT | LONGTEXT | LONGTEXT | LONGTEXT | CLOB | CLOB | CLOB | CLOB
            longnvarchar | TEXT | TEXT | LONGTEXT | LONGTEXT | LONGTEXT | CLOB | CLOB | CLOB | CLOB
            tinyblob(10) | BYTEA | BYTEA | TINYBLOB | TINYBLOB | TINYBLOB | BLOB | BLOB | BLOB | BLOB
            bytea(10) | BYTEA(10) | BYTEA(10) | BYTEA(10) | BYTEA(10) | BYTEA(10) | BYTEA | BYTEA | BYTEA | BYTEA(10)
            image(10) | BYTEA | BYTEA | LONGBLOB | LONGBLOB | LONGBLOB | BLOB | BLOB | BLOB | BLOB
            varbinary(max) | BYTEA | BYTEA | VARBINARY(max) | VARBINARY(max) | VARBINARY(max) | RAW(max) | RAW(max) | RAW(max) | VARBINARY(max)
            java.sql.Types.LONGNVARCHAR | TEXT | TEXT | LONGTEXT | LONGTEXT | LONGTEXT | CLOB | CLOB | CLOB | CLOB
            java.sql.Types.TIMESTAMP(3) | TIMESTAMP(3) WITHOUT TIME ZONE | TIMESTAMP(3) WITHOUT TIME ZONE | timestamp(3) | timestamp(3) | timestamp(3) | TIMESTAMP(3) | TIMESTAMP(3) | TIMESTAMP(3) | TIMESTAMP(3) | *
            java.sql.Types.TIME(3) | time(3) WITHOUT TIME ZONE | time(3) WITHOUT TIME ZONE | time(3) | time(3) | time(3) | DATE | DATE | DATE | time | *
            java.sql.Types.NUMERIC | numeric | numeric | numeric | numeric | numeric | NUMBER | NUMBER | NUMBER | numeric
            java.sql.Types.DECIMAL | DECIMAL | DECIMAL | DECIMAL | DECIMAL | DECIMAL | DECIMAL | DECIMAL | DECIMAL | DECIMAL
            java.sql.Types.VARCHAR | VARCHAR | VARCHAR | VARCHAR | VARCHAR | VARCHAR | VARCHAR2 | VARCHAR2 | VARCHAR2 | VARCHAR
            java.sql.Types.CHAR | CHAR | CHAR | CHAR | CHAR | CHAR | CHAR | CHAR | CHAR | CHAR
            java.sql.Types.LONGBLOB | BYTEA | BYTEA | LONGBLOB | LONGBLOB | LONGBLOB | BLOB | BLOB | BLOB | BLOB
            java.sql.Types.DATETIME | TIMESTAMP WITHOUT TIME ZONE | TIMESTAMP WITHOUT TIME ZONE | datetime | datetime | datetime | TIMESTAMP | TIMESTAMP | TIMESTAMP | TIMESTAMP
            java.sql.Types.TIMESTAMP_WITH_TIME_ZONE | TIMESTAMP WITH TIME ZONE | TIMESTAMP WITH TIME ZONE | timestamp | timestamp | timestamp | TIMESTAMP WITH TIME ZONE | TIMESTAMP WITH TIME ZONE | TIMESTAMP WITH TIME ZONE | TIMESTAMP WITH TIME ZONE | *
            java.sql.Types.TIME_WITH_TIMEZONE | time WITH TIME ZONE | time WITH TIME ZONE | time | time | time | DATE | DATE | DATE | time | *
            java.sql.Types.ARRAY | ! | ! | ! | ! | ! | ! | ! | ! | ! | *
            java.sql.Types.JAVA_OBJECT | ! | ! | ! | ! | ! | ! | ! | ! | ! | *
            java.util.UUID | UUID | UUID | char(36) | UUID | char(36) | RAW(16) | RAW(16) | RAW(16) | UUID
            java.sql.Date | date | date | date | date | date | date | date | date | date
            java.sql.Time | time WITHOUT TIME ZONE | time WITHOUT TIME ZONE | time | time | time | DATE | DATE | DATE | time
            java.lang.Double | DOUBLE PRECISION | DOUBLE PRECISION | DOUBLE | DOUBLE | DOUBLE | DOUBLE PRECISION | DOUBLE PRECISION | DOUBLE PRECISION | DOUBLE PRECISION
            java.lang.Float | FLOAT | FLOAT | FLOAT | FLOAT | FLOAT | FLOAT | FLOAT | FLOAT | FLOAT
            java.math.BigInteger | BIGINT | BIGINT | BIGINT | BIGINT | BIGINT | NUMBER(38, 0) | NUMBER(38, 0) | NUMBER(38, 0) | BIGINT
            "int" | INTEGER | INTEGER | INT | INT | INT | INTEGER | INTEGER | INTEGER | INT
            `varchar`(10) | VARCHAR(10) | VARCHAR(10) | VARCHAR(10) | VARCHAR(10) | VARCHAR(10) | VARCHAR2(10) | VARCHAR2(10) | VARCHAR2(10) | VARCHAR(10)
            [bigint] | BIGINT | BIGINT | BIGINT | BIGINT | BIGINT | NUMBER(38, 0) | NUMBER(38, 0) | NUMBER(38, 0) | BIGINT
            'text' | TEXT | TEXT | LONGTEXT | LONGTEXT | LONGTEXT | CLOB | CLOB | CLOB | CLOB
            int{autoIncrement:true, foo:bar} | ! | ! | ! | ! | ! | ! | ! | ! | !
            bigint{autoIncrement:false} | BIGINT | BIGINT | BIGINT | BIGINT | BIGINT | NUMBER(38, 0) | NUMBER(38, 0) | NUMBER(38, 0) | BIGINT
            varchar(10){autoIncrement:true} | ! | ! | ! | ! | ! | ! | ! | ! | !
            interval year to month | INTERVAL YEAR TO MONTH | INTERVAL YEAR TO MONTH | INTERVAL YEAR TO MONTH | INTERVAL YEAR TO MONTH | INTERVAL YEAR TO MONTH | interval year to month | interval year to month | interval year to month | INTERVAL YEAR TO MONTH | *
            INTERVAL YEAR(2) TO MONTH | INTERVAL YEAR(2) TO MONTH | INTERVAL YEAR(2) TO MONTH | INTERVAL YEAR(2) TO MONTH | INTERVAL YEAR(2) TO MONTH | INTERVAL YEAR(2) TO MONTH | INTERVAL YEAR TO MONTH | INTERVAL YEAR TO MONTH | INTERVAL YEAR TO MONTH | INTERVAL YEAR(2) TO MONTH | *
            interval(3) | INTERVAL(3) | INTERVAL(3) | INTERVAL(3) | INTERVAL(3) | INTERVAL(3) | INTERVAL(3) | INTERVAL(3) | INTERVAL(3) | INTERVAL(3) | *
            enum('a','b','c') CHARACTER SET utf8 | ENUM('a', 'b', 'c') CHARACTER SET utf8 | ENUM('a', 'b', 'c') CHARACTER SET utf8 | ENUM('a', 'b', 'c') CHARACTER SET utf8 | ENUM('a', 'b', 'c') CHARACTER SET utf8 | ENUM('a', 'b', 'c') CHARACTER SET utf8 | ENUM | ENUM | ENUM | ENUM('a', 'b', 'c') CHARACTER SET utf8
            set('x') | SET('x') | SET('x') | SET('x') | SET('x') | SET('x') | SET | SET | SET | SET('x')
            geometry | GEOMETRY | GEOMETRY | GEOMETRY | GEOMETRY | GEOMETRY | GEOMETRY | GEOMETRY | GEOMETRY | GEOMETRY
            point | POINT | POINT | POINT | POINT | POINT | POINT | POINT | POINT | POINT
            polygon | POLYGON | POLYGON | POLYGON | POLYGON | POLYGON | POLYGON | POLYGON | POLYGON | POLYGON
            jsonb[] | JSONB[] | JSONB[] | JSONB[] | JSONB[] | JSONB[] | JSONB[] | JSONB[] | JSONB[] | JSONB[]
            int4[] | INT4[] | INT4[] | INT4[] | INT4[] | INT4[] | INT4[] | INT4[] | INT4[] | INT4[]
            character varying(10)[] | CHARACTER VARYING(10)[] | CHARACTER VARYING(10)[] | CHARACTER VARYING(10)[] | CHARACTER VARYING(10)[] | CHARACTER VARYING(10)[] | CHARACTER VARYING[] | CHARACTER VARYING[] | CHARACTER VARYING[] | CHARACTER VARYING(10)[] | *
            numeric(10,2)[] | NUMERIC(10, 2)[] | NUMERIC(10, 2)[] | NUMERIC(10, 2)[] | NUMERIC(10, 2)[] | NUMERIC(10, 2)[] | NUMERIC[] | NUMERIC[] | NUMERIC[] | NUMERIC(10, 2)[] | *
            bpchar | CHAR | CHAR | CHAR | CHAR | CHAR | CHAR | CHAR | CHAR | CHAR
            bpchar(5) | CHAR(5) | CHAR(5) | CHAR(5) | CHAR(5) | CHAR(5) | CHAR(5) | CHAR(5) | CHAR(5) | CHAR(5)
            national | VARCHAR | VARCHAR | NVARCHAR | NVARCHAR | NVARCHAR | NVARCHAR2 | NVARCHAR2 | NVARCHAR2 | NVARCHAR
            nchar2(5) | NCHAR(5) | NCHAR(5) | NCHAR(5) | NCHAR(5) | NCHAR(5) | NCHAR(5) | NCHAR(5) | NCHAR(5) | NCHAR(5)
            varchar2(10 CHAR) | VARCHAR(10) | VARCHAR(10) | VARCHAR(10) | VARCHAR(10) | VARCHAR(10) | VARCHAR2(10 CHAR) | VARCHAR2(10 CHAR) | VARCHAR2(10 CHAR) | VARCHAR(10) | *
            nvarchar2(10) | VARCHAR(10) | VARCHAR(10) | NVARCHAR(10) | NVARCHAR(10) | NVARCHAR(10) | NVARCHAR2(10) | NVARCHAR2(10) | NVARCHAR2(10) | NVARCHAR(10)
            integer8 | BIGINT | BIGINT | BIGINT | BIGINT | BIGINT | NUMBER(38, 0) | NUMBER(38, 0) | NUMBER(38, 0) | BIGINT
            serial8 | BIGINT | BIGSERIAL | BIGINT | BIGINT | BIGINT | NUMBER(38, 0) | NUMBER(38, 0) | NUMBER(38, 0) | BIGINT
            mediumblob | BYTEA | BYTEA | MEDIUMBLOB | MEDIUMBLOB | MEDIUMBLOB | BLOB | BLOB | BLOB | BLOB
            xml(10) | XML | XML | LONGTEXT | LONGTEXT | LONGTEXT | XMLTYPE | XMLTYPE | XMLTYPE | CLOB
            citext COLLATE "C" | CITEXT COLLATE "C" | CITEXT COLLATE "C" | CITEXT COLLATE "C" | CITEXT COLLATE "C" | CITEXT COLLATE "C" | CITEXT | CITEXT | CITEXT | CITEXT COLLATE "C"
            money(10) | DECIMAL | DECIMAL | DECIMAL | DECIMAL | DECIMAL | NUMBER(15, 2) | NUMBER(15, 2) | NUMBER(15, 2) | DECIMAL(18, 4)
            smallmoney | DECIMAL | DECIMAL | DECIMAL | DECIMAL | DECIMAL | NUMBER(15, 2) | NUMBER(15, 2) | NUMBER(15, 2) | DECIMAL(18, 4)
            datetimeoffset | DATETIMEOFFSET | DATETIMEOFFSET | DATETIMEOFFSET | DATETIMEOFFSET | DATETIMEOFFSET | DATETIMEOFFSET | DATETIMEOFFSET | DATETIMEOFFSET | DATETIMEOFFSET
            timestamp with local time zone | TIMESTAMP with local time zone | TIMESTAMP with local time zone | timestamp | timestamp | timestamp | TIMESTAMP with local time zone | TIMESTAMP with local time zone | TIMESTAMP with local time zone | TIMESTAMP with local time zone | *
            timestamp(6) with local time zone | TIMESTAMP(6) with local time zone | TIMESTAMP(6) with local time zone | timestamp(6) | timestamp(6) | timestamp(6) | TIMESTAMP(6) with local time zone | TIMESTAMP(6) with local time zone | TIMESTAMP(6) with local time zone | TIMESTAMP(6) with local time zone | *
            sysname | SYSNAME | SYSNAME | SYSNAME | SYSNAME | SYSNAME | SYSNAME | SYSNAME | SYSNAME | SYSNAME
            tinyint identity | SMALLINT | SMALLINT | TINYINT | TINYINT | TINYINT | NUMBER(3) | NUMBER(3) | NUMBER(3) | TINYINT
            smallint identity | SMALLINT | SMALLINT | SMALLINT | SMALLINT | SMALLINT | NUMBER(5) | NUMBER(5) | NUMBER(5) | SMALLINT
            int unsigned identity | INTEGER | SERIAL | INT unsigned | INT unsigned | INT unsigned | INTEGER | INTEGER | INTEGER | INT | *
            """;

    @Test
    void everyTypeMapsAsPinned_onEveryDatabaseVersion() {
        List<Dialect> dialects = new ArrayList<>();
        for (String db : DATABASES) {
            String[] nameVersion = db.split(":");
            dialects.add(Dialects.named(nameVersion[0], DatabaseVersion.parse(nameVersion[1])));
        }
        int checked = 0;
        for (String row : MATRIX.strip().split("\n")) {
            String[] cells = row.split(" \\| ", -1);
            String type = cells[0].strip();
            for (int i = 0; i < dialects.size(); i++) {
                String expected = cells[i + 1].strip();
                Dialect dialect = dialects.get(i);
                if (expected.equals("!")) {
                    assertThrows(TidemarkException.class, () -> dialect.dataTypes().columnType(type),
                            type + " on " + dialect.displayName());
                } else {
                    assertEquals(expected, dialect.dataTypes().columnType(type), type + " on " + dialect.displayName());
                }
                checked++;
            }
        }
        assertEquals(322 * 9, checked);
    }
}
