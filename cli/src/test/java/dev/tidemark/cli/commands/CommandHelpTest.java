package dev.tidemark.cli.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandHelpTest {
    static final List<String> COMMANDS = List.of("update", "update-count", "update-to-tag", "update-sql", "update-count-sql",
            "update-to-tag-sql", "status", "history", "validate", "unexpected-changesets", "tag", "tag-exists", "changelog-sync",
            "changelog-sync-sql", "changelog-sync-to-tag", "changelog-sync-to-tag-sql", "mark-next-changeset-ran",
            "mark-next-changeset-ran-sql", "clear-checksums", "calculate-checksum", "list-locks", "release-locks", "execute-sql",
            "drop-all", "convert", "rollback", "rollback-sql", "rollback-count", "rollback-count-sql", "rollback-to-date",
            "rollback-to-date-sql", "future-rollback-sql", "future-rollback-count-sql", "update-testing-rollback");

    @TempDir
    Path dir;

    @Test
    void everyCommand_hasHelp_thatNeedsNoConfiguration() {
        // A broken properties file must not stand between a user and --help.
        Cli cli = new Cli(dir, null).write("liquibase.properties", "nonsense=1\n");
        for (String command : COMMANDS) {
            Cli.Result r = cli.raw(command, "--help");
            assertEquals(0, r.code(), command + ": " + r);
            assertTrue(r.out().startsWith("usage: tidemark " + command + " [options]\n"), r.out());
            assertTrue(r.out().contains("--changelog-file <file>") && r.out().contains("--defaults-file <file>"), r.out());
        }
    }

    @Test
    void help_listsEveryCommand() {
        Cli.Result r = new Cli(dir, null).raw("--help");
        assertEquals(0, r.code());
        for (String command : COMMANDS) {
            assertTrue(r.out().contains("\n  " + command + " "), command + " missing from:\n" + r.out());
        }
        assertTrue(r.out().contains("--database-changelog-table-name <name>"), r.out());
    }
}
