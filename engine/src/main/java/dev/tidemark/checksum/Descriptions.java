// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.checksum;

import dev.tidemark.model.ChangeSet;
import dev.tidemark.model.change.Change;
import dev.tidemark.model.meta.Attribute;
import dev.tidemark.model.meta.RecordShape;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;

/** The DATABASECHANGELOG.DESCRIPTION text Liquibase 4.33 writes for a changeset. */
public final class Descriptions {
    /** Liquibase cuts descriptions to this length, the last three characters being "...". */
    static final int MAX_LENGTH = 255;

    private Descriptions() {
    }

    /**
     * The changes' descriptions joined with {@code "; "} and cut to 255 characters, or
     * {@code empty} for a changeset without changes.
     */
    public static String of(ChangeSet changeSet) {
        Objects.requireNonNull(changeSet, "changeSet");
        if (changeSet.changes().isEmpty()) {
            return "empty";
        }
        List<String> parts = new ArrayList<>();
        for (Change change : changeSet.changes()) {
            parts.add(of(change));
        }
        String joined = String.join("; ", parts);
        return joined.length() > MAX_LENGTH ? joined.substring(0, MAX_LENGTH - 3) + "..." : joined;
    }

    /**
     * One change: its type name, then {@code name=value} (sorted as text, joined with ", ") for each
     * top-level attribute with a value whose name ends in "name" but names no schema or catalog,
     * and for {@code path}.
     */
    public static String of(Change change) {
        TreeSet<String> names = new TreeSet<>();
        for (Attribute attribute : RecordShape.of(change.getClass()).attributes()) {
            String lower = attribute.name().toLowerCase(Locale.ROOT);
            boolean named = lower.endsWith("name") && !lower.contains("schema") && !lower.contains("catalog");
            if (!named && !lower.equals("path")) {
                continue;
            }
            Object value = attribute.read(change);
            if (value != null) {
                names.add(attribute.name() + "=" + value);
            }
        }
        String type = change.changeType().name();
        return names.isEmpty() ? type : type + " " + String.join(", ", names);
    }
}
