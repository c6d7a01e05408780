// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.sql;

import dev.tidemark.dialect.Dialect;
import dev.tidemark.error.ErrorCode;
import dev.tidemark.error.TidemarkException;
import java.util.List;
import java.util.Locale;

/**
 * Liquibase's abstract column types (int, varchar(n), boolean, timestamp with time zone, uuid,
 * java.sql.Types.* ...) mapped to this database's types; other names are the database's own
 * types and pass through, upper-cased as Liquibase writes them.
 *
 * <p>The base class writes each abstract type the way most databases spell it; a vendor's
 * subclass overrides the kinds its database spells differently. One method per
 * {@link DataTypeKind}, so a new kind is a compile error until every method exists.
 */
public class DataTypes {
    /** Each type spelling read once per dialect instance: a {@link DataTypeSpec}, or the reason it is invalid. */
    private final java.util.Map<String, Object> parsedTypes = new java.util.concurrent.ConcurrentHashMap<>();

    protected final Dialect dialect;

    public DataTypes(Dialect dialect) {
        this.dialect = dialect;
    }

    /**
     * The database type for a changelog type, as Liquibase 4.33 writes it for this database.
     *
     * @throws TidemarkException INVALID_VALUE (without a place; the caller adds the change's) when
     *     the type cannot be written on this database
     */
    public String columnType(String changelogType) {
        return columnType(parse(changelogType));
    }

    /** The database type for an already parsed type. */
    public String columnType(DataTypeSpec type) {
        // a switch expression over the enum: a new kind fails to compile until it is handled here
        return switch (type.kind()) {
            case INT -> intType(type);
            case BIGINT -> bigIntType(type);
            case SMALLINT -> smallIntType(type);
            case TINYINT -> tinyIntType(type);
            case MEDIUMINT -> mediumIntType(type);
            case BOOLEAN -> booleanType(type);
            case VARCHAR -> varcharType(type);
            case NVARCHAR -> nvarcharType(type);
            case CHAR -> charType(type);
            case NCHAR -> ncharType(type);
            case CLOB -> clobType(type);
            case BLOB -> blobType(type);
            case DATE -> dateType(type);
            case TIME -> timeType(type);
            case DATETIME -> dateTimeType(type);
            case TIMESTAMP -> timestampType(type);
            case UUID -> uuidType(type);
            case DECIMAL -> decimalType(type);
            case NUMBER -> numberType(type);
            case DOUBLE -> doubleType(type);
            case FLOAT -> floatType(type);
            case CURRENCY -> currencyType(type);
            case XML -> xmlType(type);
            case UNKNOWN -> unknownType(type);
        };
    }

    /** Reads a changelog type as this database's Liquibase would. */
    public DataTypeSpec parse(String changelogType) {
        // A changelog repeats a handful of types thousands of times: read each spelling once.
        Object parsed = parsedTypes.computeIfAbsent(changelogType, t -> {
            try {
                return DataTypeSpec.parse(t, keepsByteLengthUnit());
            } catch (IllegalArgumentException e) {
                return e.getMessage();
            }
        });
        if (parsed instanceof DataTypeSpec) {
            return (DataTypeSpec) parsed;
        }
        throw invalid((String) parsed);
    }

    /** Whether character lengths may say BYTE ("VARCHAR2(10 BYTE)"); only Oracle's can. */
    protected boolean keepsByteLengthUnit() {
        return false;
    }

    /** The most fractional-second digits a TIMESTAMP takes here. */
    protected int maxFractionalDigits() {
        return 9;
    }

    protected String intType(DataTypeSpec t) {
        return generic("INT", t);
    }

    protected String bigIntType(DataTypeSpec t) {
        return "BIGINT";
    }

    protected String smallIntType(DataTypeSpec t) {
        return "SMALLINT";
    }

    protected String tinyIntType(DataTypeSpec t) {
        return "TINYINT";
    }

    protected String mediumIntType(DataTypeSpec t) {
        return generic("MEDIUMINT", t);
    }

    protected String booleanType(DataTypeSpec t) {
        return "BOOLEAN";
    }

    protected String varcharType(DataTypeSpec t) {
        return withAdditional(withParameters("VARCHAR", lengthWithoutCharUnit(t)), t.additional());
    }

    protected String nvarcharType(DataTypeSpec t) {
        return withAdditional(withParameters("NVARCHAR", lengthWithoutCharUnit(t)), t.additional());
    }

    protected String charType(DataTypeSpec t) {
        return withAdditional(withParameters("CHAR", lengthWithoutCharUnit(t)), t.additional());
    }

    protected String ncharType(DataTypeSpec t) {
        return withAdditional(withParameters("NCHAR", lengthWithoutCharUnit(t)), t.additional());
    }

    protected String clobType(DataTypeSpec t) {
        return "CLOB";
    }

    protected String blobType(DataTypeSpec t) {
        return "BLOB";
    }

    protected String dateType(DataTypeSpec t) {
        return "date";
    }

    protected String timeType(DataTypeSpec t) {
        return "time";
    }

    protected String dateTimeType(DataTypeSpec t) {
        return "TIMESTAMP";
    }

    /**
     * TIMESTAMP[(p)] with the zone words as written; WITHOUT TIME ZONE is left out (it is the
     * default), "TIMEZONE" is corrected to "TIME ZONE".
     */
    protected String timestampType(DataTypeSpec t) {
        String base = withParameters("TIMESTAMP", fractionalDigits(t));
        if (t.writtenAs("java.sql.Types.TIMESTAMP_WITH_TIMEZONE")) {
            return base + " WITH TIME ZONE";
        }
        String zone = zoneWords(t.additional());
        if (zone == null || zone.toUpperCase(Locale.ROOT).startsWith("WITHOUT")) {
            return base;
        }
        return base + " " + zone;
    }

    protected String uuidType(DataTypeSpec t) {
        return "UUID";
    }

    protected String decimalType(DataTypeSpec t) {
        return generic("DECIMAL", t);
    }

    protected String numberType(DataTypeSpec t) {
        return generic("numeric", t);
    }

    protected String doubleType(DataTypeSpec t) {
        return "DOUBLE PRECISION";
    }

    protected String floatType(DataTypeSpec t) {
        return generic(t.writtenAs("real") ? "REAL" : "FLOAT", t);
    }

    protected String currencyType(DataTypeSpec t) {
        return "DECIMAL";
    }

    protected String xmlType(DataTypeSpec t) {
        return "XML";
    }

    /**
     * A database's own type: its name upper-cased, at most two parameters (any number for enum
     * and set), then the words after it. Liquibase garbles INTERVAL types and array types with a
     * length ("varchar(20)[]" became "VARCHAR[](20)"); those are written as given instead.
     */
    protected String unknownType(DataTypeSpec t) {
        String lower = t.name().toLowerCase(Locale.ROOT);
        if (lower.startsWith("java.sql.types.")) {
            throw invalid("type '" + t.definition() + "' has no column type on " + dialect.displayName());
        }
        if (lower.startsWith("interval")) {
            return t.definition().toUpperCase(Locale.ROOT);
        }
        List<String> parameters = t.parameters();
        if (!lower.equals("enum") && !lower.equals("set") && parameters.size() > 2) {
            parameters = parameters.subList(0, 2);
        }
        String name = t.name().toUpperCase(Locale.ROOT);
        int bracket = name.indexOf('[');
        if (bracket > 0 && !parameters.isEmpty()) {
            return withAdditional(withParameters(name.substring(0, bracket), parameters) + name.substring(bracket),
                    t.additional());
        }
        return withAdditional(withParameters(name, parameters), t.additional());
    }

    /** NAME(params) additional, as Liquibase writes a type it has no special rule for. */
    protected static String generic(String name, DataTypeSpec t) {
        return withAdditional(withParameters(name, t.parameters()), t.additional());
    }

    /** NAME(p1, p2), or NAME without parameters. */
    protected static String withParameters(String name, List<String> parameters) {
        return parameters.isEmpty() ? name : name + "(" + String.join(", ", parameters) + ")";
    }

    protected static String withAdditional(String type, String additional) {
        return additional == null ? type : type + " " + additional;
    }

    /**
     * The trailing words without MySQL's UNSIGNED, SIGNED and ZEROFILL, which other databases
     * reject; null when nothing is left.
     */
    protected static String withoutMySqlNumberWords(String additional) {
        if (additional == null) {
            return null;
        }
        String rest = additional.replaceAll("(?i)\\b(unsigned|signed|zerofill)\\b", "").trim().replaceAll("\\s+", " ");
        return rest.isEmpty() ? null : rest;
    }

    /** This type with MySQL's number words dropped from its trailing words. */
    protected static DataTypeSpec withoutMySqlNumberWords(DataTypeSpec t) {
        return new DataTypeSpec(t.definition(), t.name(), t.kind(), t.parameters(), withoutMySqlNumberWords(t.additional()),
                t.autoIncrement());
    }

    /** The parameters with a "CHAR" length unit dropped from the length ("255 CHAR" is Oracle syntax). */
    protected static List<String> lengthWithoutCharUnit(DataTypeSpec t) {
        if (t.parameters().isEmpty()) {
            return t.parameters();
        }
        String first = t.parameters().get(0).replaceFirst("(?<=\\d)\\s*(?i)CHAR$", "");
        List<String> out = new java.util.ArrayList<>(t.parameters());
        out.set(0, first);
        return out;
    }

    /**
     * The timestamp precision as a parameter list, refused when it is not a number or more
     * digits than the database keeps.
     */
    protected List<String> fractionalDigits(DataTypeSpec t) {
        if (t.parameters().isEmpty()) {
            return List.of();
        }
        String p = t.parameters().get(0);
        int digits;
        try {
            digits = Integer.parseInt(p);
        } catch (NumberFormatException e) {
            throw invalid("timestamp precision '" + p + "' in '" + t.definition() + "' is not a number");
        }
        if (digits > maxFractionalDigits()) {
            throw invalid("'" + t.definition() + "' asks for " + digits + " fractional digits; "
                    + dialect.displayName() + " keeps at most " + maxFractionalDigits());
        }
        return List.of(p);
    }

    /** Zone words with "TIMEZONE" corrected to "TIME ZONE" (upper-cased, as Liquibase does then). */
    protected static String zoneWords(String additional) {
        if (additional == null) {
            return null;
        }
        String upper = additional.toUpperCase(Locale.ROOT);
        return upper.contains("TIMEZONE") ? upper.replace("TIMEZONE", "TIME ZONE") : additional;
    }

    /** The first parameter as a number, or -1 when it is absent or not a number. */
    protected static long firstNumber(DataTypeSpec t) {
        String p = t.firstParameter();
        if (p == null || !p.matches("\\d{1,18}")) {
            return -1;
        }
        return Long.parseLong(p);
    }

    /** A type this database cannot write (the caller adds the change's place). */
    protected static TidemarkException invalid(String message) {
        return new TidemarkException(ErrorCode.INVALID_VALUE, message);
    }
}
