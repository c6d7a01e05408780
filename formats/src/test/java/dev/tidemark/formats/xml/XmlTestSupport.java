// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.formats.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tidemark.error.Diagnostic;
import dev.tidemark.formats.tree.MapNode;
import dev.tidemark.formats.tree.Node;
import dev.tidemark.formats.tree.ParsedTree;
import dev.tidemark.formats.tree.ScalarNode;
import dev.tidemark.formats.tree.SourceText;
import dev.tidemark.model.SourceLocation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Reading helpers shared by the XML reader tests. */
final class XmlTestSupport {
    /** One shared reader, as the application would keep one: it caches the compiled XSD. */
    static final XmlTreeReader READER = new XmlTreeReader();

    private XmlTestSupport() {
    }

    /** What a read produced. */
    record Result(Optional<ParsedTree> tree, List<Diagnostic> diagnostics) {
        MapNode root() {
            assertTrue(tree.isPresent(), () -> "no tree; diagnostics: " + diagnostics);
            return (MapNode) tree.get().root();
        }

        /** The diagnostics as printed, one per line, for exact comparisons. */
        String printed() {
            return diagnostics.stream().map(Diagnostic::toString).collect(Collectors.joining("\n"));
        }
    }

    static Result read(String path, String content) {
        return read(READER, path, content);
    }

    static Result read(XmlTreeReader reader, String path, String content) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        Optional<ParsedTree> tree = reader.read(new SourceText(path, content), diagnostics);
        return new Result(tree, diagnostics);
    }

    /** A test resource under /xml/. */
    static String resource(String name) {
        try (InputStream in = XmlTestSupport.class.getResourceAsStream("/xml/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource /xml/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A changelog in Liquibase's namespace around the given body. */
    static String liquibase(String body) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<databaseChangeLog xmlns=\"http://www.liquibase.org/xml/ns/dbchangelog\">\n"
                + body
                + "</databaseChangeLog>\n";
    }

    /** The keys of a map, in order. */
    static List<String> keys(MapNode map) {
        return map.entries().stream().map(MapNode.Entry::key).collect(Collectors.toList());
    }

    /** The n-th (0-based) child map under a key. */
    static MapNode child(MapNode map, String key, int index) {
        List<Node> all = map.getAll(key);
        assertTrue(all.size() > index, () -> "no " + key + "[" + index + "] in " + keys(map));
        return (MapNode) all.get(index);
    }

    static MapNode child(MapNode map, String key) {
        return child(map, key, 0);
    }

    /** The text of a scalar under a key. */
    static String text(MapNode map, String key) {
        Node node = map.get(key).orElseThrow(() -> new AssertionError("no " + key + " in " + keys(map)));
        return ((ScalarNode) node).text();
    }

    static void assertAt(int line, int column, Node node) {
        SourceLocation at = node.location();
        assertEquals(line + ":" + column, at.line() + ":" + at.column(), "location of " + node);
    }
}
