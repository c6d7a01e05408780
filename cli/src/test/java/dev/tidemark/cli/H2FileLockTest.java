package dev.tidemark.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tidemark.error.ErrorCode;
import dev.tidemark.error.TidemarkException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class H2FileLockTest {
    @TempDir
    Path dir;

    @Test
    void databaseFile_namesTheFileOfFileUrls_only() {
        Path cwd = Path.of("").toAbsolutePath();
        assertEquals(Optional.of(cwd.resolve(".tidemark/tidemark")), H2FileLock.databaseFile(Database.EMBEDDED_URL));
        assertEquals(Optional.of(Path.of("/var/db/app")), H2FileLock.databaseFile("jdbc:h2:/var/db/app;MODE=PostgreSQL"));
        assertEquals(Optional.of(Path.of(System.getProperty("user.home"), "x")), H2FileLock.databaseFile("jdbc:h2:~/x"));
        assertEquals(Optional.empty(), H2FileLock.databaseFile("jdbc:h2:mem:a;DB_CLOSE_DELAY=-1"));
        assertEquals(Optional.empty(), H2FileLock.databaseFile("jdbc:h2:tcp://localhost/~/a"));
        assertEquals(Optional.empty(), H2FileLock.databaseFile("jdbc:postgresql://localhost/db"));
    }

    @Test
    void acquire_whileHeld_waitsThenTimesOut_namingTheHolder() {
        Path db = dir.resolve("db");
        List<String> notes = new ArrayList<>();
        try (H2FileLock held = H2FileLock.acquire(db, Duration.ZERO, notes::add)) {
            // a second run in this JVM waits like another process would
            TidemarkException e = assertThrows(TidemarkException.class,
                    () -> H2FileLock.acquire(db, Duration.ofMillis(200), notes::add));
            assertEquals(ErrorCode.LOCK_TIMEOUT, e.code());
            assertTrue(e.getMessage().contains("in use by pid " + ProcessHandle.current().pid()), e.getMessage());
        }
        assertEquals(1, notes.size(), notes.toString());
        assertTrue(notes.get(0).startsWith("Waiting for the H2 database " + db), notes.get(0));
        try (H2FileLock again = H2FileLock.acquire(db, Duration.ZERO, notes::add)) {
            assertEquals(1, notes.size(), "free again after close: no waiting");
        }
    }
}
