// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.formats.schema;

/**
 * Writes indented XSD text. Attributes are given as name/value pairs; a null value leaves the
 * attribute out. Lines end with {@code \n} on every platform so the output is byte-stable.
 */
final class XsdWriter {
    private static final String INDENT = "  ";
    private final StringBuilder out = new StringBuilder();
    private int depth;

    void line(String text) {
        out.append(INDENT.repeat(depth)).append(text).append('\n');
    }

    void blank() {
        out.append('\n');
    }

    void open(String tag, String... attributes) {
        line("<" + tag + attributes(attributes) + ">");
        depth++;
    }

    void empty(String tag, String... attributes) {
        line("<" + tag + attributes(attributes) + "/>");
    }

    void close(String tag) {
        depth--;
        line("</" + tag + ">");
    }

    String text() {
        return out.toString();
    }

    private static String attributes(String... pairs) {
        if (pairs.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name/value pairs");
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                b.append(' ').append(pairs[i]).append("=\"").append(escape(pairs[i + 1])).append('"');
            }
        }
        return b.toString();
    }

    private static String escape(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
