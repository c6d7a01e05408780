// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.formats.sql;

import dev.tidemark.error.ErrorCode;
import dev.tidemark.formats.tree.ListNode;
import dev.tidemark.formats.tree.MapNode;
import dev.tidemark.formats.tree.Node;
import dev.tidemark.formats.tree.ScalarNode;
import dev.tidemark.model.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * The {@code --preconditions} and {@code --precondition-*} lines of one changeset, read into the
 * {@code preConditions} list: options first, then the conditions in line order.
 */
final class PreconditionLines {
    private static final List<String> OPTIONS = List.of("onFail", "onError", "onSqlOutput", "onUpdateSQL");
    private static final List<String> SUPPORTED = List.of("sql-check", "table-exists", "view-exists");
    private static final String EXPECTED_RESULT = "expectedresult:";

    private final Problems problems;
    private final List<Node> options = new ArrayList<>();
    private final List<Node> conditions = new ArrayList<>();
    private SourceLocation first;
    private SqlLine optionsLine;

    PreconditionLines(Problems problems) {
        this.problems = problems;
    }

    /** A {@code --preconditions} line; {@code m} matched {@link FormattedSqlSyntax#PRECONDITIONS}. */
    void options(SqlLine line, Matcher m) {
        int at = line.firstNonBlank();
        markFirst(line, at);
        if (optionsLine != null) {
            problems.error(ErrorCode.DUPLICATE_KEY, line, at, "a changeset takes one --preconditions line; the first is at line "
                    + optionsLine.number());
            return;
        }
        optionsLine = line;
        if (!conditions.isEmpty()) {
            // Liquibase starts a new, empty precondition set here and silently drops the conditions above.
            problems.error(ErrorCode.INVALID_STRUCTURE, line, at, "--preconditions must come before the --precondition-* lines;"
                    + " Liquibase would discard the preconditions above it");
        }
        List<Attribute> attributes = Attribute.read(line, Token.scan(line.text(), m.start(1)), OPTIONS, "--preconditions", problems);
        Attribute sqlOutput = Attribute.find(attributes, "onSqlOutput");
        Attribute updateSql = Attribute.find(attributes, "onUpdateSQL");
        if (sqlOutput != null && updateSql != null) {
            Attribute later = sqlOutput.token().keyIndex() > updateSql.token().keyIndex() ? sqlOutput : updateSql;
            problems.error(ErrorCode.INVALID_VALUE, line, later.token().keyIndex(),
                    "give either onSqlOutput or its older name onUpdateSQL, not both");
        }
        boolean sqlOutputDone = false;
        for (Attribute a : attributes) {
            boolean isSqlOutput = a.name().equals("onSqlOutput") || a.name().equals("onUpdateSQL");
            if (isSqlOutput && sqlOutputDone) {
                continue;
            }
            sqlOutputDone |= isSqlOutput;
            SourceLocation key = a.keyLocation(problems);
            String name = isSqlOutput ? "onSqlOutput" : a.name();
            options.add(new EntryList().put(name, key, a.value(problems)).toMap(key));
        }
    }

    /** A {@code --precondition-<name> <arguments>} line; {@code m} matched {@link FormattedSqlSyntax#PRECONDITION}. */
    void condition(SqlLine line, Matcher m) {
        int at = line.firstNonBlank();
        markFirst(line, at);
        String name = m.group(1).toLowerCase(Locale.ROOT);
        if (!SUPPORTED.contains(name)) {
            unsupported(line, m.start(1), m.group(1));
            return;
        }
        if (m.group(2).isBlank()) {
            missingArguments(line, m.start(1), name);
            return;
        }
        SourceLocation where = problems.at(line, at);
        if (name.equals("sql-check")) {
            sqlCheck(line, m.start(2)).ifPresent(body -> conditions.add(EntryList.item("sqlCheck", where, body)));
        } else if (name.equals("table-exists")) {
            named(line, m.start(2), "table", "tableName", name)
                    .ifPresent(body -> conditions.add(EntryList.item("tableExists", where, body)));
        } else {
            named(line, m.start(2), "view", "viewName", name)
                    .ifPresent(body -> conditions.add(EntryList.item("viewExists", where, body)));
        }
    }

    /** A {@code --precondition-<name>} line without arguments. */
    void bare(SqlLine line, Matcher m) {
        markFirst(line, line.firstNonBlank());
        String name = m.group(1).toLowerCase(Locale.ROOT);
        if (SUPPORTED.contains(name)) {
            missingArguments(line, m.start(1), name);
        } else {
            unsupported(line, m.start(1), m.group(1));
        }
    }

    /** The {@code preConditions} list, when the changeset has any precondition line. */
    Optional<ListNode> toList() {
        if (first == null) {
            return Optional.empty();
        }
        List<Node> items = new ArrayList<>(options);
        items.addAll(conditions);
        return Optional.of(new ListNode(first, items));
    }

    private void markFirst(SqlLine line, int at) {
        if (first == null) {
            first = problems.at(line, at);
        }
    }

    private void unsupported(SqlLine line, int at, String name) {
        problems.error(ErrorCode.UNKNOWN_ELEMENT, line, at, "precondition '" + name + "' is not supported in formatted SQL;"
                + " use sql-check, table-exists or view-exists");
    }

    private void missingArguments(SqlLine line, int at, String name) {
        String needs = name.equals("sql-check") ? "an expected result and a query: --precondition-sql-check expectedResult:<value> <sql>"
                : name.equals("table-exists") ? "a table: --precondition-table-exists table:<name> [schema:<name>]"
                : "a view: --precondition-view-exists view:<name> [schema:<name>]";
        problems.error(ErrorCode.MISSING_REQUIRED, line, at, "--precondition-" + name + " needs " + needs);
    }

    /** {@code [expectedResult:]<word|'quoted'|"quoted"> <sql>}. */
    private Optional<MapNode> sqlCheck(SqlLine line, int from) {
        String text = line.text();
        int start = skipBlanks(text, from);
        int valueAt = text.regionMatches(true, start, EXPECTED_RESULT, 0, EXPECTED_RESULT.length())
                ? start + EXPECTED_RESULT.length() : start;
        int valueEnd;
        String value;
        char c = valueAt < text.length() ? text.charAt(valueAt) : ' ';
        if (c == '\'' || c == '"') {
            int close = text.indexOf(c, valueAt + 1);
            valueEnd = close < 0 ? -1 : close + 1;
            value = close <= valueAt + 1 ? null : text.substring(valueAt + 1, close);
        } else {
            valueEnd = valueAt;
            while (valueEnd < text.length() && !Character.isWhitespace(text.charAt(valueEnd))) {
                valueEnd++;
            }
            value = valueEnd == valueAt ? null : text.substring(valueAt, valueEnd);
        }
        int sqlAt = value == null || valueEnd >= text.length() || !Character.isWhitespace(text.charAt(valueEnd))
                ? -1 : skipBlanks(text, valueEnd);
        if (sqlAt < 0 || sqlAt >= text.length()) {
            problems.error(ErrorCode.SYNTAX, line, start, "cannot read --precondition-sql-check '" + text.substring(start).trim()
                    + "': expected expectedResult:<value> <sql>, the value a word, 'quoted' or \"quoted\"");
            return Optional.empty();
        }
        return Optional.of(new EntryList()
                .put("expectedResult", problems.at(line, start), ScalarNode.string(problems.at(line, valueAt), value))
                .put("sql", problems.at(line, sqlAt), ScalarNode.string(problems.at(line, sqlAt), text.substring(sqlAt).trim()))
                .toMap(problems.at(line, start)));
    }

    /** {@code <word>:<name> [schema:<name>]} for table-exists and view-exists. */
    private Optional<MapNode> named(SqlLine line, int from, String word, String key, String directive) {
        List<Attribute> attributes = Attribute.read(line, Token.scan(line.text(), from), List.of(word, "schema"),
                "--precondition-" + directive, problems);
        Attribute name = Attribute.find(attributes, word);
        if (name == null) {
            missingArguments(line, skipBlanks(line.text(), from), directive);
            return Optional.empty();
        }
        EntryList body = new EntryList().put(key, name.keyLocation(problems), name.value(problems));
        Attribute schema = Attribute.find(attributes, "schema");
        if (schema != null) {
            body.put("schemaName", schema.keyLocation(problems), schema.value(problems));
        }
        return Optional.of(body.toMap(problems.at(line, skipBlanks(line.text(), from))));
    }

    private static int skipBlanks(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
