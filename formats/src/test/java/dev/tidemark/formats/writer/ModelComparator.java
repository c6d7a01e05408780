// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.formats.writer;

import dev.tidemark.model.ChangeSet;
import dev.tidemark.model.SourceLocation;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Compares model values component by component, skipping source locations (and, when asked,
 * {@link ChangeSet#filePath()}), and lists every difference with its path, so a failing round trip
 * says exactly which attribute changed.
 */
final class ModelComparator {
    private final boolean compareFilePaths;

    ModelComparator(boolean compareFilePaths) {
        this.compareFilePaths = compareFilePaths;
    }

    /** Every difference as {@code path: expected <> actual}; empty when equal. */
    List<String> differences(Object expected, Object actual) {
        List<String> out = new ArrayList<>();
        compare("", expected, actual, out);
        return out;
    }

    private void compare(String path, Object expected, Object actual, List<String> out) {
        if (expected instanceof SourceLocation || actual instanceof SourceLocation) {
            return;
        }
        if (expected instanceof List && actual instanceof List) {
            List<?> e = (List<?>) expected;
            List<?> a = (List<?>) actual;
            if (e.size() != a.size()) {
                out.add(path + ": " + e.size() + " items <> " + a.size() + " items");
            }
            for (int i = 0; i < Math.min(e.size(), a.size()); i++) {
                compare(path + "[" + i + "]", e.get(i), a.get(i), out);
            }
            return;
        }
        if (expected instanceof Record && actual instanceof Record && expected.getClass() == actual.getClass()) {
            for (RecordComponent c : expected.getClass().getRecordComponents()) {
                if (!compareFilePaths && expected instanceof ChangeSet && c.getName().equals("filePath")) {
                    continue;
                }
                compare(path + "." + c.getName(), read(c, expected), read(c, actual), out);
            }
            return;
        }
        if (!Objects.equals(expected, actual)) {
            out.add(path + ": " + describe(expected) + " <> " + describe(actual));
        }
    }

    private static String describe(Object value) {
        if (value instanceof String) {
            return '"' + ((String) value).replace("\n", "\\n") + '"';
        }
        return value == null ? "null" : value.getClass().getSimpleName() + ":" + value;
    }

    private static Object read(RecordComponent c, Object record) {
        try {
            return c.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
