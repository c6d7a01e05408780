// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.history;

import dev.tidemark.dialect.Dialect;
import dev.tidemark.dialect.QuotingStrategy;
import dev.tidemark.model.SourceLocation;
import dev.tidemark.sql.Literals;
import java.util.List;

/**
 * The history INSERT a script writes for each changeset, spelled exactly as rendering an
 * {@code insert} change of the row's columns through the dialect spells it (DataSql's literal
 * form), but without building that change for every row: update-sql of 10,000 changesets spent
 * most of its script phase building and rendering these changes. The fixed parts (table, column
 * list, the current-time and NULL expressions) are rendered once; only the values vary, and the
 * values that repeat from row to row (author, file, version, deployment id, exectype) are escaped
 * once each. HistoryInsertSqlTest compares it with the generic rendering on every dialect.
 *
 * <p>Not thread-safe: one run writes one script.
 */
final class HistoryInsertSql {
    /** The columns before TAG, in the order Tidemark has always written them (Liquibase's insert order). */
    private static final List<String> COLUMNS = List.of("ID", "AUTHOR", "FILENAME", "DATEEXECUTED", "ORDEREXECUTED", "MD5SUM",
            "DESCRIPTION", "COMMENTS", "EXECTYPE", "CONTEXTS", "LABELS", "LIQUIBASE", "DEPLOYMENT_ID");

    private final Literals literals;
    private final SourceLocation at;
    /** {@code INSERT INTO t (ID, ..., DEPLOYMENT_ID) VALUES (}, and the same with TAG last. */
    private final String prefix;
    private final String prefixWithTag;
    /** DATEEXECUTED's value: the dialect's current-time function, as a computed value renders. */
    private final String now;
    /** What a null column renders as (a computed NULL). */
    private final String nullSql;
    private final LastLiteral author = new LastLiteral();
    private final LastLiteral filename = new LastLiteral();
    private final LastLiteral execType = new LastLiteral();
    private final LastLiteral contexts = new LastLiteral();
    private final LastLiteral labels = new LastLiteral();
    private final LastLiteral liquibase = new LastLiteral();
    private final LastLiteral deploymentId = new LastLiteral();
    private final StringBuilder sql = new StringBuilder(512);

    /**
     * @param qualifiedTable the history table, qualified and quoted for SQL text
     * @param at             the location string literals are refused at (NUL where the database cannot hold it)
     */
    HistoryInsertSql(Dialect dialect, String qualifiedTable, SourceLocation at) {
        this.literals = dialect.literals();
        this.at = at;
        StringBuilder columns = new StringBuilder();
        for (String c : COLUMNS) {
            columns.append(columns.length() == 0 ? "" : ", ").append(dialect.identifiers().quote(c, QuotingStrategy.LEGACY));
        }
        String head = "INSERT INTO " + qualifiedTable + " (" + columns;
        this.prefix = head + ") VALUES (";
        this.prefixWithTag = head + ", " + dialect.identifiers().quote("TAG", QuotingStrategy.LEGACY) + ") VALUES (";
        this.now = literals.computed(dialect.currentTimestampFunction());
        this.nullSql = literals.computed("NULL");
    }

    /** The INSERT of one row, without a terminating semicolon. */
    String insert(HistoryRow row) {
        StringBuilder out = sql;
        out.setLength(0);
        out.append(row.tag() == null ? prefix : prefixWithTag);
        out.append(string(row.id())).append(", ");
        out.append(author.of(row.author())).append(", ");
        out.append(filename.of(row.filename())).append(", ");
        out.append(now).append(", ");
        // Integer.toString always passes Literals.number unchanged (digits, an optional minus).
        out.append(row.orderExecuted()).append(", ");
        out.append(string(row.md5sum())).append(", ");
        out.append(string(row.description())).append(", ");
        out.append(string(row.comments())).append(", ");
        out.append(execType.of(row.execType().name())).append(", ");
        out.append(contexts.of(row.contexts())).append(", ");
        out.append(labels.of(row.labels())).append(", ");
        out.append(liquibase.of(row.liquibase())).append(", ");
        out.append(deploymentId.of(row.deploymentId()));
        if (row.tag() != null) {
            out.append(", ").append(string(row.tag()));
        }
        return out.append(')').toString();
    }

    /**
     * A column's value as the generic rendering writes it: a null column is a computed NULL, a
     * value that is the word null (any case) is NULL as a changelog's would be, anything else a
     * string literal.
     */
    private String string(String value) {
        if (value == null) {
            return nullSql;
        }
        return Literals.isNullWord(value) ? "NULL" : literals.string(value, at);
    }

    /** The literal of a column whose value is usually the same as the row before's. */
    private final class LastLiteral {
        private String text;
        private String sql;

        String of(String value) {
            if (value == null) {
                return nullSql;
            }
            if (!value.equals(text)) {
                sql = string(value);
                text = value;
            }
            return sql;
        }
    }
}
