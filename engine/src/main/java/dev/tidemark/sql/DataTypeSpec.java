// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A column type as a changelog writes it, taken apart the way Liquibase reads it: the name, the
 * parameters in the first parentheses, the words after the name ("additional information" such
 * as {@code UNSIGNED} or {@code COLLATE x}), and whether it asks for auto-increment (a trailing
 * {@code identity}, {@code {autoIncrement:true}}, or a {@code serial} name).
 *
 * @param definition    the type as written
 * @param name          the bare type name (unquoted, without parameters and additional information)
 * @param kind          the abstract type the name stands for
 * @param parameters    the parameters, trimmed
 * @param additional    the words after the name, or null
 * @param autoIncrement whether the definition itself asks for auto-increment
 */
public record DataTypeSpec(String definition, String name, DataTypeKind kind, List<String> parameters, String additional,
        boolean autoIncrement) {

    private static final String[][] QUOTES = {{"\"", "\""}, {"[", "]"}, {"`", "`"}, {"'", "'"}};
    private static final String[] MULTI_WORD_NAMES = {"bit varying", "character varying", "long varchar",
        "long nvarchar", "long binary", "long varbinary"};

    public DataTypeSpec {
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        parameters = List.copyOf(parameters);
    }

    /**
     * Reads a type definition. {@code oracle} keeps {@code BYTE} length units, which only Oracle
     * knows; elsewhere they are dropped from character types.
     *
     * @throws IllegalArgumentException for an embedded property other than autoIncrement
     */
    public static DataTypeSpec parse(String written, boolean oracle) {
        String definition = normalizeJdbcName(written.trim());
        if (definition.matches("^\\$\\{.*}$")) {
            return new DataTypeSpec(definition, definition, DataTypeKind.UNKNOWN, List.of(), null, false);
        }
        String name = definition;
        if (name.matches("(?s).+\\(.*\\).*")) {
            name = name.replaceFirst("(?s)\\s*\\(.*\\)", "");
        }
        if (name.matches("(?s).+\\{.*")) {
            name = name.replaceFirst("(?s)\\s*\\{.*", "");
        }
        boolean identity = false;
        if (name.toLowerCase(Locale.ROOT).endsWith(" identity")) {
            name = name.toLowerCase(Locale.ROOT).replaceFirst(" identity$", "");
            identity = true;
        }
        name = unquote(name);
        String additional = null;
        if (!startsWithMultiWordName(name)) {
            String[] split = name.trim().split("\\s+", 2);
            name = split[0];
            additional = split.length > 1 ? split[1] : null;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        DataTypeKind kind = DataTypeKind.of(lower);
        if (kind == DataTypeKind.UNKNOWN && lower.startsWith("interval")) {
            // Liquibase keeps a whole INTERVAL definition as the name; it has no parameters of its own
            return new DataTypeSpec(definition, definition, kind, List.of(), null, false);
        }
        List<String> parameters = parameters(definition, kind, oracle);
        // a trailing "identity" only means auto-increment for int and bigint, as in Liquibase
        boolean autoIncrement = identity && (kind == DataTypeKind.INT || kind == DataTypeKind.BIGINT);
        for (String property : properties(definition)) {
            String[] pair = property.split(":", 2);
            if (pair.length < 2 || !pair[0].trim().equals("autoIncrement") || !kind.allowsAutoIncrement()) {
                throw new IllegalArgumentException("type '" + written + "' has an unknown property '" + property
                        + "'; only autoIncrement is understood, on integer and decimal types");
            }
            autoIncrement = Boolean.parseBoolean(pair[1].trim());
        }
        if (kind == DataTypeKind.INT || kind == DataTypeKind.BIGINT || kind == DataTypeKind.SMALLINT) {
            autoIncrement |= definition.toLowerCase(Locale.ROOT).startsWith(kind == DataTypeKind.SMALLINT ? "smallserial"
                    : kind == DataTypeKind.BIGINT ? "bigserial" : "serial")
                    || kind == DataTypeKind.BIGINT && definition.toLowerCase(Locale.ROOT).startsWith("serial8");
        }
        return new DataTypeSpec(definition, name, kind, parameters, additional, autoIncrement);
    }

    /** java.sql.Types names Liquibase does not know but that have an obvious meaning. */
    private static String normalizeJdbcName(String definition) {
        String lower = definition.toLowerCase(Locale.ROOT);
        if (lower.equals("java.sql.types.bit") || lower.startsWith("java.sql.types.bit(")) {
            return "bit" + definition.substring("java.sql.Types.BIT".length());
        }
        if (lower.startsWith("java.sql.types.time_with_timezone")) {
            return "time with time zone";
        }
        if (lower.startsWith("java.sql.types.timestamp_with_time_zone")) {
            return "java.sql.Types.TIMESTAMP_WITH_TIMEZONE" + definition.substring("java.sql.Types.TIMESTAMP_WITH_TIME_ZONE".length());
        }
        return definition;
    }

    private static String unquote(String name) {
        for (String[] pair : QUOTES) {
            if (name.startsWith(pair[0])) {
                int close = name.indexOf(pair[1], pair[0].length());
                if (close != -1 && name.indexOf(pair[1], close + pair[1].length()) == -1) {
                    return name.substring(pair[0].length(), close) + name.substring(close + pair[1].length());
                }
            }
        }
        return name;
    }

    private static boolean startsWithMultiWordName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (String multi : MULTI_WORD_NAMES) {
            if (lower.startsWith(multi)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> parameters(String definition, DataTypeKind kind, boolean oracle) {
        List<String> out = new ArrayList<>();
        if (!definition.matches("(?s).+\\s*\\(.*\\).*")) {
            return out;
        }
        String inner = definition.replaceFirst("(?s).*?\\(", "").replaceFirst("(?s)\\).*", "");
        boolean character = kind == DataTypeKind.CHAR || kind == DataTypeKind.VARCHAR;
        for (String part : inner.split(",")) {
            String p = part.trim();
            if (!p.isEmpty()) {
                out.add(character && !oracle ? p.replaceFirst(" BYTE", "") : p);
            }
        }
        return out;
    }

    private static List<String> properties(String definition) {
        List<String> out = new ArrayList<>();
        if (!definition.matches("(?s).*\\{.*")) {
            return out;
        }
        String inner = definition.replaceFirst("(?s).*?\\{", "").replaceFirst("(?s)}.*", "");
        for (String part : inner.split(",")) {
            if (!part.isBlank()) {
                out.add(part.trim());
            }
        }
        return out;
    }

    /** Whether the definition as written starts with this text, ignoring case. */
    public boolean writtenAs(String prefix) {
        return definition.toLowerCase(Locale.ROOT).startsWith(prefix.toLowerCase(Locale.ROOT));
    }

    /** The first parameter, or null. */
    public String firstParameter() {
        return parameters.isEmpty() ? null : parameters.get(0);
    }

    /** This type with other parameters. */
    public DataTypeSpec withParameters(List<String> newParameters) {
        return new DataTypeSpec(definition, name, kind, newParameters, additional, autoIncrement);
    }

    /** This type asking (or not) for auto-increment. */
    public DataTypeSpec withAutoIncrement(boolean newAutoIncrement) {
        return new DataTypeSpec(definition, name, kind, parameters, additional, newAutoIncrement);
    }
}
