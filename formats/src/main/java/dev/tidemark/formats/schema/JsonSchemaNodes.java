// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.formats.schema;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small factories for the ordered maps and lists the schema is built from before it is written. */
final class JsonSchemaNodes {
    static final String DEFS = "#/$defs/";

    private JsonSchemaNodes() {
    }

    /** An object with the given key, value pairs, in order. */
    static Map<String, Object> object(Object... keyValues) {
        if (keyValues.length % 2 != 0) {
            throw new IllegalArgumentException("key without value");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            out.put((String) keyValues[i], keyValues[i + 1]);
        }
        return out;
    }

    /** {@code {"$ref": "#/$defs/name"}}. */
    static Map<String, Object> ref(String defName) {
        return object("$ref", DEFS + defName);
    }

    /** A copy of {@code schema} with a leading description. */
    static Map<String, Object> described(String description, Map<String, Object> schema) {
        Map<String, Object> out = object("description", description);
        schema.forEach((k, v) -> {
            if (!k.equals("description")) {
                out.put(k, v);
            }
        });
        return out;
    }

    static Map<String, Object> arrayOf(Object items) {
        return object("type", "array", "items", items);
    }

    static Map<String, Object> anyOf(Object... alternatives) {
        return object("anyOf", List.of(alternatives));
    }

    /** One value of the def or a list of them ({@code include: {...}} or {@code include: [{...}, ...]}). */
    static Map<String, Object> oneOrMany(Map<String, Object> item) {
        return anyOf(item, arrayOf(item));
    }

    /** A list of one-key objects, each checked against the def ({@code - onFail: HALT}). */
    static Map<String, Object> oneKeyItems(String defName) {
        return arrayOf(object("type", "object", "$ref", DEFS + defName, "minProperties", 1, "maxProperties", 1));
    }
}
