// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.sql;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One row's statement before batching: its SQL and the values bound to its {@code ?} placeholders
 * in order (nulls allowed). Rows whose SQL is the same are batched together.
 */
public record DataStatement(String sql, List<Object> binds) {

    public DataStatement {
        Objects.requireNonNull(sql, "sql");
        binds = Collections.unmodifiableList(new ArrayList<>(binds));
    }

    /** Builds a statement from SQL text and values in the order they appear. */
    public static final class Builder {
        private final StringBuilder sql = new StringBuilder();
        private final List<Object> binds = new ArrayList<>();

        /** Appends SQL text. */
        public Builder text(String text) {
            sql.append(text);
            return this;
        }

        /** Appends a value: its SQL, and its bind value when it is a placeholder. */
        public Builder value(DataValue value) {
            sql.append(value.sql());
            if (value.bound()) {
                binds.add(value.bind());
            }
            return this;
        }

        /** Appends values separated by {@code ", "}. */
        public Builder values(List<DataValue> values) {
            for (int i = 0; i < values.size(); i++) {
                if (i > 0) {
                    sql.append(", ");
                }
                value(values.get(i));
            }
            return this;
        }

        public DataStatement build() {
            return new DataStatement(sql.toString(), binds);
        }
    }
}
