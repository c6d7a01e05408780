// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;

/**
 * The schema the changes generated so far have built, which later changes refer to: only tables
 * that exist, columns they have, rows that were inserted. Mutable; one per generation run.
 */
final class SchemaState {
    private static final List<String> TABLE_WORDS = List.of("customer", "account", "invoice", "payment",
            "product", "supplier", "shipment", "warehouse", "employee", "department", "project", "task",
            "ticket", "contract", "address", "region", "category", "review", "coupon", "session");

    /** A column whose values point at another table's primary key, waiting for its foreign key. */
    record Reference(TableState table, ColumnShape column) {
        Reference {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(column, "column");
        }
    }

    private final List<TableState> tables = new ArrayList<>();
    private final Map<String, TableState> byName = new HashMap<>();
    private final List<Reference> pendingReferences = new ArrayList<>();
    private int foreignKeys;

    /** Registers a new, still empty table named after a domain word and its number: {@code invoice_17}. */
    TableState newTable(Random random) {
        int number = tables.size() + 1;
        TableState table = new TableState(TABLE_WORDS.get(random.nextInt(TABLE_WORDS.size())) + "_" + number, number);
        tables.add(table);
        byName.put(table.name(), table);
        return table;
    }

    int tableCount() {
        return tables.size();
    }

    TableState table(String name) {
        TableState table = byName.get(name);
        if (table == null) {
            throw new IllegalArgumentException("no table " + name);
        }
        return table;
    }

    /** A uniformly chosen existing table. */
    TableState anyTable(Random random) {
        if (tables.isEmpty()) {
            throw new IllegalStateException("no table yet");
        }
        return tables.get(random.nextInt(tables.size()));
    }

    /** Notes a reference column that a later addForeignKeyConstraint may constrain. */
    void addReference(TableState table, ColumnShape column) {
        if (column.referencedTable() == null) {
            throw new IllegalArgumentException(column.name() + " references no table");
        }
        pendingReferences.add(new Reference(table, column));
    }

    boolean hasPendingReference() {
        return !pendingReferences.isEmpty();
    }

    /** Removes and returns a uniformly chosen reference column without a foreign key. */
    Optional<Reference> takeReference(Random random) {
        if (pendingReferences.isEmpty()) {
            return Optional.empty();
        }
        int i = random.nextInt(pendingReferences.size());
        Reference chosen = pendingReferences.get(i);
        // Order among pending references does not matter, so swap-remove keeps this O(1).
        pendingReferences.set(i, pendingReferences.get(pendingReferences.size() - 1));
        pendingReferences.remove(pendingReferences.size() - 1);
        return Optional.of(chosen);
    }

    String nextForeignKeyName() {
        return "fk_" + (++foreignKeys);
    }
}
