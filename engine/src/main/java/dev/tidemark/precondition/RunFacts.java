// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.precondition;

import dev.tidemark.dialect.Dialect;
import dev.tidemark.history.HistoryRow;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * What preconditions are evaluated against during one run: the database (none for an offline
 * script), the catalog learned so far, the changesets that count as ran (the history as read,
 * plus what this run ran or marked), and the changelog's properties.
 */
final class RunFacts {
    final Dialect dialect;
    /** The live connection, or null offline. */
    final Connection connection;
    /** The catalog cache, or null offline. */
    final CatalogCache cache;
    private final Set<String> ran = new HashSet<>();
    /**
     * Changesets this run recorded as ran ({path, id, author}) not yet in {@link #ran}: most runs
     * never ask, so the identities are only made when a changeSetExecuted precondition does.
     */
    private final List<String[]> recorded = new ArrayList<>();
    private final UnaryOperator<String> properties;

    RunFacts(Dialect dialect, Connection connection, List<HistoryRow> history, UnaryOperator<String> properties) {
        this.dialect = dialect;
        this.connection = connection;
        this.cache = connection == null ? null : new CatalogCache(dialect.catalogQueries(), connection);
        this.properties = properties;
        for (HistoryRow r : history) {
            if (r.execType() != null && r.execType().ran()) {
                ran.add(identity(r.filename(), r.id(), r.author()));
            }
        }
    }

    static String identity(String path, String id, String author) {
        return (path + "::" + id + "::" + author).toLowerCase(Locale.ROOT);
    }

    /** Whether the history (as it stands in this run) says the changeset ran, was re-run or marked ran. */
    boolean ran(String path, String id, String author) {
        for (String[] r : recorded) {
            ran.add(identity(r[0], r[1], r[2]));
        }
        recorded.clear();
        return ran.contains(identity(path, id, author));
    }

    void recordRan(String path, String id, String author) {
        recorded.add(new String[] {path, id, author});
    }

    /** A property's value, or null when it is not defined. */
    String property(String name) {
        String reference = "${" + name + "}";
        String value = properties.apply(reference);
        return value == null || value.equals(reference) ? null : value;
    }
}
