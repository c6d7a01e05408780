// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.precondition;

import dev.tidemark.dialect.CatalogQueries;
import dev.tidemark.dialect.CatalogQueries.IndexRow;
import dev.tidemark.dialect.CatalogQueries.KeyKind;
import dev.tidemark.dialect.CatalogQueries.KeyRow;
import dev.tidemark.dialect.CatalogQueries.RelationKind;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What preconditions learned of the catalog during one run, by container: which names were asked
 * and what exists under them. Questions are answered from here; names not asked yet are asked in
 * one query per kind of object for everything {@link #prefetch} was told is coming. A changeset
 * that runs may change the schema, so the executor {@link #clear}s it after each one.
 */
final class CatalogCache {
    /** A key constraint with its columns in order. */
    record Key(String table, String name, KeyKind kind, List<String> columns) {
    }

    /** An index with its columns in order (null for an expression). */
    record Index(String table, String name, List<String> columns) {
    }

    /** What a set of preconditions will ask, by container. */
    static final class Needs {
        final Map<String, Set<String>> relations = new HashMap<>();
        final Map<String, Set<String>> columnTables = new HashMap<>();
        final Map<String, Set<String>> keyTables = new HashMap<>();
        final Map<String, Set<String>> keyNames = new HashMap<>();
        final Map<String, Set<String>> indexTables = new HashMap<>();
        final Map<String, Set<String>> indexNames = new HashMap<>();
        final Map<String, Set<String>> sequences = new HashMap<>();

        static void add(Map<String, Set<String>> map, String container, String name) {
            if (name != null) {
                map.computeIfAbsent(container, k -> new HashSet<>()).add(name);
            }
        }
    }

    /** Everything known about one container. */
    private static final class Known {
        final Map<String, RelationKind> relations = new HashMap<>();
        final Set<String> relationsAsked = new HashSet<>();
        final Map<String, Set<String>> columns = new HashMap<>();
        final Set<String> columnTablesAsked = new HashSet<>();
        final Map<String, Key> keys = new LinkedHashMap<>();
        final Set<String> keyTablesAsked = new HashSet<>();
        final Set<String> keyNamesAsked = new HashSet<>();
        final Map<String, Index> indexes = new LinkedHashMap<>();
        final Set<String> indexTablesAsked = new HashSet<>();
        final Set<String> indexNamesAsked = new HashSet<>();
        final Set<String> sequences = new HashSet<>();
        final Set<String> sequencesAsked = new HashSet<>();
    }

    private final CatalogQueries queries;
    private final Connection connection;
    private final Map<String, Known> known = new HashMap<>();
    private int queryCount;
    private Boolean exactNames;

    CatalogCache(CatalogQueries queries, Connection connection) {
        this.queries = queries;
        this.connection = connection;
    }

    /** Forgets everything: the schema may have changed. */
    void clear() {
        known.clear();
    }

    /** How many catalog queries this cache sent (for tests and figures). */
    int queryCount() {
        return queryCount;
    }

    /**
     * The key a table, view, sequence, index or constraint name is compared by: itself, or lower
     * case where such names compare case-insensitively on this connection.
     */
    String key(String name) {
        boolean exact = Boolean.TRUE.equals(exactNames) || !queries.caseInsensitiveNames();
        return name == null || exact ? name : name.toLowerCase(Locale.ROOT);
    }

    /** The key a column name is compared by: itself, or lower case where column names compare case-insensitively. */
    String columnKey(String name) {
        return name == null ? null : queries.caseInsensitiveNames() ? name.toLowerCase(Locale.ROOT) : name;
    }

    /** Asks the catalog, in one query per kind and container, everything in {@code needs} not known yet. */
    void prefetch(Needs needs) throws SQLException {
        if (exactNames == null) {
            exactNames = queries.exactNames(connection);
        }
        for (Map.Entry<String, Set<String>> e : needs.relations.entrySet()) {
            Known k = known(e.getKey());
            List<String> ask = unasked(e.getValue(), k.relationsAsked);
            if (!ask.isEmpty()) {
                queryCount++;
                for (CatalogQueries.Relation r : queries.relations(connection, e.getKey(), ask)) {
                    k.relations.put(key(r.name()), r.kind());
                }
            }
        }
        for (Map.Entry<String, Set<String>> e : needs.columnTables.entrySet()) {
            Known k = known(e.getKey());
            List<String> ask = unasked(e.getValue(), k.columnTablesAsked);
            if (!ask.isEmpty()) {
                queryCount++;
                for (CatalogQueries.ColumnRow r : queries.columns(connection, e.getKey(), ask)) {
                    k.columns.computeIfAbsent(key(r.table()), t -> new HashSet<>()).add(columnKey(r.column()));
                }
            }
        }
        for (String container : union(needs.keyTables.keySet(), needs.keyNames.keySet())) {
            Known k = known(container);
            List<String> tables = unasked(needs.keyTables.getOrDefault(container, Set.of()), k.keyTablesAsked);
            List<String> names = unasked(needs.keyNames.getOrDefault(container, Set.of()), k.keyNamesAsked);
            if (!tables.isEmpty() || !names.isEmpty()) {
                queryCount++;
                keys(k, queries.keys(connection, container, tables, names));
            }
        }
        for (String container : union(needs.indexTables.keySet(), needs.indexNames.keySet())) {
            Known k = known(container);
            List<String> tables = unasked(needs.indexTables.getOrDefault(container, Set.of()), k.indexTablesAsked);
            List<String> names = unasked(needs.indexNames.getOrDefault(container, Set.of()), k.indexNamesAsked);
            if (!tables.isEmpty() || !names.isEmpty()) {
                queryCount++;
                indexes(k, queries.indexes(connection, container, tables, names));
            }
        }
        for (Map.Entry<String, Set<String>> e : needs.sequences.entrySet()) {
            Known k = known(e.getKey());
            List<String> ask = unasked(e.getValue(), k.sequencesAsked);
            if (!ask.isEmpty()) {
                queryCount++;
                for (String s : queries.sequences(connection, e.getKey(), ask)) {
                    k.sequences.add(key(s));
                }
            }
        }
    }

    /** The kind of the relation with this name, or null when there is none. */
    RelationKind relation(String container, String name) throws SQLException {
        Needs n = new Needs();
        Needs.add(n.relations, container, name);
        prefetch(n);
        return known(container).relations.get(key(name));
    }

    boolean column(String container, String table, String column) throws SQLException {
        Needs n = new Needs();
        Needs.add(n.columnTables, container, table);
        prefetch(n);
        return known(container).columns.getOrDefault(key(table), Set.of()).contains(columnKey(column));
    }

    /** The key constraints on {@code table} (null: any table) named {@code name} (null: any name). */
    List<Key> keys(String container, String table, String name) throws SQLException {
        Needs n = new Needs();
        if (table != null) {
            Needs.add(n.keyTables, container, table);
        } else {
            Needs.add(n.keyNames, container, name);
        }
        prefetch(n);
        List<Key> out = new ArrayList<>();
        for (Key k : known(container).keys.values()) {
            if ((table == null || key(table).equals(key(k.table()))) && (name == null || key(name).equals(key(k.name())))) {
                out.add(k);
            }
        }
        return out;
    }

    /** The indexes on {@code table} (null: any table) named {@code name} (null: any name). */
    List<Index> indexes(String container, String table, String name) throws SQLException {
        Needs n = new Needs();
        if (table != null) {
            Needs.add(n.indexTables, container, table);
        } else {
            Needs.add(n.indexNames, container, name);
        }
        prefetch(n);
        List<Index> out = new ArrayList<>();
        for (Index i : known(container).indexes.values()) {
            if ((table == null || key(table).equals(key(i.table()))) && (name == null || key(name).equals(key(i.name())))) {
                out.add(i);
            }
        }
        return out;
    }

    boolean sequence(String container, String name) throws SQLException {
        Needs n = new Needs();
        Needs.add(n.sequences, container, name);
        prefetch(n);
        return known(container).sequences.contains(key(name));
    }

    private Known known(String container) {
        return known.computeIfAbsent(container, c -> new Known());
    }

    /** The names not asked yet, now marked as asked. */
    private List<String> unasked(Collection<String> names, Set<String> asked) {
        List<String> out = new ArrayList<>();
        for (String name : names) {
            if (asked.add(key(name))) {
                out.add(name);
            }
        }
        return out;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new HashSet<>(a);
        out.addAll(b);
        return out;
    }

    /** Groups key rows into keys; the tables and names they came for are marked asked by {@link #unasked}. */
    private void keys(Known k, List<KeyRow> rows) {
        Map<String, Map<Integer, String>> columns = new LinkedHashMap<>();
        Map<String, KeyRow> first = new LinkedHashMap<>();
        for (KeyRow r : rows) {
            String id = key(r.table()) + "\u0000" + key(r.name());
            first.putIfAbsent(id, r);
            if (r.column() != null) {
                columns.computeIfAbsent(id, x -> new TreeMap<>()).put(r.position(), r.column());
            }
        }
        for (Map.Entry<String, KeyRow> e : first.entrySet()) {
            KeyRow r = e.getValue();
            k.keys.put(e.getKey(), new Key(r.table(), r.name(), r.kind(),
                    List.copyOf(columns.getOrDefault(e.getKey(), Map.of()).values())));
        }
    }

    private void indexes(Known k, List<IndexRow> rows) {
        Map<String, Map<Integer, String>> columns = new LinkedHashMap<>();
        Map<String, IndexRow> first = new LinkedHashMap<>();
        for (IndexRow r : rows) {
            String id = key(r.table()) + "\u0000" + key(r.name());
            first.putIfAbsent(id, r);
            columns.computeIfAbsent(id, x -> new TreeMap<>()).put(r.position(), r.column());
        }
        for (Map.Entry<String, IndexRow> e : first.entrySet()) {
            IndexRow r = e.getValue();
            k.indexes.put(e.getKey(), new Index(r.table(), r.name(), new ArrayList<>(columns.get(e.getKey()).values())));
        }
    }
}
