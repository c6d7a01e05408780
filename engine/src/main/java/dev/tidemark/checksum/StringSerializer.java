// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.checksum;

import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Liquibase's StringChangeLogSerializer layout, which its checksums hash: {@code name:[} then the
 * field lines sorted as whole strings (indentation included), four spaces per level.
 */
final class StringSerializer {
    private static final String INDENT = "    ";

    private StringSerializer() {
    }

    /** {@code <name>:[...]} for a top-level object. */
    static String serialize(String name, Serialized.Nested object) {
        return name + ":" + object(object, 1);
    }

    private static String object(Serialized.Nested object, int level) {
        TreeSet<String> lines = new TreeSet<>();
        for (Map.Entry<String, Serialized> field : object.fields().entrySet()) {
            Serialized value = field.getValue();
            String indent = indent(level);
            if (value instanceof Serialized.Nested) {
                lines.add(indent + object((Serialized.Nested) value, level + 1));
            } else if (value instanceof Serialized.Pairs) {
                lines.add(indent + field.getKey() + "=" + pairs((Serialized.Pairs) value, level + 1));
            } else if (value instanceof Serialized.Items) {
                lines.add(indent + field.getKey() + "=" + items((Serialized.Items) value, level + 1));
            } else {
                lines.add(indent + field.getKey() + "=\"" + ((Serialized.Scalar) value).text() + "\"");
            }
        }
        StringBuilder out = new StringBuilder("[");
        if (!lines.isEmpty()) {
            out.append('\n').append(String.join("\n", lines)).append('\n');
        }
        out.append(indent(level - 1)).append(']');
        return out.toString().replace("\r\n", "\n").replace("\r", "\n");
    }

    private static String items(Serialized.Items items, int level) {
        if (items.items().isEmpty()) {
            return "[]";
        }
        StringBuilder out = new StringBuilder("[\n");
        for (Serialized item : items.items()) {
            out.append(indent(level));
            if (item instanceof Serialized.Nested) {
                out.append(object((Serialized.Nested) item, level + 1));
            } else if (item instanceof Serialized.Scalar) {
                out.append(((Serialized.Scalar) item).text());
            } else {
                throw new IllegalArgumentException("a collection holds scalars or objects: " + item);
            }
            out.append(",\n");
        }
        return withoutLastComma(out) + indent(level - 1) + "]";
    }

    private static String pairs(Serialized.Pairs pairs, int level) {
        if (pairs.pairs().isEmpty()) {
            return "[]";
        }
        StringBuilder out = new StringBuilder("{\n");
        for (Map.Entry<String, String> pair : new TreeMap<>(pairs.pairs()).entrySet()) {
            out.append(indent(level)).append(pair.getKey()).append("=\"").append(pair.getValue()).append("\",\n");
        }
        return withoutLastComma(out) + indent(level - 1) + "}";
    }

    /** The text ends with ",\n"; Liquibase drops that comma and keeps the newline. */
    private static String withoutLastComma(StringBuilder text) {
        return text.substring(0, text.length() - 2) + "\n";
    }

    private static String indent(int level) {
        return INDENT.repeat(Math.max(level, 0));
    }
}
