package dev.tidemark.cli.apply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.tidemark.cli.ApplyTestSupport.Run;
import dev.tidemark.cli.db.TestDatabases;
import dev.tidemark.cli.db.TestDatabases.Scratch;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What one update's tracking tables and lock cover: its own schema (PostgreSQL) or database
 * (MariaDB), however the place is named. Scratch areas here are schemas of one PostgreSQL
 * database (advisory locks are per database) and databases of one MariaDB server (GET_LOCK
 * names are per server).
 */
class LockScopeTest {
    @TempDir
    Path dir;

    /** Regression: metadata lookups without a schema or catalog found the other area's tables and skipped creating them. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"postgresql", "mariadb"})
    void update_inASecondArea_createsItsOwnTrackingTables_notSeeingTheFirstAreas(String db) throws Exception {
        try (Scratch first = TestDatabases.scratch(db); Scratch second = TestDatabases.scratch(db)) {
            Run one = Updates.inProcess(Area.of(first), Inspection.resources(), "three-tables.yaml");
            assertEquals(0, one.exitCode(), one.all());
            Run two = Updates.inProcess(Area.of(second), Inspection.resources(), "three-tables.yaml");
            assertEquals(0, two.exitCode(), two.all());
            assertTrue(two.out().contains(": 3 changesets applied, 0 already ran"), two.all());
            Set<String> expected = Set.of("databasechangelog", "databasechangeloglock", "t1", "t2", "t3");
            assertEquals(expected, Inspection.tables(Area.of(first)));
            assertEquals(expected, Inspection.tables(Area.of(second)));
            assertEquals(List.of("1", "2", "3"), Inspection.historyIds(Area.of(second)));
        }
    }

    /**
     * Regression: the session lock was named after the configured schema only, so (a) every area
     * shared one lock, and an update elsewhere timed out while the area's own row was free, and
     * (b) naming the same schema with --default-schema-name gave another lock, so that run took
     * over the live run's row as stale and ran the same changesets beside it.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"postgresql", "mariadb"})
    void sessionLock_coversOneLockTable_howeverItsPlaceIsNamed(String db) throws Exception {
        try (Scratch busy = TestDatabases.scratch(db); Scratch other = TestDatabases.scratch(db)) {
            Area a = Area.of(busy);
            String changelog = "slow-" + db + ".yaml";
            Updates.Started running = Updates.start(dir.resolve("running.log"), a, Inspection.resources(), changelog);
            try {
                awaitLocked(a, running);

                Run elsewhere = Updates.inProcess(Area.of(other), Inspection.resources(), "three-tables.yaml",
                        "--changelog-lock-wait-time-in-minutes", "0.02");
                assertEquals(0, elsewhere.exitCode(), elsewhere.all());
                assertFalse(elsewhere.err().contains("Waiting"), elsewhere.all());

                Run sameSpelledOtherwise = Updates.inProcess(a, Inspection.resources(), changelog, "--default-schema-name", busy.name());
                assertEquals(0, sameSpelledOtherwise.exitCode(), sameSpelledOtherwise.all());
                assertFalse(sameSpelledOtherwise.err().contains("Took over"), sameSpelledOtherwise.all());
                assertTrue(sameSpelledOtherwise.err().contains("Waiting for the change log lock (locked by "), sameSpelledOtherwise.all());
                assertTrue(sameSpelledOtherwise.out().contains(": 0 changesets applied, 6 already ran"), sameSpelledOtherwise.all());

                Run first = running.await(Duration.ofSeconds(30));
                assertEquals(0, first.exitCode(), first.out());
                assertTrue(first.out().contains(": 6 changesets applied, 0 already ran"), first.out());
                assertEquals(List.of("1", "2", "3", "4", "5", "6"), Inspection.historyIds(a));
                assertFalse(Inspection.lock(a).locked());
            } finally {
                running.process().destroyForcibly();
            }
        }
    }

    private static void awaitLocked(Area a, Updates.Started running) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(40).toNanos();
        while (System.nanoTime() < deadline) {
            if (!running.process().isAlive()) {
                fail("the update ended too soon:\n" + running.output());
            }
            try {
                if (Inspection.lock(a).locked()) {
                    return;
                }
            } catch (java.sql.SQLException | AssertionError notYet) {
                // the lock table is not there yet
            }
            Thread.sleep(50);
        }
        fail("the update never took the lock:\n" + running.output());
    }
}
