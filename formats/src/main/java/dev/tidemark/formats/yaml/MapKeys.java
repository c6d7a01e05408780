// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.formats.yaml;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The keys of one map, to find duplicates: searched in a list while few, as in changelogs, hashed once many. */
final class MapKeys {
    private static final int FEW = 16;
    private final List<String> few = new ArrayList<>(4);
    private Set<String> many;

    /** Adds a key; false when the map has it already. */
    boolean add(String key) {
        if (many != null) {
            return many.add(key);
        }
        for (int i = 0; i < few.size(); i++) {
            if (few.get(i).equals(key)) {
                return false;
            }
        }
        few.add(key);
        if (few.size() > FEW) {
            many = new HashSet<>(few);
        }
        return true;
    }
}
