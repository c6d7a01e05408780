// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.formats.sql;

import dev.tidemark.error.Diagnostic;
import dev.tidemark.error.ErrorCode;
import dev.tidemark.formats.tree.ListNode;
import dev.tidemark.formats.tree.Node;
import dev.tidemark.formats.tree.ScalarNode;
import dev.tidemark.model.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The rollback of one changeset, gathered from {@code --rollback} lines and {@code /* liquibase rollback}
 * blocks in line order. It becomes: nothing (no rollback text); an empty list ({@code not required},
 * {@code empty}); a reference map ({@code changesetId:}); or SQL text, a plain string unless the
 * changeset sets rollbackSplitStatements or rollbackEndDelimiter, which need a {@code sql} change.
 */
final class RollbackLines {
    private static final List<String> REFERENCE_KEYS = List.of("changeSetId", "changeSetAuthor", "changeSetPath");

    /** A piece of rollback text: a whole {@code --rollback} argument or a line of a block. */
    private record Piece(SqlLine line, int index, String text, boolean directive) {
    }

    private final Problems problems;
    private final List<Piece> pieces = new ArrayList<>();
    private SourceLocation first;

    RollbackLines(Problems problems) {
        this.problems = problems;
    }

    /** The text of a {@code --rollback} line, starting at {@code index}. */
    void directive(SqlLine line, int index) {
        markFirst(line);
        pieces.add(new Piece(line, index, line.text().substring(index), true));
    }

    /** The start line of a block rollback. */
    void blockStart(SqlLine line) {
        markFirst(line);
    }

    /** A line of a block rollback, or the part of its last line before the closing mark. */
    void blockLine(SqlLine line, String text) {
        pieces.add(new Piece(line, 0, text, false));
    }

    /**
     * The {@code rollback} value. {@code splitStatements} and {@code endDelimiter} are the changeset's
     * rollbackSplitStatements and rollbackEndDelimiter attributes, or null.
     */
    Optional<Node> toNode(Attribute splitStatements, Attribute endDelimiter) {
        String joined = joined();
        String sql = joined.trim();
        if (sql.isEmpty()) {
            return Optional.empty();
        }
        if (isNoRollback(sql)) {
            return Optional.of(new ListNode(first, List.of()));
        }
        Optional<Piece> reference = pieces.stream().filter(p -> p.directive() && referenceToken(p) != null).findFirst();
        if (reference.isPresent()) {
            return Optional.of(reference());
        }
        Piece start = startOf();
        SourceLocation at = problems.at(start.line(), start.index() + firstNonBlank(start.text()));
        if (splitStatements == null && endDelimiter == null) {
            return Optional.of(ScalarNode.string(at, sql));
        }
        EntryList change = new EntryList().put("sql", at, ScalarNode.string(at, sql));
        if (splitStatements != null) {
            change.put("splitStatements", splitStatements.keyLocation(problems), splitStatements.value(problems));
        }
        if (endDelimiter != null) {
            change.put("endDelimiter", endDelimiter.keyLocation(problems), endDelimiter.value(problems));
        }
        return Optional.of(new ListNode(first, List.of(EntryList.item("sql", first, change.toMap(first)))));
    }

    SourceLocation location() {
        return first;
    }

    private void markFirst(SqlLine line) {
        if (first == null) {
            first = problems.at(line, line.firstNonBlank());
        }
    }

    /**
     * Liquibase's rule: one line of rollback text that starts with "not required" or "empty" (any case)
     * means no rollback is needed; it checks the start only, so "empty_audit();" counts too, which is
     * warned about since it reads like SQL.
     */
    private boolean isNoRollback(String sql) {
        String lower = sql.toLowerCase(Locale.ROOT);
        if (sql.indexOf('\n') >= 0 || !(lower.startsWith("not required") || lower.startsWith("empty"))) {
            return false;
        }
        if (!(lower.equals("empty") || lower.startsWith("not required") || Character.isWhitespace(lower.charAt(5)))) {
            Piece start = startOf();
            problems.warning(ErrorCode.SYNTAX, start.line(), start.index() + firstNonBlank(start.text()), "rollback '" + sql
                    + "' starts with 'empty', so it means no rollback, as in Liquibase; write the SQL otherwise");
        }
        return true;
    }

    /** A map {changeSetId, changeSetAuthor, changeSetPath?} from the {@code changesetId:} style lines. */
    private Node reference() {
        EntryList out = new EntryList();
        List<String> seen = new ArrayList<>();
        for (Piece p : pieces) {
            for (Token t : Token.scan(p.line().text(), p.index())) {
                String key = t.isAttribute() ? canonicalReferenceKey(t.key()) : null;
                if (key == null || !p.directive()) {
                    problems.error(ErrorCode.SYNTAX, p.line(), t.keyIndex(), "unexpected '" + t.text()
                            + "' in a rollback that refers to another changeset; it takes only changesetId:, changesetAuthor:"
                            + " and changesetPath:");
                } else if (seen.contains(key)) {
                    problems.error(ErrorCode.DUPLICATE_KEY, p.line(), t.keyIndex(), "rollback '" + t.key() + "' is given twice");
                } else if (t.value().isEmpty()) {
                    problems.error(ErrorCode.INVALID_VALUE, p.line(), t.keyIndex(), "rollback '" + t.key() + "' has no value");
                } else {
                    seen.add(key);
                    out.put(key, problems.at(p.line(), t.keyIndex()),
                            ScalarNode.string(problems.at(p.line(), t.valueIndex()), t.value()));
                }
            }
        }
        if (!seen.contains("changeSetAuthor")) {
            problems.add(Diagnostic.error(ErrorCode.MISSING_REQUIRED, first,
                    "a rollback that refers to another changeset needs changesetAuthor:<author> as well as changesetId:<id>"));
        }
        return out.toMap(first);
    }

    private static Token referenceToken(Piece p) {
        for (Token t : Token.scan(p.line().text(), p.index())) {
            if (t.isAttribute() && "changesetid".equalsIgnoreCase(t.key())) {
                return t;
            }
        }
        return null;
    }

    private static String canonicalReferenceKey(String key) {
        for (String k : REFERENCE_KEYS) {
            if (k.equalsIgnoreCase(key)) {
                return k;
            }
        }
        return null;
    }

    private String joined() {
        // Liquibase glues block lines together with no separator ("SELECT 1" + "FROM t"); joining with
        // a newline keeps multi-line statements intact. Rollback text is not part of the checksum.
        return String.join("\n", pieces.stream().map(Piece::text).toList());
    }

    /** The piece where the trimmed rollback text begins. */
    private Piece startOf() {
        for (Piece p : pieces) {
            if (firstNonBlank(p.text()) >= 0) {
                return p;
            }
        }
        return pieces.get(0);
    }

    private static int firstNonBlank(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > ' ') {
                return i;
            }
        }
        return -1;
    }
}
