// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.formats.tree;

import java.util.Objects;

/** What a format reader returns: the root node of one file and how it spells nesting. */
public record ParsedTree(Node root, Flavor flavor) {
    public ParsedTree {
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(flavor, "flavor");
    }
}
