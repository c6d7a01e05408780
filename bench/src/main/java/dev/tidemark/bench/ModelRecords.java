// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.bench;

import dev.tidemark.model.SourceLocation;
import dev.tidemark.model.meta.RecordShape;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Builds model records by component name, every other component null. Records such as
 * {@code ColumnConfig} have over thirty components; naming the few a generated change sets keeps the
 * recipes readable and keeps them compiling when the model gains components.
 */
final class ModelRecords {
    private ModelRecords() {
    }

    /** {@code create(ColumnConfig.class, at, "name", "id", "type", "bigint")}; an unknown name is an error. */
    static <T> T create(Class<T> type, SourceLocation at, Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values come in pairs");
        }
        Map<String, Object> values = new HashMap<>();
        RecordComponent[] components = type.getRecordComponents();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            String name = (String) namesAndValues[i];
            if (Arrays.stream(components).map(RecordComponent::getName).noneMatch(name::equals)) {
                throw new IllegalArgumentException(type.getSimpleName() + " has no component " + name);
            }
            if (namesAndValues[i + 1] != null) {
                values.put(name, namesAndValues[i + 1]);
            }
        }
        return type.cast(RecordShape.of(type).create(at, values));
    }
}
