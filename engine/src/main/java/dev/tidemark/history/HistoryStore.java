// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.history;

import dev.tidemark.dialect.Dialect;
import dev.tidemark.dialect.QuotingStrategy;
import dev.tidemark.sql.SqlStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * DATABASECHANGELOG on a live connection: created when missing (and missing columns of an older
 * Liquibase's table added), read in one query, written with bind parameters.
 */
public final class HistoryStore {
    private static final String SELECT_COLUMNS = "ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, EXECTYPE, MD5SUM,"
            + " DESCRIPTION, COMMENTS, TAG, LIQUIBASE, CONTEXTS, LABELS, DEPLOYMENT_ID";

    private final Dialect dialect;
    private final HistoryTable table;
    private final TrackingTables names;

    public HistoryStore(Dialect dialect, TrackingTables names) {
        this.dialect = dialect;
        this.names = names;
        this.table = new HistoryTable(dialect, names);
    }

    public HistoryTable table() {
        return table;
    }

    /** Whether the table exists (looked up as the database stores unquoted names). */
    public boolean exists(Connection c) throws SQLException {
        return !columns(c).isEmpty();
    }

    /** Creates the table if it is missing, or adds columns an older Liquibase's table lacks. Commits. */
    public void ensure(Connection c) throws SQLException {
        Set<String> columns = columns(c);
        if (columns.isEmpty()) {
            execute(c, table.createStatements());
        } else {
            for (SqlStatement s : table.upgradeStatements(columns)) {
                execute(c, List.of(s));
            }
        }
        if (!c.getAutoCommit()) {
            c.commit();
        }
    }

    private Set<String> columns(Connection c) throws SQLException {
        // Named place: a null schema or catalog would find another schema's or database's table.
        return TrackingTablesPlace.of(c, dialect, names).columns(c, table.tableName());
    }

    /** Every row, oldest first (DATEEXECUTED, then ORDEREXECUTED), in one query. */
    public List<HistoryRow> readAll(Connection c) throws SQLException {
        List<HistoryRow> rows = new ArrayList<>();
        String sql = "SELECT " + SELECT_COLUMNS + " FROM " + table.qualifiedName() + " ORDER BY DATEEXECUTED ASC, ORDEREXECUTED ASC";
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                Timestamp when = rs.getTimestamp(4);
                rows.add(new HistoryRow(rs.getString(1), rs.getString(2), rs.getString(3), when == null ? null : when.toInstant(),
                        rs.getInt(5), execType(rs.getString(6)), rs.getString(7), rs.getString(8), rs.getString(9),
                        rs.getString(10), rs.getString(11), rs.getString(12), rs.getString(13), rs.getString(14)));
            }
        }
        return rows;
    }

    private static HistoryRow.ExecType execType(String text) {
        try {
            return text == null ? HistoryRow.ExecType.EXECUTED : HistoryRow.ExecType.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return HistoryRow.ExecType.EXECUTED;
        }
    }

    /** Inserts a row, DATEEXECUTED from the database's clock. Does not commit. */
    public void insert(Connection c, HistoryRow row) throws SQLException {
        String sql = "INSERT INTO " + table.qualifiedName() + " (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM,"
                + " " + quoted("DESCRIPTION") + ", COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID, TAG) VALUES (?, ?, ?, "
                + dialect.currentTimestampFunction() + ", ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            ps.setString(i++, row.id());
            ps.setString(i++, row.author());
            ps.setString(i++, row.filename());
            ps.setInt(i++, row.orderExecuted());
            ps.setString(i++, row.md5sum());
            ps.setString(i++, row.description());
            ps.setString(i++, row.comments());
            ps.setString(i++, row.execType().name());
            ps.setString(i++, row.contexts());
            ps.setString(i++, row.labels());
            ps.setString(i++, row.liquibase());
            ps.setString(i++, row.deploymentId());
            ps.setString(i, row.tag());
            ps.executeUpdate();
        }
    }

    /**
     * Rewrites the row of a changeset that ran before with the new order, checksum, deployment and
     * EXECTYPE (RERAN; MARK_RAN when its preconditions marked it). Does not commit.
     */
    public void updateRerun(Connection c, HistoryRow row) throws SQLException {
        String sql = "UPDATE " + table.qualifiedName() + " SET DATEEXECUTED = " + dialect.currentTimestampFunction()
                + ", ORDEREXECUTED = ?, MD5SUM = ?, EXECTYPE = ?, DEPLOYMENT_ID = ?, COMMENTS = ?, CONTEXTS = ?, LABELS = ?,"
                + " LIQUIBASE = ?, " + quoted("DESCRIPTION") + " = ? WHERE ID = ? AND AUTHOR = ? AND FILENAME = ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setInt(1, row.orderExecuted());
            ps.setString(2, row.md5sum());
            ps.setString(3, row.execType().name());
            ps.setString(4, row.deploymentId());
            ps.setString(5, row.comments());
            ps.setString(6, row.contexts());
            ps.setString(7, row.labels());
            ps.setString(8, row.liquibase());
            ps.setString(9, row.description());
            ps.setString(10, row.id());
            ps.setString(11, row.author());
            ps.setString(12, row.filename());
            ps.executeUpdate();
        }
    }

    /** Deletes a changeset's row (a rollback), matched on its identity as Liquibase does. Does not commit. */
    public void delete(Connection c, HistoryRow row) throws SQLException {
        String sql = "DELETE FROM " + table.qualifiedName() + " WHERE ID = ? AND AUTHOR = ? AND FILENAME = ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, row.id());
            ps.setString(2, row.author());
            ps.setString(3, row.filename());
            ps.executeUpdate();
        }
    }

    /** Rewrites a row's checksum (8: upgraded to 9:, or a NULL filled). Does not commit. */
    public void updateCheckSum(Connection c, HistoryRow row, String checkSum) throws SQLException {
        String sql = "UPDATE " + table.qualifiedName() + " SET MD5SUM = ? WHERE ID = ? AND AUTHOR = ? AND FILENAME = ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, checkSum);
            ps.setString(2, row.id());
            ps.setString(3, row.author());
            ps.setString(4, row.filename());
            ps.executeUpdate();
        }
    }

    /**
     * Sets TAG on the newest row (DATEEXECUTED, then ORDEREXECUTED, descending), as Liquibase's
     * tag does. Exactly one row is tagged, also where two rows share a DATEEXECUTED. Returns false
     * when the table is empty. Does not commit.
     */
    public boolean tagNewest(Connection c, String tag) throws SQLException {
        String newest = "SELECT ID, AUTHOR, FILENAME FROM " + table.qualifiedName()
                + " ORDER BY DATEEXECUTED DESC, ORDEREXECUTED DESC";
        String id;
        String author;
        String filename;
        try (Statement st = c.createStatement()) {
            st.setMaxRows(1);
            try (ResultSet rs = st.executeQuery(newest)) {
                if (!rs.next()) {
                    return false;
                }
                id = rs.getString(1);
                author = rs.getString(2);
                filename = rs.getString(3);
            }
        }
        String sql = "UPDATE " + table.qualifiedName() + " SET TAG = ? WHERE ID = ? AND AUTHOR = ? AND FILENAME = ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, tag);
            ps.setString(2, id);
            ps.setString(3, author);
            ps.setString(4, filename);
            ps.executeUpdate();
        }
        return true;
    }

    /** Whether any row carries this tag. */
    public boolean tagExists(Connection c, String tag) throws SQLException {
        String sql = "SELECT COUNT(*) FROM " + table.qualifiedName() + " WHERE TAG = ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, tag);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1) > 0;
            }
        }
    }

    /** Sets every MD5SUM to NULL (clear-checksums); the next update or validate fills them. Returns the rows changed. Does not commit. */
    public int clearCheckSums(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            return st.executeUpdate("UPDATE " + table.qualifiedName() + " SET MD5SUM = NULL");
        }
    }

    /** The largest ORDEREXECUTED, or 0 for an empty history. */
    public int maxOrderExecuted(List<HistoryRow> rows) {
        return rows.stream().mapToInt(HistoryRow::orderExecuted).max().orElse(0);
    }

    private String quoted(String column) {
        return dialect.identifiers().quote(column, QuotingStrategy.LEGACY);
    }

    private static void execute(Connection c, List<SqlStatement> statements) throws SQLException {
        try (Statement st = c.createStatement()) {
            for (SqlStatement s : statements) {
                st.execute(s.sql());
            }
        }
    }
}
