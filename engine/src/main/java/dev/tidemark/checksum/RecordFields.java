// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.checksum;

import dev.tidemark.model.meta.Attribute;
import dev.tidemark.model.meta.RecordShape;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fields of a model record as Liquibase would serialize its counterpart, before the
 * per-type corrections: each attribute under its changelog name, absent values left out, nested
 * records as objects and record lists as collections of objects.
 */
final class RecordFields {
    private RecordFields() {
    }

    /** The attributes of {@code record} that have a value, in declaration order. */
    static Map<String, Serialized> of(Object record) {
        List<Attribute> attributes = RecordShape.of(record.getClass()).attributes();
        Map<String, Serialized> fields = new LinkedHashMap<>();
        for (Attribute attribute : attributes) {
            Object value = attribute.read(record);
            if (value == null) {
                continue;
            }
            if (value instanceof List) {
                List<?> list = (List<?>) value;
                if (list.isEmpty()) {
                    continue;
                }
                List<Serialized> items = new ArrayList<>(list.size());
                for (Object item : list) {
                    items.add(valueOf(item));
                }
                fields.put(attribute.name(), new Serialized.Items(items));
            } else {
                fields.put(attribute.name(), valueOf(value));
            }
        }
        return fields;
    }

    /** A record as an object, anything else as its text ({@code instanceof Record} is what {@code isRecord()} asks, without a native call). */
    private static Serialized valueOf(Object value) {
        return value instanceof Record ? new Serialized.Nested(of(value)) : new Serialized.Scalar(value.toString());
    }
}
