package dev.tidemark.cli.apply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tidemark.cli.ApplyTestSupport.Run;
import dev.tidemark.cli.apply.Inspection.Row;
import dev.tidemark.cli.db.TestDatabases;
import dev.tidemark.cli.db.TestDatabases.Scratch;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Eight {@code tidemark update} processes started at once against one database: the lock lets
 * exactly one of them apply the 30 changesets of apply/concurrent.yaml, and the others find
 * them applied.
 */
class ConcurrentUpdateTest {
    private static final int PROCESSES = 8;
    private static final int CHANGESETS = 30;
    private static final List<String> IDS = IntStream.rangeClosed(1, CHANGESETS).mapToObj(i -> String.format("c%02d", i)).toList();

    @TempDir(cleanup = org.junit.jupiter.api.io.CleanupMode.ON_SUCCESS)
    Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"postgresql", "mariadb"})
    void update_eightProcessesAtOnce_applyEveryChangeSetExactlyOnce_andReleaseTheLock(String db) throws Exception {
        for (int round = 1; round <= 3; round++) {
            try (Scratch s = TestDatabases.scratchDatabase(db)) {
                Area a = Area.of(s);
                long started = System.nanoTime();
                List<Run> runs = runAtOnce(a, "round" + round);
                String all = describe(runs);
                for (Run r : runs) {
                    assertEquals(0, r.exitCode(), "round " + round + ":\n" + all);
                }
                assertEquals(1, runs.stream().filter(r -> r.out().contains(": 30 changesets applied, 0 already ran")).count(), all);
                assertEquals(PROCESSES - 1, runs.stream().filter(r -> r.out().contains(": 0 changesets applied, 30 already ran")).count(),
                        all);
                assertAppliedOnce(a, all);
                System.out.printf("%s round %d: %d processes in %.1f s%n", db, round, PROCESSES, (System.nanoTime() - started) / 1e9);
            }
        }
    }

    /**
     * An H2 file database, as the embedded default uses (with and without H2's auto-server mode):
     * H2 lets one process open the file, so Tidemark processes take turns on an operating-system
     * lock beside it (H2FileLock) instead of racing to open it. Every process succeeds; one applies
     * the changesets, the others find them applied. Run three times.
     */
    @ParameterizedTest(name = "auto-server {0}")
    @ValueSource(booleans = {true, false})
    void update_eightProcessesOnAnH2File_takeTurns_andAllSucceed(boolean autoServer) throws Exception {
        for (int round = 1; round <= 3; round++) {
            Path folder = dir.resolve("h2-" + autoServer + "-" + round);
            java.nio.file.Files.createDirectories(folder);
            Area a = Area.h2File(folder, autoServer);
            long started = System.nanoTime();
            List<Run> runs = runAtOnce(a, "h2-" + autoServer + "-" + round);
            String all = "in " + folder + "\n" + describe(runs);
            for (Run r : runs) {
                assertEquals(0, r.exitCode(), "round " + round + ":\n" + all);
            }
            assertEquals(1, runs.stream().filter(r -> r.out().contains(": 30 changesets applied, 0 already ran")).count(), all);
            assertEquals(PROCESSES - 1, runs.stream().filter(r -> r.out().contains(": 0 changesets applied, 30 already ran")).count(),
                    all);
            assertAppliedOnce(a, all);
            System.out.printf("h2 file (auto-server %s) round %d: %d processes in %.1f s%n", autoServer, round, PROCESSES,
                    (System.nanoTime() - started) / 1e9);
        }
    }

    private List<Run> runAtOnce(Area a, String name) throws Exception {
        List<Updates.Started> started = new ArrayList<>();
        try {
            for (int i = 0; i < PROCESSES; i++) {
                started.add(Updates.start(dir.resolve(name + "-" + i + ".log"), a, Inspection.resources(), "concurrent.yaml",
                        "--changelog-lock-wait-time-in-minutes", "1"));
            }
            List<Run> runs = new ArrayList<>();
            for (Updates.Started p : started) {
                runs.add(p.await(Duration.ofSeconds(90)));
            }
            return runs;
        } finally {
            for (Updates.Started p : started) {
                p.process().destroyForcibly();
            }
        }
    }

    private static void assertAppliedOnce(Area a, String all) throws Exception {
        List<Row> rows = Inspection.history(a);
        assertEquals(IDS, rows.stream().map(Row::id).toList(), all);
        assertEquals(IntStream.rangeClosed(1, CHANGESETS).boxed().toList(), rows.stream().map(Row::orderExecuted).toList(), all);
        assertEquals(1, rows.stream().map(Row::deploymentId).distinct().count(), all);
        assertTrue(rows.stream().allMatch(r -> r.execType().equals("EXECUTED")), all);
        Set<String> expectedTables = new TreeSet<>(Set.of("databasechangelog", "databasechangeloglock"));
        IDS.forEach(id -> expectedTables.add("t" + id.substring(1)));
        assertEquals(expectedTables, Inspection.tables(a));
        for (int i = 1; i <= CHANGESETS; i++) {
            assertEquals(List.of(i), Inspection.ints(a, String.format("SELECT id FROM t%02d", i)), all);
        }
        Inspection.LockRow lock = Inspection.lock(a);
        assertFalse(lock.locked(), lock.toString());
        assertEquals(null, lock.lockedBy());
    }

    private static String describe(List<Run> runs) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < runs.size(); i++) {
            sb.append("process ").append(i).append(": exit ").append(runs.get(i).exitCode()).append('\n')
                    .append(runs.get(i).out().lines().filter(l -> !l.startsWith("Waiting")).reduce("", (x, y) -> x + "  " + y + "\n"));
        }
        return sb.toString();
    }
}
