// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.formats.yaml;

import dev.tidemark.formats.tree.Node;
import dev.tidemark.formats.tree.SourceText;

/**
 * A fast reader for the YAML that changelogs are written in: block mappings and sequences
 * (including {@code - key: value}), plain scalars on one line, quoted scalars that close on their
 * line, literal and folded block scalars, {@code [ ]} and {@code { }} collections on one line,
 * comments, blank lines and a leading {@code ---}. It builds exactly the tree {@link YamlTreeReader}
 * builds from SnakeYAML's events (keys, values, kinds and SnakeYAML's marks as locations), or
 * declines: for anything else (anchors, aliases, tags, multi-line plain or quoted scalars,
 * explicit keys, tabs where SnakeYAML refuses them, duplicate or null keys, a second document,
 * any syntax error) it says why, and the file is read by SnakeYAML, which reports the errors.
 * The items of a long top-level list (a changelog's changesets) are read in slices on one
 * thread per core ({@link ListSlices}).
 */
final class BlockYamlReader {
    private final ScalarKinds kinds;
    private final ListSlices slices;

    BlockYamlReader(ScalarKinds kinds) {
        this(kinds, ListSlices.perCore());
    }

    /** With the given slicing of long top-level lists: tests force it on short ones, or turn it off. */
    BlockYamlReader(ScalarKinds kinds, ListSlices slices) {
        this.kinds = kinds;
        this.slices = slices;
    }

    /** What the fast path made of a file: its root node, or the line (1-based, 0 for the file) it declined at and why. */
    record Outcome(Node root, int line, String reason) {
        boolean isDeclined() {
            return root == null;
        }
    }

    Outcome read(SourceText source) {
        if (source.content().length() > YamlTreeReader.MAX_CODE_POINTS) {
            return new Outcome(null, 0, "larger than the code point limit");
        }
        return new BlockParse(source.path(), new YamlText(source.content()), kinds, slices).document();
    }
}
