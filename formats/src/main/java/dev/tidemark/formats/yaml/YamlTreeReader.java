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
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads YAML into the changelog tree with SnakeYAML's composer only: nodes are never constructed
 * into Java objects, so no YAML tag can instantiate a type. Non-standard tags are refused, and
 * aliases, nesting and size are bounded.
 */
public final class YamlTreeReader implements TreeReader {
    private static final int MAX_ALIASES = 50;
    private static final int MAX_DEPTH = 100;
    private static final int MAX_CODE_POINTS = 64 * 1024 * 1024;
    private static final Set<Tag> STANDARD_TAGS = Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL, Tag.MAP,
            Tag.SEQ, Tag.TIMESTAMP, Tag.BINARY);

    @Override
    public Optional<ParsedTree> read(SourceText source, List<Diagnostic> diagnostics) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(MAX_CODE_POINTS);
        options.setAllowDuplicateKeys(false);
        Yaml yaml = new Yaml(new SafeConstructor(options), new org.yaml.snakeyaml.representer.Representer(
                new org.yaml.snakeyaml.DumperOptions()), new org.yaml.snakeyaml.DumperOptions(), options);
        org.yaml.snakeyaml.nodes.Node root;
        try {
            Iterable<org.yaml.snakeyaml.nodes.Node> documents = yaml.composeAll(new StringReader(source.content()));
            List<org.yaml.snakeyaml.nodes.Node> all = new ArrayList<>();
            for (org.yaml.snakeyaml.nodes.Node document : documents) {
                all.add(document);
            }
            if (all.isEmpty()) {
                diagnostics.add(Diagnostic.error(ErrorCode.SYNTAX, SourceLocation.ofFile(source.path()),
                        "the file is empty; a changelog needs a databaseChangeLog list"));
                return Optional.empty();
            }
            if (all.size() > 1) {
                diagnostics.add(Diagnostic.error(ErrorCode.SYNTAX, location(source, all.get(1).getStartMark()),
                        "a changelog is one YAML document; found " + all.size()));
                return Optional.empty();
            }
            root = all.get(0);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            SourceLocation where = mark == null ? SourceLocation.ofFile(source.path()) : location(source, mark);
            String problem = String.valueOf(e.getProblem());
            if (problem.startsWith("Global tag is not allowed")) {
                diagnostics.add(Diagnostic.error(ErrorCode.FORBIDDEN_CONSTRUCT, where, "YAML tag '"
                        + problem.substring(problem.lastIndexOf(':') + 1).trim()
                        + "' is not allowed: a changelog cannot create Java objects"));
                return Optional.empty();
            }
            ErrorCode code = isLimit(e) ? ErrorCode.LIMIT_EXCEEDED : ErrorCode.SYNTAX;
            diagnostics.add(Diagnostic.error(code, where, describe(e)));
            return Optional.empty();
        } catch (YAMLException e) {
            String message = String.valueOf(e.getMessage());
            diagnostics.add(isLimit(e)
                    ? Diagnostic.error(ErrorCode.LIMIT_EXCEEDED, SourceLocation.ofFile(source.path()),
                            "the YAML is too large or too deeply aliased to read safely (" + message + ")")
                    : Diagnostic.error(ErrorCode.SYNTAX, SourceLocation.ofFile(source.path()), "YAML: " + message));
            return Optional.empty();
        }
        Converter converter = new Converter(source, diagnostics);
        Node tree = converter.convert(root, 0);
        return converter.failed ? Optional.empty() : Optional.of(new ParsedTree(tree, Flavor.TREE));
    }

    private static boolean isLimit(YAMLException e) {
        String m = String.valueOf(e.getMessage());
        return m.contains("aliases") || m.contains("depth") || m.contains("code point");
    }

    private static String describe(MarkedYAMLException e) {
        String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
        String context = e.getContext();
        String text = (context == null ? "" : context + ": ") + problem;
        return "YAML syntax: " + text.replace('\n', ' ').trim();
    }

    static SourceLocation location(SourceText source, Mark mark) {
        return new SourceLocation(source.path(), mark.getLine() + 1, mark.getColumn() + 1);
    }

    /** Converts composed nodes, sharing converted aliases and checking tags and duplicate keys. */
    private static final class Converter {
        private final SourceText source;
        private final List<Diagnostic> diagnostics;
        private final Map<org.yaml.snakeyaml.nodes.Node, Node> converted = new IdentityHashMap<>();
        private boolean failed;

        Converter(SourceText source, List<Diagnostic> diagnostics) {
            this.source = source;
            this.diagnostics = diagnostics;
        }

        Node convert(org.yaml.snakeyaml.nodes.Node node, int depth) {
            Node done = converted.get(node);
            if (done != null) {
                return done;
            }
            SourceLocation where = location(source, node.getStartMark());
            if (!STANDARD_TAGS.contains(node.getTag())) {
                diagnostics.add(Diagnostic.error(ErrorCode.FORBIDDEN_CONSTRUCT, where,
                        "YAML tag '" + node.getTag().getValue() + "' is not allowed in a changelog"));
                failed = true;
                return ScalarNode.string(where, "");
            }
            Node result;
            if (node instanceof MappingNode) {
                result = convertMap((MappingNode) node, where, depth);
            } else if (node instanceof SequenceNode) {
                List<Node> items = new ArrayList<>();
                for (org.yaml.snakeyaml.nodes.Node item : ((SequenceNode) node).getValue()) {
                    items.add(convert(item, depth + 1));
                }
                result = new ListNode(where, items);
            } else {
                result = scalar((org.yaml.snakeyaml.nodes.ScalarNode) node, where);
            }
            if (node.getAnchor() != null) {
                // Only anchored nodes can be met again (through an alias); remembering every node
                // would double the memory a large changelog needs.
                converted.put(node, result);
            }
            return result;
        }

        private Node convertMap(MappingNode node, SourceLocation where, int depth) {
            List<MapNode.Entry> entries = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (NodeTuple tuple : node.getValue()) {
                org.yaml.snakeyaml.nodes.Node keyNode = tuple.getKeyNode();
                SourceLocation keyWhere = location(source, keyNode.getStartMark());
                if (!(keyNode instanceof org.yaml.snakeyaml.nodes.ScalarNode)) {
                    diagnostics.add(Diagnostic.error(ErrorCode.SYNTAX, keyWhere, "a key must be a plain name"));
                    failed = true;
                    continue;
                }
                String key = ((org.yaml.snakeyaml.nodes.ScalarNode) keyNode).getValue();
                if (!seen.add(key)) {
                    diagnostics.add(Diagnostic.error(ErrorCode.DUPLICATE_KEY, keyWhere, "duplicate key '" + key + "'"));
                    failed = true;
                    continue;
                }
                entries.add(new MapNode.Entry(key, keyWhere, convert(tuple.getValueNode(), depth + 1)));
            }
            return new MapNode(where, entries);
        }

        private static ScalarNode scalar(org.yaml.snakeyaml.nodes.ScalarNode node, SourceLocation where) {
            Tag tag = node.getTag();
            if (Tag.NULL.equals(tag)) {
                return new ScalarNode(where, null, ScalarNode.Kind.NULL);
            }
            ScalarNode.Kind kind = Tag.BOOL.equals(tag) ? ScalarNode.Kind.BOOLEAN
                    : Tag.INT.equals(tag) || Tag.FLOAT.equals(tag) ? ScalarNode.Kind.NUMBER : ScalarNode.Kind.STRING;
            return new ScalarNode(where, node.getValue(), kind);
        }
    }
}
