// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.formats.writer;

import dev.tidemark.model.ChangeLogEntry;
import dev.tidemark.model.ChangeLogFile;
import dev.tidemark.model.ChangeSet;
import dev.tidemark.model.Preconditions;
import dev.tidemark.model.Property;
import dev.tidemark.model.Rollback;
import dev.tidemark.model.SourceLocation;
import dev.tidemark.model.change.Change;
import dev.tidemark.model.change.Sql;
import dev.tidemark.model.meta.Attribute;
import dev.tidemark.model.meta.RecordShape;
import dev.tidemark.model.precondition.Precondition;
import dev.tidemark.model.precondition.SqlCheck;
import dev.tidemark.model.precondition.TableExists;
import dev.tidemark.model.precondition.ViewExists;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Writes a Liquibase formatted SQL changelog. The format holds changesets of one {@code sql} change
 * each, with a SQL, reference or empty rollback, a comment, valid checksums and sqlCheck /
 * tableExists / viewExists preconditions, plus simple properties. Anything else is refused with
 * {@code UNSUPPORTED}, naming the changeset, rather than written in a form that would read back
 * differently.
 */
public final class FormattedSqlChangeLogWriter implements ChangeLogWriter {
    /** The ChangeSet components a {@code --changeset} block can carry. */
    private static final Set<String> CHANGESET_EXPRESSIBLE = Set.of("id", "author", "contextFilter", "labels", "dbms",
            "runOnChange", "runAlways", "failOnError", "runInTransaction", "logicalFilePath", "ignore", "runWith",
            "runWithSpoolFile", "comment", "validCheckSums", "preconditions", "changes", "rollback");
    /** A body line Liquibase would take for a directive instead of SQL. */
    private static final Pattern DIRECTIVE = Pattern.compile("^\\s*-+\\s*(changeset|rollback\\b|precondition"
            + "|comments?:?(\\s|$)|validchecksum|ignorelines:|ignore:|property\\s|liquibase\\s*formatted)"
            + "|^\\s*/\\*\\s*liquibase\\s*rollback", Pattern.CASE_INSENSITIVE);
    private static final Pattern ROLLBACK_KEYWORD = Pattern.compile("^(empty|not required)", Pattern.CASE_INSENSITIVE);

    @Override
    public String write(ChangeLogFile file, Function<String, String> includeRenamer) {
        SqlRefusal changeLog = new SqlRefusal(SourceLocation.ofFile(file.path()), "the changelog");
        changeLog.none("contextFilter", file.contextFilter());
        changeLog.none("changeLogId", file.changeLogId());
        changeLog.none("objectQuotingStrategy", file.objectQuotingStrategy());
        StringBuilder out = new StringBuilder("--liquibase formatted sql");
        if (file.logicalFilePath() != null) {
            out.append(" logicalFilePath:").append(changeLog.token("logicalFilePath", file.logicalFilePath()));
        }
        out.append('\n');
        for (ChangeLogEntry entry : file.entries()) {
            out.append('\n');
            if (entry instanceof ChangeSet) {
                changeSet(out, (ChangeSet) entry);
            } else if (entry instanceof Property) {
                property(out, (Property) entry);
            } else {
                String kind = entry.getClass().getSimpleName();
                throw new SqlRefusal(entry.location(), "the changelog")
                        .because("holds " + SqlRefusal.article(Character.toLowerCase(kind.charAt(0)) + kind.substring(1))
                                + " entry");
            }
        }
        return out.toString();
    }

    private static void property(StringBuilder out, Property p) {
        SqlRefusal refusal = new SqlRefusal(p.location(), "property " + p.name());
        refusal.none("file", p.file());
        refusal.none("relativeToChangelogFile", p.relativeToChangelogFile());
        refusal.none("errorIfMissing", p.errorIfMissing());
        refusal.none("target", p.target());
        if (p.name() == null || p.value() == null) {
            throw refusal.because("lacks a name or a value");
        }
        out.append("--property name:").append(refusal.token("name", p.name()))
                .append(" value:").append(refusal.token("value", p.value()));
        if (p.contextFilter() != null) {
            out.append(" context:").append(refusal.quotable("context", p.contextFilter()));
        }
        if (p.labels() != null) {
            out.append(" labels:").append(refusal.quotable("labels", p.labels()));
        }
        if (p.dbms() != null) {
            out.append(" dbms:").append(refusal.dbms(p.dbms()));
        }
        if (p.global() != null) {
            out.append(" global:").append(p.global());
        }
        out.append('\n');
    }

    private static void changeSet(StringBuilder out, ChangeSet cs) {
        SqlRefusal refusal = new SqlRefusal(cs.location(), "changeset " + cs.identifier());
        for (Attribute a : RecordShape.of(ChangeSet.class).attributes()) {
            Object value = a.read(cs);
            boolean given = value != null && !(value instanceof List && ((List<?>) value).isEmpty());
            if (given && !CHANGESET_EXPRESSIBLE.contains(a.componentName())) {
                throw refusal.because("has " + SqlRefusal.article(a.name()) + " attribute");
            }
        }
        Sql sql = onlySqlChange(cs, refusal);
        if (sql.comment() != null) {
            throw refusal.because("has a comment on its sql change");
        }
        if (sql.dbms() != null && (cs.dbms() == null || !refusal.dbms(sql.dbms()).equals(refusal.dbms(cs.dbms())))) {
            throw refusal.because("has a sql change dbms that differs from the changeset's");
        }

        out.append("--changeset ").append(refusal.changeSetName("author", cs.author(), true)).append(':')
                .append(refusal.changeSetName("id", cs.id(), false));
        flag(out, "runOnChange", cs.runOnChange());
        flag(out, "runAlways", cs.runAlways());
        flag(out, "failOnError", cs.failOnError());
        flag(out, "runInTransaction", cs.runInTransaction());
        flag(out, "splitStatements", sql.splitStatements());
        // In the model an unset stripComments means false (the formatted SQL reader sets its own default,
        // true, explicitly), while formatted SQL strips comments unless told otherwise: always say it.
        flag(out, "stripComments", sql.stripComments() == null ? Boolean.FALSE : sql.stripComments());
        if (sql.endDelimiter() != null) {
            out.append(" endDelimiter:").append(refusal.token("endDelimiter", sql.endDelimiter()));
        }
        Sql rollbackSql = rollbackSql(cs.rollback(), refusal);
        if (rollbackSql != null) {
            flag(out, "rollbackSplitStatements", rollbackSql.splitStatements());
            if (rollbackSql.endDelimiter() != null) {
                out.append(" rollbackEndDelimiter:")
                        .append(refusal.token("rollbackEndDelimiter", rollbackSql.endDelimiter()));
            }
        }
        if (cs.contextFilter() != null) {
            out.append(" context:").append(refusal.quotable("context", cs.contextFilter()));
        }
        if (cs.labels() != null) {
            out.append(" labels:").append(refusal.quotable("labels", cs.labels()));
        }
        if (cs.dbms() != null) {
            out.append(" dbms:").append(refusal.dbms(cs.dbms()));
        }
        if (cs.logicalFilePath() != null) {
            out.append(" logicalFilePath:").append(refusal.token("logicalFilePath", cs.logicalFilePath()));
        }
        flag(out, "ignore", cs.ignore());
        if (cs.runWith() != null) {
            out.append(" runWith:").append(refusal.runWith(cs.runWith()));
        }
        if (cs.runWithSpoolFile() != null) {
            // Liquibase reads this one to the end of the line, so it comes last.
            out.append(" runWithSpoolFile:").append(refusal.restOfLine("runWithSpoolFile", cs.runWithSpoolFile()));
        }
        out.append('\n');

        if (cs.comment() != null) {
            out.append("--comment: ").append(refusal.restOfLine("comment", cs.comment())).append('\n');
        }
        for (String sum : cs.validCheckSums()) {
            out.append("--validCheckSum: ").append(refusal.restOfLine("validCheckSum", sum)).append('\n');
        }
        if (cs.preconditions() != null) {
            preconditions(out, cs.preconditions(), refusal);
        }
        body(out, sql.sql(), refusal);
        rollback(out, cs.rollback(), rollbackSql, refusal);
    }

    private static Sql onlySqlChange(ChangeSet cs, SqlRefusal refusal) {
        for (Change change : cs.changes()) {
            if (!(change instanceof Sql)) {
                throw refusal.because("holds " + SqlRefusal.article(change.changeType().name()) + " change");
            }
        }
        if (cs.changes().size() != 1) {
            throw refusal.because("holds " + cs.changes().size() + " sql changes, not one");
        }
        return (Sql) cs.changes().get(0);
    }

    private static void flag(StringBuilder out, String name, Boolean value) {
        if (value != null) {
            out.append(' ').append(name).append(':').append(value);
        }
    }

    private static void body(StringBuilder out, String sql, SqlRefusal refusal) {
        if (sql.isBlank()) {
            throw refusal.because("has an empty sql change");
        }
        if (sql.indexOf('\r') >= 0) {
            throw refusal.because("has a carriage return in its SQL");
        }
        for (String line : sql.split("\n", -1)) {
            if (DIRECTIVE.matcher(line).find()) {
                throw refusal.saying("has the SQL line '" + line.strip()
                        + "', which formatted SQL would read as a directive");
            }
        }
        out.append(sql);
        if (!sql.endsWith("\n")) {
            out.append('\n');
        }
    }

    private static void preconditions(StringBuilder out, Preconditions block, SqlRefusal refusal) {
        refusal.none("preConditions onFailMessage", block.onFailMessage());
        refusal.none("preConditions onErrorMessage", block.onErrorMessage());
        out.append("--preconditions");
        if (block.onFail() != null) {
            out.append(" onFail:").append(refusal.word("onFail", block.onFail()));
        }
        if (block.onError() != null) {
            out.append(" onError:").append(refusal.word("onError", block.onError()));
        }
        if (block.onSqlOutput() != null) {
            out.append(" onSqlOutput:").append(refusal.word("onSqlOutput", block.onSqlOutput()));
        }
        out.append('\n');
        for (Precondition p : block.conditions()) {
            if (p instanceof SqlCheck) {
                SqlCheck check = (SqlCheck) p;
                out.append("--precondition-sql-check expectedResult:").append(expectedResult(check, refusal))
                        .append(' ').append(refusal.restOfLine("sqlCheck SQL", check.sql().strip())).append('\n');
            } else if (p instanceof TableExists) {
                TableExists t = (TableExists) p;
                refusal.none("tableExists catalogName", t.catalogName());
                out.append("--precondition-table-exists table:").append(refusal.word("tableName", t.tableName()));
                if (t.schemaName() != null) {
                    out.append(" schema:").append(refusal.word("schemaName", t.schemaName()));
                }
                out.append('\n');
            } else if (p instanceof ViewExists) {
                ViewExists v = (ViewExists) p;
                refusal.none("viewExists catalogName", v.catalogName());
                out.append("--precondition-view-exists view:").append(refusal.word("viewName", v.viewName()));
                if (v.schemaName() != null) {
                    out.append(" schema:").append(refusal.word("schemaName", v.schemaName()));
                }
                out.append('\n');
            } else {
                throw refusal.because("has " + SqlRefusal.article(p.preconditionType().name()) + " precondition");
            }
        }
    }

    /** A word as is, anything else quoted with a quote character it does not hold. */
    private static String expectedResult(SqlCheck check, SqlRefusal refusal) {
        String value = check.expectedResult();
        if (value.matches("\\w+")) {
            return value;
        }
        if (value.isEmpty() || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
            throw refusal.because("has a sqlCheck expectedResult that is empty or multi-line");
        }
        if (value.indexOf('\'') < 0) {
            return "'" + value + "'";
        }
        if (value.indexOf('"') < 0) {
            return '"' + value + '"';
        }
        throw refusal.because("has a sqlCheck expectedResult with both quote characters");
    }

    /** The one sql change of a SQL rollback, or null for no rollback, a reference or an empty one. */
    private static Sql rollbackSql(Rollback rollback, SqlRefusal refusal) {
        if (rollback == null || rollback.changes().isEmpty()) {
            return null;
        }
        if (rollback.isReference()) {
            throw refusal.because("has a rollback with both a changeset reference and changes");
        }
        if (rollback.changes().size() != 1 || !(rollback.changes().get(0) instanceof Sql)) {
            throw refusal.because("has a rollback other than one sql change");
        }
        Sql sql = (Sql) rollback.changes().get(0);
        refusal.none("rollback sql dbms", sql.dbms());
        refusal.none("rollback sql stripComments", sql.stripComments());
        refusal.none("rollback sql comment", sql.comment());
        return sql;
    }

    private static void rollback(StringBuilder out, Rollback rollback, Sql sql, SqlRefusal refusal) {
        if (rollback == null) {
            return;
        }
        if (rollback.isReference()) {
            out.append("--rollback changesetId:").append(refusal.token("rollback changeSetId", rollback.changeSetId()));
            if (rollback.changeSetAuthor() != null) {
                out.append(" changesetAuthor:")
                        .append(refusal.token("rollback changeSetAuthor", rollback.changeSetAuthor()));
            }
            if (rollback.changeSetPath() != null) {
                out.append(" changesetPath:").append(refusal.token("rollback changeSetPath", rollback.changeSetPath()));
            }
            out.append('\n');
            return;
        }
        if (sql == null) {
            out.append("--rollback empty\n");
            return;
        }
        String text = sql.sql();
        if (text.isBlank() || text.indexOf('\r') >= 0 || ROLLBACK_KEYWORD.matcher(text.strip()).find()
                || text.toLowerCase(Locale.ROOT).contains("changesetid:")) {
            throw refusal.because("has a rollback SQL text that would read as something else");
        }
        String trimmed = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        for (String line : trimmed.split("\n", -1)) {
            out.append("--rollback ").append(line).append('\n');
        }
    }
}
