// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.cli.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One changeset of an update-sql script, from Liquibase or from Tidemark: its statements as
 * written, or the reason the tool refused it (Liquibase's validation error, Tidemark's
 * UNSUPPORTED / INVALID_VALUE exception). A refused changeset compares as one {@link #REFUSED}
 * statement whatever the reason, since both tools then write nothing for it.
 *
 * @param key        {@code id::author}
 * @param statements the statements as written (empty when refused)
 * @param refusal    why the changeset was refused, or null
 */
record ScriptChangeSet(String key, List<String> statements, String refusal) {
    /** Stands for a statement Liquibase leaves out of scripts because it needs bind values. */
    static final String PREPARED_ONLY = "<no sql offline: liquibase only runs this as a prepared statement>";
    /** Stands for a refused changeset. */
    static final String REFUSED = "<refused>";
    private static final Pattern SPACE = Pattern.compile("\\s+");
    /** H2's default schema as Liquibase writes it before every unqualified name. */
    private static final Pattern H2_DEFAULT_SCHEMA = Pattern.compile("(?<![\\w$\"])(PUBLIC|\"PUBLIC\")\\.");

    private static final Pattern FOREIGN_KEY = Pattern.compile("(constraint \\S+ )?foreign key\\b");

    ScriptChangeSet {
        statements = List.copyOf(statements);
    }

    static ScriptChangeSet of(String key, List<String> statements) {
        return new ScriptChangeSet(key, statements, null);
    }

    static ScriptChangeSet refused(String key, String reason) {
        return new ScriptChangeSet(key, List.of(), reason);
    }

    /** What is compared: the statements normalised by {@link #normalise}, or {@link #REFUSED}. */
    List<String> comparable(boolean dropH2DefaultSchema) {
        if (refusal != null) {
            return List.of(REFUSED);
        }
        List<String> out = new ArrayList<>();
        for (String s : statements) {
            String n = normalise(dropH2DefaultSchema ? H2_DEFAULT_SCHEMA.matcher(s).replaceAll("") : s);
            if (!n.isEmpty()) {
                out.add(n);
            }
        }
        return out;
    }

    /**
     * A statement as compared: comment lines ({@code --} first on the line) and {@code /} lines
     * dropped, whitespace collapsed, trailing semicolons dropped, lower case, and the foreign key
     * clauses of a CREATE TABLE sorted among themselves ({@link #sortForeignKeys}).
     */
    static String normalise(String sql) {
        StringBuilder kept = new StringBuilder();
        for (String line : sql.split("\r?\n")) {
            String t = line.trim();
            if (t.startsWith("--") || t.equals("/")) {
                continue;
            }
            kept.append(t).append(' ');
        }
        String s = SPACE.matcher(kept).replaceAll(" ").trim();
        while (s.endsWith(";")) {
            s = s.substring(0, s.length() - 1).trim();
        }
        return sortForeignKeys(s.toLowerCase(Locale.ROOT));
    }

    /**
     * Liquibase 4.33 keeps a CREATE TABLE's foreign keys in a HashSet of objects without their own
     * hashCode, so their order changes from run to run; Tidemark writes them in changelog order.
     * Sorting the foreign key clauses (each staying in one of the places foreign keys hold) makes the
     * comparison stable without hiding any other difference.
     */
    static String sortForeignKeys(String sql) {
        if (!sql.startsWith("create table")) {
            return sql;
        }
        int open = sql.indexOf('(');
        if (open < 0) {
            return sql;
        }
        List<String> items = new ArrayList<>();
        int depth = 0;
        boolean quoted = false;
        int start = open + 1;
        int close = -1;
        for (int i = open; i < sql.length() && close < 0; i++) {
            char c = sql.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                depth++;
            } else if (!quoted && c == ')') {
                depth--;
                if (depth == 0) {
                    items.add(sql.substring(start, i).trim());
                    close = i;
                }
            } else if (!quoted && c == ',' && depth == 1) {
                items.add(sql.substring(start, i).trim());
                start = i + 1;
            }
        }
        if (close < 0) {
            return sql;
        }
        List<Integer> places = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (FOREIGN_KEY.matcher(items.get(i)).lookingAt()) {
                places.add(i);
                keys.add(items.get(i));
            }
        }
        if (keys.size() < 2) {
            return sql;
        }
        keys.sort(null);
        for (int i = 0; i < places.size(); i++) {
            items.set(places.get(i), keys.get(i));
        }
        return sql.substring(0, open + 1) + String.join(", ", items) + sql.substring(close);
    }
}
