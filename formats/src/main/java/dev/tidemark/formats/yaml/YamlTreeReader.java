// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.formats.yaml;

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
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.events.SequenceStartEvent;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * Reads YAML into the changelog tree straight from SnakeYAML's event stream: no Java object is
 * ever constructed from the document (so no tag can instantiate a type), and no intermediate node
 * graph is kept. Only the standard tags are allowed; aliases to collections, nesting depth and
 * document size are bounded.
 */
public final class YamlTreeReader implements TreeReader {
    private static final int MAX_COLLECTION_ALIASES = 50;
    static final int MAX_DEPTH = 100;
    static final int MAX_CODE_POINTS = 64 * 1024 * 1024;
    private static final Set<String> STANDARD_TAGS = Set.of(Tag.STR.getValue(), Tag.INT.getValue(), Tag.FLOAT.getValue(),
            Tag.BOOL.getValue(), Tag.NULL.getValue(), Tag.MAP.getValue(), Tag.SEQ.getValue(), Tag.TIMESTAMP.getValue(),
            Tag.BINARY.getValue(), "!");

    private final ScalarKinds kinds = new ScalarKinds();
    private final BlockYamlReader blockReader = new BlockYamlReader(kinds);

    /**
     * Most changelogs are plain block YAML, which {@link BlockYamlReader} reads several times
     * faster than SnakeYAML into the same tree; whatever it declines is read by SnakeYAML.
     */
    @Override
    public Optional<ParsedTree> read(SourceText source, List<Diagnostic> diagnostics) {
        BlockYamlReader.Outcome fast = blockReader.read(source);
        if (!fast.isDeclined()) {
            return Optional.of(new ParsedTree(fast.root(), Flavor.TREE));
        }
        return readWithSnakeYaml(source, diagnostics);
    }

    /** Reads with SnakeYAML's parser: every file outside the fast path's subset, and all errors. */
    Optional<ParsedTree> readWithSnakeYaml(SourceText source, List<Diagnostic> diagnostics) {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(MAX_CODE_POINTS);
        options.setAllowRecursiveKeys(false);
        try {
            Iterator<Event> events = new EventIterator(new ParserImpl(new StreamReader(new StringReader(source.content())), options));
            Builder builder = new Builder(source, diagnostics, events);
            return builder.document().map(root -> new ParsedTree(root, Flavor.TREE));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            SourceLocation where = mark == null ? SourceLocation.ofFile(source.path()) : location(source, mark);
            String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
            String context = e.getContext();
            diagnostics.add(Diagnostic.error(ErrorCode.SYNTAX, where,
                    ("YAML syntax: " + (context == null ? "" : context + ": ") + problem).replace('\n', ' ').trim()));
            return Optional.empty();
        } catch (YAMLException e) {
            String message = String.valueOf(e.getMessage());
            boolean limit = message.contains("code point");
            diagnostics.add(limit
                    ? Diagnostic.error(ErrorCode.LIMIT_EXCEEDED, SourceLocation.ofFile(source.path()),
                            "the YAML is too large to read safely (" + message + ")")
                    : Diagnostic.error(ErrorCode.SYNTAX, SourceLocation.ofFile(source.path()), "YAML: " + message));
            return Optional.empty();
        } catch (Refused e) {
            diagnostics.add(e.diagnostic);
            return Optional.empty();
        }
    }

    static SourceLocation location(SourceText source, Mark mark) {
        return new SourceLocation(source.path(), mark.getLine() + 1, mark.getColumn() + 1);
    }

    /** SnakeYAML's parser as an iterator. */
    private static final class EventIterator implements Iterator<Event> {
        private final ParserImpl parser;

        EventIterator(ParserImpl parser) {
            this.parser = parser;
        }

        @Override
        public boolean hasNext() {
            return parser.peekEvent() != null;
        }

        @Override
        public Event next() {
            return parser.getEvent();
        }
    }

    /** A document that must not be read further (a forbidden tag, a limit). */
    private static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Diagnostic diagnostic;

        Refused(Diagnostic diagnostic) {
            super(diagnostic.message(), null, false, false);
            this.diagnostic = diagnostic;
        }
    }

    /** Builds the tree from the events of one stream. */
    private final class Builder {
        private final SourceText source;
        private final List<Diagnostic> diagnostics;
        private final Iterator<Event> events;
        private final Map<String, Node> anchors = new HashMap<>();
        private int collectionAliases;
        private boolean failed;

        Builder(SourceText source, List<Diagnostic> diagnostics, Iterator<Event> events) {
            this.source = source;
            this.diagnostics = diagnostics;
            this.events = events;
        }

        Optional<Node> document() {
            expect(Event.ID.StreamStart);
            Event e = events.next();
            if (e.is(Event.ID.StreamEnd)) {
                diagnostics.add(Diagnostic.error(ErrorCode.SYNTAX, SourceLocation.ofFile(source.path()),
                        "the file is empty; a changelog needs a databaseChangeLog list"));
                return Optional.empty();
            }
            Node root = node(events.next(), 0);
            expect(Event.ID.DocumentEnd);
            Event after = events.next();
            if (after.is(Event.ID.DocumentStart)) {
                diagnostics.add(Diagnostic.error(ErrorCode.SYNTAX, location(source, after.getStartMark()),
                        "a changelog is one YAML document; found a second one"));
                return Optional.empty();
            }
            return failed ? Optional.empty() : Optional.of(root);
        }

        private void expect(Event.ID id) {
            Event e = events.next();
            if (!e.is(id)) {
                throw new Refused(Diagnostic.error(ErrorCode.SYNTAX, location(source, e.getStartMark()),
                        "YAML syntax: unexpected " + e.getEventId()));
            }
        }

        private Node node(Event event, int depth) {
            SourceLocation where = location(source, event.getStartMark());
            if (depth > MAX_DEPTH) {
                throw new Refused(Diagnostic.error(ErrorCode.LIMIT_EXCEEDED, where,
                        "the YAML nests deeper than " + MAX_DEPTH + " levels"));
            }
            if (event instanceof AliasEvent) {
                String anchor = ((AliasEvent) event).getAnchor();
                Node target = anchors.get(anchor);
                if (target == null) {
                    throw new Refused(Diagnostic.error(ErrorCode.SYNTAX, where, "YAML alias *" + anchor + " names no anchor"));
                }
                if (!(target instanceof ScalarNode) && ++collectionAliases > MAX_COLLECTION_ALIASES) {
                    throw new Refused(Diagnostic.error(ErrorCode.LIMIT_EXCEEDED, where, "more than " + MAX_COLLECTION_ALIASES
                            + " aliases to lists or maps: alias expansion is bounded to keep 'billion laughs' documents out"));
                }
                return target;
            }
            Node result;
            if (event instanceof ScalarEvent) {
                result = scalar((ScalarEvent) event, where);
            } else if (event instanceof SequenceStartEvent) {
                checkTag(((CollectionStartEvent) event).getTag(), where);
                List<Node> items = new ArrayList<>();
                for (Event e = events.next(); !e.is(Event.ID.SequenceEnd); e = events.next()) {
                    items.add(node(e, depth + 1));
                }
                result = new ListNode(where, items);
            } else if (event instanceof MappingStartEvent) {
                checkTag(((CollectionStartEvent) event).getTag(), where);
                result = map(where, depth);
            } else {
                throw new Refused(Diagnostic.error(ErrorCode.SYNTAX, where, "YAML syntax: unexpected " + event.getEventId()));
            }
            String anchor = ((NodeEvent) event).getAnchor();
            if (anchor != null) {
                anchors.put(anchor, result);
            }
            return result;
        }

        private Node map(SourceLocation where, int depth) {
            List<MapNode.Entry> entries = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (Event keyEvent = events.next(); !keyEvent.is(Event.ID.MappingEnd); keyEvent = events.next()) {
                SourceLocation keyWhere = location(source, keyEvent.getStartMark());
                Node key = node(keyEvent, depth + 1);
                Node value = node(events.next(), depth + 1);
                if (!(key instanceof ScalarNode) || ((ScalarNode) key).isNull()) {
                    diagnostics.add(Diagnostic.error(ErrorCode.SYNTAX, keyWhere, "a key must be a plain name"));
                    failed = true;
                    continue;
                }
                String name = ((ScalarNode) key).text();
                if (!seen.add(name)) {
                    diagnostics.add(Diagnostic.error(ErrorCode.DUPLICATE_KEY, keyWhere, "duplicate key '" + name + "'"));
                    failed = true;
                    continue;
                }
                entries.add(new MapNode.Entry(name, keyWhere, value));
            }
            return new MapNode(where, entries);
        }

        private ScalarNode scalar(ScalarEvent event, SourceLocation where) {
            String tag = event.getTag();
            ScalarNode.Kind kind;
            if (tag == null || tag.equals("!")) {
                kind = event.getImplicit().canOmitTagInPlainScalar() ? kinds.ofPlain(event.getValue()) : ScalarNode.Kind.STRING;
            } else {
                checkTag(tag, where);
                kind = ScalarKinds.ofTag(tag);
            }
            return kind == ScalarNode.Kind.NULL ? new ScalarNode(where, null, kind) : new ScalarNode(where, event.getValue(), kind);
        }

        private void checkTag(String tag, SourceLocation where) {
            if (tag != null && !STANDARD_TAGS.contains(tag)) {
                String shown = tag.startsWith("tag:yaml.org,2002:") ? tag.substring("tag:yaml.org,2002:".length()) : tag;
                throw new Refused(Diagnostic.error(ErrorCode.FORBIDDEN_CONSTRUCT, where, "YAML tag '" + shown
                        + "' is not allowed: a changelog cannot create Java objects"));
            }
        }
    }
}
