package dev.tidemark.cli.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tidemark.cli.db.TestDatabases;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * rollback, rollback-count, rollback-to-date, their -sql forms, future-rollback-sql and
 * update-testing-rollback through the command line, on real databases: history rows and tables
 * read back through JDBC.
 */
class RollbackCommandTest {
    /**
     * Explicit rollback blocks of every kind. Line numbers are pinned: changeset 5 (an insert with no
     * rollback) starts on line 41.
     */
    static final String BLOCKS = String.join("\n",
            "databaseChangeLog:",
            "  - changeSet:",
            "      id: 1",
            "      author: a",
            "      changes:",
            "        - createTable:",
            "            tableName: t1",
            "            columns:",
            "              - column: {name: id, type: int}",
            "  - changeSet:",
            "      id: 2",
            "      author: a",
            "      changes:",
            "        - sql: CREATE TABLE t2 (id INT)",
            "      rollback: DROP TABLE t2",
            "  - changeSet:",
            "      id: 3",
            "      author: a",
            "      changes:",
            "        - sql: CREATE TABLE t3 (id INT)",
            "      rollback:",
            "        - dropTable:",
            "            tableName: t3",
            "  - changeSet:",
            "      id: 4",
            "      author: a",
            "      changes:",
            "        - sql: CREATE TABLE t4 (id INT)",
            "      rollback:",
            "        changeSetId: 4-undo",
            "        changeSetAuthor: a",
            "  - changeSet:",
            "      id: 4-undo",
            "      author: a",
            "      ignore: true",
            "      changes:",
            "        - dropTable:",
            "            tableName: t4",
            "      rollback:",
            "        - createTable: {tableName: t4, columns: [{column: {name: id, type: int}}]}",
            "  - changeSet:",
            "      id: 5",
            "      author: a",
            "      changes:",
            "        - insert:",
            "            tableName: t1",
            "            columns:",
            "              - column: {name: id, valueNumeric: 1}",
            "  - changeSet:",
            "      id: 6",
            "      author: a",
            "      changes:",
            "        - insert:",
            "            tableName: t1",
            "            columns:",
            "              - column: {name: id, valueNumeric: 2}",
            "      rollback: \"\"",
            "  - changeSet:",
            "      id: 7",
            "      author: a",
            "      changes:",
            "        - createTable:",
            "            tableName: t7",
            "            columns:",
            "              - column: {name: id, type: int}",
            "");

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql", "mariadb"})
    void rollbackCount_undoesTheNewestChangeSetsAndDeletesTheirRows_thenUpdateAppliesThemAgain(String dbms) throws Exception {
        try (TestDatabases.Scratch db = TestDatabases.scratch(dbms)) {
            Cli cli = new Cli(dir, db.url()).write("changelog.yaml", Cli.CHANGELOG);
            assertEquals(0, cli.run("update", "--changelog-file", "changelog.yaml").code());
            Cli.Result r = cli.run("rollback-count", "--changelog-file", "changelog.yaml", "--count", "2");
            assertEquals(0, r.code(), r.toString());
            assertEquals("Rolled back changelog.yaml::4::b\nRolled back changelog.yaml::3::b\n",
                    r.out().substring(0, r.out().indexOf("Rollback complete")), r.toString());
            assertEquals(List.of(List.of("1"), List.of("2")), ids(db));
            assertEquals(List.of("DATABASECHANGELOG", "DATABASECHANGELOGLOCK", "PERSON"), Cli.tables(db));
            assertEquals(List.of("ID", "NAME"), Cli.columns(db, "person"));
            assertEquals(List.of(List.of("0")), Cli.query(db, "SELECT COUNT(*) FROM DATABASECHANGELOGLOCK WHERE LOCKEDBY IS NOT NULL"),
                    "the lock is released");

            Cli.Result again = cli.run("update", "--changelog-file", "changelog.yaml");
            assertEquals(0, again.code(), again.toString());
            assertEquals(List.of(List.of("1"), List.of("2"), List.of("3"), List.of("4")), ids(db));
            assertEquals(List.of("DATABASECHANGELOG", "DATABASECHANGELOGLOCK", "PERSON", "PET"), Cli.tables(db));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql", "mariadb"})
    void rollbackToTag_undoesWhatRanAfterTheTag_andTheChangeSetThatOnlyTags(String dbms) throws Exception {
        try (TestDatabases.Scratch db = TestDatabases.scratch(dbms)) {
            Cli cli = new Cli(dir, db.url()).write("changelog.yaml", Cli.CHANGELOG);
            assertEquals(0, cli.run("update", "--changelog-file", "changelog.yaml").code());
            Cli.Result r = cli.run("rollback", "--changelog-file", "changelog.yaml", "--tag", "v1");
            assertEquals(0, r.code(), r.toString());
            // As Liquibase 4.33: the tagDatabase changeset's own row goes too (keepTagOnRollback keeps it).
            assertEquals(List.of(List.of("1"), List.of("2")), ids(db));
            assertEquals(List.of("DATABASECHANGELOG", "DATABASECHANGELOGLOCK", "PERSON"), Cli.tables(db));

            Cli.Result missing = cli.run("rollback", "--changelog-file", "changelog.yaml", "--tag", "v9");
            assertEquals(2, missing.code(), missing.toString());
            assertEquals("error TM200 Could not find tag 'v9' in the database\n", missing.err());
        }
    }

    @Test
    void rollbackToTag_keepsATagRowWhoseChangeSetSaysKeepTagOnRollback_andARowTaggedByTheTagCommand() throws Exception {
        try (TestDatabases.Scratch db = TestDatabases.scratch("h2")) {
            Cli cli = new Cli(dir, db.url()).write("changelog.yaml", Cli.CHANGELOG.replace("tag: v1", "tag: v1\n            keepTagOnRollback: true"));
            assertEquals(0, cli.run("update-count", "--changelog-file", "changelog.yaml", "--count", "2").code());
            assertEquals(0, cli.run("tag", "--tag", "manual").code());
            assertEquals(0, cli.run("update", "--changelog-file", "changelog.yaml").code());
            assertEquals(0, cli.run("rollback", "--changelog-file", "changelog.yaml", "--tag", "v1").code());
            assertEquals(List.of(List.of("1"), List.of("2"), List.of("3")), ids(db));
            assertEquals(0, cli.run("update", "--changelog-file", "changelog.yaml").code());
            Cli.Result r = cli.run("rollback", "--changelog-file", "changelog.yaml", "--tag", "manual");
            assertEquals(0, r.code(), r.toString());
            assertEquals(List.of(List.of("1"), List.of("2")), ids(db), "the row the tag command tagged stays");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql", "mariadb"})
    void rollback_reachingAChangeSetWithoutInverse_failsBeforeAnythingIsUndone_namingFileAndLine(String dbms) throws Exception {
        try (TestDatabases.Scratch db = TestDatabases.scratch(dbms)) {
            Cli cli = new Cli(dir, db.url()).write("changelog.yaml", BLOCKS);
            assertEquals(0, cli.run("update", "--changelog-file", "changelog.yaml").code());
            List<List<String>> before = ids(db);
            List<String> tablesBefore = Cli.tables(db);

            Cli.Result r = cli.run("rollback-count", "--changelog-file", "changelog.yaml", "--count", "3");
            assertEquals(1, r.code(), r.toString());
            assertEquals("changelog.yaml:41:5: error TM125: changeset changelog.yaml::5::a cannot be rolled back: insert (at"
                    + " changelog.yaml:45:11) has no automatic inverse and the changeset has no rollback block; add one (an empty"
                    + " one if nothing needs undoing) [changeset 5::a]\n1 error, 0 warnings\n", r.err());
            assertEquals(before, ids(db), "nothing was undone: changesets 7 and 6 were rolled back first in order, but not at all");
            assertEquals(tablesBefore, Cli.tables(db));
            assertTrue(tablesBefore.contains("T7"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql", "mariadb"})
    void explicitRollbackBlocks_sqlText_changes_reference_andEmpty_undoTheirChangeSets(String dbms) throws Exception {
        try (TestDatabases.Scratch db = TestDatabases.scratch(dbms)) {
            Cli cli = new Cli(dir, db.url()).write("changelog.yaml", BLOCKS);
            assertEquals(0, cli.run("update", "--changelog-file", "changelog.yaml").code());
            assertEquals(List.of("DATABASECHANGELOG", "DATABASECHANGELOGLOCK", "T1", "T2", "T3", "T4", "T7"), Cli.tables(db));
            assertEquals(0, cli.run("rollback-count", "--changelog-file", "changelog.yaml", "--count", "2").code());
            assertEquals(List.of(List.of("1"), List.of("2")), Cli.query(db, "SELECT id FROM t1 ORDER BY id"),
                    "the empty rollback of 6 leaves its row");
            assertEquals(List.of("DATABASECHANGELOG", "DATABASECHANGELOGLOCK", "T1", "T2", "T3", "T4"), Cli.tables(db));
            Cli.Result r = cli.run("rollback-count", "--changelog-file", "changelog.yaml", "--count", "1");
            assertEquals(1, r.code(), "5 has no rollback: " + r);

            // 5 cannot be undone: start again from a history where it is gone.
            Cli.execute(db, "DELETE FROM DATABASECHANGELOG WHERE ID = '5'");
            Cli.Result all = cli.run("rollback-count", "--changelog-file", "changelog.yaml", "--count", "10");
            assertEquals(0, all.code(), all.toString());
            assertEquals(List.of("DATABASECHANGELOG", "DATABASECHANGELOGLOCK"), Cli.tables(db));
            assertEquals(List.of(), ids(db));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql", "mariadb"})
    void formattedSqlRollbackLines_undoTheirChangeSets(String dbms) throws Exception {
        try (TestDatabases.Scratch db = TestDatabases.scratch(dbms)) {
            Cli cli = new Cli(dir, db.url()).write("changelog.sql", String.join("\n",
                    "--liquibase formatted sql",
                    "--changeset a:1",
                    "CREATE TABLE f1 (id INT);",
                    "--rollback DROP TABLE f1;",
                    "--changeset a:2",
                    "CREATE TABLE f2 (id INT);",
                    "CREATE TABLE f3 (id INT);",
                    "--rollback DROP TABLE f3;",
                    "--rollback DROP TABLE f2;",
                    "--changeset a:3",
                    "INSERT INTO f1 (id) VALUES (1);",
                    "--rollback empty",
                    ""));
            assertEquals(0, cli.run("update", "--changelog-file", "changelog.sql").code());
            assertEquals(List.of("DATABASECHANGELOG", "DATABASECHANGELOGLOCK", "F1", "F2", "F3"), Cli.tables(db));
            Cli.Result r = cli.run("rollback-count", "--changelog-file", "changelog.sql", "--count", "2");
            assertEquals(0, r.code(), r.toString());
            assertEquals(List.of("DATABASECHANGELOG", "DATABASECHANGELOGLOCK", "F1"), Cli.tables(db));
            assertEquals(List.of(List.of("1")), Cli.query(db, "SELECT id FROM f1"));
            assertEquals(0, cli.run("rollback-count", "--changelog-file", "changelog.sql", "--count", "1").code());
            assertEquals(List.of("DATABASECHANGELOG", "DATABASECHANGELOGLOCK"), Cli.tables(db));
        }
    }

    @Test
    void rollbackSql_printsTheScriptAndChangesNothing() throws Exception {
        try (TestDatabases.Scratch db = TestDatabases.scratch("h2")) {
            Cli cli = new Cli(dir, db.url()).write("changelog.yaml", Cli.CHANGELOG);
            assertEquals(0, cli.run("update", "--changelog-file", "changelog.yaml").code());
            Cli.Result r = cli.run("rollback-sql", "--changelog-file", "changelog.yaml", "--tag", "v1");
            assertEquals(0, r.code(), r.toString());
            String rule = "-- " + "*".repeat(69);
            assertEquals(String.join("\n", rule, "-- Rollback to 'v1' Script", rule, "-- Change Log: changelog.yaml",
                    "-- Against: " + db.url() + " (H2)", "-- Written by: tidemark-0.1.0", rule, "",
                    "-- Lock Database",
                    "UPDATE DATABASECHANGELOGLOCK SET LOCKED = TRUE, LOCKEDBY = 'rollback-sql script', LOCKGRANTED = NOW() WHERE ID = 1 AND LOCKED = FALSE;",
                    "",
                    "-- Rolling Back ChangeSet: changelog.yaml::4::b",
                    "DROP TABLE pet;",
                    "",
                    "DELETE FROM DATABASECHANGELOG WHERE ID = '4' AND AUTHOR = 'b' AND FILENAME = 'changelog.yaml';",
                    "",
                    "-- Rolling Back ChangeSet: changelog.yaml::3::b",
                    "DELETE FROM DATABASECHANGELOG WHERE ID = '3' AND AUTHOR = 'b' AND FILENAME = 'changelog.yaml';",
                    "",
                    "-- Release Database Lock",
                    "UPDATE DATABASECHANGELOGLOCK SET LOCKED = FALSE, LOCKEDBY = NULL, LOCKGRANTED = NULL WHERE ID = 1;",
                    "", ""), r.out().replaceFirst("\\(H2 [0-9.]+\\)", "(H2)"));
            assertEquals("2 changesets in the rollback script.\n", r.err());
            assertEquals(List.of(List.of("1"), List.of("2"), List.of("3"), List.of("4")), ids(db), "nothing changed");
        }
    }

    @Test
    void futureRollbackSql_offline_rollsBackEverythingNotYetRun_lastFirst() {
        Cli cli = new Cli(dir, "offline:postgresql").write("changelog.yaml", Cli.CHANGELOG);
        Cli.Result r = cli.run("future-rollback-count-sql", "--changelog-file", "changelog.yaml", "--count", "2");
        assertEquals(0, r.code(), r.toString());
        String body = r.out().substring(r.out().indexOf("-- Rolling Back"));
        assertEquals(String.join("\n",
                "-- Rolling Back ChangeSet: changelog.yaml::2::a",
                "ALTER TABLE person DROP COLUMN name;",
                "",
                "-- Rolling Back ChangeSet: changelog.yaml::1::a",
                "DROP TABLE person;",
                "",
                "-- Release Database Lock",
                "UPDATE databasechangeloglock SET LOCKED = FALSE, LOCKEDBY = NULL, LOCKGRANTED = NULL WHERE ID = 1;",
                "", ""), body);
        assertTrue(r.out().contains("-- SQL to roll back currently unexecuted changes\n"), r.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql", "mariadb"})
    void rollbackToDate_undoesWhatRanAfterTheDate(String dbms) throws Exception {
        try (TestDatabases.Scratch db = TestDatabases.scratch(dbms)) {
            Cli cli = new Cli(dir, db.url()).write("changelog.yaml", Cli.CHANGELOG);
            assertEquals(0, cli.run("update", "--changelog-file", "changelog.yaml").code());
            Cli.Result none = cli.run("rollback-to-date", "--changelog-file", "changelog.yaml", "--date", "2999-01-01");
            assertEquals(0, none.code(), none.toString());
            assertEquals(4, ids(db).size());
            Cli.Result all = cli.run("rollback-to-date", "--changelog-file", "changelog.yaml", "--date", "2000-01-01 00:00:00");
            assertEquals(0, all.code(), all.toString());
            assertEquals(List.of(), ids(db));
            assertEquals(List.of("DATABASECHANGELOG", "DATABASECHANGELOGLOCK"), Cli.tables(db));
            Cli.Result bad = cli.run("rollback-to-date", "--changelog-file", "changelog.yaml", "--date", "yesterday");
            assertEquals(2, bad.code(), bad.toString());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql", "mariadb"})
    void updateTestingRollback_appliesRollsBackAndAppliesAgain(String dbms) throws Exception {
        try (TestDatabases.Scratch db = TestDatabases.scratch(dbms)) {
            Cli cli = new Cli(dir, db.url()).write("changelog.yaml", Cli.CHANGELOG);
            assertEquals(0, cli.run("update-count", "--changelog-file", "changelog.yaml", "--count", "1").code());
            Cli.Result r = cli.run("update-testing-rollback", "--changelog-file", "changelog.yaml");
            assertEquals(0, r.code(), r.toString());
            assertTrue(r.out().contains(": 3 changesets applied, 3 rolled back, 3 applied again"), r.toString());
            assertEquals(List.of(List.of("1"), List.of("2"), List.of("3"), List.of("4")), ids(db));
            assertEquals(List.of("DATABASECHANGELOG", "DATABASECHANGELOGLOCK", "PERSON", "PET"), Cli.tables(db));
        }
    }

    @Test
    void rollbackScript_runsInsteadOfTheComputedRollbacks_andDeletesTheRows() throws Exception {
        try (TestDatabases.Scratch db = TestDatabases.scratch("h2")) {
            Cli cli = new Cli(dir, db.url()).write("changelog.yaml", BLOCKS).write("undo.sql", "-- drops what 7 and 6 made\nDROP TABLE t7;\nDELETE FROM t1 WHERE id = 2;\n");
            assertEquals(0, cli.run("update", "--changelog-file", "changelog.yaml").code());
            Cli.Result script = cli.run("rollback-count-sql", "--changelog-file", "changelog.yaml", "--count", "2",
                    "--rollback-script", "undo.sql");
            assertEquals(0, script.code(), script.toString());
            String body = script.out().substring(script.out().indexOf("-- Rollback script"), script.out().indexOf("-- Release"));
            assertEquals(String.join("\n", "-- Rollback script", "DROP TABLE t7;", "", "DELETE FROM t1 WHERE id = 2;", "",
                    "-- Rolled back by the script: changelog.yaml::7::a",
                    "DELETE FROM DATABASECHANGELOG WHERE ID = '7' AND AUTHOR = 'a' AND FILENAME = 'changelog.yaml';", "",
                    "-- Rolled back by the script: changelog.yaml::6::a",
                    "DELETE FROM DATABASECHANGELOG WHERE ID = '6' AND AUTHOR = 'a' AND FILENAME = 'changelog.yaml';", "", ""), body);
            Cli.Result r = cli.run("rollback-count", "--changelog-file", "changelog.yaml", "--count", "2", "--rollback-script", "undo.sql");
            assertEquals(0, r.code(), r.toString());
            assertTrue(r.out().contains("2 changesets rolled back by the rollback script"), r.toString());
            assertEquals(List.of(List.of("1")), Cli.query(db, "SELECT id FROM t1"));
            assertTrue(!Cli.tables(db).contains("T7"));
            assertEquals(List.of(List.of("1"), List.of("2"), List.of("3"), List.of("4"), List.of("5")), ids(db));
            Cli.Result missing = cli.run("rollback-count", "--changelog-file", "changelog.yaml", "--count", "1", "--rollback-script", "nope.sql");
            assertEquals(2, missing.code(), missing.toString());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql", "mariadb"})
    void aFailingRollback_stopsThere_theChangeSetsTransactionRollsBackWithItsRow_andEarlierOnesStayUndone(String dbms)
            throws Exception {
        try (TestDatabases.Scratch db = TestDatabases.scratch(dbms)) {
            Cli cli = new Cli(dir, db.url()).write("changelog.yaml", String.join("\n",
                    "databaseChangeLog:",
                    "  - changeSet:",
                    "      id: 1",
                    "      author: a",
                    "      changes:",
                    "        - createTable: {tableName: k1, columns: [{column: {name: id, type: int}}]}",
                    "  - changeSet:",
                    "      id: 2",
                    "      author: a",
                    "      changes:",
                    "        - createTable: {tableName: k2, columns: [{column: {name: id, type: int}}]}",
                    "        - insert: {tableName: k1, columns: [{column: {name: id, valueNumeric: 1}}]}",
                    "      rollback:",
                    "        - delete: {tableName: k1}",
                    "        - sql: INSERT INTO no_such_table (id) VALUES (1)",
                    "  - changeSet:",
                    "      id: 3",
                    "      author: a",
                    "      changes:",
                    "        - createTable: {tableName: k3, columns: [{column: {name: id, type: int}}]}",
                    ""));
            assertEquals(0, cli.run("update", "--changelog-file", "changelog.yaml").code());
            Cli.Result r = cli.run("rollback-count", "--changelog-file", "changelog.yaml", "--count", "3");
            assertEquals(4, r.code(), r.toString());
            assertTrue(r.err().startsWith("error changelog.yaml:7:5: TM400 rolling back changeset changelog.yaml::2::a failed: "),
                    r.toString());
            assertTrue(r.err().contains("statement: INSERT INTO no_such_table (id) VALUES (1)"), r.toString());
            assertEquals(List.of(List.of("1"), List.of("2")), ids(db), "3 was rolled back and committed; 2 keeps its row");
            assertTrue(!Cli.tables(db).contains("K3"));
            assertEquals(List.of(List.of("1")), Cli.query(db, "SELECT id FROM k1"), "the DELETE of 2's rollback was rolled back (a failing DML statement commits nothing, unlike DDL on MariaDB and H2)");
            assertEquals(List.of(List.of("0")), Cli.query(db, "SELECT COUNT(*) FROM DATABASECHANGELOGLOCK WHERE LOCKEDBY IS NOT NULL"),
                    "the lock is released after a failure");
        }
    }

    private static List<List<String>> ids(TestDatabases.Scratch db) throws Exception {
        return Cli.query(db, "SELECT ID FROM DATABASECHANGELOG ORDER BY ORDEREXECUTED");
    }
}
