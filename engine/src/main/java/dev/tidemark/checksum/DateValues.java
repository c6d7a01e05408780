// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.checksum;

import java.sql.Time;
import java.sql.Timestamp;
import java.text.ParseException;
import java.text.SimpleDateFormat;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;

/**
 * How Liquibase reads a date attribute of a column (valueDate, defaultValueDate) and prints it in a
 * checksum. Liquibase recognises a few ISO-like shapes by length, parses them leniently with
 * {@link SimpleDateFormat} in the JVM's time zone, and prints them back as {@code yyyy-MM-dd},
 * {@code HH:mm:ss} or {@code yyyy-MM-dd'T'HH:mm:ss[.fraction]}. Anything else is not a date
 * (Liquibase then keeps the text as a computed value).
 */
final class DateValues {
    private static final String DATE = "yyyy-MM-dd";
    private static final String TIME = "HH:mm:ss";
    private static final String DATE_TIME = "yyyy-MM-dd'T'HH:mm:ss";
    private static final String DATE_TIME_SPACE = "yyyy-MM-dd HH:mm:ss";
    private static final String DATE_TIME_OFFSET = "yyyy-MM-dd'T'HH:mm:ssXXX";
    private static final String DATE_TO_STRING = "EEE MMM dd HH:mm:ss z yyyy";
    /**
     * The formats made so far, by pattern. Building a {@link SimpleDateFormat} (pattern compiled,
     * symbols and calendar looked up) cost more than all the rest of a column's checksum, so they
     * are kept; which makes an instance single-threaded (one per checksum thread, see
     * {@link CheckSumCalculator}). A kept format carries nothing from one use to the next: its zone
     * is set before each use (parsing a zone name changes it) and parsing clears its calendar.
     */
    private final Formats formats = new Formats();

    private final TimeZone zone;

    DateValues(TimeZone zone) {
        this.zone = zone;
    }

    /** The text Liquibase prints for this date, or empty when Liquibase does not read it as a date. */
    Optional<String> format(String text) {
        try {
            return Optional.of(parseAndFormat(text));
        } catch (ParseException | IllegalArgumentException e) {
            // IllegalArgumentException: a fraction beyond nanoseconds, which Liquibase cannot store either
            return Optional.empty();
        }
    }

    private String parseAndFormat(String text) throws ParseException {
        int length = text.length();
        switch (length) {
            case 8:
                return time(text);
            case 10:
                return format(DATE, parse(DATE, text));
            case 19:
                return timestamp(parse(text.contains(" ") ? DATE_TIME_SPACE : DATE_TIME, text).getTime(), 0);
            case 25:
                if (valid(text, DATE_TIME_OFFSET)) {
                    return timestamp(parse(DATE_TIME_OFFSET, text).getTime(), 0);
                }
                return generic(text, length);
            case 28:
                if (valid(text, DATE_TO_STRING)) {
                    return timestamp(parse(DATE_TO_STRING, text).getTime(), 0);
                }
                return generic(text, length);
            default:
                return generic(text, length);
        }
    }

    /** Times without a date, or date-times with a fraction after the 19th character. */
    private String generic(String text, int length) throws ParseException {
        if (text.contains(":") && !text.contains("-")) {
            if (text.contains(".")) {
                throw new ParseException(text, 0);
            }
            return time(text);
        }
        if (length < 19 || text.charAt(19) != '.') {
            throw new ParseException(text, 0);
        }
        boolean space = text.contains(" ");
        long millis = parse(space ? DATE_TIME_SPACE : DATE_TIME, text.substring(0, 19)).getTime();
        int nanos;
        try {
            nanos = OffsetDateTime.parse(text).getNano();
        } catch (DateTimeParseException e) {
            String digits = (space ? text.replace(" ", "T") : text).substring(20);
            try {
                nanos = Integer.parseInt(digits);
            } catch (NumberFormatException notDigits) {
                throw new ParseException(text, 0);
            }
            for (int l = length; l < 29; l++) {
                nanos *= 10;
            }
        }
        return timestamp(millis, nanos);
    }

    private String time(String text) throws ParseException {
        return format(TIME, new Time(parse(TIME, text).getTime()));
    }

    /** {@code yyyy-MM-dd'T'HH:mm:ss} plus the fraction without trailing zeros, if any. */
    private String timestamp(long millis, int nanosOrZero) {
        Timestamp ts = new Timestamp(millis);
        if (nanosOrZero != 0) {
            ts.setNanos(nanosOrZero);
        }
        StringBuilder out = new StringBuilder(format(DATE_TIME, ts));
        int nanos = ts.getNanos();
        if (nanos != 0) {
            String digits = String.format("%09d", nanos);
            int end = digits.length();
            while (end > 1 && digits.charAt(end - 1) == '0') {
                end--;
            }
            out.append('.').append(digits, 0, end);
        }
        return out.toString();
    }

    private static boolean valid(String text, String pattern) {
        try {
            OffsetDateTime.parse(text, DateTimeFormatter.ofPattern(pattern));
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private Date parse(String pattern, String text) throws ParseException {
        return formats.of(pattern, zone).parse(text);
    }

    private String format(String pattern, Date date) {
        return formats.of(pattern, zone).format(date);
    }

    /** Formats by pattern, for the default locale they were made in (as {@code new SimpleDateFormat(pattern)} takes it). */
    private static final class Formats {
        private final Map<String, SimpleDateFormat> byPattern = new HashMap<>();
        private Locale locale;

        SimpleDateFormat of(String pattern, TimeZone zone) {
            Locale current = Locale.getDefault(Locale.Category.FORMAT);
            if (!current.equals(locale)) {
                byPattern.clear();
                locale = current;
            }
            SimpleDateFormat format = byPattern.computeIfAbsent(pattern, SimpleDateFormat::new);
            format.setTimeZone(zone);
            return format;
        }
    }
}
