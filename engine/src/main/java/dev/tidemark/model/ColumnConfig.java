// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.model;

import dev.tidemark.model.meta.Body;
import dev.tidemark.model.meta.Required;
import java.math.BigInteger;
import java.util.Objects;

/**
 * A {@code column} (or a where {@code param}): its type and constraints where it is created,
 * its value where a row is written. Values are kept as written; {@link #value()} tells which kind.
 * {@code afterColumn}, {@code beforeColumn} and {@code position} only mean something in addColumn.
 */
public record ColumnConfig(
        SourceLocation location,
        @Required String name,
        String type,
        @Body(alsoAttribute = true) String value,
        String valueNumeric,
        Boolean valueBoolean,
        String valueDate,
        String valueComputed,
        String valueSequenceNext,
        String valueSequenceCurrent,
        String valueBlobFile,
        String valueClobFile,
        String encoding,
        String defaultValue,
        String defaultValueNumeric,
        String defaultValueDate,
        Boolean defaultValueBoolean,
        String defaultValueComputed,
        String defaultValueSequenceNext,
        String defaultValueConstraintName,
        Boolean autoIncrement,
        BigInteger startWith,
        BigInteger incrementBy,
        String generationType,
        Boolean defaultOnNull,
        String remarks,
        Boolean computed,
        Boolean descending,
        Boolean included,
        String afterColumn,
        String beforeColumn,
        Integer position,
        Constraints constraints) {

    public ColumnConfig {
        Objects.requireNonNull(location, "location");
    }

    /** The value this column writes, or {@link Value#NONE}. */
    public Value valueSpec() {
        return Value.first(
                Value.Kind.STRING, value,
                Value.Kind.NUMERIC, valueNumeric,
                Value.Kind.BOOLEAN, valueBoolean == null ? null : valueBoolean.toString(),
                Value.Kind.DATE, valueDate,
                Value.Kind.COMPUTED, valueComputed,
                Value.Kind.SEQUENCE_NEXT, valueSequenceNext,
                Value.Kind.SEQUENCE_CURRENT, valueSequenceCurrent,
                Value.Kind.BLOB_FILE, valueBlobFile,
                Value.Kind.CLOB_FILE, valueClobFile);
    }

    /** The column default, or {@link Value#NONE}. */
    public Value defaultSpec() {
        return Value.first(
                Value.Kind.STRING, defaultValue,
                Value.Kind.NUMERIC, defaultValueNumeric,
                Value.Kind.BOOLEAN, defaultValueBoolean == null ? null : defaultValueBoolean.toString(),
                Value.Kind.DATE, defaultValueDate,
                Value.Kind.COMPUTED, defaultValueComputed,
                Value.Kind.SEQUENCE_NEXT, defaultValueSequenceNext);
    }
}
