// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.formats.mapping;

import dev.tidemark.error.ErrorCode;
import dev.tidemark.formats.tree.MapNode;
import dev.tidemark.formats.tree.Node;
import dev.tidemark.formats.tree.ScalarNode;
import dev.tidemark.model.meta.Attribute;
import dev.tidemark.model.meta.RecordShape;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Builds any model record from its tree node using the record's {@link RecordShape}: scalars,
 * nested records and lists of records, in either flavor. Components listed in {@code handled}
 * are left to the caller (a changeset's changes, say).
 */
final class RecordMapper {
    private final MappingContext ctx;

    RecordMapper(MappingContext ctx) {
        this.ctx = ctx;
    }

    /** The record, or null when the node is not a map (after reporting it). */
    <T> T map(Class<T> type, Node node, String element) {
        return map(type, node, element, Set.of(), new HashMap<>());
    }

    /**
     * Maps {@code node} into a record of {@code type}; keys in {@code handled} are skipped here and
     * {@code preset} holds component values the caller already computed.
     */
    <T> T map(Class<T> type, Node node, String element, Set<String> handled, Map<String, Object> preset) {
        return map(type, node, element, handled, preset, null);
    }

    /** Maps an item written as {@code - element: {...}}: the record is placed at its key, {@code at}. */
    <T> T mapAt(Class<T> type, MapNode.Entry entry) {
        return map(type, entry.value(), entry.key(), Set.of(), new HashMap<>(), entry.keyLocation());
    }

    /**
     * As above; {@code at}, when given, is where the record is reported (the key that names it in
     * YAML and JSON, rather than its map's first attribute).
     */
    <T> T map(Class<T> type, Node node, String element, Set<String> handled, Map<String, Object> preset,
            dev.tidemark.model.SourceLocation at) {
        RecordShape shape = RecordShape.of(type);
        MapNode parsed = asMap(shape, node, element);
        if (parsed == null) {
            return null;
        }
        MapNode map = at == null || ctx.xml() ? parsed : new MapNode(at, parsed.entries());
        Map<String, Object> values = new HashMap<>(preset);
        Set<String> written = new java.util.HashSet<>();
        for (MapNode.Entry entry : map.entries()) {
            String key = entry.key();
            if (handled.contains(key)) {
                continue;
            }
            if (ctx.xml() && key.equals(MapNode.TEXT)) {
                shape.body().ifPresent(body -> values.put(body.componentName(), ctx.textOf(map, element)));
                continue;
            }
            Attribute attribute = (ctx.xml() ? shape.xmlAttribute(key) : shape.attribute(key)).orElse(null);
            if (attribute == null) {
                ctx.unknownAttribute(entry.keyLocation(), "unknown attribute '" + key + "' of " + element
                        + Suggestions.hint(key, shape.acceptedNames()));
                continue;
            }
            written.add(attribute.componentName());
            Object value = value(attribute, entry, element, values.get(attribute.componentName()));
            if (value != null) {
                values.put(attribute.componentName(), value);
            }
        }
        for (Attribute a : shape.attributes()) {
            Object v = values.get(a.componentName());
            boolean missing = v == null || v instanceof List && ((List<?>) v).isEmpty();
            // A value written with the wrong type was reported already; "missing" would say it twice.
            if (a.isRequired() && missing && !written.contains(a.componentName()) && !handled.contains(a.name())) {
                ctx.shapeError(ErrorCode.MISSING_REQUIRED, map.location(), element + " needs '" + a.name()
                        + (a.kind() == Attribute.Kind.RECORD_LIST ? "' (at least one " + a.itemName() + ")" : "'"));
            }
        }
        return type.cast(shape.create(map.location(), values));
    }

    private MapNode asMap(RecordShape shape, Node node, String element) {
        if (node instanceof MapNode) {
            return (MapNode) node;
        }
        if (node instanceof ScalarNode && ((ScalarNode) node).isNull()) {
            return new MapNode(node.location(), List.of());
        }
        if (node instanceof ScalarNode && shape.body().isPresent() && !ctx.xml()) {
            // "sql: SELECT 1" directly under the change name is not Liquibase's shape, but its meaning is plain.
            return new MapNode(node.location(), List.of(new MapNode.Entry(shape.body().get().name(), node.location(), node)));
        }
        ctx.shapeError(ErrorCode.WRONG_TYPE, node.location(),
                element + " must be a map of attributes, found " + node.kindName());
        return null;
    }

    private Object value(Attribute attribute, MapNode.Entry entry, String element, Object previous) {
        Node node = entry.value();
        String what = "'" + attribute.name() + "' of " + element;
        switch (attribute.kind()) {
            case STRING:
                return attribute.isChildElement() || (ctx.xml() && node instanceof MapNode)
                        ? ctx.textOf(node, what) : scalarText(node, what);
            case BOOLEAN:
                return toBoolean(node, what);
            case INTEGER:
            case LONG:
            case BIG_INTEGER:
                return toNumber(attribute, node, what);
            case RECORD:
                return map(attribute.elementType(), node, attribute.name());
            case RECORD_LIST:
                return recordList(attribute, node, previous);
            case STRING_LIST:
            case OTHER:
            default:
                throw new IllegalStateException("no generic mapping for " + what);
        }
    }

    private List<Object> recordList(Attribute attribute, Node node, Object previous) {
        List<Object> out = new ArrayList<>();
        if (previous instanceof List) {
            out.addAll((List<?>) previous);
        }
        String item = attribute.itemName();
        if (ctx.xml()) {
            if (attribute.wrapper() != null) {
                if (node instanceof MapNode) {
                    for (Node child : ((MapNode) node).getAll(item)) {
                        addIfPresent(out, map(attribute.elementType(), child, item));
                    }
                }
            } else {
                addIfPresent(out, map(attribute.elementType(), node, item));
            }
            return out;
        }
        for (Node listItem : ctx.items(node, "'" + attribute.name() + "'")) {
            MapNode.Entry e = ctx.singleEntry(listItem, "'" + attribute.name() + "'");
            if (e == null) {
                continue;
            }
            if (!e.key().equals(item)) {
                ctx.shapeError(ErrorCode.UNKNOWN_ELEMENT, e.keyLocation(), "items of '" + attribute.name()
                        + "' are written '- " + item + ":', found '" + e.key() + "'");
                continue;
            }
            addIfPresent(out, mapAt(attribute.elementType(), e));
        }
        return out;
    }

    private static void addIfPresent(List<Object> out, Object value) {
        if (value != null) {
            out.add(value);
        }
    }

    String scalarText(Node node, String what) {
        if (node instanceof ScalarNode) {
            return ctx.text((ScalarNode) node);
        }
        ctx.shapeError(ErrorCode.WRONG_TYPE, node.location(), what + " must be a single value, found " + node.kindName());
        return null;
    }

    Boolean toBoolean(Node node, String what) {
        String text = scalarText(node, what);
        if (text == null) {
            return null;
        }
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.equals("true") || t.equals("false")) {
            return Boolean.valueOf(t);
        }
        ctx.shapeError(ErrorCode.WRONG_TYPE, node.location(), what + " must be true or false, found '" + text + "'");
        return null;
    }

    private Object toNumber(Attribute attribute, Node node, String what) {
        String text = scalarText(node, what);
        if (text == null) {
            return null;
        }
        try {
            BigInteger n = new java.math.BigDecimal(text.trim()).toBigIntegerExact();
            switch (attribute.kind()) {
                case INTEGER:
                    return n.intValueExact();
                case LONG:
                    return n.longValueExact();
                default:
                    return n;
            }
        } catch (ArithmeticException | NumberFormatException e) {
            ctx.shapeError(ErrorCode.WRONG_TYPE, node.location(), what + " must be a whole number, found '" + text + "'");
            return null;
        }
    }
}
