// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.formats.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tidemark.error.Diagnostic;
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

    static BlockYamlReader.Outcome fast(SourceText source) {
        return new BlockYamlReader(new ScalarKinds()).read(source);
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
