// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.formats.tree;

import dev.tidemark.model.SourceLocation;

/**
 * A positioned node of a parsed changelog, before it becomes model records. YAML, JSON, XML and
 * formatted SQL are all read into this one shape (see {@code docs/changelog-tree.md}), so that one
 * mapper builds the model for every format.
 */
public sealed interface Node permits MapNode, ListNode, ScalarNode {
    SourceLocation location();

    /** A short name of the node's kind for messages: "a map", "a list", "a string". */
    String kindName();
}
