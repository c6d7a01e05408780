// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.execute;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tidemark.dialect.Dialect;
import dev.tidemark.dialect.Dialects;
import dev.tidemark.history.HistoryRow;
import dev.tidemark.history.HistoryTable;
import dev.tidemark.history.TrackingTables;
import dev.tidemark.lock.LockTable;
import dev.tidemark.model.ChangeSet;
import dev.tidemark.model.SourceLocation;
import dev.tidemark.model.meta.RecordShape;
import dev.tidemark.sql.SqlStatement;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The script text: header, lock, each changeset's comment lines, statements and history INSERT,
 * notes, skipped changesets, release. Comment lines are split as {@code String.split("\\R")}
 * splits them (every line terminator Java's regex knows), and a script longer than the buffer
 * ScriptTarget hands on in pieces is the same text.
 */
class ScriptTargetTest {
    private static final SourceLocation AT = SourceLocation.ofFile("changelog.yaml");
    private static final String NL = System.lineSeparator();
    private static final List<String> COMMENTS = List.of("one line", "a\nb", "a\r\nb\r\n\r\nc", "a\u2028b\u2029c\u0085d",
            "x\u000By\fz\rw", "ends in next-line\u0085", "  padded  \n", "lead\n\nmid", " ", "");

    @Test
    void apply_writesCommentLinesStatementsAndHistoryRow_asSplitAtEveryLineTerminator() {
        Dialect dialect = Dialects.named("postgresql", null);
        HistoryTable history = new HistoryTable(dialect, TrackingTables.defaults());
        LockTable lock = new LockTable(dialect, TrackingTables.defaults());
        StringWriter out = new StringWriter();
        ScriptTarget target = new ScriptTarget(out, dialect, history, lock, true, true);
        target.open(new RunInfo("changelog.yaml", "offline:postgresql", "1234567890", "tidemark-0.1.0"));

        StringBuilder expected = new StringBuilder();
        expected.append("-- ").append("*".repeat(69)).append(NL).append("-- Update Database Script").append(NL)
                .append("-- ").append("*".repeat(69)).append(NL).append("-- Change Log: changelog.yaml").append(NL)
                .append("-- Against: offline:postgresql (").append(dialect.displayName()).append(")").append(NL)
                .append("-- Written by: tidemark-0.1.0").append(NL).append("-- ").append("*".repeat(69)).append(NL).append(NL)
                .append("-- Lock Database").append(NL);
        lock.acquireStatements("update-sql script").forEach(s -> statement(expected, s.sql()));

        List<String> comments = new ArrayList<>(COMMENTS);
        comments.add(null);
        // enough changesets that the text goes to the writer in several pieces
        for (int i = 0; i < 400; i++) {
            String comment = comments.get(i % comments.size());
            ChangeSet cs = RecordShape.build(ChangeSet.class, AT, "filePath", "changelog.yaml", "id", "id-" + i, "author", "me",
                    "comment", comment, "changes", List.of());
            HistoryRow row = new HistoryRow(cs.id(), "me", "changelog.yaml", null, i + 1, HistoryRow.ExecType.EXECUTED, "9:x",
                    "empty", "", null, "tidemark-0.1.0", null, null, "1234567890");
            List<SqlStatement> statements = List.of(SqlStatement.of("  SELECT " + i + "  "), SqlStatement.of("SELECT 'x';"));
            target.apply(cs, statements, row, false);

            expected.append("-- Changeset changelog.yaml::id-").append(i).append("::me").append(NL);
            if (comment != null && !comment.isBlank()) {
                for (String line : comment.strip().split("\\R")) {
                    expected.append("-- ").append(line).append(NL);
                }
            }
            statement(expected, "SELECT " + i);
            statement(expected, "SELECT 'x';");
            statement(expected, history.insertStatements(row).get(0).sql());
            if (i % 7 == 0) {
                target.note("output: " + comment);
                for (String line : ("output: " + comment).split("\\R")) {
                    expected.append("-- ").append(line).append(NL);
                }
                expected.append(NL);
            }
            if (i % 11 == 0) {
                target.skipped(cs, "because\nof " + comment);
                expected.append("-- Changeset changelog.yaml::id-").append(i).append("::me").append(NL);
                for (String line : ("not run, preconditions not met (onFail/onError=CONTINUE): because\nof " + comment).split("\\R")) {
                    expected.append("-- ").append(line).append(NL);
                }
                expected.append(NL);
            }
        }
        target.close();
        expected.append("-- Release Database Lock").append(NL);
        lock.releaseStatements().forEach(s -> statement(expected, s.sql()));

        assertEquals(expected.toString(), out.toString());
    }

    /** A statement as a script writes it: stripped, with a semicolon, then a blank line. */
    private static void statement(StringBuilder out, String sql) {
        String s = sql.strip();
        out.append(s.endsWith(";") ? s : s + ";").append(NL).append(NL);
    }
}
