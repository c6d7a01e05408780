// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.formats.schema;

import static dev.tidemark.formats.schema.JsonSchemaNodes.arrayOf;
import static dev.tidemark.formats.schema.JsonSchemaNodes.described;
import static dev.tidemark.formats.schema.JsonSchemaNodes.object;

import dev.tidemark.model.meta.Attribute;
import dev.tidemark.model.meta.RecordShape;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns model records into {@code $defs} entries from their {@link RecordShape}: one property per
 * attribute (plus one per alias), {@code required} from {@code @Required}, {@code @ItemName} lists
 * as lists of one-key objects, and no other properties. Attributes that are not plain (a
 * changeset's changes, say) are left to the {@link Structure} the layout supplies.
 */
final class JsonSchemaRecords {

    /** How the attributes that the generic rules do not cover are written. */
    interface Structure {
        /** The properties that stand for the attribute (empty to leave it out), or null for the generic rules. */
        Map<String, Object> properties(Class<?> record, Attribute attribute);
    }

    private final Map<String, Object> defs;
    private final Structure structure;
    private final Map<String, Class<?>> owners = new HashMap<>();

    JsonSchemaRecords(Map<String, Object> defs, Structure structure) {
        this.defs = defs;
        this.structure = structure;
    }

    /** A reference to the record's definition, adding the definition (and those it uses) on first use. */
    Map<String, Object> ref(Class<?> record) {
        String name = record.getSimpleName();
        Class<?> owner = owners.putIfAbsent(name, record);
        if (owner == null) {
            defs.put(name, definition(record));
        } else if (owner != record) {
            throw new IllegalStateException("two records named " + name + ": " + owner.getName() + ", " + record.getName());
        }
        return JsonSchemaNodes.ref(name);
    }

    /** The record as an object schema, not registered under any name. */
    Map<String, Object> definition(Class<?> record) {
        RecordShape shape = RecordShape.of(record);
        Map<String, Object> properties = new LinkedHashMap<>();
        List<String> required = new ArrayList<>();
        for (Attribute a : shape.attributes()) {
            Map<String, Object> special = structure.properties(record, a);
            if (special != null) {
                properties.putAll(special);
                continue;
            }
            Map<String, Object> schema = attributeSchema(record, a);
            properties.put(a.name(), schema);
            List<String> aliases = new ArrayList<>(a.aliases());
            for (String extra : JsonSchemaVocabulary.extraAliases(record, a.componentName())) {
                if (!aliases.contains(extra)) {
                    aliases.add(extra);
                }
            }
            for (String alias : aliases) {
                properties.put(alias, described(JsonSchemaVocabulary.describeAlias(a.name()), schema));
            }
            if (a.isRequired()) {
                required.add(a.name());
            }
        }
        Map<String, Object> def = object("description", JsonSchemaVocabulary.describeRecord(record),
                "type", types(shape, required), "properties", properties);
        if (!required.isEmpty()) {
            def.put("required", required);
        }
        def.put("additionalProperties", false);
        return def;
    }

    /**
     * A map, as written; also an empty value when nothing is required ({@code - empty:}), and the
     * body text alone when the body is all that is required ({@code - sql: SELECT 1}).
     */
    private static Object types(RecordShape shape, List<String> required) {
        List<String> types = new ArrayList<>(List.of("object"));
        shape.body().ifPresent(body -> {
            if (required.stream().allMatch(body.name()::equals)) {
                types.add("string");
            }
        });
        if (required.isEmpty()) {
            types.add("null");
        }
        return types.size() == 1 ? types.get(0) : List.copyOf(types);
    }

    private Map<String, Object> attributeSchema(Class<?> record, Attribute a) {
        String description = JsonSchemaVocabulary.describeAttribute(record, a.name());
        switch (a.kind()) {
            case STRING:
                String enumDef = JsonSchemaVocabulary.enumDef(a.name());
                return described(description, JsonSchemaNodes.ref(enumDef != null ? enumDef : "string"));
            case BOOLEAN:
                return described(description, JsonSchemaNodes.ref("boolean"));
            case INTEGER:
            case LONG:
            case BIG_INTEGER:
                return described(description, JsonSchemaNodes.ref("integer"));
            case RECORD:
                return described(description, ref(a.elementType()));
            case RECORD_LIST:
                if (a.itemName() != null) {
                    return itemList(a, description);
                }
                break;
            default:
                break;
        }
        throw new IllegalStateException("no JSON Schema rule for " + record.getSimpleName() + "." + a.componentName()
                + " (" + a.kind() + ")");
    }

    /** {@code columns: [{column: {...}}, ...]}: at least one item when required. */
    private Map<String, Object> itemList(Attribute a, String description) {
        Map<String, Object> item = object("type", "object",
                "properties", object(a.itemName(), ref(a.elementType())),
                "required", List.of(a.itemName()),
                "additionalProperties", false);
        Map<String, Object> list = described(description, arrayOf(item));
        if (a.isRequired()) {
            list.put("minItems", 1);
        }
        return list;
    }
}
