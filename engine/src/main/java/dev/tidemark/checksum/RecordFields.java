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
        Map<String, Serialized> fields = new LinkedHashMap<>();
        for (Attribute attribute : RecordShape.of(record.getClass()).attributes()) {
            Object value = attribute.read(record);
            if (value == null) {
                continue;
            }
            if (value instanceof List) {
                List<?> list = (List<?>) value;
                if (list.isEmpty()) {
                    continue;
                }
                List<Serialized> items = new ArrayList<>();
                for (Object item : list) {
                    items.add(item.getClass().isRecord()
                            ? new Serialized.Nested(of(item)) : new Serialized.Scalar(item.toString()));
                }
                fields.put(attribute.name(), new Serialized.Items(items));
            } else if (value.getClass().isRecord()) {
                fields.put(attribute.name(), new Serialized.Nested(of(value)));
            } else {
                fields.put(attribute.name(), new Serialized.Scalar(value.toString()));
            }
        }
        return fields;
    }
}
