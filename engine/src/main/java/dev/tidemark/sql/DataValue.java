// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.sql;

import java.util.Objects;

/**
 * One value of a row, as a data statement holds it: either SQL text (a literal, or an expression
 * such as {@code NOW()} or a sequence call), or a {@code ?} placeholder with the value to bind.
 *
 * @param sql        the SQL written where the value goes: a literal, an expression, or {@code ?}
 * @param bind       the value bound to {@code ?} (String, BigDecimal, Boolean, LocalDate, LocalTime,
 *                   LocalDateTime, byte[], or null for SQL NULL); null when not bound
 * @param bound      whether {@link #sql} is a placeholder
 * @param expression whether the value is computed by the database (valueComputed, sequences),
 *                   so it can never be bound
 */
public record DataValue(String sql, Object bind, boolean bound, boolean expression) {

    public DataValue {
        Objects.requireNonNull(sql, "sql");
    }

    /** A value written into the SQL text. */
    public static DataValue literal(String sql) {
        return new DataValue(sql, null, false, false);
    }

    /** An expression the database evaluates (never bound). */
    public static DataValue expression(String sql) {
        return new DataValue(sql, null, false, true);
    }

    /** A bind parameter. */
    public static DataValue bound(Object value) {
        return new DataValue("?", value, true, false);
    }
}
