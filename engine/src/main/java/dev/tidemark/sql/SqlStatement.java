// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.sql;

import java.util.List;
import java.util.Objects;

/**
 * One statement to run or print. {@code block} marks procedural blocks (PL/SQL, DO $$ ... $$), which
 * scripts must end with the dialect's block delimiter. {@code batchRows} holds bind values when the
 * statement is executed as a batch of rows ({@code ?} placeholders); it is empty otherwise.
 */
public record SqlStatement(String sql, boolean block, List<List<Object>> batchRows) {

    public SqlStatement {
        Objects.requireNonNull(sql, "sql");
        batchRows = batchRows == null ? List.of() : List.copyOf(batchRows);
    }

    public static SqlStatement of(String sql) {
        return new SqlStatement(sql, false, List.of());
    }

    public static SqlStatement block(String sql) {
        return new SqlStatement(sql, true, List.of());
    }

    public boolean isBatch() {
        return !batchRows.isEmpty();
    }
}
