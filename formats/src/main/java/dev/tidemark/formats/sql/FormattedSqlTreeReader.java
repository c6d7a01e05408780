// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.formats.sql;

import dev.tidemark.error.Diagnostic;
import dev.tidemark.error.ErrorCode;
import dev.tidemark.formats.tree.Flavor;
import dev.tidemark.formats.tree.ListNode;
import dev.tidemark.formats.tree.ParsedTree;
import dev.tidemark.formats.tree.ScalarNode;
import dev.tidemark.formats.tree.SourceText;
import dev.tidemark.formats.tree.TreeReader;
import dev.tidemark.model.SourceLocation;
import java.util.List;
import java.util.Optional;

/**
 * Reads a {@code .sql} changelog into the TREE flavor (see {@code docs/changelog-tree.md}), telling the
 * two kinds apart itself, as Liquibase does:
 * <ul>
 *   <li><b>Formatted SQL</b>: the first non-blank line is {@code --liquibase formatted sql} (any case,
 *       flexible spacing, optional {@code logicalFilePath:<path>}). The result is
 *       {@code databaseChangeLog: [{logicalFilePath}?, {property: ..}*, {changeSet: ..}*]}; each changeSet
 *       holds id, author, the attributes of its {@code --changeset} line, comment, validCheckSum,
 *       preConditions, {@code changes: [{sql: {sql, splitStatements?, stripComments, endDelimiter?}}]}
 *       (stripComments is always present: it defaults to true in formatted SQL) and rollback.</li>
 *   <li><b>Raw SQL</b>: any other file is one changeset {@code raw::includeAll} whose one {@code sql}
 *       change holds the whole file, trimmed, with splitStatements false.</li>
 * </ul>
 * Every scalar is a string located where its text starts in the file (a quoted value at its opening
 * quote; values Tidemark supplies, such as the stripComments default, at the {@code --changeset} line);
 * maps and lists are located at the directive that makes them. Columns count code points from 1.
 * Problems are reported all together; the tree is returned alongside them, holding every changeset
 * that could be read, and is empty only for a file with no content.
 */
public final class FormattedSqlTreeReader implements TreeReader {

    public FormattedSqlTreeReader() {
        // Stateless: each read works on its own parser.
    }

    @Override
    public Optional<ParsedTree> read(SourceText source, List<Diagnostic> diagnostics) {
        List<SqlLine> lines = SqlLine.split(source.content());
        Problems problems = new Problems(source.path(), diagnostics);
        SqlLine first = firstNonBlank(lines);
        if (first == null) {
            problems.add(Diagnostic.error(ErrorCode.SYNTAX, problems.file(), "the SQL file is empty"));
            return Optional.empty();
        }
        if (FormattedSqlSyntax.HEADER.matcher(first.text()).matches()) {
            return Optional.of(new FormattedSqlParser(lines, first, problems).parse());
        }
        return Optional.of(raw(source.content(), first, problems));
    }

    /** Whether {@code content} is formatted SQL, i.e. its first non-blank line is the header; otherwise it is raw SQL. */
    public boolean isFormatted(String content) {
        SqlLine first = firstNonBlank(SqlLine.split(content));
        return first != null && FormattedSqlSyntax.HEADER.matcher(first.text()).matches();
    }

    /**
     * Liquibase's raw SQL changelog: the whole file as one changeset that does not split statements. The
     * text is kept as written, line endings included, as Liquibase reads it whole.
     */
    private static ParsedTree raw(String content, SqlLine first, Problems problems) {
        SourceLocation start = new SourceLocation(problems.file().file(), 1, 1);
        SourceLocation sqlAt = problems.at(first, first.firstNonBlank());
        String body = (content.startsWith("\uFEFF") ? content.substring(1) : content).trim();
        EntryList sql = new EntryList()
                .put("sql", sqlAt, ScalarNode.string(sqlAt, body))
                .put("splitStatements", start, "false");
        EntryList changeSet = new EntryList()
                .put("id", start, "raw")
                .put("author", start, "includeAll")
                .put("changes", start, new ListNode(start, List.of(EntryList.item("sql", start, sql.toMap(start)))));
        ListNode items = new ListNode(start, List.of(EntryList.item("changeSet", start, changeSet.toMap(start))));
        return new ParsedTree(new EntryList().put("databaseChangeLog", start, items).toMap(start), Flavor.TREE);
    }

    private static SqlLine firstNonBlank(List<SqlLine> lines) {
        for (SqlLine line : lines) {
            if (!line.isBlank()) {
                return line;
            }
        }
        return null;
    }
}
