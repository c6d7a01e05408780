// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.formats.mapping;

import dev.tidemark.error.ErrorCode;
import dev.tidemark.formats.tree.MapNode;
import dev.tidemark.formats.tree.Node;
import dev.tidemark.model.Preconditions;
import dev.tidemark.model.SourceLocation;
import dev.tidemark.model.precondition.And;
import dev.tidemark.model.precondition.ChangeLogPropertyDefined;
import dev.tidemark.model.precondition.Not;
import dev.tidemark.model.precondition.Or;
import dev.tidemark.model.precondition.Precondition;
import dev.tidemark.model.precondition.PreconditionType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Maps {@code preConditions} blocks: their on* options and nested preconditions, and/or/not included. */
final class PreconditionMapper {
    private static final Set<String> ON_FAIL_OR_ERROR = Set.of("HALT", "CONTINUE", "MARK_RAN", "WARN");
    private static final Set<String> CHANGELOG_ON_FAIL_OR_ERROR = Set.of("HALT", "WARN");
    private static final Set<String> ON_SQL_OUTPUT = Set.of("IGNORE", "TEST", "FAIL");
    private static final List<String> OPTIONS = List.of("onFail", "onError", "onSqlOutput", "onUpdateSQL",
            "onFailMessage", "onErrorMessage");

    private final MappingContext ctx;
    private final RecordMapper records;

    PreconditionMapper(MappingContext ctx, RecordMapper records) {
        this.ctx = ctx;
        this.records = records;
    }

    /** A block; {@code changeLogLevel} limits onFail/onError to HALT and WARN as Liquibase does. */
    Preconditions map(Node node, boolean changeLogLevel) {
        Map<String, String> options = new HashMap<>();
        List<Precondition> conditions = new ArrayList<>();
        for (MapNode.Entry e : entries(node, "preConditions")) {
            if (OPTIONS.contains(e.key())) {
                String key = e.key().equals("onUpdateSQL") ? "onSqlOutput" : e.key();
                if (options.containsKey(key) && key.equals("onSqlOutput")) {
                    ctx.error(ErrorCode.INVALID_STRUCTURE, e.keyLocation(), "onSqlOutput and onUpdateSQL are the same option; give one");
                }
                String value = records.scalarText(e.value(), "'" + e.key() + "'");
                if (value != null) {
                    options.put(key, checkOption(key, value, e.value().location(), changeLogLevel));
                }
            } else if (ctx.xml() && e.key().equals(MapNode.TEXT)) {
                continue;
            } else {
                Precondition p = precondition(e);
                if (p != null) {
                    conditions.add(p);
                }
            }
        }
        return new Preconditions(node.location(), options.get("onFail"), options.get("onError"), options.get("onSqlOutput"),
                options.get("onFailMessage"), options.get("onErrorMessage"), conditions);
    }

    private String checkOption(String key, String value, SourceLocation where, boolean changeLogLevel) {
        if (key.endsWith("Message")) {
            return value;
        }
        String upper = value.trim().toUpperCase(Locale.ROOT);
        Set<String> allowed = key.equals("onSqlOutput") ? ON_SQL_OUTPUT
                : changeLogLevel ? CHANGELOG_ON_FAIL_OR_ERROR : ON_FAIL_OR_ERROR;
        if (!allowed.contains(upper)) {
            ctx.error(ErrorCode.INVALID_VALUE, where, key + " must be one of " + allowed.stream().sorted()
                    .collect(Collectors.joining(", ")) + (changeLogLevel && !key.equals("onSqlOutput")
                    ? " at changelog level" : "") + ", found '" + value + "'");
        }
        return upper;
    }

    private Precondition precondition(MapNode.Entry e) {
        PreconditionType type = PreconditionType.named(e.key()).orElse(null);
        if (type == null) {
            ctx.shapeError(ErrorCode.UNKNOWN_ELEMENT, e.keyLocation(), "unknown precondition '" + e.key() + "'"
                    + Suggestions.hint(e.key(), PreconditionType.ALL.stream().map(PreconditionType::name).toList()));
            return null;
        }
        if (type.composite()) {
            List<Precondition> nested = new ArrayList<>();
            for (MapNode.Entry child : entries(e.value(), e.key())) {
                if (ctx.xml() && child.key().equals(MapNode.TEXT)) {
                    continue;
                }
                Precondition p = precondition(child);
                if (p != null) {
                    nested.add(p);
                }
            }
            SourceLocation where = e.value().location();
            return e.key().equals("and") ? new And(where, nested)
                    : e.key().equals("or") ? new Or(where, nested) : new Not(where, nested);
        }
        Precondition p = records.mapAt(type.recordClass(), e);
        if (p instanceof ChangeLogPropertyDefined d && d.property() != null) {
            // Liquibase's check also sees the local properties where it is written; they are gone once parsing ends.
            p = new ChangeLogPropertyDefined(d.location(), d.property(), d.value(), ctx.parameters.localLookup(d.property().trim()));
        }
        if (p != null && e.key().equals("customPrecondition")) {
            ctx.error(ErrorCode.UNSUPPORTED, e.keyLocation(),
                    "customPrecondition runs Java classes, which Tidemark does not load; replace it with sqlCheck or another precondition");
        }
        return p;
    }

    /** The entries of a block: an XML element's children, a TREE map, or a TREE list of one-key maps. */
    private List<MapNode.Entry> entries(Node node, String what) {
        if (node instanceof MapNode) {
            return ((MapNode) node).entries();
        }
        List<MapNode.Entry> out = new ArrayList<>();
        for (Node item : ctx.items(node, "'" + what + "'")) {
            MapNode.Entry e = ctx.singleEntry(item, "'" + what + "'");
            if (e != null) {
                out.add(e);
            }
        }
        return out;
    }
}
