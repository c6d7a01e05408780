// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.bench;

import dev.tidemark.model.ColumnConfig;
import dev.tidemark.model.SourceLocation;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Values that fit a column's type, written the way changelogs write them ({@code valueNumeric},
 * {@code valueBoolean}, {@code valueDate}, {@code value}). Some strings carry quotes, ampersands,
 * angle brackets and line breaks, so the writers' and readers' escaping is part of what is measured.
 */
final class SampleValues {
    private static final List<String> WORDS = List.of("alpha", "bravo", "harbor", "tide", "north", "delta",
            "river", "stone", "amber", "cedar", "maple", "orbit", "pixel", "quartz", "summit", "willow");
    private static final List<String> AWKWARD = List.of("O'Brien & Sons", "<draft>", "say \"hi\"", "50% off",
            "a\tb", "line one\nline two", "café");

    private SampleValues() {
    }

    static ColumnConfig column(SourceLocation at, ColumnShape column, Random random) {
        SqlType type = column.type();
        switch (type.kind()) {
            case INT:
                return numeric(at, column, Integer.toString(random.nextInt(100_000)));
            case BIGINT:
                return numeric(at, column, Long.toString((long) (random.nextDouble() * 1e12)));
            case DECIMAL:
                return numeric(at, column, decimal(type, random));
            case BOOLEAN:
                return ModelRecords.create(ColumnConfig.class, at, "name", column.name(), "valueBoolean",
                        random.nextBoolean());
            case DATE:
                return date(at, column, date(random));
            case TIMESTAMP:
                return date(at, column, String.format(Locale.ROOT, "%sT%02d:%02d:%02d", date(random), random.nextInt(24),
                        random.nextInt(60), random.nextInt(60)));
            case VARCHAR:
                return text(at, column, truncate(words(random, 1 + random.nextInt(4)), type.size()));
            case TEXT:
                return text(at, column, words(random, 5 + random.nextInt(20)));
            default:
                throw new IllegalArgumentException("no sample value for " + type.kind());
        }
    }

    private static ColumnConfig numeric(SourceLocation at, ColumnShape column, String value) {
        return ModelRecords.create(ColumnConfig.class, at, "name", column.name(), "valueNumeric", value);
    }

    private static ColumnConfig date(SourceLocation at, ColumnShape column, String value) {
        return ModelRecords.create(ColumnConfig.class, at, "name", column.name(), "valueDate", value);
    }

    private static ColumnConfig text(SourceLocation at, ColumnShape column, String value) {
        return ModelRecords.create(ColumnConfig.class, at, "name", column.name(), "value", value);
    }

    /** At most {@code size - scale} integer digits (capped at 6) and exactly {@code scale} decimals. */
    private static String decimal(SqlType type, Random random) {
        int integerDigits = Math.min(6, type.size() - type.scale());
        StringBuilder out = new StringBuilder(Integer.toString(random.nextInt((int) Math.pow(10, integerDigits))));
        if (type.scale() > 0) {
            out.append('.');
            for (int i = 0; i < type.scale(); i++) {
                out.append((char) ('0' + random.nextInt(10)));
            }
        }
        return out.toString();
    }

    private static String date(Random random) {
        return String.format(Locale.ROOT, "%04d-%02d-%02d", 2000 + random.nextInt(31), 1 + random.nextInt(12),
                1 + random.nextInt(28));
    }

    private static String words(Random random, int count) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                out.append(' ');
            }
            List<String> source = random.nextInt(20) == 0 ? AWKWARD : WORDS;
            out.append(source.get(random.nextInt(source.size())));
        }
        return out.toString();
    }

    private static String truncate(String text, int size) {
        return text.length() <= size ? text : text.substring(0, size).trim();
    }
}
