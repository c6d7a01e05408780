// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.model;

import java.util.Objects;

/** A value as a changelog gives it: its kind (which attribute held it) and its text. */
public record Value(Kind kind, String text) {

    /** No value given. */
    public static final Value NONE = new Value(Kind.NONE, null);

    /** Which attribute a value came from: {@code value}, {@code valueNumeric}, ... */
    public enum Kind { NONE, STRING, NUMERIC, BOOLEAN, DATE, COMPUTED, SEQUENCE_NEXT, SEQUENCE_CURRENT, BLOB_FILE, CLOB_FILE }

    public Value {
        Objects.requireNonNull(kind, "kind");
    }

    /** Whether a value was given. */
    public boolean present() {
        return kind != Kind.NONE;
    }

    /** The first non-null text of the (kind, text) pairs, as a value. */
    static Value first(Object... kindTextPairs) {
        for (int i = 0; i < kindTextPairs.length; i += 2) {
            Object text = kindTextPairs[i + 1];
            if (text != null) {
                return new Value((Kind) kindTextPairs[i], (String) text);
            }
        }
        return NONE;
    }
}
