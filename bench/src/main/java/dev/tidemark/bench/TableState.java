// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.bench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A table as the changes generated so far leave it: its columns, how many rows were inserted
 * (primary keys are 1..rows). Mutable, owned by one {@link SchemaState}.
 */
final class TableState {
    private final String name;
    private final int number;
    private final List<ColumnShape> columns = new ArrayList<>();
    private final Set<String> columnNames = new HashSet<>();
    private int rows;
    private int indexes;

    TableState(String name, int number) {
        this.name = name;
        this.number = number;
    }

    String name() {
        return name;
    }

    /** The table's sequence number, which keeps index names short and unique. */
    int number() {
        return number;
    }

    List<ColumnShape> columns() {
        return List.copyOf(columns);
    }

    ColumnShape primaryKey() {
        return columns.stream().filter(ColumnShape::primaryKey).findFirst()
                .orElseThrow(() -> new IllegalStateException(name + " has no primary key"));
    }

    /** {@code base} if the table has no such column yet, else {@code base_2}, {@code base_3}, ... */
    String freshColumnName(String base) {
        String candidate = base;
        for (int i = 2; columnNames.contains(candidate); i++) {
            candidate = base + "_" + i;
        }
        return candidate;
    }

    void addColumn(ColumnShape column) {
        if (!columnNames.add(column.name())) {
            throw new IllegalArgumentException(name + " already has a column " + column.name());
        }
        columns.add(column);
    }

    int rows() {
        return rows;
    }

    /** Records one more row and returns its primary key value. */
    int nextRow() {
        return ++rows;
    }

    String nextIndexName() {
        return "ix_" + number + "_" + (++indexes);
    }
}
