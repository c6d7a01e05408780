package dev.tidemark.cli.apply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.tidemark.cli.ApplyTestSupport.Run;
import dev.tidemark.cli.apply.Inspection.Row;
import dev.tidemark.cli.db.TestDatabases;
import dev.tidemark.cli.db.TestDatabases.Scratch;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An update process killed with SIGKILL in the middle of a changeset (apply/slow-&lt;db&gt;.yaml,
 * whose fifth changeset sleeps): the next update takes over the lock the dead process left,
 * without manual steps, and applies what is missing exactly once.
 */
class CrashRecoveryTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"postgresql", "mariadb", "h2"})
    void update_afterTheRunningProcessIsKilledMidChangeSet_takesOverTheStaleLockAndCompletes(String db) throws Exception {
        if (db.equals("h2")) {
            // A file database, served by the running process to this one (AUTO_SERVER) so the test can watch it.
            killAndRecover(db, Area.h2File(dir, true));
            return;
        }
        try (Scratch s = TestDatabases.scratchDatabase(db)) {
            killAndRecover(db, Area.of(s));
        }
    }

    private void killAndRecover(String db, Area a) throws Exception {
        String changelog = "slow-" + db + ".yaml";
        Updates.Started victim = Updates.start(dir.resolve("victim.log"), a, Inspection.resources(), changelog);
        if (db.equals("h2")) {
            // Connect only once the victim serves the file: opening it first would make this JVM H2's server (and
            // closing it would cut the victim off), and an open while the victim starts its server hangs.
            awaitServer(dir.resolve("db.lock.db"), victim);
        }
        String holder = " tidemark pid=" + victim.pid();
        awaitFifthChangeSetRunning(a, victim, holder);
        Thread.sleep(1000); // let H2 write its store to disk: its commits reach the file within a second
        victim.process().destroyForcibly();
        assertTrue(victim.process().waitFor(10, TimeUnit.SECONDS));
        assertEquals(137, victim.process().exitValue(), "SIGKILL");
        // What the dead process left: four changesets, nothing of the fifth, and the lock row naming it.
        assertEquals(List.of("1", "2", "3", "4"), Inspection.historyIds(a));
        assertEquals(Set.of("databasechangelog", "databasechangeloglock", "t1", "t2", "t3", "t4"), Inspection.tables(a));
        assertTrue(Inspection.lock(a).locked());
        assertTrue(Inspection.lock(a).lockedBy().endsWith(holder), Inspection.lock(a).toString());

        long started = System.nanoTime();
        Run recovery = Updates.inProcess(a, Inspection.resources(), changelog);
        double seconds = (System.nanoTime() - started) / 1e9;
        assertEquals(0, recovery.exitCode(), recovery.all());
        assertTrue(recovery.err().contains("Took over a stale change log lock: locked by "), recovery.all());
        assertTrue(recovery.err().contains(holder + " since "), recovery.all());
        assertTrue(recovery.out().contains(": 2 changesets applied, 4 already ran"), recovery.all());

        List<Row> rows = Inspection.history(a);
        assertEquals(List.of("1", "2", "3", "4", "5", "6"), rows.stream().map(Row::id).toList());
        assertEquals(List.of(1, 2, 3, 4, 5, 6), rows.stream().map(Row::orderExecuted).toList());
        assertEquals(2, rows.stream().map(Row::deploymentId).distinct().count());
        assertEquals(Set.of("databasechangelog", "databasechangeloglock", "t1", "t2", "t3", "t4", "t5", "t6"), Inspection.tables(a));
        assertFalse(Inspection.lock(a).locked());
        System.out.printf("%s: recovered from a killed update in %.1f s%n", db, seconds);
    }

    private static void awaitServer(Path lockFile, Updates.Started victim) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!serving(lockFile)) {
            if (System.nanoTime() > deadline || !victim.process().isAlive()) {
                fail("the update never served " + lockFile + ":\n" + victim.output());
            }
            Thread.sleep(20);
        }
    }

    /** Whether H2's lock file names the server of the process that has the file open. */
    private static boolean serving(Path lockFile) {
        try {
            return Files.readString(lockFile, StandardCharsets.ISO_8859_1).contains("server=");
        } catch (IOException notYet) {
            return false;
        }
    }

    /** Waits until the victim holds the lock and has recorded changesets 1 to 4, so it is inside the fifth. */
    private static void awaitFifthChangeSetRunning(Area a, Updates.Started victim, String holder) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(40).toNanos();
        String last = "nothing yet";
        while (System.nanoTime() < deadline) {
            if (!victim.process().isAlive()) {
                fail("the update ended before it could be killed; last seen: " + last + "\n" + victim.output());
            }
            try {
                Inspection.LockRow lock = Inspection.lock(a);
                List<String> ids = Inspection.historyIds(a);
                last = lock + " " + ids;
                if (lock.locked() && lock.lockedBy().endsWith(holder) && ids.equals(List.of("1", "2", "3", "4"))) {
                    return;
                }
            } catch (SQLException | AssertionError notYet) {
                last = notYet.toString(); // the tracking tables are not there yet
            }
            Thread.sleep(50);
        }
        fail("the update never got to changeset 5; last seen: " + last + "\n" + victim.output());
    }
}
