// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.formats.schema;

import static dev.tidemark.formats.schema.JsonSchemaNodes.anyOf;
import static dev.tidemark.formats.schema.JsonSchemaNodes.arrayOf;
import static dev.tidemark.formats.schema.JsonSchemaNodes.described;
import static dev.tidemark.formats.schema.JsonSchemaNodes.object;
import static dev.tidemark.formats.schema.JsonSchemaNodes.oneKeyItems;
import static dev.tidemark.formats.schema.JsonSchemaNodes.oneOrMany;
import static dev.tidemark.formats.schema.JsonSchemaNodes.ref;

import dev.tidemark.model.ChangeLogEntry;
import dev.tidemark.model.ChangeLogFile;
import dev.tidemark.model.ChangeSet;
import dev.tidemark.model.Include;
import dev.tidemark.model.IncludeAll;
import dev.tidemark.model.ModifyChangeSets;
import dev.tidemark.model.ModifySql;
import dev.tidemark.model.Preconditions;
import dev.tidemark.model.Property;
import dev.tidemark.model.RemoveChangeSetProperty;
import dev.tidemark.model.Rollback;
import dev.tidemark.model.change.ChangeType;
import dev.tidemark.model.meta.Attribute;
import dev.tidemark.model.modifysql.SqlModifier;
import dev.tidemark.model.precondition.PreconditionType;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The TREE layout of a changelog (docs/changelog-tree.md) as one JSON Schema: the parts that are
 * shaped by the layout rather than by a record's attributes, namely the {@code databaseChangeLog}
 * list, changes and preconditions named by their type, rollback, validCheckSum and modifySql.
 * Records are described by {@link JsonSchemaRecords}. One instance builds one schema.
 */
final class JsonSchemaLayout {
    static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";
    static final String ID = "https://tidemark.dev/schemas/dbchangelog.schema.json";

    private static final String PLACEHOLDER_PATTERN = "\\$\\{[^}]+\\}";

    /** The databaseChangeLog entries, by item name, in the order Liquibase's documentation lists them. */
    private static final Map<String, Class<? extends ChangeLogEntry>> ENTRIES = entries();

    private final Map<String, Object> defs = new TreeMap<>();
    private final JsonSchemaRecords records = new JsonSchemaRecords(defs, this::structured);

    private static Map<String, Class<? extends ChangeLogEntry>> entries() {
        Map<String, Class<? extends ChangeLogEntry>> m = new LinkedHashMap<>();
        m.put("property", Property.class);
        m.put("preConditions", Preconditions.class);
        m.put("include", Include.class);
        m.put("includeAll", IncludeAll.class);
        m.put("changeSet", ChangeSet.class);
        m.put("modifyChangeSets", ModifyChangeSets.class);
        m.put("removeChangeSetProperty", RemoveChangeSetProperty.class);
        return m;
    }

    /** A new entry type must get a name here before the schema can be generated. */
    private static void checkEntries() {
        Set<Class<?>> permitted = Arrays.stream(ChangeLogEntry.class.getPermittedSubclasses()).collect(Collectors.toSet());
        if (!permitted.equals(Set.copyOf(ENTRIES.values()))) {
            throw new IllegalStateException("the JSON Schema layout does not name every ChangeLogEntry: " + permitted);
        }
    }

    /** The whole schema document. */
    Map<String, Object> schema() {
        checkEntries();
        scalars();
        enumerations();
        defs.put("changeLogItem", changeLogItem());
        defs.put("change", oneKeyObject("One change: its type as the only key, its attributes as the value.",
                changeProperties()));
        defs.put("precondition", object("description", "Preconditions by type; and, or and not nest more of them.",
                "type", "object", "properties", preconditionProperties(), "additionalProperties", false));
        defs.put("nestedPreconditions", described("Preconditions as a list of one-key items, or as one map.",
                anyOf(oneKeyItems("precondition"), ref("precondition"))));
        defs.put("Preconditions", preconditionsRecord(false));
        defs.put("ChangeLogPreconditions", preconditionsRecord(true));
        defs.put("preConditions", described("Preconditions of a changeset: a list of one-key items (options and"
                + " preconditions), or one map of them.", anyOf(oneKeyItems("Preconditions"), ref("Preconditions"))));
        defs.put("changeLogPreConditions", described("Preconditions of the changelog, checked before any changeset"
                + " runs: a list of one-key items, or one map.",
                anyOf(oneKeyItems("ChangeLogPreconditions"), ref("ChangeLogPreconditions"))));
        defs.put("rollback", rollback());
        defs.put("validCheckSum", described("Checksums accepted besides the current one (ANY accepts every one):"
                + " one value or a list.", anyOf(ref("string"), arrayOf(ref("string")))));
        defs.put("modifySql", described("One modifySql block or a list of them.", oneOrMany(records.ref(ModifySql.class))));
        refine();
        Map<String, Object> root = object(
                "$schema", DIALECT,
                "$id", ID,
                "title", "Tidemark changelog (YAML and JSON)",
                "description", "A database changelog in Liquibase 4.33's YAML/JSON layout, as Tidemark reads it."
                        + " Unknown attributes are flagged here (additionalProperties: false) although Liquibase"
                        + " ignores them and Tidemark only warns about them: the schema describes what is valid,"
                        + " as tidemark --strict does. Any value may be a ${property} reference.",
                "type", "object",
                "properties", object(
                        "$schema", object("description", "The schema the file follows, for editors (JSON files).",
                                "type", "string"),
                        "databaseChangeLog", object(
                                "description", "The changelog: attributes, properties, preconditions, includes and"
                                        + " changesets as a list of one-key items.",
                                "type", "array",
                                "items", ref("changeLogItem"))),
                "required", List.of("databaseChangeLog"),
                "additionalProperties", false,
                "$defs", defs);
        checkReferences(root);
        return root;
    }

    private void scalars() {
        defs.put("placeholder", object("description", "A ${name} property reference, replaced when the changelog is read.",
                "type", "string", "pattern", PLACEHOLDER_PATTERN));
        defs.put("string", object("description", "Text; YAML numbers and booleans count as the text written.",
                "type", List.of("string", "number", "boolean")));
        defs.put("boolean", object("description", "true or false, also as text in any case.",
                "anyOf", List.of(object("type", "boolean"),
                        object("type", "string", "pattern", "^\\s*(" + JsonSchemaVocabulary.anyCase("true") + "|"
                                + JsonSchemaVocabulary.anyCase("false") + ")\\s*$"),
                        ref("placeholder"))));
        defs.put("integer", object("description", "A whole number, also as text.",
                "anyOf", List.of(object("type", "integer"),
                        object("type", "string", "pattern", "^\\s*[+-]?[0-9]+\\s*$"),
                        ref("placeholder"))));
    }

    private void enumerations() {
        defs.put("objectQuotingStrategy", choice("LEGACY quotes only what must be quoted.",
                JsonSchemaVocabulary.QUOTING_STRATEGIES, false));
        defs.put("onFail", choice("HALT stops the update, CONTINUE skips the changeset and checks again next time,"
                + " MARK_RAN records it as ran without running it, WARN warns and runs it.",
                JsonSchemaVocabulary.FAIL_ACTIONS, true));
        defs.put("changeLogOnFail", choice("Changelog preconditions can only stop the update (HALT) or warn (WARN).",
                JsonSchemaVocabulary.CHANGELOG_FAIL_ACTIONS, true));
        defs.put("onSqlOutput", choice("IGNORE treats the preconditions as passed, TEST checks them, FAIL fails them.",
                JsonSchemaVocabulary.SQL_OUTPUT_ACTIONS, true));
        defs.put("runOrder", choice("first or last.", JsonSchemaVocabulary.RUN_ORDERS, false));
        defs.put("onValidationFail", choice("HALT (default) stops, MARK_RAN records the changeset as ran.",
                JsonSchemaVocabulary.VALIDATION_FAIL_ACTIONS, false));
    }

    /** One of the values (in any case when Tidemark ignores case), or a placeholder. */
    private static Map<String, Object> choice(String description, List<String> values, boolean anyCase) {
        Map<String, Object> valuesSchema = object("enum", values);
        String pattern = "^\\s*(" + values.stream().map(JsonSchemaVocabulary::anyCase).collect(Collectors.joining("|"))
                + ")\\s*$";
        return object("description", description, "anyOf", anyCase
                ? List.of(valuesSchema, object("type", "string", "pattern", pattern), ref("placeholder"))
                : List.of(valuesSchema, ref("placeholder")));
    }

    /** Changelog attributes ({@code - logicalFilePath: x}) and entries, each item with one key. */
    private Map<String, Object> changeLogItem() {
        @SuppressWarnings("unchecked")
        Map<String, Object> properties = (Map<String, Object>) records.definition(ChangeLogFile.class).get("properties");
        return oneKeyObject("One changelog attribute or entry.", properties);
    }

    private static Map<String, Object> oneKeyObject(String description, Map<String, Object> properties) {
        return object("description", description, "type", "object", "properties", properties,
                "minProperties", 1, "maxProperties", 1, "additionalProperties", false);
    }

    private Map<String, Object> changeProperties() {
        Map<String, Object> out = new LinkedHashMap<>();
        for (ChangeType type : ChangeType.ALL) {
            out.put(type.name(), records.ref(type.recordClass()));
        }
        return out;
    }

    private Map<String, Object> preconditionProperties() {
        Map<String, Object> out = new LinkedHashMap<>();
        for (PreconditionType type : PreconditionType.ALL) {
            out.put(type.name(), type.composite()
                    ? described(compositeDescription(type.name()), ref("nestedPreconditions"))
                    : records.ref(type.recordClass()));
        }
        return out;
    }

    private static String compositeDescription(String name) {
        switch (name) {
            case "and":
                return "Passes when every nested precondition passes.";
            case "or":
                return "Passes when any nested precondition passes.";
            default:
                return "Passes when the nested preconditions (all of them together) do not pass.";
        }
    }

    /** The options and preconditions of a block; the changelog's own block allows fewer onFail/onError values. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> preconditionsRecord(boolean changeLogLevel) {
        Map<String, Object> def = records.definition(Preconditions.class);
        def.put("type", "object");
        if (changeLogLevel) {
            Map<String, Object> properties = (Map<String, Object>) def.get("properties");
            for (String option : List.of("onFail", "onError")) {
                String description = JsonSchemaVocabulary.describeAttribute(Preconditions.class, option);
                properties.put(option, described(description, ref("changeLogOnFail")));
            }
            def.put("description", "Options (onFail, onError: HALT or WARN) and preconditions of the changelog.");
        }
        return def;
    }

    private Map<String, Object> rollback() {
        return described("How to undo the changeset: SQL text, a list of changes, a map (changes by name, or"
                + " changeSetId/changeSetAuthor/changeSetPath of another changeset), or empty for nothing.",
                anyOf(ref("string"), arrayOf(ref("change")), records.ref(Rollback.class)));
    }

    /** Attributes the layout writes its own way; null leaves an attribute to the generic rules. */
    private Map<String, Object> structured(Class<?> record, Attribute a) {
        String key = record.getSimpleName() + "." + a.componentName();
        switch (key) {
            case "ChangeLogFile.path":
            case "ChangeLogFile.format":
                return Map.of();
            case "ChangeLogFile.entries":
                return changeLogEntries();
            case "ChangeSet.validCheckSums":
                return object("validCheckSum", ref("validCheckSum"));
            case "ChangeSet.preconditions":
                return object("preConditions", ref("preConditions"));
            case "ChangeSet.changes":
                return object("changes", described("The changes, in order: one-key items naming the change type.",
                        arrayOf(ref("change"))));
            case "ChangeSet.rollback":
                return object("rollback", ref("rollback"));
            case "ChangeSet.modifySql":
                return object("modifySql", ref("modifySql"));
            case "Preconditions.conditions":
                return preconditionProperties();
            case "Rollback.changes":
                return changeProperties();
            case "ModifyChangeSets.entries":
                return object("include", described("One include or a list of them.", oneOrMany(records.ref(Include.class))),
                        "includeAll", described("One includeAll or a list of them.",
                                oneOrMany(records.ref(IncludeAll.class))));
            case "ModifySql.modifiers":
                Map<String, Object> out = new LinkedHashMap<>();
                for (Class<? extends SqlModifier> type : SqlModifier.TYPES) {
                    out.put(SqlModifier.nameOf(type), described(JsonSchemaVocabulary.describeRecord(type)
                            + " One or a list.", oneOrMany(records.ref(type))));
                }
                return out;
            default:
                return null;
        }
    }

    private Map<String, Object> changeLogEntries() {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, Class<? extends ChangeLogEntry>> e : ENTRIES.entrySet()) {
            if (e.getValue() == Preconditions.class) {
                out.put(e.getKey(), ref("changeLogPreConditions"));
            } else {
                out.put(e.getKey(), records.ref(e.getValue()));
            }
        }
        return out;
    }

    /** Rules no single attribute carries. */
    @SuppressWarnings("unchecked")
    private void refine() {
        Map<String, Object> property = (Map<String, Object>) defs.get("Property");
        property.put("type", "object");
        property.put("oneOf", List.of(object("required", List.of("name")), object("required", List.of("file"))));
        Map<String, Object> rollback = (Map<String, Object>) defs.get("Rollback");
        rollback.put("dependentRequired", object(
                "changeSetId", List.of("changeSetAuthor"),
                "changeSetAuthor", List.of("changeSetId"),
                "changeSetPath", List.of("changeSetId")));
    }

    /** Every {@code $ref} must name a definition: a typo here would only show when a file reaches it. */
    private void checkReferences(Object node) {
        if (node instanceof Map) {
            for (Map.Entry<?, ?> e : ((Map<?, ?>) node).entrySet()) {
                if (e.getKey().equals("$ref")) {
                    String target = (String) e.getValue();
                    if (!target.startsWith(JsonSchemaNodes.DEFS)
                            || !defs.containsKey(target.substring(JsonSchemaNodes.DEFS.length()))) {
                        throw new IllegalStateException("dangling $ref " + target);
                    }
                } else {
                    checkReferences(e.getValue());
                }
            }
        } else if (node instanceof List) {
            ((List<?>) node).forEach(this::checkReferences);
        }
    }
}
