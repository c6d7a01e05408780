// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.formats.sql;

import dev.tidemark.formats.tree.ListNode;
import dev.tidemark.formats.tree.MapNode;
import dev.tidemark.formats.tree.Node;
import dev.tidemark.formats.tree.ScalarNode;
import dev.tidemark.model.SourceLocation;

/** Renders trees as text for exact assertions: compact without places, or indented with every place. */
final class TreeText {
    private TreeText() {
    }

    /** {@code {key: "text", list: [..]}}, no places. */
    static String compact(Node node) {
        if (node instanceof ScalarNode) {
            return quote(((ScalarNode) node).text());
        }
        StringBuilder sb = new StringBuilder();
        if (node instanceof ListNode) {
            sb.append('[');
            for (Node item : ((ListNode) node).items()) {
                sb.append(sb.length() == 1 ? "" : ", ").append(compact(item));
            }
            return sb.append(']').toString();
        }
        sb.append('{');
        for (MapNode.Entry e : ((MapNode) node).entries()) {
            sb.append(sb.length() == 1 ? "" : ", ").append(e.key()).append(": ").append(compact(e.value()));
        }
        return sb.append('}').toString();
    }

    /** One node per line, each key and value with its line:column, children indented. */
    static String located(Node node) {
        StringBuilder sb = new StringBuilder();
        located(node, "", sb);
        return sb.toString();
    }

    static String at(SourceLocation location) {
        return location.line() + ":" + location.column();
    }

    private static void located(Node node, String indent, StringBuilder sb) {
        if (node instanceof ScalarNode) {
            sb.append(quote(((ScalarNode) node).text())).append(" @").append(at(node.location())).append('\n');
        } else if (node instanceof ListNode) {
            sb.append("[] @").append(at(node.location())).append('\n');
            for (Node item : ((ListNode) node).items()) {
                sb.append(indent).append("- ");
                located(item, indent + "  ", sb);
            }
        } else {
            sb.append("{} @").append(at(node.location())).append('\n');
            for (MapNode.Entry e : ((MapNode) node).entries()) {
                sb.append(indent).append(e.key()).append(" @").append(at(e.keyLocation())).append(": ");
                located(e.value(), indent + "  ", sb);
            }
        }
    }

    private static String quote(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\r", "\\r")
                .replace("\t", "\\t") + '"';
    }
}
