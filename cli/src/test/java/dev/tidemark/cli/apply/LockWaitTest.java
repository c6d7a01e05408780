package dev.tidemark.cli.apply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tidemark.cli.ApplyTestSupport;
import dev.tidemark.cli.ApplyTestSupport.Run;
import dev.tidemark.cli.db.TestDatabases;
import dev.tidemark.cli.db.TestDatabases.Scratch;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Lock rows that another holder left: a non-Tidemark holder (Liquibase, or anyone) is waited for
 * until the wait time runs out; a Tidemark holder that is gone is taken over.
 */
class LockWaitTest {

    /** Applies the first changeset of three-tables.yaml (which creates the tracking tables), then marks the lock row held. */
    private static void holdLock(Area a, String lockedBy) throws Exception {
        List<String> args = new ArrayList<>(Updates.args(a, Inspection.resources(), "three-tables.yaml", "--count", "1"));
        args.set(0, "update-count");
        Run first = ApplyTestSupport.run(args.toArray(new String[0]));
        assertEquals(0, first.exitCode(), first.all());
        assertEquals(List.of("1"), Inspection.historyIds(a));
        try (Connection c = a.connect();
                PreparedStatement ps = c.prepareStatement("UPDATE DATABASECHANGELOGLOCK SET LOCKED = ?, LOCKEDBY = ?,"
                        + " LOCKGRANTED = CURRENT_TIMESTAMP WHERE ID = 1")) {
            ps.setBoolean(1, true);
            ps.setString(2, lockedBy);
            assertEquals(1, ps.executeUpdate());
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"h2", "postgresql", "mariadb"})
    void update_lockHeldByAnotherTool_waitsForTheWaitTime_thenExits3NamingTheHolder(String db) throws Exception {
        try (Scratch s = TestDatabases.scratch(db)) {
            Area a = Area.of(s);
            holdLock(a, "other-host (10.0.0.1)");
            long started = System.nanoTime();
            Run run = Updates.inProcess(a, Inspection.resources(), "three-tables.yaml", "--changelog-lock-wait-time-in-minutes", "0.05");
            double seconds = (System.nanoTime() - started) / 1e9;
            assertEquals(3, run.exitCode(), run.all());
            assertTrue(run.err().contains("Waiting for the change log lock (locked by other-host (10.0.0.1) since "), run.all());
            assertTrue(run.err().contains("error TM300 could not acquire the change log lock within 3.0 s; locked by other-host (10.0.0.1) since "),
                    run.all());
            assertFalse(run.err().contains("Took over"), run.all());
            assertTrue(seconds >= 3.0 && seconds < 10, "waited " + seconds + " s");
            assertEquals(List.of("1"), Inspection.historyIds(a));
            assertEquals("other-host (10.0.0.1)", Inspection.lock(a).lockedBy());
            assertTrue(Inspection.lock(a).locked());
        }
    }

    @Test
    void update_withoutSessionLocks_takesOverARowLeftByAnEndedTidemarkProcessOfThisHost() throws Exception {
        Process ended = new ProcessBuilder("true").start();
        assertTrue(ended.waitFor(10, TimeUnit.SECONDS));
        try (Scratch s = TestDatabases.scratch("h2")) {
            Area a = Area.of(s);
            String stale = ApplyTestSupport.lockHolder() + " tidemark pid=" + ended.pid();
            holdLock(a, stale);
            Run run = Updates.inProcess(a, Inspection.resources(), "three-tables.yaml", "--changelog-lock-wait-time-in-minutes", "0.05");
            assertEquals(0, run.exitCode(), run.all());
            assertTrue(run.err().contains("Took over a stale change log lock: locked by " + stale + " since "), run.all());
            assertTrue(run.out().contains(": 2 changesets applied, 1 already ran"), run.all());
            assertEquals(List.of("1", "2", "3"), Inspection.historyIds(a));
            assertFalse(Inspection.lock(a).locked());
        }
    }

    @Test
    void update_withoutSessionLocks_waitsForALiveTidemarkProcess_andForOneOnAnotherHost() throws Exception {
        Process alive = new ProcessBuilder("sleep", "30").start();
        try {
            for (String holder : List.of(ApplyTestSupport.lockHolder() + " tidemark pid=" + alive.pid(),
                    "other-host (10.0.0.1) tidemark pid=1")) {
                try (Scratch s = TestDatabases.scratch("h2")) {
                    Area a = Area.of(s);
                    holdLock(a, holder);
                    Run run = Updates.inProcess(a, Inspection.resources(), "three-tables.yaml",
                            "--changelog-lock-wait-time-in-minutes", "0.02");
                    assertEquals(3, run.exitCode(), run.all());
                    assertTrue(run.err().contains("error TM300 could not acquire the change log lock within 1.2 s; locked by " + holder),
                            run.all());
                    assertEquals(holder, Inspection.lock(a).lockedBy());
                    assertEquals(List.of("1"), Inspection.historyIds(a));
                }
            }
        } finally {
            alive.destroyForcibly();
        }
    }
}
