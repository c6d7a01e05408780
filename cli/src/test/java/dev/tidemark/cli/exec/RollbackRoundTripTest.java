// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.cli.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tidemark.cli.Main;
import dev.tidemark.cli.db.TestDatabases;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every change type with an automatic inverse, on a real database: changelogs/rollback/inverses.yaml
 * is applied up to its setup tag; then each later changeset is applied alone (update-count 1),
 * rolled back (rollback-count 1), and the scratch area read through JDBC metadata and the catalog
 * ({@link SchemaSnapshot}: tables, views, columns, keys, indexes, sequences, rows, the history and
 * lock tables included) must equal what it was before; applied again, it must give what the first
 * apply gave (the history's own row aside, whose order and deployment differ).
 */
class RollbackRoundTripTest {
    private static final Path FIXTURE = ParityFixtures.root().getParent().resolve("rollback");

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql", "mariadb"})
    void everyInverse_rollsBackToTheSchemaBefore_andAppliesAgain(String db) throws Exception {
        try (TestDatabases.Scratch scratch = TestDatabases.scratch(db)) {
            Run run = new Run(scratch.url());
            run.ok("update-to-tag", "--tag", "setup");
            List<String> covered = new ArrayList<>();
            while (true) {
                String before = snapshot(scratch);
                int rows = historyRows(scratch);
                run.ok("update-count", "--count", "1");
                if (historyRows(scratch) == rows) {
                    break;
                }
                String id = newestId(scratch);
                covered.add(id);
                String applied = snapshot(scratch);
                assertNotEquals(before, applied);
                run.ok("rollback-count", "--count", "1");
                assertEquals(before, snapshot(scratch), id + " on " + db + ": the rollback left a different schema");
                run.ok("update-count", "--count", "1");
                assertEquals(withoutHistory(applied), withoutHistory(snapshot(scratch)), id + " on " + db + ": applied again");
            }
            List<String> expected = new ArrayList<>(List.of("createTable", "addColumn", "renameColumn", "renameTable",
                    "createView", "renameView", "createIndex", "addPrimaryKey", "addUniqueConstraint", "addForeignKeyConstraint",
                    "addNotNullConstraint", "dropNotNullConstraint", "addDefaultValue", "createSequence", "renameSequence",
                    "addLookupTable", "loadUpdateData", "tagDatabase", "output-and-empty", "several-changes"));
            if (db.equals("h2")) {
                expected.removeAll(List.of("renameView", "renameSequence"));
            }
            assertEquals(expected, covered);
        }
    }

    /** The snapshot without the rows of the history table. */
    private static String withoutHistory(String snapshot) {
        StringBuilder out = new StringBuilder();
        boolean history = false;
        for (String line : snapshot.split("\n", -1)) {
            if (!line.startsWith(" ")) {
                history = line.equalsIgnoreCase("table databasechangelog");
            }
            if (!(history && line.startsWith("  row ("))) {
                out.append(line).append('\n');
            }
        }
        return out.toString();
    }

    private static String snapshot(TestDatabases.Scratch scratch) throws SQLException {
        try (Connection c = scratch.connect()) {
            return SchemaSnapshot.of(c, scratch);
        }
    }

    private static int historyRows(TestDatabases.Scratch scratch) throws SQLException {
        try (Connection c = scratch.connect(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM DATABASECHANGELOG")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static String newestId(TestDatabases.Scratch scratch) throws SQLException {
        try (Connection c = scratch.connect(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT ID FROM DATABASECHANGELOG ORDER BY ORDEREXECUTED DESC")) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** The command line against one database and the fixture. */
    private static final class Run {
        private final String url;

        Run(String url) {
            this.url = url;
        }

        void ok(String command, String... args) {
            List<String> all = new ArrayList<>(List.of(command, "--url", url, "--changelog-file", "inverses.yaml"));
            all.addAll(List.of(args));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int code = Main.run(all.toArray(new String[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8), Map.of("TIDEMARK_CHANGELOG_LOCK_POLL_RATE", "0.2"), FIXTURE);
            assertTrue(code == 0, () -> String.join(" ", all) + " exited " + code + "\n" + out.toString(StandardCharsets.UTF_8)
                    + err.toString(StandardCharsets.UTF_8));
        }
    }
}
