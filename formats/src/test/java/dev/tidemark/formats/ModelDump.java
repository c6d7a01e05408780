package dev.tidemark.formats;

import dev.tidemark.model.SourceLocation;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Set;

/**
 * A canonical text of model records for comparisons across formats: every component by name,
 * without source locations and identity paths (which differ per file by nature).
 */
final class ModelDump {
    private static final Set<String> SKIPPED = Set.of("filePath", "location");

    private ModelDump() {
    }

    static String dump(Object value) {
        StringBuilder out = new StringBuilder();
        dump(value, 0, out);
        return out.toString();
    }

    private static void dump(Object value, int depth, StringBuilder out) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof List) {
            out.append("[");
            for (Object item : (List<?>) value) {
                out.append("\n").append("  ".repeat(depth + 1));
                dump(item, depth + 1, out);
            }
            out.append("]");
        } else if (value instanceof Record && !(value instanceof SourceLocation)) {
            out.append(value.getClass().getSimpleName()).append("{");
            for (RecordComponent c : value.getClass().getRecordComponents()) {
                if (SKIPPED.contains(c.getName())) {
                    continue;
                }
                Object v;
                try {
                    v = c.getAccessor().invoke(value);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
                if (v == null || (v instanceof List && ((List<?>) v).isEmpty())) {
                    continue;
                }
                out.append("\n").append("  ".repeat(depth + 1)).append(c.getName()).append("=");
                dump(v, depth + 1, out);
            }
            out.append("}");
        } else {
            out.append(value.getClass().getSimpleName()).append(":").append(value);
        }
    }
}
