// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.checksum;

import dev.tidemark.model.CustomParam;
import dev.tidemark.model.change.AddColumn;
import dev.tidemark.model.change.Change;
import dev.tidemark.model.change.CustomChange;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A change serialized as Liquibase serializes its change object for a checksum. The fields come
 * from the model record's attributes; the table below lists where Liquibase's change classes differ:
 * attributes it does not have or leaves out of checksums, defaults it fills in, and values it
 * converts while reading.
 */
final class ChangeSerialization {

    /** Attributes Liquibase leaves out of the checksum, or does not have at all, in every version. */
    private static final Map<String, List<String>> LEFT_OUT = Map.of(
            "createTable", List.of("ifNotExists", "rowDependencies"),
            "createIndex", List.of("associatedWith", "using"),
            "tagDatabase", List.of("keepTagOnRollback"),
            // not properties of Liquibase's change classes:
            "dropIndex", List.of("associatedWith"),
            "update", List.of("whereParams"),
            "delete", List.of("whereParams"),
            "executeCommand", List.of("os", "args"),
            "addForeignKeyConstraint", List.of("referencesUniqueColumn"));

    /** Attributes that V9 hashes separately (the SQL text or file) or not at all. */
    private static final Map<String, List<String>> LEFT_OUT_V9 = Map.of(
            "createView", List.of("path", "relativeToChangelogFile", "selectQuery", "encoding"),
            "createProcedure", List.of("path", "dbms", "relativeToChangelogFile", "procedureText", "encoding",
                    "comment"));

    /** Attributes whose setter trims the text, a blank text counting as absent. */
    private static final Map<String, List<String>> TRIMMED = Map.of(
            "output", List.of("message", "target"),
            "stop", List.of("message"));

    /**
     * Column attributes createIndex's serialization clears (Liquibase blanks them on its column
     * objects before serializing, since an index column has no type or value).
     */
    private static final List<String> INDEX_COLUMN_CLEARED = List.of("type", "autoIncrement", "constraints",
            "defaultValue", "value", "startWith", "incrementBy", "encoding", "remarks");

    /** Values Liquibase's change classes start with, so they are hashed even when not written. */
    private static final Map<String, Map<String, String>> DEFAULTS = Map.of(
            "output", Map.of("target", "STDERR"),
            "stop", Map.of("message", "Stop command in changelog file"));

    /** Liquibase's name for the attribute where it differs (V8 serializes createProcedure's text as procedureBody). */
    private static final Map<String, Map<String, String>> RENAMED_V8 = Map.of(
            "createProcedure", Map.of("procedureText", "procedureBody"));

    private final ColumnFields columns;

    ChangeSerialization(DateValues dates) {
        this.columns = new ColumnFields(dates);
    }

    /** The serialization Liquibase hashes for this change in checksum version {@code version}. */
    String serialize(Change change, int version) {
        String type = change.changeType().name();
        Map<String, Serialized> fields = RecordFields.of(change);
        LEFT_OUT.getOrDefault(type, List.of()).forEach(fields::remove);
        if (version >= 9) {
            LEFT_OUT_V9.getOrDefault(type, List.of()).forEach(fields::remove);
        } else {
            RENAMED_V8.getOrDefault(type, Map.of()).forEach((from, to) -> {
                Serialized value = fields.remove(from);
                if (value != null) {
                    fields.put(to, value);
                }
            });
        }
        TRIMMED.getOrDefault(type, List.of()).forEach(name -> fields.computeIfPresent(name, (n, value) -> {
            String trimmed = ((Serialized.Scalar) value).text().trim();
            return trimmed.isEmpty() ? null : new Serialized.Scalar(trimmed);
        }));
        DEFAULTS.getOrDefault(type, Map.of()).forEach((name, value) ->
                fields.putIfAbsent(name, new Serialized.Scalar(value)));
        correctColumns(fields, change instanceof AddColumn, type.equals("createIndex"));
        if (type.equals("addForeignKeyConstraint")) {
            foldDeleteCascade(fields);
        } else if (type.equals("addDefaultValue")) {
            // Liquibase's defaultValueBoolean is a Boolean read with Boolean.valueOf
            fields.computeIfPresent("defaultValueBoolean", (name, value) ->
                    new Serialized.Scalar(Boolean.toString(Boolean.parseBoolean(((Serialized.Scalar) value).text()))));
        } else if (change instanceof CustomChange) {
            fields.remove("params");
            fields.put("param", params((CustomChange) change));
        }
        return StringSerializer.serialize(type, new Serialized.Nested(fields));
    }

    private void correctColumns(Map<String, Serialized> fields, boolean addColumn, boolean index) {
        Serialized list = fields.get("columns");
        if (list instanceof Serialized.Items) {
            List<Serialized> corrected = new ArrayList<>();
            for (Serialized item : ((Serialized.Items) list).items()) {
                Map<String, Serialized> column = columns.correct(((Serialized.Nested) item).fields(), addColumn);
                if (index) {
                    INDEX_COLUMN_CLEARED.forEach(column::remove);
                }
                corrected.add(new Serialized.Nested(column));
            }
            fields.put("columns", new Serialized.Items(corrected));
        }
    }

    /**
     * Liquibase reads onDelete before deleteCascade, and setting deleteCascade replaces onDelete:
     * CASCADE when deleteCascade is true and onDelete was not given, nothing otherwise.
     */
    private static void foldDeleteCascade(Map<String, Serialized> fields) {
        Serialized cascade = fields.remove("deleteCascade");
        if (cascade == null) {
            return;
        }
        boolean cascadeTrue = Boolean.parseBoolean(((Serialized.Scalar) cascade).text());
        Serialized onDelete = fields.remove("onDelete");
        if (cascadeTrue && onDelete == null) {
            fields.put("onDelete", new Serialized.Scalar("CASCADE"));
        }
    }

    /** customChange's params as Liquibase's name-to-value map (a later param of the same name wins). */
    private static Serialized.Pairs params(CustomChange change) {
        Map<String, String> pairs = new HashMap<>();
        for (CustomParam param : change.params() == null ? List.<CustomParam>of() : change.params()) {
            pairs.put(param.name(), String.valueOf(param.value()));
        }
        return new Serialized.Pairs(pairs);
    }
}
