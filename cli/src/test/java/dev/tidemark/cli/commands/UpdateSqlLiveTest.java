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

/** update-sql and its -count / -to-tag forms against a live database. */
class UpdateSqlLiveTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql", "mariadb"})
    void freshDatabase_scriptCreatesTheTrackingTables_andChangesNothing(String dbms) throws Exception {
        try (TestDatabases.Scratch db = TestDatabases.scratch(dbms)) {
            Cli cli = new Cli(dir, db.url()).write("changelog.yaml", Cli.CHANGELOG);
            Cli.Result r = cli.run("update-sql", "--changelog-file", "changelog.yaml");
            assertEquals(0, r.code(), r.toString());
            assertTrue(r.out().contains("-- Create Database Lock Table") && r.out().contains("-- Create Database Change Log Table"),
                    r.out());
            assertEquals(4, r.out().lines().filter(l -> l.startsWith("-- Changeset ")).count());
            assertEquals(List.of(), Cli.tables(db), "update-sql creates nothing");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql", "mariadb"})
    void partlyUpdatedDatabase_scriptHasOnlyThePendingChangeSets_andNoTrackingDdl(String dbms) throws Exception {
        try (TestDatabases.Scratch db = TestDatabases.scratch(dbms)) {
            Cli cli = new Cli(dir, db.url()).write("changelog.yaml", Cli.CHANGELOG);
            assertEquals(0, cli.run("update-count", "--changelog-file", "changelog.yaml", "--count", "2").code());
            Cli.Result r = cli.run("update-sql", "--changelog-file", "changelog.yaml");
            assertEquals(0, r.code(), r.toString());
            String script = r.out();
            assertEquals(List.of("-- Changeset changelog.yaml::3::b", "-- Changeset changelog.yaml::4::b"),
                    script.lines().filter(l -> l.startsWith("-- Changeset ")).toList());
            assertFalse(script.contains("-- Create Database Lock Table"), script);
            assertFalse(script.contains("-- Create Database Change Log Table"), script);
            assertTrue(script.contains("-- Against: " + db.url() + " ("), script);
            assertTrue(script.lines().anyMatch(l -> l.startsWith("INSERT INTO ") && l.contains(", 3, ")), "ORDEREXECUTED goes on from 2: "
                    + script);

            Cli.Result count = cli.run("update-count-sql", "--changelog-file", "changelog.yaml", "--count", "1");
            assertEquals(List.of("-- Changeset changelog.yaml::3::b"),
                    count.out().lines().filter(l -> l.startsWith("-- Changeset ")).toList());
            Cli.Result toTag = cli.run("update-to-tag-sql", "--changelog-file", "changelog.yaml", "--tag", "v1");
            assertEquals(List.of("-- Changeset changelog.yaml::3::b"),
                    toTag.out().lines().filter(l -> l.startsWith("-- Changeset ")).toList());
            assertEquals(2, Cli.query(db, "SELECT ID FROM DATABASECHANGELOG").size());
            assertEquals(List.of("DATABASECHANGELOG", "DATABASECHANGELOGLOCK", "PERSON"), Cli.tables(db));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void editedChangeSet_isRefusedWithItsPlace_andNoSqlIsWritten(String dbms) throws Exception {
        try (TestDatabases.Scratch db = TestDatabases.scratch(dbms)) {
            Cli cli = new Cli(dir, db.url()).write("changelog.yaml", Cli.CHANGELOG);
            assertEquals(0, cli.run("update-count", "--changelog-file", "changelog.yaml", "--count", "2").code());
            cli.write("changelog.yaml", Cli.CHANGELOG.replace("varchar(50)", "varchar(80)"));
            Cli.Result r = cli.run("update-sql", "--changelog-file", "changelog.yaml");
            assertEquals(1, r.code(), r.toString());
            assertEquals("", r.out());
            assertTrue(r.err().startsWith("changelog.yaml:10:5: error TM119: checksum changed for changelog.yaml::2::a: was 9:"),
                    r.err());
        }
    }
}
