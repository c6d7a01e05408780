package dev.tidemark.cli.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tidemark.cli.db.TestDatabases;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChangeLogSyncCommandTest {
    private static final String ROWS = "SELECT ID, AUTHOR, FILENAME, ORDEREXECUTED, EXECTYPE, COALESCE(TAG, '-') FROM DATABASECHANGELOG"
            + " ORDER BY ORDEREXECUTED";

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql", "mariadb"})
    void changelogSync_recordsEveryPendingChangeSetAsExecuted_withoutRunningAny(String dbms) throws Exception {
        try (TestDatabases.Scratch db = TestDatabases.scratch(dbms)) {
            Cli cli = new Cli(dir, db.url()).write("changelog.yaml", Cli.CHANGELOG);
            Cli.Result r = cli.run("changelog-sync", "--changelog-file", "changelog.yaml");
            assertEquals(0, r.code(), r.toString());
            assertTrue(r.out().startsWith("Recorded 4 changesets as executed in "), r.toString());
            assertEquals(List.of(row("1", "a", 1, "-"), row("2", "a", 2, "-"), row("3", "b", 3, "v1"), row("4", "b", 4, "-")),
                    Cli.query(db, ROWS));
            assertEquals(List.of("DATABASECHANGELOG", "DATABASECHANGELOGLOCK"), Cli.tables(db), "no change ran");
            List<List<String>> sums = Cli.query(db, "SELECT MD5SUM FROM DATABASECHANGELOG WHERE MD5SUM LIKE '9:%'");
            assertEquals(4, sums.size(), "rows carry the checksums update would write");

            Cli.Result status = cli.run("status", "--changelog-file", "changelog.yaml");
            assertTrue(status.out().endsWith(" is up to date\n"), status.toString());
            Cli.Result update = cli.run("update", "--changelog-file", "changelog.yaml");
            assertTrue(update.out().startsWith("Update complete on ") && update.out().contains(": 0 changesets applied, 4 already ran"),
                    update.toString());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql", "mariadb"})
    void changelogSyncToTag_stopsAfterTheTaggingChangeSet_andMarkNextChangeSetRanMarksOne(String dbms) throws Exception {
        try (TestDatabases.Scratch db = TestDatabases.scratch(dbms)) {
            Cli cli = new Cli(dir, db.url()).write("changelog.yaml", Cli.CHANGELOG);
            assertEquals(0, cli.run("update-count", "--changelog-file", "changelog.yaml", "--count", "1").code());
            Cli.Result r = cli.run("changelog-sync-to-tag", "--changelog-file", "changelog.yaml", "--tag", "v1");
            assertEquals(0, r.code(), r.toString());
            assertEquals(List.of(row("1", "a", 1, "-"), row("2", "a", 2, "-"), row("3", "b", 3, "v1")), Cli.query(db, ROWS));
            assertEquals(List.of("DATABASECHANGELOG", "DATABASECHANGELOGLOCK", "PERSON"), Cli.tables(db));
            assertEquals(List.of("ID"), Cli.columns(db, "person"), "changeset 2 did not run: person has no NAME column");

            Cli.Result next = cli.run("mark-next-changeset-ran", "--changelog-file", "changelog.yaml");
            assertEquals(0, next.code(), next.toString());
            assertTrue(next.out().startsWith("Recorded 1 changeset as executed in "), next.toString());
            assertEquals(row("4", "b", 4, "-"), Cli.query(db, ROWS).get(3));
            assertEquals(List.of("DATABASECHANGELOG", "DATABASECHANGELOGLOCK", "PERSON"), Cli.tables(db), "pet was not created");

            Cli.Result none = cli.run("mark-next-changeset-ran", "--changelog-file", "changelog.yaml");
            assertTrue(none.out().startsWith("Recorded 0 changesets as executed"), none.toString());
            Cli.Result badTag = cli.run("changelog-sync-to-tag", "--changelog-file", "changelog.yaml", "--tag", "nope");
            assertEquals(2, badTag.code());
            assertEquals("error TM200 no changeset in changelog.yaml tags 'nope'\n", badTag.err());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql", "mariadb"})
    void syncScripts_holdOnlyTheHistoryRowsOfPendingChangeSets_andChangeNothing(String dbms) throws Exception {
        try (TestDatabases.Scratch db = TestDatabases.scratch(dbms)) {
            Cli cli = new Cli(dir, db.url()).write("changelog.yaml", Cli.CHANGELOG);
            assertEquals(0, cli.run("update-count", "--changelog-file", "changelog.yaml", "--count", "2").code());
            Cli.Result sync = cli.run("changelog-sync-sql", "--changelog-file", "changelog.yaml");
            assertEquals(0, sync.code(), sync.toString());
            String script = sync.out();
            assertEquals(List.of("-- Changeset changelog.yaml::3::b", "-- Changeset changelog.yaml::4::b"),
                    script.lines().filter(l -> l.startsWith("-- Changeset ")).toList());
            assertEquals(2, script.lines().filter(l -> l.startsWith("INSERT INTO ")).count(), script);
            assertTrue(script.contains("'EXECUTED'") && script.contains("'v1'"), script);
            assertFalse(script.contains("CREATE TABLE"), "the tracking tables exist and no change is written: " + script);
            assertTrue(script.contains("-- Lock Database") && script.contains("-- Release Database Lock"), script);
            assertEquals("2 changesets in the script.\n", sync.err());

            Cli.Result next = cli.run("mark-next-changeset-ran-sql", "--changelog-file", "changelog.yaml");
            assertEquals(List.of("-- Changeset changelog.yaml::3::b"),
                    next.out().lines().filter(l -> l.startsWith("-- Changeset ")).toList());
            Cli.Result toTag = cli.run("changelog-sync-to-tag-sql", "--changelog-file", "changelog.yaml", "--tag", "v1");
            assertEquals(List.of("-- Changeset changelog.yaml::3::b"),
                    toTag.out().lines().filter(l -> l.startsWith("-- Changeset ")).toList());
            assertEquals(2, Cli.query(db, ROWS).size(), "scripts change nothing");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void changelogSync_marksOnlyWhatTheContextsSelect_withTheirContextsColumn(String dbms) throws Exception {
        try (TestDatabases.Scratch db = TestDatabases.scratch(dbms)) {
            Cli cli = new Cli(dir, db.url()).write("ctx.yaml", "databaseChangeLog:\n"
                    + "  - changeSet: {id: a, author: x, context: prod, changes: [{sql: {sql: select 1}}]}\n"
                    + "  - changeSet: {id: b, author: x, context: test, changes: [{sql: {sql: select 1}}]}\n"
                    + "  - changeSet: {id: c, author: x, changes: [{sql: {sql: select 1}}]}\n");
            assertEquals(0, cli.run("changelog-sync", "--changelog-file", "ctx.yaml", "--contexts", "prod").code());
            assertEquals(List.of(List.of("a", "prod"), List.of("c", "-")),
                    Cli.query(db, "SELECT ID, COALESCE(CONTEXTS, '-') FROM DATABASECHANGELOG ORDER BY ORDEREXECUTED"));
            Cli.Result status = cli.run("status", "--changelog-file", "ctx.yaml", "--verbose");
            assertEquals(List.of("     ctx.yaml::b::x"), status.out().lines().skip(1).toList(), status.toString());
        }
    }

    private static List<String> row(String id, String author, int order, String tag) {
        return List.of(id, author, "changelog.yaml", Integer.toString(order), "EXECUTED", tag);
    }
}
