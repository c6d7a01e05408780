// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A {@code dbms} attribute: a comma list of Liquibase short names, where {@code !x} excludes x and
 * {@code all} / {@code none} are keywords ({@code all} wins over everything else in the list,
 * {@code none} over the rest). An empty list matches every database. As in Liquibase 4.33,
 * {@code mysql} does not match MariaDB.
 */
public final class DbmsList {
    /** Liquibase's database short names. */
    public static final List<String> KNOWN = List.of("postgresql", "mysql", "mariadb", "oracle", "h2", "mssql",
            "sqlite", "hsqldb", "derby", "db2", "db2z", "firebird", "informix", "sybase", "asany", "cockroachdb", "edb",
            "ingres", "cache", "maxdb");

    private final List<String> included;
    private final List<String> excluded;
    private final boolean all;
    private final boolean none;

    private DbmsList(List<String> included, List<String> excluded, boolean all, boolean none) {
        this.included = List.copyOf(included);
        this.excluded = List.copyOf(excluded);
        this.all = all;
        this.none = none;
    }

    /** Parses a dbms attribute; null or blank matches everything. */
    public static DbmsList parse(String definition) {
        List<String> in = new ArrayList<>();
        List<String> out = new ArrayList<>();
        boolean all = false;
        boolean none = false;
        if (definition != null) {
            for (String raw : definition.split(",")) {
                String t = raw.trim().toLowerCase(Locale.ROOT);
                if (t.isEmpty()) {
                    continue;
                }
                if (t.equals("all")) {
                    all = true;
                } else if (t.equals("none")) {
                    none = true;
                } else if (t.startsWith("!")) {
                    out.add(t.substring(1).trim());
                } else {
                    in.add(t);
                }
            }
        }
        return new DbmsList(in, out, all, none);
    }

    /** Whether a database with this short name is selected. */
    public boolean matches(String shortName) {
        String db = shortName.toLowerCase(Locale.ROOT);
        // Liquibase's order: all wins over everything, none over the rest, then !x, then the list.
        if (all) {
            return true;
        }
        if (none || excluded.contains(db)) {
            return false;
        }
        return included.isEmpty() || included.contains(db);
    }

    /** Whether some database is selected by both lists (so same-identity changesets would collide). */
    public boolean overlaps(DbmsList other) {
        for (String db : KNOWN) {
            if (matches(db) && other.matches(db)) {
                return true;
            }
        }
        List<String> unknown = new ArrayList<>(included);
        unknown.addAll(other.included);
        for (String db : unknown) {
            if (!KNOWN.contains(db) && matches(db) && other.matches(db)) {
                return true;
            }
        }
        return false;
    }

    /** The names written without {@code !}, for validation messages. */
    public List<String> names() {
        List<String> all = new ArrayList<>(included);
        all.addAll(excluded);
        return all;
    }
}
