// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.formats.sql;

import static dev.tidemark.formats.sql.FormattedSqlSyntax.CHANGESET;
import static dev.tidemark.formats.sql.FormattedSqlSyntax.CHANGESET_MALFORMED;
import static dev.tidemark.formats.sql.FormattedSqlSyntax.CHANGESET_SPACED_ID;
import static dev.tidemark.formats.sql.FormattedSqlSyntax.COMMENT;
import static dev.tidemark.formats.sql.FormattedSqlSyntax.COMMENT_MALFORMED;
import static dev.tidemark.formats.sql.FormattedSqlSyntax.HEADER;
import static dev.tidemark.formats.sql.FormattedSqlSyntax.IGNORE_LINE;
import static dev.tidemark.formats.sql.FormattedSqlSyntax.IGNORE_LINES;
import static dev.tidemark.formats.sql.FormattedSqlSyntax.IGNORE_LINES_ONE_DASH;
import static dev.tidemark.formats.sql.FormattedSqlSyntax.PRECONDITION;
import static dev.tidemark.formats.sql.FormattedSqlSyntax.PRECONDITIONS;
import static dev.tidemark.formats.sql.FormattedSqlSyntax.PRECONDITIONS_MALFORMED;
import static dev.tidemark.formats.sql.FormattedSqlSyntax.PRECONDITION_BARE;
import static dev.tidemark.formats.sql.FormattedSqlSyntax.PRECONDITION_MALFORMED;
import static dev.tidemark.formats.sql.FormattedSqlSyntax.PROPERTY;
import static dev.tidemark.formats.sql.FormattedSqlSyntax.PROPERTY_MALFORMED;
import static dev.tidemark.formats.sql.FormattedSqlSyntax.ROLLBACK;
import static dev.tidemark.formats.sql.FormattedSqlSyntax.ROLLBACK_BLOCK_END;
import static dev.tidemark.formats.sql.FormattedSqlSyntax.ROLLBACK_BLOCK_START;
import static dev.tidemark.formats.sql.FormattedSqlSyntax.ROLLBACK_MALFORMED;
import static dev.tidemark.formats.sql.FormattedSqlSyntax.VALID_CHECKSUM;
import static dev.tidemark.formats.sql.FormattedSqlSyntax.VALID_CHECKSUM_MALFORMED;

import dev.tidemark.error.ErrorCode;
import dev.tidemark.formats.tree.Flavor;
import dev.tidemark.formats.tree.ListNode;
import dev.tidemark.formats.tree.Node;
import dev.tidemark.formats.tree.ParsedTree;
import dev.tidemark.formats.tree.ScalarNode;
import dev.tidemark.model.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Reads the lines of one formatted SQL changelog (one that has the header) into the TREE flavor. Lines
 * are taken in Liquibase's order of precedence: {@code --property}, the header, {@code --ignoreLines},
 * {@code --changeset}, then the directives of the current changeset; anything else inside a changeset
 * is body SQL. One instance reads one file.
 */
final class FormattedSqlParser {
    private static final List<String> PROPERTY_ATTRIBUTES = List.of("name", "value", "context", "contextFilter", "labels",
            "dbms", "global");
    private static final List<String> CHANGESET_LINE_ATTRIBUTES = concat(ChangeSetDraft.CHANGESET_ATTRIBUTES,
            ChangeSetDraft.SQL_ATTRIBUTES, ChangeSetDraft.ROLLBACK_ATTRIBUTES);

    private final List<SqlLine> lines;
    private final SqlLine header;
    private final Problems problems;
    private final List<Node> items = new ArrayList<>();
    private int next;
    private ChangeSetDraft current;
    private boolean inBlockComment;
    private boolean strayTextReported;

    /** @param header the header line, the first non-blank line of {@code lines} */
    FormattedSqlParser(List<SqlLine> lines, SqlLine header, Problems problems) {
        this.lines = lines;
        this.header = header;
        this.problems = problems;
    }

    ParsedTree parse() {
        while (next < lines.size()) {
            read(lines.get(next++));
        }
        finishChangeSet();
        SourceLocation root = problems.at(header, header.firstNonBlank());
        return new ParsedTree(new EntryList().put("databaseChangeLog", root, new ListNode(root, items)).toMap(root), Flavor.TREE);
    }

    private void read(SqlLine line) {
        String text = line.text();
        Matcher m;
        if ((m = PROPERTY.matcher(text)).matches()) {
            property(line, m.start(1));
        } else if (PROPERTY_MALFORMED.matcher(text).matches()) {
            malformed(problems, line, "--property name:<name> value:<value> [context:<expr>] [labels:<expr>]"
                    + " [dbms:<list>] [global:true|false]");
        } else if ((m = HEADER.matcher(text)).matches()) {
            header(line, m);
        } else if ((m = IGNORE_LINES.matcher(text)).matches()) {
            ignoreLines(line, m.group(1), m.start(1));
        } else if (IGNORE_LINES_ONE_DASH.matcher(text).matches() || IGNORE_LINE.matcher(text).matches()) {
            malformed(problems, line, "--ignoreLines:<count|start|end>");
        } else if ((m = CHANGESET.matcher(text)).matches()) {
            changeSet(line, m);
        } else if (CHANGESET_SPACED_ID.matcher(text).matches()) {
            problems.error(ErrorCode.SYNTAX, line, line.firstNonBlank(), "no blank is allowed between the ':' and the id:"
                    + " write --changeset <author>:<id>");
            brokenChangeSet(line);
        } else if (CHANGESET_MALFORMED.matcher(text).matches()) {
            malformed(problems, line, "--changeset <author>:<id> [attribute:value ...]");
            brokenChangeSet(line);
        } else if (current == null) {
            outsideChangeSet(line);
        } else {
            insideChangeSet(line, current);
        }
    }

    private void header(SqlLine line, Matcher m) {
        if (line.number() != header.number()) {
            problems.error(ErrorCode.SYNTAX, line, line.firstNonBlank(), "a second '--liquibase formatted sql' header;"
                    + " the file's header is at line " + header.number());
            return;
        }
        List<Token> tokens = new ArrayList<>(Token.scan(line.text(), m.start(1)));
        if (!tokens.isEmpty() && !tokens.get(0).isAttribute() && tokens.get(0).text().equalsIgnoreCase("sql")) {
            tokens.remove(0);
        }
        Attribute path = Attribute.find(Attribute.read(line, tokens, List.of("logicalFilePath"), "header", problems),
                "logicalFilePath");
        if (path != null) {
            items.add(EntryList.item("logicalFilePath", path.keyLocation(problems), path.value(problems)));
        }
    }

    private void property(SqlLine line, int from) {
        List<Attribute> attributes = Attribute.read(line, joinBlankValues(Token.scan(line.text(), from)), PROPERTY_ATTRIBUTES,
                "--property", problems);
        if (Attribute.find(attributes, "name") == null || Attribute.find(attributes, "value") == null) {
            problems.error(ErrorCode.MISSING_REQUIRED, line, line.firstNonBlank(), "--property needs name:<name> and value:<value>");
            return;
        }
        EntryList property = new EntryList();
        for (Attribute a : attributes) {
            property.put(a.name(), a.keyLocation(problems), a.value(problems));
        }
        SourceLocation at = problems.at(line, line.firstNonBlank());
        items.add(EntryList.item("property", at, property.toMap(at)));
    }

    /** Liquibase allows blanks after {@code name:} and {@code value:}; the value is then the next word. */
    private static List<Token> joinBlankValues(List<Token> tokens) {
        List<Token> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            boolean nameOrValue = t.isAttribute() && (t.key().equalsIgnoreCase("name") || t.key().equalsIgnoreCase("value"));
            if (nameOrValue && t.value().isEmpty() && i + 1 < tokens.size() && !tokens.get(i + 1).isAttribute()) {
                Token v = tokens.get(++i);
                out.add(new Token(t.key(), t.keyIndex(), v.value(), v.valueIndex(), t.text() + " " + v.text(), v.unclosedQuote()));
            } else {
                out.add(t);
            }
        }
        return out;
    }

    /** {@code --ignoreLines:start} skips to {@code --ignoreLines:end}; {@code --ignoreLines:<n>} skips n lines. */
    private void ignoreLines(SqlLine line, String value, int valueIndex) {
        if (value.equals("start")) {
            while (next < lines.size()) {
                SqlLine skipped = lines.get(next++);
                Matcher end = IGNORE_LINES.matcher(skipped.text());
                if (end.matches() && end.group(1).equals("end")) {
                    return;
                }
                if (IGNORE_LINES_ONE_DASH.matcher(skipped.text()).matches()) {
                    malformed(problems, skipped, "--ignoreLines:end");
                }
            }
            problems.warning(ErrorCode.SYNTAX, line, line.firstNonBlank(), "--ignoreLines:start has no --ignoreLines:end;"
                    + " the rest of the file is ignored");
        } else if (value.equals("end")) {
            problems.error(ErrorCode.SYNTAX, line, line.firstNonBlank(), "--ignoreLines:end without --ignoreLines:start");
        } else if (value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            long count = value.length() > 9 ? Long.MAX_VALUE : Long.parseLong(value);
            next = (int) Math.min(lines.size(), next + count);
        } else {
            problems.error(ErrorCode.INVALID_VALUE, line, valueIndex, "--ignoreLines takes start, end or a number of lines, not '"
                    + value + "'");
        }
    }

    private void changeSet(SqlLine line, Matcher m) {
        finishChangeSet();
        String author = stripEnclosingQuotes(m.group(1));
        String id = stripEnclosingQuotes(m.group(2));
        if (id.replace(":", "").replace(" ", "").isEmpty()) {
            problems.error(ErrorCode.INVALID_VALUE, line, m.start(2), "the changeset id is empty: write --changeset <author>:<id>");
            brokenChangeSet(line);
            return;
        }
        if (author.isBlank()) {
            problems.error(ErrorCode.INVALID_VALUE, line, m.start(1), "the changeset author is empty: write --changeset <author>:<id>");
            brokenChangeSet(line);
            return;
        }
        Problems inChangeSet = problems.inChangeSet(id, author);
        List<Attribute> attributes = Attribute.read(line, Token.scan(withoutEnclosingParentheses(line.text(), m.start(3)),
                m.start(3)), CHANGESET_LINE_ATTRIBUTES, "--changeset", inChangeSet);
        current = new ChangeSetDraft(line, inChangeSet, ScalarNode.string(problems.at(line, m.start(2)), id),
                ScalarNode.string(problems.at(line, m.start(1)), author), attributes);
    }

    /**
     * Liquibase finds attributes anywhere on the line, and its own examples wrap them in parentheses:
     * {@code --changeset a:1 (runOnChange:true endDelimiter:X)}. The parentheses are blanked out, which
     * keeps every index (and so every column) where it was.
     */
    private static String withoutEnclosingParentheses(String text, int from) {
        String rest = text.substring(from).trim();
        if (rest.length() < 2 || rest.charAt(0) != '(' || rest.charAt(rest.length() - 1) != ')') {
            return text;
        }
        int open = text.indexOf('(', from);
        int close = text.lastIndexOf(')');
        return text.substring(0, open) + ' ' + text.substring(open + 1, close) + ' ' + text.substring(close + 1);
    }

    /** Starts a changeset that yields no item, so the lines below a broken header are not read into the one above. */
    private void brokenChangeSet(SqlLine line) {
        finishChangeSet();
        current = new ChangeSetDraft(line, problems, null, null, List.of());
    }

    private void finishChangeSet() {
        if (current != null) {
            current.toItem().ifPresent(items::add);
            current = null;
        }
    }

    private void insideChangeSet(SqlLine line, ChangeSetDraft cs) {
        String text = line.text();
        Problems p = cs.problems();
        Matcher m;
        if ((m = COMMENT.matcher(text)).matches()) {
            cs.comment(line, m.start(1));
        } else if (COMMENT_MALFORMED.matcher(text).matches()) {
            malformed(p, line, "--comment: <text>");
        } else if ((m = VALID_CHECKSUM.matcher(text)).matches()) {
            cs.validCheckSum(line, m.start(1));
        } else if (VALID_CHECKSUM_MALFORMED.matcher(text).matches()) {
            malformed(p, line, "--validCheckSum: <checksum>");
        } else if ((m = ROLLBACK.matcher(text)).matches()) {
            cs.rollback().directive(line, m.start(1));
        } else if (ROLLBACK_MALFORMED.matcher(text).matches()) {
            malformed(p, line, "--rollback <rollback SQL>");
        } else if (ROLLBACK_BLOCK_START.matcher(text).matches()) {
            rollbackBlock(line, cs);
        } else if ((m = PRECONDITIONS.matcher(text)).matches()) {
            cs.preconditions().options(line, m);
        } else if (PRECONDITIONS_MALFORMED.matcher(text).matches()) {
            malformed(p, line, "--preconditions onFail:<action> onError:<action> onSqlOutput:<action>");
        } else if ((m = PRECONDITION.matcher(text)).matches()) {
            cs.preconditions().condition(line, m);
        } else if (PRECONDITION_MALFORMED.matcher(text).matches()) {
            malformed(p, line, "--precondition-sql-check expectedResult:<value> <sql>");
        } else if ((m = PRECONDITION_BARE.matcher(text)).matches()) {
            cs.preconditions().bare(line, m);
        } else {
            cs.bodyLine(line);
        }
    }

    /** The lines after {@code /* liquibase rollback} up to the line ending in the closing mark, taken as they are. */
    private void rollbackBlock(SqlLine start, ChangeSetDraft cs) {
        cs.rollback().blockStart(start);
        while (next < lines.size()) {
            SqlLine line = lines.get(next++);
            Matcher end = ROLLBACK_BLOCK_END.matcher(line.text());
            if (end.matches()) {
                if (!end.group(1).isBlank()) {
                    cs.rollback().blockLine(line, end.group(1));
                }
                return;
            }
            cs.rollback().blockLine(line, line.text());
        }
        cs.problems().error(ErrorCode.SYNTAX, start, start.firstNonBlank(), "the /* liquibase rollback block is not closed with */");
    }

    /**
     * Before the first changeset Liquibase ignores everything but directives, and refuses {@code --comment}.
     * SQL there is warned about, since it would never run; comments and blank lines are fine.
     */
    private void outsideChangeSet(SqlLine line) {
        String text = line.text().trim();
        if (COMMENT.matcher(line.text()).matches()) {
            problems.error(ErrorCode.SYNTAX, line, line.firstNonBlank(), "--comment is only allowed inside a changeset");
        } else if (inBlockComment) {
            inBlockComment = !text.contains("*/");
        } else if (text.startsWith("/*")) {
            inBlockComment = !text.substring(2).contains("*/");
        } else if (text.isEmpty() || text.startsWith("--")) {
            strayTextReported = false;
        } else if (!strayTextReported) {
            strayTextReported = true;
            problems.warning(ErrorCode.SYNTAX, line, line.firstNonBlank(), "SQL before the first --changeset belongs to no"
                    + " changeset and is ignored");
        }
    }

    private static void malformed(Problems p, SqlLine line, String expected) {
        p.error(ErrorCode.SYNTAX, line, Math.max(0, line.firstNonBlank()), "unexpected formatting: expected " + expected);
    }

    /** Removes one pair of enclosing double or single quotes, as Liquibase does for author and id. */
    private static String stripEnclosingQuotes(String s) {
        if (s.length() > 1) {
            char first = s.charAt(0);
            if ((first == '"' || first == '\'') && s.charAt(s.length() - 1) == first) {
                return s.substring(1, s.length() - 1);
            }
        }
        return s;
    }

    @SafeVarargs
    private static List<String> concat(List<String>... lists) {
        List<String> out = new ArrayList<>();
        for (List<String> l : lists) {
            out.addAll(l);
        }
        return List.copyOf(out);
    }
}
