// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.formats.sql;

import dev.tidemark.error.ErrorCode;
import dev.tidemark.formats.tree.ListNode;
import dev.tidemark.formats.tree.MapNode;
import dev.tidemark.formats.tree.ScalarNode;
import dev.tidemark.model.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One changeset while its lines are read: the {@code --changeset} line's identity and attributes, the
 * directives below it and the body lines. {@link #toItem} turns it into the {@code {changeSet: ...}} item.
 */
final class ChangeSetDraft {
    /** Attributes of the changeSet itself, spelled as in XML and YAML. */
    static final List<String> CHANGESET_ATTRIBUTES = List.of("runOnChange", "runAlways", "runInTransaction", "failOnError",
            "context", "contextFilter", "labels", "dbms", "logicalFilePath", "ignore", "runWith", "runWithSpoolFile",
            "created", "runOrder", "objectQuotingStrategy", "onValidationFail");
    /** Attributes that belong to the changeset's {@code sql} change. */
    static final List<String> SQL_ATTRIBUTES = List.of("splitStatements", "stripComments", "endDelimiter");
    /** Attributes that belong to the rollback's {@code sql} change. */
    static final List<String> ROLLBACK_ATTRIBUTES = List.of("rollbackSplitStatements", "rollbackEndDelimiter");

    private final SqlLine line;
    private final SourceLocation at;
    private final Problems problems;
    private final ScalarNode id;
    private final ScalarNode author;
    private final List<Attribute> attributes;
    private final List<SqlLine> body = new ArrayList<>();
    private final List<ScalarNode> checkSums = new ArrayList<>();
    private final PreconditionLines preconditions;
    private final RollbackLines rollback;
    private ScalarNode comment;
    private SqlLine commentLine;

    /**
     * @param id and {@code author} are null for a {@code --changeset} line too broken to name a changeset;
     *           its lines are still read (and checked) but no item is produced
     */
    ChangeSetDraft(SqlLine line, Problems problems, ScalarNode id, ScalarNode author, List<Attribute> attributes) {
        this.line = line;
        this.at = problems.at(line, line.firstNonBlank());
        this.problems = problems;
        this.id = id;
        this.author = author;
        this.attributes = List.copyOf(attributes);
        this.preconditions = new PreconditionLines(problems);
        this.rollback = new RollbackLines(problems);
    }

    Problems problems() {
        return problems;
    }

    PreconditionLines preconditions() {
        return preconditions;
    }

    RollbackLines rollback() {
        return rollback;
    }

    void bodyLine(SqlLine bodyLine) {
        body.add(bodyLine);
    }

    /** A {@code --comment} line. Liquibase keeps only the last one, so that is what is kept. */
    void comment(SqlLine commentLine, int textIndex) {
        if (this.commentLine != null) {
            problems.warning(ErrorCode.SYNTAX, commentLine, commentLine.firstNonBlank(), "only the last --comment of a changeset"
                    + " is kept, as in Liquibase; this one replaces the comment at line " + this.commentLine.number());
        }
        this.commentLine = commentLine;
        this.comment = ScalarNode.string(problems.at(commentLine, textIndex), commentLine.text().substring(textIndex));
    }

    void validCheckSum(SqlLine checkSumLine, int valueIndex) {
        String raw = checkSumLine.text().substring(valueIndex);
        int lead = raw.length() - raw.stripLeading().length();
        checkSums.add(ScalarNode.string(problems.at(checkSumLine, valueIndex + lead), raw.trim()));
    }

    /**
     * The {@code {changeSet: ...}} item, or empty for a broken {@code --changeset} line or an empty body
     * (reported here: Liquibase refuses a changeset without SQL).
     */
    Optional<MapNode> toItem() {
        if (id == null) {
            return Optional.empty();
        }
        Optional<ScalarNode> sql = bodySql();
        if (sql.isEmpty()) {
            problems.error(ErrorCode.MISSING_REQUIRED, line, line.firstNonBlank(), "changeset " + id.text() + "::" + author.text()
                    + " has no SQL; every formatted SQL changeset needs a body");
            return Optional.empty();
        }
        EntryList cs = new EntryList()
                .put("id", id.location(), id)
                .put("author", author.location(), author);
        for (Attribute a : attributes) {
            if (CHANGESET_ATTRIBUTES.contains(a.name())) {
                cs.put(a.name(), a.keyLocation(problems), a.value(problems));
            }
        }
        if (comment != null) {
            cs.put("comment", problems.at(commentLine, commentLine.firstNonBlank()), comment);
        }
        if (!checkSums.isEmpty()) {
            cs.put("validCheckSum", checkSums.get(0).location(), new ListNode(checkSums.get(0).location(), List.copyOf(checkSums)));
        }
        preconditions.toList().ifPresent(list -> cs.put("preConditions", list.location(), list));
        cs.put("changes", at, new ListNode(at, List.of(EntryList.item("sql", at, sqlChange(sql.get())))));
        rollback.toNode(Attribute.find(attributes, "rollbackSplitStatements"), Attribute.find(attributes, "rollbackEndDelimiter"))
                .ifPresent(node -> cs.put("rollback", rollback.location(), node));
        return Optional.of(EntryList.item("changeSet", at, cs.toMap(at)));
    }

    /** {sql, splitStatements?, stripComments, endDelimiter?}; stripComments defaults to true in formatted SQL. */
    private MapNode sqlChange(ScalarNode sql) {
        EntryList change = new EntryList().put("sql", sql.location(), sql);
        Attribute split = Attribute.find(attributes, "splitStatements");
        if (split != null) {
            change.put("splitStatements", split.keyLocation(problems), split.value(problems));
        }
        Attribute strip = Attribute.find(attributes, "stripComments");
        if (strip != null) {
            change.put("stripComments", strip.keyLocation(problems), strip.value(problems));
        } else {
            change.put("stripComments", at, "true");
        }
        Attribute delimiter = Attribute.find(attributes, "endDelimiter");
        if (delimiter != null) {
            change.put("endDelimiter", delimiter.keyLocation(problems), delimiter.value(problems));
        }
        return change.toMap(at);
    }

    /** The body lines joined with newlines and trimmed as a whole, as Liquibase does; located where it starts. */
    private Optional<ScalarNode> bodySql() {
        List<String> texts = new ArrayList<>();
        for (SqlLine l : body) {
            texts.add(l.text());
        }
        String sql = String.join("\n", texts).trim();
        if (sql.isEmpty()) {
            return Optional.empty();
        }
        for (SqlLine l : body) {
            if (!l.isBlank()) {
                return Optional.of(ScalarNode.string(problems.at(l, l.firstNonBlank()), sql));
            }
        }
        throw new IllegalStateException("non-blank body without a non-blank line");
    }
}
