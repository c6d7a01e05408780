// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.formats.yaml;

import dev.tidemark.formats.tree.MapNode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds duplicate keys among the entries of one map as it is read: by searching the entries while
 * they are few, as in changelogs, and in a hash set once they are many.
 */
final class MapKeys {
    private static final int FEW = 16;
    private final List<MapNode.Entry> entries;
    private Set<String> many;

    MapKeys(List<MapNode.Entry> entries) {
        this.entries = entries;
    }

    /** Whether the map has the key already; a key that is not there is taken as added. */
    boolean isDuplicate(String key) {
        if (many == null && entries.size() < FEW) {
            for (int i = 0; i < entries.size(); i++) {
                if (entries.get(i).key().equals(key)) {
                    return true;
                }
            }
            return false;
        }
        if (many == null) {
            many = new HashSet<>();
            for (MapNode.Entry e : entries) {
                many.add(e.key());
            }
        }
        return !many.add(key);
    }
}
