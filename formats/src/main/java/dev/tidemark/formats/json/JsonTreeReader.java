// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.formats.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import dev.tidemark.error.Diagnostic;
import dev.tidemark.error.ErrorCode;
import dev.tidemark.formats.tree.Flavor;
import dev.tidemark.formats.tree.ListNode;
import dev.tidemark.formats.tree.MapNode;
import dev.tidemark.formats.tree.Node;
import dev.tidemark.formats.tree.ParsedTree;
import dev.tidemark.formats.tree.ScalarNode;
import dev.tidemark.formats.tree.SourceText;
import dev.tidemark.formats.tree.TreeReader;
import dev.tidemark.model.SourceLocation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads JSON into the changelog tree with Jackson's streaming parser; duplicate keys are errors. */
public final class JsonTreeReader implements TreeReader {
    private static final int MAX_DEPTH = 100;

    private final JsonFactory factory = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
            .build();

    @Override
    public Optional<ParsedTree> read(SourceText source, List<Diagnostic> diagnostics) {
        try (JsonParser parser = factory.createParser(source.content())) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                diagnostics.add(Diagnostic.error(ErrorCode.SYNTAX, SourceLocation.ofFile(source.path()),
                        "the file is empty; a changelog needs a databaseChangeLog list"));
                return Optional.empty();
            }
            Node root = value(parser, source, diagnostics);
            if (root == null) {
                return Optional.empty();
            }
            if (parser.nextToken() != null) {
                diagnostics.add(Diagnostic.error(ErrorCode.SYNTAX, location(source, parser.currentTokenLocation()),
                        "unexpected content after the end of the JSON document"));
                return Optional.empty();
            }
            return Optional.of(new ParsedTree(root, Flavor.TREE));
        } catch (JsonParseException e) {
            JsonLocation where = e.getLocation();
            diagnostics.add(Diagnostic.error(e.getMessage() != null && e.getMessage().contains("nesting depth")
                    ? ErrorCode.LIMIT_EXCEEDED : ErrorCode.SYNTAX,
                    where == null ? SourceLocation.ofFile(source.path()) : location(source, where),
                    "JSON syntax: " + e.getOriginalMessage().replace('\n', ' ')));
            return Optional.empty();
        } catch (IOException e) {
            diagnostics.add(Diagnostic.error(ErrorCode.READ_FAILED, SourceLocation.ofFile(source.path()),
                    "cannot read JSON: " + e.getMessage()));
            return Optional.empty();
        }
    }

    /** The value at the current token; null after reporting a duplicate key. */
    private Node value(JsonParser parser, SourceText source, List<Diagnostic> diagnostics) throws IOException {
        SourceLocation where = location(source, parser.currentTokenLocation());
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT: {
                List<MapNode.Entry> entries = new ArrayList<>();
                Set<String> seen = new HashSet<>();
                boolean ok = true;
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    SourceLocation keyWhere = location(source, parser.currentTokenLocation());
                    parser.nextToken();
                    Node value = value(parser, source, diagnostics);
                    if (!seen.add(key)) {
                        diagnostics.add(Diagnostic.error(ErrorCode.DUPLICATE_KEY, keyWhere, "duplicate key '" + key + "'"));
                        ok = false;
                    } else if (value == null) {
                        ok = false;
                    } else {
                        entries.add(new MapNode.Entry(key, keyWhere, value));
                    }
                }
                return ok ? new MapNode(where, entries) : null;
            }
            case START_ARRAY: {
                List<Node> items = new ArrayList<>();
                boolean ok = true;
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    Node item = value(parser, source, diagnostics);
                    if (item == null) {
                        ok = false;
                    } else {
                        items.add(item);
                    }
                }
                return ok ? new ListNode(where, items) : null;
            }
            case VALUE_STRING:
                return new ScalarNode(where, parser.getText(), ScalarNode.Kind.STRING);
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return new ScalarNode(where, parser.getText(), ScalarNode.Kind.NUMBER);
            case VALUE_TRUE:
            case VALUE_FALSE:
                return new ScalarNode(where, parser.getText(), ScalarNode.Kind.BOOLEAN);
            case VALUE_NULL:
                return new ScalarNode(where, null, ScalarNode.Kind.NULL);
            default:
                throw new JsonParseException(parser, "unexpected " + token);
        }
    }

    private static SourceLocation location(SourceText source, JsonLocation where) {
        return new SourceLocation(source.path(), Math.max(1, where.getLineNr()), Math.max(1, where.getColumnNr()));
    }
}
