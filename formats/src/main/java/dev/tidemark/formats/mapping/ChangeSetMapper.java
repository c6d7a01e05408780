// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.formats.mapping;

import dev.tidemark.error.Diagnostic;
import dev.tidemark.error.ErrorCode;
import dev.tidemark.formats.tree.ListNode;
import dev.tidemark.formats.tree.MapNode;
import dev.tidemark.formats.tree.Node;
import dev.tidemark.formats.tree.ScalarNode;
import dev.tidemark.model.ChangeSet;
import dev.tidemark.model.ModifySql;
import dev.tidemark.model.Rollback;
import dev.tidemark.model.SourceLocation;
import dev.tidemark.model.change.Change;
import dev.tidemark.model.change.ChangeType;
import dev.tidemark.model.change.Sql;
import dev.tidemark.model.modifysql.SqlModifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Maps a {@code changeSet} and what only changesets hold: changes, rollback, validCheckSum, modifySql. */
final class ChangeSetMapper {
    private static final Set<String> SPECIAL = Set.of("changes", "comment", "validCheckSum", "preConditions",
            "rollback", "modifySql", "preconditions", "validCheckSums");
    private static final Set<String> REFERENCE_KEYS = Set.of("changeSetId", "changeSetAuthor", "changeSetPath");
    private static final List<String> CHANGE_NAMES = ChangeType.ALL.stream().map(ChangeType::name).toList();

    private final MappingContext ctx;
    private final RecordMapper records;
    private final PreconditionMapper preconditions;

    ChangeSetMapper(MappingContext ctx, RecordMapper records, PreconditionMapper preconditions) {
        this.ctx = ctx;
        this.records = records;
        this.preconditions = preconditions;
    }

    /** The changeset (null if it is not a map); diagnostics found inside are attributed to it. */
    ChangeSet map(Node node, String filePath) {
        return map(node, filePath, null);
    }

    /** As above, reported at {@code at} (the changeSet key) when given. */
    ChangeSet map(Node node, String filePath, dev.tidemark.model.SourceLocation at) {
        int firstDiagnostic = ctx.diagnostics.size();
        Map<String, Object> preset = new HashMap<>();
        preset.put("filePath", filePath);
        Set<String> handled = new java.util.HashSet<>(SPECIAL);
        List<Change> changes = new ArrayList<>();
        List<String> validCheckSums = new ArrayList<>();
        List<ModifySql> modifySql = new ArrayList<>();
        if (node instanceof MapNode) {
            for (MapNode.Entry e : ((MapNode) node).entries()) {
                if (ctx.xml() && ChangeType.named(e.key()).isPresent()) {
                    handled.add(e.key());
                    addIfPresent(changes, change(e));
                    continue;
                }
                switch (e.key()) {
                    case "changes":
                        changes.addAll(changeList(e.value(), "'changes'"));
                        break;
                    case "comment":
                        preset.put("comment", ctx.textOf(e.value(), "'comment'"));
                        break;
                    case "validCheckSum":
                        validCheckSums.addAll(checkSums(e.value()));
                        break;
                    case "preConditions":
                        preset.put("preconditions", preconditions.map(e.value(), false));
                        break;
                    case "rollback":
                        preset.put("rollback", rollback(e.value()));
                        break;
                    case "modifySql":
                        modifySql.addAll(modifySql(e.value()));
                        break;
                    case "preconditions":
                    case "validCheckSums":
                        ctx.unknownAttribute(e.keyLocation(), "unknown attribute '" + e.key() + "' of changeSet; did you mean '"
                                + (e.key().equals("preconditions") ? "preConditions" : "validCheckSum") + "'?");
                        break;
                    default:
                        break;
                }
            }
        }
        preset.put("changes", changes);
        preset.put("validCheckSums", validCheckSums);
        preset.put("modifySql", modifySql);
        ChangeSet changeSet = records.map(ChangeSet.class, node, "changeSet", handled, preset, at);
        if (changeSet != null) {
            if (changeSet.logicalFilePath() != null) {
                changeSet = changeSet.withFilePath(LogicalPaths.normalize(changeSet.logicalFilePath()));
            }
            attribute(firstDiagnostic, changeSet);
        }
        return changeSet;
    }

    private void attribute(int firstDiagnostic, ChangeSet changeSet) {
        if (changeSet.id() == null || changeSet.author() == null) {
            return;
        }
        List<Diagnostic> all = ctx.diagnostics;
        for (int i = firstDiagnostic; i < all.size(); i++) {
            if (all.get(i).changeSet() == null) {
                all.set(i, all.get(i).inChangeSet(changeSet.id(), changeSet.author()));
            }
        }
    }

    private List<Change> changeList(Node node, String what) {
        List<Change> out = new ArrayList<>();
        for (Node item : ctx.items(node, what)) {
            MapNode.Entry e = ctx.singleEntry(item, what);
            if (e != null) {
                addIfPresent(out, change(e));
            }
        }
        return out;
    }

    Change change(MapNode.Entry e) {
        ChangeType type = ChangeType.named(e.key()).orElse(null);
        if (type == null) {
            ctx.shapeError(ErrorCode.UNKNOWN_CHANGE_TYPE, e.keyLocation(), "unknown change type '" + e.key() + "'"
                    + Suggestions.hint(e.key(), CHANGE_NAMES));
            return null;
        }
        Change change = records.mapAt(type.recordClass(), e);
        if (change != null && e.key().equals("customChange")) {
            ctx.error(ErrorCode.UNSUPPORTED, e.keyLocation(), "customChange runs Java classes, which Tidemark does not load;"
                    + " express the change with sql, sqlFile or another change type");
        }
        return change;
    }

    private List<String> checkSums(Node node) {
        List<String> out = new ArrayList<>();
        if (node instanceof ListNode) {
            for (Node item : ((ListNode) node).items()) {
                addIfPresent(out, records.scalarText(item, "'validCheckSum'"));
            }
        } else {
            String text = ctx.textOf(node, "'validCheckSum'");
            addIfPresent(out, text == null ? null : text.trim());
        }
        return out;
    }

    private Rollback rollback(Node node) {
        SourceLocation where = node.location();
        if (node instanceof ScalarNode) {
            String sql = ctx.text((ScalarNode) node);
            return sql == null || sql.isBlank() ? new Rollback(where, List.of(), null, null, null)
                    : new Rollback(where, List.of(sqlChange(where, sql)), null, null, null);
        }
        if (node instanceof ListNode) {
            return new Rollback(where, changeList(node, "'rollback'"), null, null, null);
        }
        MapNode map = (MapNode) node;
        Map<String, String> reference = new HashMap<>();
        List<Change> changes = new ArrayList<>();
        for (MapNode.Entry e : map.entries()) {
            if (REFERENCE_KEYS.contains(e.key())) {
                reference.put(e.key(), records.scalarText(e.value(), "'" + e.key() + "'"));
            } else if (ctx.xml() && e.key().equals(MapNode.TEXT)) {
                String sql = ctx.textOf(e.value(), "rollback SQL");
                if (sql != null && !sql.isBlank()) {
                    changes.add(sqlChange(e.value().location(), sql));
                }
            } else {
                addIfPresent(changes, change(e));
            }
        }
        if (!reference.isEmpty() && (reference.get("changeSetId") == null || reference.get("changeSetAuthor") == null)) {
            ctx.error(ErrorCode.MISSING_REQUIRED, where,
                    "a rollback that refers to another changeset needs both 'changeSetId' and 'changeSetAuthor'");
        }
        return new Rollback(where, changes, reference.get("changeSetId"), reference.get("changeSetAuthor"),
                reference.get("changeSetPath"));
    }

    private static Sql sqlChange(SourceLocation where, String sql) {
        return new Sql(where, sql.trim(), null, null, null, null, null);
    }

    private List<ModifySql> modifySql(Node node) {
        List<ModifySql> out = new ArrayList<>();
        List<Node> blocks = node instanceof ListNode ? ((ListNode) node).items() : List.of(node);
        Set<String> modifierNames = new java.util.HashSet<>();
        for (Class<? extends SqlModifier> type : SqlModifier.TYPES) {
            modifierNames.add(SqlModifier.nameOf(type));
        }
        for (Node block : blocks) {
            List<SqlModifier> modifiers = new ArrayList<>();
            if (block instanceof MapNode) {
                for (MapNode.Entry e : ((MapNode) block).entries()) {
                    if (modifierNames.contains(e.key())) {
                        List<Node> values = e.value() instanceof ListNode ? ((ListNode) e.value()).items() : List.of(e.value());
                        for (Node v : values) {
                            addIfPresent(modifiers, records.map(modifierType(e.key()), v, e.key()));
                        }
                    }
                }
            }
            Map<String, Object> preset = new HashMap<>();
            preset.put("modifiers", modifiers);
            addIfPresent(out, records.map(ModifySql.class, block, "modifySql", modifierNames, preset));
        }
        return out;
    }

    private static Class<? extends SqlModifier> modifierType(String name) {
        for (Class<? extends SqlModifier> type : SqlModifier.TYPES) {
            if (SqlModifier.nameOf(type).equals(name)) {
                return type;
            }
        }
        throw new IllegalArgumentException(name);
    }

    private static <T> void addIfPresent(List<? super T> out, T value) {
        if (value != null) {
            out.add(value);
        }
    }
}
