// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.formats.sql;

import dev.tidemark.formats.tree.MapNode;
import dev.tidemark.formats.tree.Node;
import dev.tidemark.formats.tree.ScalarNode;
import dev.tidemark.model.SourceLocation;
import java.util.ArrayList;
import java.util.List;

/** The entries of a map being assembled, in the order they are added; {@link #toMap} freezes them. */
final class EntryList {
    private final List<MapNode.Entry> entries = new ArrayList<>();

    EntryList put(String key, SourceLocation keyLocation, Node value) {
        entries.add(new MapNode.Entry(key, keyLocation, value));
        return this;
    }

    /** A string scalar whose key and text sit at the same place (values Tidemark supplies, such as defaults). */
    EntryList put(String key, SourceLocation at, String text) {
        return put(key, at, ScalarNode.string(at, text));
    }

    MapNode toMap(SourceLocation location) {
        return new MapNode(location, entries);
    }

    /** {@code {key: value}}, the one-key item that TREE lists are made of. */
    static MapNode item(String key, SourceLocation at, Node value) {
        return new EntryList().put(key, at, value).toMap(at);
    }
}
