// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.execute;

import dev.tidemark.dialect.Dialect;
import dev.tidemark.error.ErrorCode;
import dev.tidemark.error.TidemarkException;
import dev.tidemark.model.SourceLocation;
import dev.tidemark.model.change.Sql;
import dev.tidemark.model.meta.RecordShape;
import dev.tidemark.sql.ChangeRenderer;
import dev.tidemark.sql.RenderContext;
import dev.tidemark.sql.SqlStatement;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Runs SQL text that is not part of a changelog (execute-sql): split into statements as a
 * {@code sql} change with the same delimiter would be, run in order in one transaction where the
 * database allows, committed at the end, recorded nowhere. Queries give back their rows.
 */
public final class SqlRunner {
    /** One statement and what it gave: the rows of a query, or the update count of anything else. */
    public record Result(String sql, boolean query, List<String> columns, List<List<String>> rows, int updateCount) {
        public Result {
            Objects.requireNonNull(sql, "sql");
            columns = List.copyOf(columns);
            rows = rows.stream().map(r -> java.util.Collections.unmodifiableList(new ArrayList<>(r))).toList();
        }
    }

    private final Dialect dialect;

    public SqlRunner(Dialect dialect) {
        this.dialect = dialect;
    }

    /** The statements of the text, split by the dialect's rules (endDelimiter null: its default delimiters). */
    public List<SqlStatement> split(String text, String endDelimiter, String sourceName) {
        Sql change = RecordShape.build(Sql.class, SourceLocation.ofFile(sourceName), "sql", text, "endDelimiter", endDelimiter,
                "splitStatements", Boolean.TRUE, "stripComments", Boolean.FALSE);
        return new ChangeRenderer(RenderContext.internal(dialect)).render(change);
    }

    /** Runs the statements in order; on a failure rolls back where the database can and names the statement. */
    public List<Result> run(Connection c, List<SqlStatement> statements) {
        List<Result> out = new ArrayList<>();
        SqlStatement current = null;
        try {
            c.setAutoCommit(false);
            for (SqlStatement s : statements) {
                current = s;
                out.add(execute(c, s.sql()));
            }
            c.commit();
            return out;
        } catch (SQLException e) {
            try {
                c.rollback();
            } catch (SQLException ignored) {
                // the statement's own failure is what gets reported
            }
            throw new TidemarkException(ErrorCode.DATABASE_ERROR, null, "the database failed on `"
                    + (current == null ? "(commit)" : current.sql().strip()) + "`: " + e.getMessage() + " [SQLState "
                    + e.getSQLState() + "] (rolled back where the database can; DDL commits at once on MySQL, MariaDB and Oracle)", e);
        }
    }

    private static Result execute(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement()) {
            if (!st.execute(sql)) {
                return new Result(sql, false, List.of(), List.of(), st.getUpdateCount());
            }
            try (ResultSet rs = st.getResultSet()) {
                ResultSetMetaData md = rs.getMetaData();
                List<String> columns = new ArrayList<>();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    columns.add(md.getColumnLabel(i));
                }
                List<List<String>> rows = new ArrayList<>();
                while (rs.next()) {
                    List<String> row = new ArrayList<>();
                    for (int i = 1; i <= columns.size(); i++) {
                        Object v = rs.getObject(i);
                        row.add(v == null ? null : String.valueOf(v));
                    }
                    rows.add(row);
                }
                return new Result(sql, true, columns, rows, -1);
            }
        }
    }
}
