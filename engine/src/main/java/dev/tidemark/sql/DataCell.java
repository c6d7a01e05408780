// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.sql;

import java.util.Objects;

/**
 * One column of a row to write.
 *
 * @param column    the column name as written in the changelog or CSV (not yet quoted)
 * @param value     its value
 * @param updatable whether an upsert may overwrite it (loadUpdateData's {@code allowUpdate})
 */
public record DataCell(String column, DataValue value, boolean updatable) {

    public DataCell {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(value, "value");
    }
}
