// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.bench.compare;

import dev.tidemark.bench.FloorScript;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The database's own floor: the least a migration tool can do. One JDBC session runs the plain SQL
 * of every changeset not yet in its history table, one transaction per changeset holding the
 * changeset's statements and one INSERT into the history table.
 *
 * <p>{@code FloorMain update <jdbc-url> <sql-<db>.sql>}, or {@code FloorMain --version} (a bare JVM
 * start). Runs in a JVM of its own with only the bench classes and the JDBC drivers on its classpath.
 */
public final class FloorMain {
    /** The floor's history table; the schema comparison leaves it out. */
    public static final String HISTORY = "floor_history";

    private FloorMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 1 && args[0].equals("--version")) {
            System.out.println("floor on Java " + Runtime.version());
            return;
        }
        if (args.length != 3 || !args[0].equals("update")) {
            System.err.println("usage: FloorMain update <jdbc-url> <sql-file> | FloorMain --version");
            System.exit(2);
        }
        List<FloorScript.ChangeSetSql> changeSets = FloorScript.read(Path.of(args[2]));
        int ran = 0;
        try (Connection c = DriverManager.getConnection(args[1])) {
            Set<String> applied = history(c);
            c.setAutoCommit(false);
            int order = applied.size();
            try (Statement st = c.createStatement();
                    PreparedStatement record = c.prepareStatement("INSERT INTO " + HISTORY
                            + " (id, dateexecuted, orderexecuted) VALUES (?, CURRENT_TIMESTAMP, ?)")) {
                for (FloorScript.ChangeSetSql cs : changeSets) {
                    if (applied.contains(cs.id())) {
                        continue;
                    }
                    try {
                        for (String sql : cs.statements()) {
                            st.execute(sql);
                        }
                        record.setString(1, cs.id());
                        record.setInt(2, ++order);
                        record.executeUpdate();
                        c.commit();
                    } catch (SQLException e) {
                        c.rollback();
                        throw new SQLException("changeset " + cs.id() + " failed: " + e.getMessage(), e.getSQLState(), e);
                    }
                    ran++;
                }
            }
        }
        System.out.println("floor: ran " + ran + " of " + changeSets.size() + " changesets");
    }

    /** The ids in the history table, which is created when missing. */
    private static Set<String> history(Connection c) throws SQLException {
        Set<String> ids = new HashSet<>();
        try (Statement st = c.createStatement()) {
            st.execute("CREATE TABLE IF NOT EXISTS " + HISTORY
                    + " (id VARCHAR(255) NOT NULL PRIMARY KEY, dateexecuted TIMESTAMP, orderexecuted INT)");
            try (ResultSet rs = st.executeQuery("SELECT id FROM " + HISTORY)) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        return ids;
    }
}
