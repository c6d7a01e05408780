// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.cli.sql;

import dev.tidemark.dialect.DatabaseVersion;
import dev.tidemark.model.change.ChangeType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The intentional differences listed in docs/sql-differences.md: every Markdown table row whose
 * first cell names change types (any word that is a change type name counts) and whose second
 * cell names databases ({@code PostgreSQL}, {@code MySQL}, {@code MariaDB}, {@code Oracle},
 * {@code H2}; {@code all} or {@code *} for every one; {@code Oracle 23+} only from that version on).
 */
final class DocumentedDifferences {
    private static final Map<String, String> DATABASES = Map.of("postgresql", "postgresql", "postgres", "postgresql",
            "mysql", "mysql", "mariadb", "mariadb", "oracle", "oracle", "h2", "h2");
    private static final Pattern DATABASE = Pattern.compile("(?i)\\b(postgresql|postgres|mysql|mariadb|oracle|h2)\\b(\\s+(\\d+)(?:\\.(\\d+))?\\+)?");
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z]+|\\S");
    private static final Pattern EVERY = Pattern.compile("(?i)(^|\\W)(all|\\*)(\\W|$)");

    /**
     * One table row: the change types and databases it covers.
     *
     * @param databases     short name to the lowest version the row applies from (null: every version)
     * @param everyDatabase the row says {@code all} or {@code *}
     */
    record Row(int line, Set<String> changeTypes, Map<String, DatabaseVersion> databases, boolean everyDatabase, String text) {

        boolean covers(String changeType, String db, DatabaseVersion version) {
            if (!changeTypes.contains(changeType)) {
                return false;
            }
            if (everyDatabase) {
                return true;
            }
            if (!databases.containsKey(db)) {
                return false;
            }
            DatabaseVersion min = databases.get(db);
            return min == null || version.compareTo(min) >= 0;
        }
    }

    private final List<Row> rows;

    private DocumentedDifferences(List<Row> rows) {
        this.rows = List.copyOf(rows);
    }

    static DocumentedDifferences read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<String> known = new LinkedHashSet<>();
        for (ChangeType t : ChangeType.ALL) {
            known.add(t.name());
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).trim();
            if (!line.startsWith("|")) {
                continue;
            }
            String[] cells = line.substring(1).split("\\|", -1);
            if (cells.length < 2) {
                continue;
            }
            Set<String> types = leadingChangeTypes(cells[0], known);
            if (types.isEmpty()) {
                continue;
            }
            Map<String, DatabaseVersion> dbs = new HashMap<>();
            Matcher m = DATABASE.matcher(cells[1]);
            while (m.find()) {
                DatabaseVersion min = m.group(3) == null ? null
                        : new DatabaseVersion(Integer.parseInt(m.group(3)), m.group(4) == null ? 0 : Integer.parseInt(m.group(4)));
                dbs.put(DATABASES.get(m.group(1).toLowerCase(Locale.ROOT)), min);
            }
            boolean every = EVERY.matcher(cells[1]).find();
            rows.add(new Row(i + 1, types, dbs, every, line));
        }
        return new DocumentedDifferences(rows);
    }

    /**
     * The change types a first cell starts with ({@code insert, update with ...},
     * {@code createSequence / alterSequence dataType}): names joined by commas, slashes or "and", up
     * to the first other word, so that "loadUpdateData with nothing to update" names loadUpdateData only.
     */
    private static Set<String> leadingChangeTypes(String cell, Set<String> known) {
        Set<String> types = new LinkedHashSet<>();
        Matcher token = TOKEN.matcher(cell);
        while (token.find()) {
            String t = token.group();
            if (known.contains(t)) {
                types.add(t);
            } else if (!t.equals(",") && !t.equals("/") && !t.equals("and") && !t.equals("`")) {
                break;
            }
        }
        return types;
    }

    /** The rows that document a difference of this change type on this database. */
    List<Row> rowsFor(String changeType, String db, DatabaseVersion version) {
        return rows.stream().filter(r -> r.covers(changeType, db, version)).toList();
    }
}
