// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.formats.yaml;

import dev.tidemark.formats.tree.ListNode;
import dev.tidemark.formats.tree.MapNode;
import dev.tidemark.formats.tree.Node;
import dev.tidemark.formats.tree.ScalarNode;
import dev.tidemark.model.SourceLocation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The state of reading one file for {@link BlockYamlReader}, or one slice of the items of its
 * top-level list: the position, the scalar scanner and the first reason to decline. One thread
 * uses one; the {@link YamlText} it reads is shared.
 */
final class BlockParse {
    /** Longest key SnakeYAML takes as a simple key, in code points (counted here in chars, which is stricter). */
    private static final int MAX_SIMPLE_KEY = 1024;
    /** The stop line of {@link #items} for a list read to its end. */
    static final int UNBOUNDED = Integer.MAX_VALUE;

    private final String path;
    private final YamlText text;
    private final ScalarKinds kinds;
    private final ScalarScanner scalars;
    /** Reads long top-level lists in slices; null in a slice, which reads its items alone. */
    private final ListSlices slices;
    /** The first line not read yet. */
    private int next;
    private boolean plain;
    private int pos;
    private int declinedLine;
    private String declined;
    /** The kinds of short plain scalars: the same few words recur thousands of times, and the resolver is slow. */
    private final Map<String, ScalarNode.Kind> shortKinds = new HashMap<>();

    BlockParse(String path, YamlText text, ScalarKinds kinds, ListSlices slices) {
        this.path = path;
        this.text = text;
        this.kinds = kinds;
        this.slices = slices;
        scalars = new ScalarScanner(text);
    }

    BlockYamlReader.Outcome document() {
        if (text.unsupportedAt >= 0) {
            return new BlockYamlReader.Outcome(null, text.lineOf(text.unsupportedAt) + 1,
                    "a character SnakeYAML treats specially or refuses (a line break other than \\n or \\r\\n, a byte order mark, a control character)");
        }
        int line = text.nextContentLine(0);
        if (line >= 0 && isDocumentMarker(text.start(line), '-')) {
            if (!text.restIsComment(text.start(line) + 3)) {
                return new BlockYamlReader.Outcome(null, line + 1, "a node on the --- line");
            }
            line = text.nextContentLine(line + 1);
        }
        if (line < 0) {
            return new BlockYamlReader.Outcome(null, 0, "no content");
        }
        Node root = node(line, text.start(line) + text.indent(line), -1, 0, true);
        if (root != null) {
            int after = text.nextContentLine(next);
            if (after < 0) {
                return new BlockYamlReader.Outcome(root, 0, null);
            }
            decline(after, "a line after the root node");
        }
        return new BlockYamlReader.Outcome(null, declinedLine + 1, declined);
    }

    /**
     * The node starting at {@code index} on {@code line}, inside a block collection indented
     * {@code outer}; {@code collections} says whether a block list or map may start here.
     */
    private Node node(int line, int index, int outer, int depth, boolean collections) {
        if (depth > YamlTreeReader.MAX_DEPTH) {
            return decline(line, "nested deeper than the limit");
        }
        char c = text.at(index);
        if (c == '-' && YamlText.isBlank(text.at(index + 1))) {
            return collections ? blockList(line, index, depth) : decline(line, "a list entry where a value was expected");
        }
        Node scalarOrFlow;
        if (c == '|' || c == '>') {
            String value = scalars.block(index, line, outer);
            if (value == null) {
                return decline(line, scalars.problem);
            }
            next = scalars.nextLine;
            scalarOrFlow = ScalarNode.string(location(line, index), value);
        } else {
            if (c == '[' || c == '{') {
                scalarOrFlow = flow(line, index, depth);
            } else {
                String value = scalar(index, false);
                if (value == null) {
                    return null;
                }
                if (isValueIndicator(text.skipSpaces(pos), false)) {
                    return collections ? blockMap(line, index, depth) : decline(line, "a key where a value was expected");
                }
                scalarOrFlow = scalarNode(line, index, value);
            }
            if (scalarOrFlow == null) {
                return null;
            }
            if (!text.restIsComment(pos)) {
                return decline(line, "more text after a value");
            }
            next = line + 1;
        }
        int after = text.nextContentLine(next);
        if (after >= 0 && text.indent(after) > outer) {
            return decline(after, "a line indented under a value: a multi-line scalar or a misplaced node");
        }
        return scalarOrFlow;
    }

    private Node blockMap(int line, int index, int depth) {
        int indent = index - text.start(line);
        SourceLocation where = location(line, index);
        List<MapNode.Entry> entries = new ArrayList<>(4);
        MapKeys keys = new MapKeys(entries);
        int l = line;
        int i = index;
        while (true) {
            String key = key(l, i, false);
            if (key == null) {
                return null;
            }
            if (keys.isDuplicate(key)) {
                return decline(l, "a duplicate key");
            }
            SourceLocation keyWhere = l == line ? where : location(l, i); // the first key is where its map is
            Node value = blockMapValue(l, pos, indent, depth + 1);
            if (value == null) {
                return null;
            }
            entries.add(new MapNode.Entry(key, keyWhere, value));
            l = text.nextContentLine(next);
            if (l < 0 || text.indent(l) < indent) {
                return new MapNode(where, entries);
            }
            if (text.indent(l) > indent) {
                return decline(l, "a line indented more than the keys of its map");
            }
            i = text.start(l) + indent;
        }
    }

    /** The value after the {@code :} that ends at {@code index - 1}. */
    private Node blockMapValue(int line, int index, int indent, int depth) {
        int i = text.skipSpaces(index);
        if (!text.restIsComment(i)) {
            return node(line, i, indent, depth, false);
        }
        next = line + 1;
        int l = text.nextContentLine(next);
        if (l >= 0 && text.indent(l) > indent) {
            return node(l, text.start(l) + text.indent(l), indent, depth, true);
        }
        if (l >= 0 && text.indent(l) == indent && isListEntry(text.start(l) + indent)) {
            return blockList(l, text.start(l) + indent, depth);
        }
        return nullNode(line, index, depth);
    }

    private Node blockList(int line, int index, int depth) {
        if (depth > YamlTreeReader.MAX_DEPTH) {
            return decline(line, "nested deeper than the limit");
        }
        int indent = index - text.start(line);
        SourceLocation where = location(line, index);
        if (slices != null && depth <= 1) {
            Optional<ListSlices.Items> sliced = slices.read(path, text, line, indent, depth);
            if (sliced.isPresent()) {
                next = sliced.get().next();
                return new ListNode(where, sliced.get().items());
            }
        }
        List<Node> items = new ArrayList<>();
        return items(line, indent, depth, UNBOUNDED, items) ? new ListNode(where, items) : null;
    }

    /**
     * Reads the items of the block list indented {@code indent} (at {@code depth}) from the one
     * on {@code line} into {@code items}; false if it declines. Bounded by a {@code stop} line
     * (for a slice), it reads up to the item that starts there and is false, without a reason,
     * unless the items end exactly there.
     */
    boolean items(int line, int indent, int depth, int stop, List<Node> items) {
        int l = line;
        int i = text.start(l) + indent;
        while (true) {
            int content = text.skipSpaces(i + 1);
            Node item;
            if (text.restIsComment(content)) {
                next = l + 1;
                int below = text.nextContentLine(next);
                item = below >= 0 && text.indent(below) > indent
                        ? node(below, text.start(below) + text.indent(below), indent, depth + 1, true)
                        : nullNode(l, i + 1, depth + 1);
            } else {
                item = node(l, content, indent, depth + 1, true);
            }
            if (item == null) {
                return false;
            }
            items.add(item);
            l = text.nextContentLine(next);
            if (l == stop) {
                return true;
            }
            if (l < 0 || text.indent(l) < indent || l > stop) {
                return stop == UNBOUNDED;
            }
            if (text.indent(l) > indent) {
                decline(l, "a line indented more than the entries of its list");
                return false;
            }
            i = text.start(l) + indent;
            if (!isListEntry(i)) {
                return stop == UNBOUNDED; // the next key of the map an indentless list is the value in; anything else is declined there
            }
        }
    }

    /** The first line not read yet, after {@link #items}. */
    int next() {
        return next;
    }

    /** A {@code [ ]} or {@code { }} collection that closes on its line; {@link #pos} is then after it. */
    private Node flow(int line, int index, int depth) {
        if (depth > YamlTreeReader.MAX_DEPTH) {
            return decline(line, "nested deeper than the limit");
        }
        boolean map = text.at(index) == '{';
        char close = map ? '}' : ']';
        List<MapNode.Entry> entries = new ArrayList<>();
        MapKeys keys = new MapKeys(entries);
        List<Node> items = new ArrayList<>();
        int i = text.skipSpaces(index + 1);
        while (text.at(i) != close) {
            if (YamlText.isEnd(text.at(i))) {
                return decline(line, "a [ ] or { } collection that does not close on its line");
            }
            if (map) {
                String key = key(line, i, true);
                if (key == null) {
                    return null;
                }
                if (keys.isDuplicate(key)) {
                    return decline(line, "a duplicate key");
                }
                int valueAt = text.skipSpaces(pos);
                char c = text.at(valueAt);
                Node value = c == ',' || c == '}' ? nullNode(line, pos, depth + 1) : flowValue(line, valueAt, depth + 1);
                if (value == null) {
                    return null;
                }
                entries.add(new MapNode.Entry(key, location(line, i), value));
                i = c == ',' || c == '}' ? valueAt : text.skipSpaces(pos);
            } else {
                Node item = flowValue(line, i, depth + 1);
                if (item == null) {
                    return null;
                }
                items.add(item);
                i = text.skipSpaces(pos);
            }
            if (text.at(i) == ',') {
                i = text.skipSpaces(i + 1);
                if (text.at(i) == close || text.at(i) == ',') {
                    return decline(line, "an empty entry in a [ ] or { } collection");
                }
            } else if (text.at(i) != close) {
                return decline(line, "a [ ] or { } collection that does not close on its line or holds more than scalars and collections");
            }
        }
        pos = i + 1;
        SourceLocation where = location(line, index);
        return map ? new MapNode(where, entries) : new ListNode(where, items);
    }

    private Node flowValue(int line, int index, int depth) {
        char c = text.at(index);
        if (c == '[' || c == '{') {
            return flow(line, index, depth);
        }
        if (depth > YamlTreeReader.MAX_DEPTH) {
            return decline(line, "nested deeper than the limit");
        }
        String value = scalar(index, true);
        return value == null ? null : scalarNode(line, index, value);
    }

    /** A key and its {@code :}; {@link #pos} is then after the colon. */
    private String key(int line, int index, boolean flow) {
        String key = scalar(index, flow);
        if (key == null) {
            return null;
        }
        int colon = text.skipSpaces(pos);
        if (!isValueIndicator(colon, flow)) {
            return decline(line, "a line that is not a key: value pair, or a multi-line key");
        }
        if (colon - index > MAX_SIMPLE_KEY) {
            return decline(line, "a key longer than SnakeYAML's simple keys");
        }
        if (plain && kindOf(key) == ScalarNode.Kind.NULL) {
            return decline(line, "a null key");
        }
        pos = colon + 1;
        return key;
    }

    /** A quoted or plain scalar; sets {@link #plain} and puts {@link #pos} after it. */
    private String scalar(int index, boolean flow) {
        char c = text.at(index);
        String value;
        if (c == '\'' || c == '"') {
            plain = false;
            value = scalars.quoted(index);
        } else if (!scalars.canStartPlain(index, flow)) {
            return decline(text.lineOf(index), "a node starting with '" + c + "' (anchor, alias, tag, explicit key, or not YAML)");
        } else if ((index == 0 || text.at(index - 1) == '\n') && (isDocumentMarker(index, '-') || isDocumentMarker(index, '.'))) {
            return decline(text.lineOf(index), "a --- or ... document marker");
        } else {
            plain = true;
            value = scalars.plain(index, flow);
        }
        if (value == null) {
            return decline(text.lineOf(index), scalars.problem);
        }
        pos = scalars.end;
        return value;
    }

    private ScalarNode scalarNode(int line, int index, String value) {
        SourceLocation where = location(line, index);
        ScalarNode.Kind kind = plain ? kindOf(value) : ScalarNode.Kind.STRING;
        return kind == ScalarNode.Kind.NULL ? new ScalarNode(where, null, kind) : new ScalarNode(where, value, kind);
    }

    private ScalarNode.Kind kindOf(String plainScalar) {
        if (plainScalar.length() > 5) {
            return kinds.ofPlain(plainScalar);
        }
        ScalarNode.Kind kind = shortKinds.get(plainScalar);
        if (kind == null) {
            kind = kinds.ofPlain(plainScalar);
            shortKinds.put(plainScalar, kind);
        }
        return kind;
    }

    /** The null SnakeYAML makes of a missing value, placed where the {@code :} or {@code -} ends. */
    private Node nullNode(int line, int index, int depth) {
        if (depth > YamlTreeReader.MAX_DEPTH) {
            return decline(line, "nested deeper than the limit");
        }
        return new ScalarNode(location(line, index), null, ScalarNode.Kind.NULL);
    }

    private boolean isValueIndicator(int index, boolean flow) {
        return text.at(index) == ':' && (flow || YamlText.isBlank(text.at(index + 1)));
    }

    private boolean isListEntry(int index) {
        return text.at(index) == '-' && YamlText.isBlank(text.at(index + 1));
    }

    private boolean isDocumentMarker(int index, char c) {
        return text.at(index) == c && text.at(index + 1) == c && text.at(index + 2) == c && YamlText.isBlank(text.at(index + 3));
    }

    private SourceLocation location(int line, int index) {
        return new SourceLocation(path, line + 1, text.column(line, index) + 1);
    }

    private <T> T decline(int line, String reason) {
        if (declined == null) {
            declined = reason;
            declinedLine = line;
        }
        return null;
    }
}
