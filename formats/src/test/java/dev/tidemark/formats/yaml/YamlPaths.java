// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.formats.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tidemark.error.Diagnostic;
import dev.tidemark.formats.tree.ListNode;
import dev.tidemark.formats.tree.MapNode;
import dev.tidemark.formats.tree.Node;
import dev.tidemark.formats.tree.ParsedTree;
import dev.tidemark.formats.tree.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Runs a YAML text through the fast path and through SnakeYAML's, and compares what they give. */
final class YamlPaths {
    private YamlPaths() {
    }

    /** What SnakeYAML's path gives: a tree or nothing, and its diagnostics. */
    record Result(Optional<ParsedTree> tree, List<Diagnostic> diagnostics) {
    }

    /**
     * What the fast path makes of a text, read on one thread and, to prove the slices right, with
     * every top-level list of two or more items read in slices of at least one item (at most three
     * slices, so that a thread may read two): both must give the same tree, or decline at the same
     * line for the same reason.
     */
    static BlockYamlReader.Outcome fast(SourceText source) {
        BlockYamlReader.Outcome sequential = sequential(source);
        BlockYamlReader.Outcome sliced = new BlockYamlReader(new ScalarKinds(), new ListSlices(1, 3)).read(source);
        assertEquals(sequential, sliced, () -> source.path() + ": read in slices, first difference "
                + (sequential.isDeclined() || sliced.isDeclined() ? "in declining" : TreeDiff.first(sequential.root(), sliced.root())));
        if (!sequential.isDeclined()) {
            assertTopLevelListsAreSliced(source, sequential.root());
        }
        return sliced;
    }

    /**
     * Every top-level block list of two or more items that starts its line (the root list, or a list
     * that is the value of a root key) is read in slices, not left to one thread because a slice
     * failed; returns how many there were.
     */
    static int assertTopLevelListsAreSliced(SourceText source, Node root) {
        YamlText text = new YamlText(source.content());
        List<ListNode> lists = new ArrayList<>();
        int depth = 0;
        if (root instanceof ListNode) {
            lists.add((ListNode) root);
        } else if (root instanceof MapNode) {
            depth = 1;
            for (MapNode.Entry e : ((MapNode) root).entries()) {
                if (e.value() instanceof ListNode) {
                    lists.add((ListNode) e.value());
                }
            }
        }
        int sliced = 0;
        for (ListNode list : lists) {
            int line = list.location().line() - 1;
            int indent = list.location().column() - 1;
            if (list.items().size() < 2 || text.indent(line) != indent || text.at(text.start(line) + indent) != '-') {
                continue; // a [ ] list, or one that starts after "- " on its line, is not read in slices
            }
            Optional<ListSlices.Items> items = new ListSlices(1, 3).read(source.path(), text, line, indent, depth);
            assertTrue(items.isPresent(), () -> source.path() + ": the list at " + list.location() + " was not read in slices\n" + source.content());
            assertEquals(list.items(), items.get().items(), source.path());
            sliced++;
        }
        return sliced;
    }

    /** What the fast path makes of a text read on one thread. */
    static BlockYamlReader.Outcome sequential(SourceText source) {
        return new BlockYamlReader(new ScalarKinds(), ListSlices.none()).read(source);
    }

    static Result snakeYaml(SourceText source) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        return new Result(new YamlTreeReader().readWithSnakeYaml(source, diagnostics), diagnostics);
    }

    static Result reader(SourceText source) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        return new Result(new YamlTreeReader().read(source, diagnostics), diagnostics);
    }

    /**
     * The fast path reads the text into the very tree SnakeYAML's path builds (keys, values, kinds,
     * locations), and SnakeYAML reports nothing; returns the root.
     */
    static Node assertReadAlike(SourceText source) {
        BlockYamlReader.Outcome fast = fast(source);
        assertFalse(fast.isDeclined(), () -> source.path() + ": the fast path declined at line " + fast.line() + ": " + fast.reason());
        assertSameAsSnakeYaml(source, fast);
        return fast.root();
    }

    /** Whatever the fast path did with the text, it agrees with SnakeYAML's path. */
    static void assertSameAsSnakeYaml(SourceText source, BlockYamlReader.Outcome fast) {
        Result snake = snakeYaml(source);
        if (fast.isDeclined()) {
            assertEquals(snake, reader(source), source.path() + ": a declined file is read by SnakeYAML's path unchanged");
            return;
        }
        assertTrue(snake.tree().isPresent() && snake.diagnostics().isEmpty(),
                () -> source.path() + ": the fast path read a file SnakeYAML's path refuses: " + snake.diagnostics() + "\n" + source.content());
        Node expected = snake.tree().orElseThrow().root();
        assertEquals(expected, fast.root(), () -> source.path() + ": first difference " + TreeDiff.first(expected, fast.root())
                + "\n" + source.content());
    }

    /** The fast path declines the text, and the reader's result is exactly SnakeYAML's path's. */
    static void assertDeclined(SourceText source) {
        BlockYamlReader.Outcome fast = fast(source);
        assertTrue(fast.isDeclined(), () -> source.path() + ": expected the fast path to decline:\n" + source.content());
        assertEquals(snakeYaml(source), reader(source), source.path());
    }
}
