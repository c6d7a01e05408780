// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.formats.tree;

import dev.tidemark.model.SourceLocation;
import java.util.List;
import java.util.Objects;

/** A sequence (YAML) or array (JSON). */
public record ListNode(SourceLocation location, List<Node> items) implements Node {
    public ListNode {
        Objects.requireNonNull(location, "location");
        items = List.copyOf(items);
    }

    @Override
    public String kindName() {
        return "a list";
    }
}
