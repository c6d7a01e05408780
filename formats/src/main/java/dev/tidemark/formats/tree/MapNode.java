// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.formats.tree;

import dev.tidemark.model.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A mapping (YAML, JSON object) or an XML element. Entries keep their order. In XML, attributes
 * come first, then child elements in document order (a key may repeat), then the element's text
 * under {@link #TEXT} when it is not blank.
 */
public record MapNode(SourceLocation location, List<Entry> entries) implements Node {

    /** The key under which an XML element's text content is kept. */
    public static final String TEXT = "#text";

    /** One key and its value, with the key's own location. */
    public record Entry(String key, SourceLocation keyLocation, Node value) {
        public Entry {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(keyLocation, "keyLocation");
            Objects.requireNonNull(value, "value");
        }
    }

    public MapNode {
        Objects.requireNonNull(location, "location");
        entries = List.copyOf(entries);
    }

    /** The first value under the key. */
    public Optional<Node> get(String key) {
        for (Entry e : entries) {
            if (e.key().equals(key)) {
                return Optional.of(e.value());
            }
        }
        return Optional.empty();
    }

    /** Every value under the key (several in XML, at most one elsewhere). */
    public List<Node> getAll(String key) {
        List<Node> out = new ArrayList<>();
        for (Entry e : entries) {
            if (e.key().equals(key)) {
                out.add(e.value());
            }
        }
        return out;
    }

    @Override
    public String kindName() {
        return "a map";
    }
}
