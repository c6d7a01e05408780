// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.formats.mapping;

import dev.tidemark.error.ErrorCode;
import dev.tidemark.execute.Slices;
import dev.tidemark.formats.tree.MapNode;
import dev.tidemark.formats.tree.Node;
import dev.tidemark.formats.tree.ParsedTree;
import dev.tidemark.model.ChangeLogEntry;
import dev.tidemark.model.ChangeLogFile;
import dev.tidemark.model.ChangeSet;
import dev.tidemark.model.Include;
import dev.tidemark.model.IncludeAll;
import dev.tidemark.model.ModifyChangeSets;
import dev.tidemark.model.Property;
import dev.tidemark.model.RemoveChangeSetProperty;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Maps the tree of one changelog file into a {@link ChangeLogFile}. Properties are defined as
 * they are met, so a value can use the properties written above it, as in Liquibase.
 */
public final class ChangeLogMapper {
    private static final List<String> FILE_ATTRIBUTES = List.of("logicalFilePath", "context", "contextFilter",
            "changeLogId", "objectQuotingStrategy");
    /** Fewer changesets than this per thread are not worth a thread. */
    private static final int MIN_SLICE = 500;
    private static final List<String> ENTRY_NAMES = List.of("changeSet", "include", "includeAll", "property",
            "preConditions", "modifyChangeSets", "removeChangeSetProperty");

    /** Loads the properties of a {@code property file=...} entry; reports problems itself. */
    public interface PropertyFileLoader {
        Map<String, String> load(Property property);
    }

    private final MappingContext ctx;
    private final RecordMapper records;
    private final ChangeSetMapper changeSets;
    private final PreconditionMapper preconditions;
    private final PropertyFileLoader propertyFiles;
    private final Predicate<Property> propertyApplies;
    private final int minSlice;

    /**
     * @param propertyApplies whether a property's context/labels/dbms filters let it take effect
     */
    public ChangeLogMapper(ParsedTree tree, List<dev.tidemark.error.Diagnostic> diagnostics, ChangeLogParameters parameters,
            boolean strict, PropertyFileLoader propertyFiles, Predicate<Property> propertyApplies) {
        this(tree, diagnostics, parameters, strict, propertyFiles, propertyApplies, MIN_SLICE);
    }

    /** As above, with the fewest changesets per mapping thread (tests compare sliced and unsliced mapping). */
    ChangeLogMapper(ParsedTree tree, List<dev.tidemark.error.Diagnostic> diagnostics, ChangeLogParameters parameters,
            boolean strict, PropertyFileLoader propertyFiles, Predicate<Property> propertyApplies, int minSlice) {
        this.minSlice = minSlice;
        this.ctx = new MappingContext(tree.flavor(), diagnostics, parameters, strict);
        this.records = new RecordMapper(ctx);
        this.preconditions = new PreconditionMapper(ctx, records);
        this.changeSets = new ChangeSetMapper(ctx, records, preconditions);
        this.propertyFiles = propertyFiles;
        this.propertyApplies = propertyApplies;
    }

    /**
     * The file's model. {@code path} is the path it is reported and identified under; its
     * changesets' filePath is the file's logicalFilePath when it has one.
     */
    public ChangeLogFile map(Node root, String path, ChangeLogFile.Format format) {
        List<MapNode.Entry> entries = topEntries(root);
        Map<String, String> attributes = new HashMap<>();
        for (MapNode.Entry e : entries) {
            if (FILE_ATTRIBUTES.contains(e.key())) {
                String key = e.key().equals("context") ? "contextFilter" : e.key();
                attributes.put(key, records.scalarText(e.value(), "'" + e.key() + "'"));
            }
        }
        String logical = attributes.get("logicalFilePath");
        String identityPath = logical == null ? path : LogicalPaths.normalize(logical);
        List<ChangeLogEntry> out = new ArrayList<>();
        List<MapNode.Entry> run = new ArrayList<>();
        for (MapNode.Entry e : entries) {
            if (FILE_ATTRIBUTES.contains(e.key()) || (ctx.xml() && e.key().equals(MapNode.TEXT))) {
                continue;
            }
            if (e.key().equals("changeSet")) {
                run.add(e);
                continue;
            }
            mapChangeSets(run, identityPath, out);
            run.clear();
            ChangeLogEntry entry = entry(e, identityPath);
            if (entry != null) {
                out.add(entry);
            }
        }
        mapChangeSets(run, identityPath, out);
        return new ChangeLogFile(path, format, logical, attributes.get("contextFilter"), attributes.get("changeLogId"),
                attributes.get("objectQuotingStrategy"), out);
    }

    /**
     * Maps consecutive changesets. Between two other entries nothing changes the properties they
     * see (only property entries define them), so a long run is mapped in slices on a thread per
     * core, each slice with diagnostics of its own, merged in file order: the same entries and
     * diagnostics, in the same order, as one thread would give.
     */
    private void mapChangeSets(List<MapNode.Entry> run, String identityPath, List<ChangeLogEntry> out) {
        if (run.isEmpty()) {
            return;
        }
        for (SliceResult slice : Slices.run(run, minSlice, "tidemark-mapping", slice -> mapSlice(slice, identityPath))) {
            out.addAll(slice.entries());
            ctx.diagnostics.addAll(slice.diagnostics());
        }
    }

    /** One slice, through mappers of its own that report into a list of its own. */
    private SliceResult mapSlice(List<MapNode.Entry> slice, String identityPath) {
        MappingContext own = new MappingContext(ctx.flavor, new ArrayList<>(), ctx.parameters, ctx.strict);
        RecordMapper ownRecords = new RecordMapper(own);
        ChangeSetMapper mapper = new ChangeSetMapper(own, ownRecords, new PreconditionMapper(own, ownRecords));
        List<ChangeLogEntry> mapped = new ArrayList<>(slice.size());
        for (MapNode.Entry e : slice) {
            ChangeSet cs = mapper.map(e.value(), identityPath, e.keyLocation());
            if (cs != null) {
                mapped.add(cs);
            }
        }
        return new SliceResult(mapped, own.diagnostics);
    }

    private record SliceResult(List<ChangeLogEntry> entries, List<dev.tidemark.error.Diagnostic> diagnostics) {
    }

    private List<MapNode.Entry> topEntries(Node root) {
        if (ctx.xml()) {
            return root instanceof MapNode ? ((MapNode) root).entries() : List.of();
        }
        Node list = root instanceof MapNode ? ((MapNode) root).get("databaseChangeLog").orElse(null) : null;
        if (list == null) {
            ctx.error(ErrorCode.INVALID_STRUCTURE, root.location(),
                    "a changelog starts with 'databaseChangeLog:' holding a list of changeSet, include, property ... items");
            return List.of();
        }
        if (root instanceof MapNode && ((MapNode) root).entries().size() > 1) {
            for (MapNode.Entry e : ((MapNode) root).entries()) {
                if (!e.key().equals("databaseChangeLog") && !e.key().equals("$schema")) {
                    ctx.unknownAttribute(e.keyLocation(), "unknown top-level key '" + e.key() + "'; everything belongs under databaseChangeLog");
                }
            }
        }
        List<MapNode.Entry> out = new ArrayList<>();
        for (Node item : ctx.items(list, "databaseChangeLog")) {
            MapNode.Entry e = ctx.singleEntry(item, "databaseChangeLog");
            if (e != null) {
                out.add(e);
            }
        }
        return out;
    }

    private ChangeLogEntry entry(MapNode.Entry e, String identityPath) {
        switch (e.key()) {
            case "changeSet":
                return changeSets.map(e.value(), identityPath, e.keyLocation());
            case "include":
                return records.mapAt(Include.class, e);
            case "includeAll":
                return records.mapAt(IncludeAll.class, e);
            case "property":
                return property(e.value());
            case "preConditions":
                return preconditions.map(e.value(), true);
            case "removeChangeSetProperty":
                return records.map(RemoveChangeSetProperty.class, e.value(), "removeChangeSetProperty");
            case "modifyChangeSets":
                return modifyChangeSets(e.value(), identityPath);
            default:
                ctx.shapeError(ErrorCode.UNKNOWN_ELEMENT, e.keyLocation(), "unknown changelog element '" + e.key() + "'"
                        + Suggestions.hint(e.key(), ENTRY_NAMES));
                return null;
        }
    }

    private ChangeLogEntry modifyChangeSets(Node node, String identityPath) {
        List<ChangeLogEntry> nested = new ArrayList<>();
        if (node instanceof MapNode) {
            for (MapNode.Entry e : ((MapNode) node).entries()) {
                if (e.key().equals("include") || e.key().equals("includeAll")) {
                    for (Node item : e.value() instanceof dev.tidemark.formats.tree.ListNode
                            ? ((dev.tidemark.formats.tree.ListNode) e.value()).items() : List.of(e.value())) {
                        ChangeLogEntry entry = entry(new MapNode.Entry(e.key(), e.keyLocation(), item), identityPath);
                        if (entry != null) {
                            nested.add(entry);
                        }
                    }
                }
            }
        }
        Map<String, Object> preset = new HashMap<>();
        preset.put("entries", nested);
        return records.map(ModifyChangeSets.class, node, "modifyChangeSets", Set.of("include", "includeAll"), preset);
    }

    /** A property's value as written: Liquibase expands a value where the property is used, not where it is defined. */
    private static String rawValue(Node node) {
        if (node instanceof MapNode) {
            Node v = ((MapNode) node).get("value").orElse(null);
            if (v instanceof dev.tidemark.formats.tree.ScalarNode && !((dev.tidemark.formats.tree.ScalarNode) v).isNull()) {
                return ((dev.tidemark.formats.tree.ScalarNode) v).text();
            }
        }
        return null;
    }

    private Property property(Node node) {
        Map<String, Object> preset = new HashMap<>();
        preset.put("value", rawValue(node));
        Property p = records.map(Property.class, node, "property", Set.of("value"), preset);
        if (p == null) {
            return null;
        }
        boolean hasName = p.name() != null;
        if (hasName == (p.file() != null)) {
            ctx.error(ErrorCode.INVALID_STRUCTURE, p.location(),
                    "a property has either 'name' (with 'value') or 'file', not " + (hasName ? "both" : "neither"));
            return p;
        }
        if (!propertyApplies.test(p)) {
            return p;
        }
        Map<String, String> values = hasName ? Map.of(p.name(), p.value() == null ? "" : p.value()) : propertyFiles.load(p);
        values.forEach((k, v) -> {
            if (p.globalOrDefault()) {
                ctx.parameters.defineGlobal(k, v);
            } else {
                ctx.parameters.defineLocal(k, v);
            }
        });
        return p;
    }

}
