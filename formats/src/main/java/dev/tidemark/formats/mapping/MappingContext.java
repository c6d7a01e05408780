// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.formats.mapping;

import dev.tidemark.error.Diagnostic;
import dev.tidemark.error.ErrorCode;
import dev.tidemark.formats.tree.Flavor;
import dev.tidemark.formats.tree.ListNode;
import dev.tidemark.formats.tree.MapNode;
import dev.tidemark.formats.tree.Node;
import dev.tidemark.formats.tree.ScalarNode;
import dev.tidemark.model.SourceLocation;
import java.util.List;

/** What mapping one file needs: its flavor, the diagnostics list, the parameters and strictness. */
final class MappingContext {
    final Flavor flavor;
    final List<Diagnostic> diagnostics;
    final ChangeLogParameters parameters;
    final boolean strict;

    MappingContext(Flavor flavor, List<Diagnostic> diagnostics, ChangeLogParameters parameters, boolean strict) {
        this.flavor = flavor;
        this.diagnostics = diagnostics;
        this.parameters = parameters;
        this.strict = strict;
    }

    boolean xml() {
        return flavor == Flavor.XML;
    }

    void error(ErrorCode code, SourceLocation where, String message) {
        diagnostics.add(Diagnostic.error(code, where, message));
    }

    /**
     * A problem of shape (unknown or missing attribute, wrong type). XML files are validated
     * against the XSD, which reports these already, so they are only reported for the other formats.
     */
    void shapeError(ErrorCode code, SourceLocation where, String message) {
        if (!xml()) {
            error(code, where, message);
        }
    }

    /** An unknown attribute: a warning (as Liquibase accepts it silently), an error under strict. */
    void unknownAttribute(SourceLocation where, String message) {
        if (!xml()) {
            Diagnostic d = Diagnostic.warning(ErrorCode.UNKNOWN_ATTRIBUTE, where, message);
            diagnostics.add(strict ? d.asError() : d);
        }
    }

    /** The scalar's text with properties substituted; null for a null scalar. */
    String text(ScalarNode scalar) {
        return scalar.isNull() ? null : parameters.expand(scalar.text(), scalar.location(), diagnostics);
    }

    /** The text of a scalar, or of an XML element's body; reports other shapes and returns null. */
    String textOf(Node node, String what) {
        if (node instanceof ScalarNode) {
            return text((ScalarNode) node);
        }
        if (xml() && node instanceof MapNode) {
            MapNode m = (MapNode) node;
            // Liquibase trims element text (its SAX handler does), so "<sql>\n  SELECT 1\n</sql>" is "SELECT 1".
            return m.get(MapNode.TEXT).map(n -> n instanceof ScalarNode ? text((ScalarNode) n) : null).map(String::strip)
                    .orElse("");
        }
        shapeError(ErrorCode.WRONG_TYPE, node.location(), what + " must be a text value, found " + node.kindName());
        return null;
    }

    /** Items of a TREE list; a null scalar is an empty list. Liquibase reads nothing else as a list. */
    List<Node> items(Node node, String what) {
        if (node instanceof ListNode) {
            return ((ListNode) node).items();
        }
        if (node instanceof ScalarNode && ((ScalarNode) node).isNull()) {
            return List.of();
        }
        shapeError(ErrorCode.WRONG_TYPE, node.location(), what + " must be a list, found " + node.kindName());
        return List.of();
    }

    /** The single entry of a TREE one-key item ({@code - column: {...}}), or null after reporting. */
    MapNode.Entry singleEntry(Node item, String what) {
        if (item instanceof MapNode && ((MapNode) item).entries().size() == 1) {
            return ((MapNode) item).entries().get(0);
        }
        shapeError(ErrorCode.WRONG_TYPE, item.location(),
                "each item of " + what + " must be a map with exactly one key, found " + describe(item));
        return null;
    }

    private static String describe(Node node) {
        if (node instanceof MapNode) {
            return "a map with " + ((MapNode) node).entries().size() + " keys";
        }
        return node.kindName();
    }
}
