// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.sql;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code valueDate} / {@code defaultValueDate} / loadData DATE cell in one of the forms Liquibase
 * 4.33 accepts: {@code yyyy-MM-dd}, {@code HH:mm:ss}, or {@code yyyy-MM-dd[T ]HH:mm:ss[.fraction]}
 * with up to nine fraction digits and an optional offset. Tidemark is stricter and more
 * deterministic than Liquibase: calendar dates are checked (Liquibase rolls 2024-02-30 over to
 * March 1st), and a timestamp with an offset ({@code +02:00} or {@code Z}) is converted to UTC
 * (Liquibase converts it to the JVM's time zone and does not accept {@code Z}).
 *
 * @param kind  which of the three forms
 * @param value a {@link LocalDate}, {@link LocalTime} or {@link LocalDateTime}
 */
public record LiteralDate(Kind kind, Object value) {

    /** Which form a date value has. */
    public enum Kind { DATE, TIME, TIMESTAMP }

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern TIME = Pattern.compile("\\d{2}:\\d{2}:\\d{2}");
    private static final Pattern TIMESTAMP = Pattern.compile(
            "(\\d{4}-\\d{2}-\\d{2})[T ](\\d{2}:\\d{2}:\\d{2})(?:\\.(\\d{1,9}))?(Z|[+-]\\d{2}:\\d{2})?");
    /** Text made only of digits and date punctuation: meant as a date, so a malformed one is an error. */
    private static final Pattern DATE_LIKE = Pattern.compile("[0-9][0-9:.+\\-TZ ]*");
    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    public LiteralDate {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
    }

    /**
     * The date a text stands for, or empty when it is not in an accepted form (Liquibase then
     * treats the text as a function call, such as {@code NOW()}).
     *
     * @throws IllegalArgumentException when the text has an accepted shape but is not a real date or time
     */
    public static Optional<LiteralDate> parse(String text) {
        try {
            if (DATE.matcher(text).matches()) {
                return Optional.of(new LiteralDate(Kind.DATE, LocalDate.parse(text, ISO_DATE)));
            }
            if (TIME.matcher(text).matches()) {
                return Optional.of(new LiteralDate(Kind.TIME, LocalTime.parse(text)));
            }
            Matcher m = TIMESTAMP.matcher(text);
            if (m.matches()) {
                LocalDate day = LocalDate.parse(m.group(1), ISO_DATE);
                LocalTime time = LocalTime.parse(m.group(2));
                if (m.group(3) != null) {
                    time = time.withNano(Integer.parseInt((m.group(3) + "00000000").substring(0, 9)));
                }
                LocalDateTime at = LocalDateTime.of(day, time);
                if (m.group(4) != null) {
                    ZoneOffset offset = ZoneOffset.of(m.group(4));
                    at = at.atOffset(offset).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
                }
                return Optional.of(new LiteralDate(Kind.TIMESTAMP, at));
            }
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("'" + text + "' is not a valid date or time: " + e.getMessage(), e);
        }
        return Optional.empty();
    }

    /**
     * Whether a text that {@link #parse} did not accept was still meant as a date (only digits and
     * date punctuation, like {@code 2024-1-5} or {@code 20240131}); such text is refused rather
     * than written into SQL as an expression, as Liquibase would.
     */
    public static boolean looksLikeDate(String text) {
        return DATE_LIKE.matcher(text).matches();
    }

    /**
     * The value as Liquibase writes it inside quotes: {@code 2024-01-31}, {@code 10:15:30},
     * {@code 2024-01-31 10:15:30} or {@code 2024-01-31 10:15:30.123} (fraction without trailing zeros).
     */
    public String text() {
        switch (kind) {
            case DATE:
                return value.toString();
            case TIME:
                return hms((LocalTime) value);
            case TIMESTAMP:
            default:
                LocalDateTime t = (LocalDateTime) value;
                return t.toLocalDate() + " " + hms(t.toLocalTime()) + fraction(t.getNano());
        }
    }

    /** Whether the value has a non-zero fraction of a second. */
    public boolean hasFraction() {
        return kind == Kind.TIMESTAMP && ((LocalDateTime) value).getNano() != 0;
    }

    private static String hms(LocalTime t) {
        return String.format("%02d:%02d:%02d", t.getHour(), t.getMinute(), t.getSecond());
    }

    private static String fraction(int nanos) {
        if (nanos == 0) {
            return "";
        }
        String digits = String.format("%09d", nanos);
        int end = digits.length();
        while (digits.charAt(end - 1) == '0') {
            end--;
        }
        return "." + digits.substring(0, end);
    }
}
