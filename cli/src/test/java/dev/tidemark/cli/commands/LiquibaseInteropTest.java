package dev.tidemark.cli.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tidemark.cli.db.TestDatabases;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Liquibase 4.33.0 and Tidemark on one database, in turns: each reads what the other wrote. The
 * history rows are the contract; Liquibase runs in this process as a test oracle only.
 */
class LiquibaseInteropTest {
    @TempDir
    Path dir;

    /** Runs a Liquibase command on the test's folder; returns its output. */
    private String liquibase(String command, String url, Map<String, Object> arguments) throws Exception {
        return LiquibaseOracle.run(dir, command, url, arguments);
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql", "mariadb"})
    void liquibaseFindsNothingPending_afterTidemarkUpdatesOrSyncs(String dbms) throws Exception {
        try (TestDatabases.Scratch updated = TestDatabases.scratch(dbms); TestDatabases.Scratch synced = TestDatabases.scratch(dbms)) {
            Cli cli = new Cli(dir, null).write("changelog.yaml", Cli.CHANGELOG);
            assertEquals(0, cli.run("update", "--url", updated.url(), "--changelog-file", "changelog.yaml").code());
            assertEquals(0, cli.run("changelog-sync", "--url", synced.url(), "--changelog-file", "changelog.yaml").code());
            for (TestDatabases.Scratch db : List.of(updated, synced)) {
                String status = liquibase("status", db.url(), Map.of("changelogFile", "changelog.yaml", "verbose", Boolean.TRUE));
                assertTrue(status.trim().endsWith("is up to date"), db + ": " + status);
                List<List<String>> before = Cli.query(db, "SELECT ID, MD5SUM, ORDEREXECUTED FROM DATABASECHANGELOG ORDER BY ORDEREXECUTED");
                liquibase("update", db.url(), Map.of("changelogFile", "changelog.yaml"));
                assertEquals(before, Cli.query(db, "SELECT ID, MD5SUM, ORDEREXECUTED FROM DATABASECHANGELOG ORDER BY ORDEREXECUTED"),
                        "Liquibase ran nothing and rewrote no checksum");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql", "mariadb"})
    void rollbacks_leaveTheSameHistoryAndTables_whicheverToolRunsThem(String dbms) throws Exception {
        try (TestDatabases.Scratch db = TestDatabases.scratch(dbms)) {
            Cli cli = new Cli(dir, db.url()).write("changelog.yaml", Cli.CHANGELOG);
            String ids = "SELECT ID FROM DATABASECHANGELOG ORDER BY ORDEREXECUTED";
            // Liquibase undoes what Tidemark applied, Tidemark what Liquibase applied: the same rows and tables remain.
            assertEquals(0, cli.run("update", "--changelog-file", "changelog.yaml").code());
            liquibase("rollback", db.url(), Map.of("changelogFile", "changelog.yaml", "tag", "v1"));
            List<List<String>> byLiquibase = Cli.query(db, ids);
            List<String> tablesByLiquibase = Cli.tables(db);
            liquibase("update", db.url(), Map.of("changelogFile", "changelog.yaml"));
            Cli.Result r = cli.run("rollback", "--changelog-file", "changelog.yaml", "--tag", "v1");
            assertEquals(0, r.code(), r.toString());
            assertEquals(byLiquibase, Cli.query(db, ids));
            assertEquals(tablesByLiquibase, Cli.tables(db));
            assertEquals(List.of(List.of("1"), List.of("2")), byLiquibase);

            assertEquals(0, cli.run("update", "--changelog-file", "changelog.yaml").code());
            liquibase("rollbackCount", db.url(), Map.of("changelogFile", "changelog.yaml", "count", 3));
            List<List<String>> countByLiquibase = Cli.query(db, ids);
            liquibase("update", db.url(), Map.of("changelogFile", "changelog.yaml"));
            assertEquals(0, cli.run("rollback-count", "--changelog-file", "changelog.yaml", "--count", "3").code());
            assertEquals(countByLiquibase, Cli.query(db, ids));
            assertEquals(List.of(List.of("1")), countByLiquibase);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql", "mariadb"})
    void tidemarkContinuesWhereLiquibaseStopped(String dbms) throws Exception {
        try (TestDatabases.Scratch db = TestDatabases.scratch(dbms)) {
            Cli cli = new Cli(dir, db.url()).write("changelog.yaml", Cli.CHANGELOG);
            liquibase("updateCount", db.url(), Map.of("changelogFile", "changelog.yaml", "count", 2));
            Cli.Result status = cli.run("status", "--changelog-file", "changelog.yaml", "--verbose");
            assertEquals(List.of("     changelog.yaml::3::b", "     changelog.yaml::4::b"), status.out().lines().skip(1).toList(),
                    status.toString());
            assertEquals(0, cli.run("validate", "--changelog-file", "changelog.yaml").code(), "Liquibase's checksums match ours");
            assertEquals(0, cli.run("tag", "--tag", "lb-done").code());
            assertTrue(cli.run("update", "--changelog-file", "changelog.yaml").out().contains(": 2 changesets applied, 2 already ran"));
            assertEquals(List.of(List.of("1", "1", "4.33.0"), List.of("2", "2", "4.33.0"), List.of("3", "3", "tidemark-0.1.0"),
                    List.of("4", "4", "tidemark-0.1.0")),
                    Cli.query(db, "SELECT ID, ORDEREXECUTED, LIQUIBASE FROM DATABASECHANGELOG ORDER BY ORDEREXECUTED"));
            assertEquals(List.of(List.of("2")), Cli.query(db, "SELECT ID FROM DATABASECHANGELOG WHERE TAG = 'lb-done'"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql", "mariadb"})
    void tagOnAnEmptyHistory_writesTheRowLiquibaseWrites(String dbms) throws Exception {
        try (TestDatabases.Scratch theirs = TestDatabases.scratch(dbms); TestDatabases.Scratch ours = TestDatabases.scratch(dbms)) {
            liquibase("tag", theirs.url(), Map.of("tag", "baseline"));
            assertEquals(0, new Cli(dir, ours.url()).run("tag", "--tag", "baseline").code());
            String columns = "SELECT AUTHOR, FILENAME, ORDEREXECUTED, EXECTYPE, MD5SUM, DESCRIPTION, COALESCE(COMMENTS, ''), TAG,"
                    + " CONTEXTS, LABELS FROM DATABASECHANGELOG";
            assertEquals(Cli.query(theirs, columns), Cli.query(ours, columns));
        }
    }
}
