// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.checksum;

import java.text.NumberFormat;
import java.text.ParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A column's fields as Liquibase's ColumnConfig holds them. Liquibase converts the typed values
 * while reading: a numeric value is kept as written when {@code NumberFormat} (US) reads a number
 * at its start (one pair of surrounding parentheses removed) and becomes a computed value
 * otherwise; a date is re-printed in ISO form (the text also kept as {@code rawDateValue}) or
 * becomes a computed value when it is not a date. An explicit computed value wins.
 */
final class ColumnFields {
    /** Attributes that only addColumn's columns have. */
    private static final List<String> ADD_COLUMN_ONLY = List.of("afterColumn", "beforeColumn", "position");

    private final DateValues dates;

    ColumnFields(DateValues dates) {
        this.dates = dates;
    }

    /** The corrected fields of one column; {@code inAddColumn} keeps afterColumn, beforeColumn, position. */
    Map<String, Serialized> correct(Map<String, Serialized> column, boolean inAddColumn) {
        Map<String, Serialized> out = new LinkedHashMap<>(column);
        if (!inAddColumn) {
            ADD_COLUMN_ONLY.forEach(out::remove);
        }
        // Liquibase's column has no such attribute (its XSD does, its parser refuses it)
        out.remove("defaultValueSequenceCurrent");

        String valueComputed = null;
        String numeric = text(out.remove("valueNumeric"));
        if (numeric != null && !numeric.equalsIgnoreCase("null")) {
            String number = number(numeric);
            if (number != null) {
                out.put("valueNumeric", new Serialized.Scalar(number));
            } else {
                valueComputed = numeric;
            }
        }
        String date = text(out.remove("valueDate"));
        if (date != null) {
            out.put("rawDateValue", new Serialized.Scalar(date));
            String formatted = dates.format(date).orElse(null);
            if (formatted != null) {
                out.put("valueDate", new Serialized.Scalar(formatted));
            } else {
                valueComputed = date;
            }
        }
        putComputed(out, "valueComputed", valueComputed);

        String defaultComputed = null;
        String defaultNumeric = text(out.remove("defaultValueNumeric"));
        if ("GENERATED_BY_DEFAULT".equals(defaultNumeric)) {
            out.put("autoIncrement", new Serialized.Scalar("true"));
        } else if (defaultNumeric != null && !defaultNumeric.equalsIgnoreCase("null")) {
            String number = number(defaultNumeric);
            if (number != null) {
                out.put("defaultValueNumeric", new Serialized.Scalar(number));
            } else {
                defaultComputed = defaultNumeric;
            }
        }
        String defaultDate = text(out.remove("defaultValueDate"));
        if (defaultDate != null) {
            String formatted = dates.format(defaultDate).orElse(null);
            if (formatted != null) {
                out.put("defaultValueDate", new Serialized.Scalar(formatted));
            } else {
                defaultComputed = defaultDate;
            }
        }
        putComputed(out, "defaultValueComputed", defaultComputed);
        return out;
    }

    /** The number text Liquibase keeps, or null when it takes the text for a computed value. */
    static String number(String text) {
        String unwrapped = text.startsWith("(") ? text.replaceFirst("^\\(", "").replaceFirst("\\)$", "") : text;
        if (startsWithNumber(unwrapped)) {
            return unwrapped;
        }
        try {
            NumberFormat.getInstance(Locale.US).parse(unwrapped);
            return unwrapped;
        } catch (ParseException e) {
            return null;
        }
    }

    /**
     * Whether the US number format surely reads a number at the start of the text: an ASCII digit,
     * after at most a minus sign (its negative prefix), always starts one. Most numeric values are
     * such, and building a {@code NumberFormat} per value cost more than the rest of the column.
     */
    static boolean startsWithNumber(String text) {
        int start = text.startsWith("-") ? 1 : 0;
        return text.length() > start && text.charAt(start) >= '0' && text.charAt(start) <= '9';
    }

    /** An explicit computed value wins over one derived from an unreadable number or date. */
    private static void putComputed(Map<String, Serialized> out, String name, String derived) {
        if (derived != null && !out.containsKey(name)) {
            out.put(name, new Serialized.Scalar(derived));
        }
    }

    private static String text(Serialized value) {
        return value == null ? null : ((Serialized.Scalar) value).text();
    }
}
