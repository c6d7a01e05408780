package dev.tidemark.cli.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tidemark.cli.db.TestDatabases;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** list-locks and release-locks. */
class LockCommandsTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql", "mariadb"})
    void listLocks_showsTheHolder_andReleaseLocksFreesTheRowWhoeverHoldsIt(String dbms) throws Exception {
        try (TestDatabases.Scratch db = TestDatabases.scratch(dbms)) {
            Cli cli = new Cli(dir, db.url()).write("changelog.yaml", Cli.CHANGELOG);
            Cli.Result none = cli.run("list-locks");
            assertEquals(0, none.code(), none.toString());
            List<String> lines = none.out().lines().toList();
            assertTrue(lines.get(0).startsWith("Database change log locks for ") && lines.get(0).endsWith(db.url()), none.toString());
            assertEquals(" - No locks", lines.get(1));
            assertEquals(List.of(), Cli.tables(db), "list-locks creates nothing");

            assertEquals(0, cli.run("update", "--changelog-file", "changelog.yaml").code());
            // A process that died holding the lock, as Liquibase leaves it.
            Cli.execute(db, "UPDATE DATABASECHANGELOGLOCK SET LOCKED = " + (dbms.equals("mariadb") ? "1" : "TRUE")
                    + ", LOCKEDBY = 'buildhost (10.0.0.7)', LOCKGRANTED = CURRENT_TIMESTAMP WHERE ID = 1");
            Cli.Result held = cli.run("list-locks");
            assertTrue(held.out().lines().toList().get(1).matches(" - buildhost \\(10\\.0\\.0\\.7\\) at \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d"),
                    held.toString());

            Cli.Result blocked = cli.run("tag", "--tag", "x", "--changelog-lock-wait-time-in-minutes", "0");
            assertEquals(3, blocked.code(), blocked.toString());
            assertTrue(blocked.err().contains("locked by buildhost (10.0.0.7) since"), blocked.err());

            Cli.Result released = cli.run("release-locks");
            assertEquals(0, released.code(), released.toString());
            assertTrue(released.out().startsWith("Successfully released all database change log locks for '"), released.toString());
            assertEquals(List.of(List.of("1")), Cli.query(db, "SELECT COUNT(*) FROM DATABASECHANGELOGLOCK WHERE LOCKEDBY IS NULL"
                    + " AND LOCKGRANTED IS NULL"));
            assertEquals(" - No locks", cli.run("list-locks").out().lines().toList().get(1));
            assertEquals(0, cli.run("tag", "--tag", "x").code(), "the lock can be had again");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void releaseLocks_onAFreshDatabase_createsTheLockTableUnlocked_asLiquibaseDoes(String dbms) throws Exception {
        try (TestDatabases.Scratch db = TestDatabases.scratch(dbms)) {
            assertEquals(0, new Cli(dir, db.url()).run("release-locks").code());
            assertEquals(List.of("DATABASECHANGELOGLOCK"), Cli.tables(db));
            assertEquals(List.of(List.of("1")), Cli.query(db, "SELECT COUNT(*) FROM DATABASECHANGELOGLOCK WHERE LOCKEDBY IS NULL"));
        }
    }
}
