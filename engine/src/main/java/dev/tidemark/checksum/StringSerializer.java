// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.checksum;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * Liquibase's StringChangeLogSerializer layout, which its checksums hash: {@code name:[} then the
 * field lines sorted as whole strings (indentation included), four spaces per level.
 *
 * <p>Every changeset of a changelog is serialized on every run, so the text is built with one
 * builder per line and no intermediate strings; what the result is stays exactly Liquibase's:
 * each object's lines sorted (equal lines once, as in its sorted set), then that object's line
 * ends made LF before it is sorted among its parent's lines. Keys (changelog names) hold no CR;
 * texts are checked for one once, where they are written.
 */
final class StringSerializer {
    /** Indentation by level; four spaces each. Deeper levels (never seen in a changelog) are built on demand. */
    private static final String[] INDENTS = new String[8];

    static {
        for (int level = 0; level < INDENTS.length; level++) {
            INDENTS[level] = "    ".repeat(level);
        }
    }

    private StringSerializer() {
    }

    /** {@code <name>:[...]} for a top-level object. */
    static String serialize(String name, Serialized.Nested object) {
        return name + ":" + object(object, 1);
    }

    private static String object(Serialized.Nested object, int level) {
        Map<String, Serialized> fields = object.fields();
        String[] lines = new String[fields.size()];
        int count = 0;
        int length = 0;
        boolean carriageReturn = false;
        String indent = indent(level);
        for (Map.Entry<String, Serialized> field : fields.entrySet()) {
            Serialized value = field.getValue();
            String line;
            if (value instanceof Serialized.Nested) {
                line = indent.concat(object((Serialized.Nested) value, level + 1));
            } else {
                StringBuilder out = new StringBuilder(64).append(indent).append(field.getKey()).append('=');
                if (value instanceof Serialized.Pairs) {
                    carriageReturn |= pairs(out, (Serialized.Pairs) value, level + 1);
                } else if (value instanceof Serialized.Items) {
                    carriageReturn |= items(out, (Serialized.Items) value, level + 1);
                } else {
                    String text = ((Serialized.Scalar) value).text();
                    carriageReturn |= text.indexOf('\r') >= 0;
                    out.append('"').append(text).append('"');
                }
                line = out.toString();
            }
            lines[count++] = line;
            length += line.length() + 1;
        }
        Arrays.sort(lines);
        String closingIndent = indent(level - 1);
        StringBuilder out = new StringBuilder(length + closingIndent.length() + 3).append('[');
        if (count > 0) {
            out.append('\n');
            String previous = null;
            for (String line : lines) {
                if (!line.equals(previous)) {
                    out.append(line).append('\n');
                    previous = line;
                }
            }
        }
        out.append(closingIndent).append(']');
        // nested objects come back with LF already, so only this level's own texts can hold a CR
        return carriageReturn ? lineFeedsOnly(out.toString()) : out.toString();
    }

    /** {@code [\n<item>,\n<item>\n]}, or {@code []} when empty; whether a scalar item holds a CR. */
    private static boolean items(StringBuilder out, Serialized.Items items, int level) {
        if (items.items().isEmpty()) {
            out.append("[]");
            return false;
        }
        boolean carriageReturn = false;
        String indent = indent(level);
        out.append("[\n");
        boolean first = true;
        for (Serialized item : items.items()) {
            if (!first) {
                out.append(",\n");
            }
            first = false;
            out.append(indent);
            if (item instanceof Serialized.Nested) {
                out.append(object((Serialized.Nested) item, level + 1));
            } else if (item instanceof Serialized.Scalar) {
                String text = ((Serialized.Scalar) item).text();
                carriageReturn |= text.indexOf('\r') >= 0;
                out.append(text);
            } else {
                throw new IllegalArgumentException("a collection holds scalars or objects: " + item);
            }
        }
        out.append('\n').append(indent(level - 1)).append(']');
        return carriageReturn;
    }

    /** {@code {\n<key>="<value>",\n...\n}} in key order, or {@code []} when empty; whether a key or value holds a CR. */
    private static boolean pairs(StringBuilder out, Serialized.Pairs pairs, int level) {
        if (pairs.pairs().isEmpty()) {
            out.append("[]");
            return false;
        }
        boolean carriageReturn = false;
        String indent = indent(level);
        out.append("{\n");
        boolean first = true;
        for (Map.Entry<String, String> pair : new TreeMap<>(pairs.pairs()).entrySet()) {
            if (!first) {
                out.append(",\n");
            }
            first = false;
            carriageReturn |= pair.getKey().indexOf('\r') >= 0 || pair.getValue().indexOf('\r') >= 0;
            out.append(indent).append(pair.getKey()).append("=\"").append(pair.getValue()).append('"');
        }
        out.append('\n').append(indent(level - 1)).append('}');
        return carriageReturn;
    }

    /** CR LF and lone CR made LF. */
    private static String lineFeedsOnly(String text) {
        return text.replace("\r\n", "\n").replace("\r", "\n");
    }

    private static String indent(int level) {
        if (level <= 0) {
            return "";
        }
        return level < INDENTS.length ? INDENTS[level] : "    ".repeat(level);
    }
}
