// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.cli.exec;

import dev.tidemark.cli.exec.ParityFixtures.RenderedChange;
import dev.tidemark.sql.SqlStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * Executes rendered changes on a connection in order, as an update would (auto-commit, one
 * statement after the other; batch statements as a JDBC batch with their bind rows). Unsupported
 * changes are skipped and recorded; the first failing statement ends the run.
 */
final class RenderedRun {
    /** What happened: statements executed, changes skipped, and the failure if one ended the run. */
    record Outcome(int statements, List<String> unsupported, List<String> markedRan, String failure) {

        boolean failed() {
            return failure != null;
        }

        /** {@code pass}, {@code pass, unsupported: ...} or {@code FAIL: ...}, for the report. */
        String summary() {
            StringBuilder out = new StringBuilder(failed() ? "FAIL" : "pass");
            out.append(" (").append(statements).append(" statements)");
            if (!unsupported.isEmpty()) {
                out.append("; unsupported: ").append(String.join("; ", unsupported));
            }
            if (!markedRan.isEmpty()) {
                out.append("; refused, marked ran: ").append(String.join("; ", markedRan));
            }
            if (failed()) {
                out.append("; ").append(failure);
            }
            return out.toString();
        }
    }

    private RenderedRun() {
    }

    static Outcome execute(List<RenderedChange> changes, Connection connection) {
        int count = 0;
        List<String> unsupported = new ArrayList<>();
        List<String> markedRan = new ArrayList<>();
        for (RenderedChange change : changes) {
            if (change.unsupported()) {
                unsupported.add(change.label() + ": " + change.refusal().getMessage());
                continue;
            }
            if (change.markedRan()) {
                markedRan.add(change.label() + ": " + change.refusal().getMessage());
                continue;
            }
            if (change.refusal() != null) {
                return new Outcome(count, unsupported, markedRan, change.label() + " was refused: " + change.refusal());
            }
            for (SqlStatement statement : change.statements()) {
                try {
                    run(statement, connection);
                    count++;
                } catch (SQLException e) {
                    return new Outcome(count, unsupported, markedRan, change.label() + ": statement [" + statement.sql()
                            + "]" + (statement.isBatch() ? " with rows " + statement.batchRows() : "")
                            + " failed: SQLState " + e.getSQLState() + ": " + e.getMessage());
                }
            }
        }
        return new Outcome(count, unsupported, markedRan, null);
    }

    /** Binds batch values as the engine does (the dialect decides, e.g. untyped text on PostgreSQL). */
    private static void run(SqlStatement statement, Connection connection) throws SQLException {
        dev.tidemark.dialect.Dialect dialect = dev.tidemark.dialect.Dialects.detect(connection.getMetaData());
        if (!statement.isBatch()) {
            try (Statement st = connection.createStatement()) {
                st.execute(statement.sql());
            }
            return;
        }
        try (PreparedStatement ps = connection.prepareStatement(statement.sql())) {
            for (List<Object> row : statement.batchRows()) {
                for (int i = 0; i < row.size(); i++) {
                    dialect.bind(ps, i + 1, row.get(i));
                }
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}
