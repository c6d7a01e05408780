package dev.tidemark.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UpdateSqlCommandTest {
    static final String EXAMPLE = Path.of("..", "changelogs", "examples", "changelog.yaml").toString();

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        return new Main(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                Map.of()).run(args);
    }

    @Test
    void script_isCompleteAndDeterministic() {
        assertEquals(0, run("update-sql", "--changelog-file", EXAMPLE, "--url", "offline:postgresql?version=15"));
        String first = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, run("update-sql", "--changelog-file", EXAMPLE, "--url", "offline:postgresql?version=15"));
        assertEquals(first, out.toString(StandardCharsets.UTF_8), "two runs give byte-identical scripts");
        List<String> sections = List.of("-- Create Database Lock Table", "-- Initialize Database Lock Table", "-- Lock Database",
                "-- Create Database Change Log Table", "-- Changeset ../changelogs/examples/db/001-catalog.yaml::catalog-1::tidemark",
                "-- Release Database Lock");
        int at = -1;
        for (String s : sections) {
            int next = first.indexOf(s);
            assertTrue(next > at, s + " missing or out of order");
            at = next;
        }
        long inserts = first.lines().filter(l -> l.startsWith("INSERT INTO databasechangelog ")).count();
        long changesets = first.lines().filter(l -> l.startsWith("-- Changeset ")).count();
        assertEquals(changesets, inserts, "one history row per changeset");
        assertTrue(err.toString(StandardCharsets.UTF_8).contains(changesets + " changesets in the script."));
    }

    @Test
    void oracle_endsProceduralBlocksWithASlashLine() throws IOException {
        Path f = dir.resolve("proc.yaml");
        Files.writeString(f, "databaseChangeLog:\n  - changeSet:\n      id: p\n      author: a\n      changes:\n"
                + "        - createProcedure:\n            procedureName: touch\n            procedureText: |\n"
                + "              CREATE OR REPLACE PROCEDURE touch AS\n              BEGIN\n                NULL;\n              END;\n");
        assertEquals(0, run("update-sql", "--changelog-file", "proc.yaml", "--search-path", dir.toString(), "--url",
                "offline:oracle?version=19"));
        String script = out.toString(StandardCharsets.UTF_8);
        assertTrue(script.contains("END;\n/\n"), script);
    }

    @Test
    void outputFile_receivesTheScript() throws IOException {
        Path target = dir.resolve("out/update.sql");
        assertEquals(0, run("update-sql", "--changelog-file", EXAMPLE, "--url", "offline:h2", "--output-file", target.toString()));
        assertEquals("", out.toString(StandardCharsets.UTF_8));
        assertTrue(Files.readString(target).contains("-- Release Database Lock"));
    }

    @Test
    void unsupportedChange_isReportedWithItsPlace_andNoSqlIsWritten() throws IOException {
        Files.writeString(dir.resolve("seq.yaml"), "databaseChangeLog:\n  - changeSet:\n      id: s\n      author: a\n"
                + "      changes:\n        - createSequence:\n            sequenceName: seq_a\n");
        assertEquals(1, run("update-sql", "--changelog-file", "seq.yaml", "--search-path", dir.toString(), "--url", "offline:mysql"));
        assertEquals("", out.toString(StandardCharsets.UTF_8));
        String e = err.toString(StandardCharsets.UTF_8);
        assertTrue(e.startsWith("seq.yaml:6:11: error TM109: createSequence is not supported on MySQL 8.0 [changeset s::a]"), e);
        assertEquals(1, run("validate", "--changelog-file", "seq.yaml", "--search-path", dir.toString(), "--url", "offline:mysql"));
        assertEquals(0, run("validate", "--changelog-file", "seq.yaml", "--search-path", dir.toString(), "--url", "offline:mariadb"));
    }

    @Test
    void tooLongName_isFoundAtValidateTime() throws IOException {
        String name = "t".repeat(64);
        Files.writeString(dir.resolve("long.yaml"), "databaseChangeLog:\n  - changeSet:\n      id: l\n      author: a\n"
                + "      changes:\n        - dropTable:\n            tableName: " + name + "\n");
        assertEquals(1, run("validate", "--changelog-file", "long.yaml", "--search-path", dir.toString(), "--url",
                "offline:postgresql"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("'" + name + "' is 64 bytes long; the limit is 63"),
                err.toString(StandardCharsets.UTF_8));
        assertEquals(0, run("validate", "--changelog-file", "long.yaml", "--search-path", dir.toString(), "--url",
                "offline:oracle?version=19"));
        assertEquals(1, run("validate", "--changelog-file", "long.yaml", "--search-path", dir.toString(), "--url",
                "offline:oracle?version=12.1"));
        assertFalse(err.toString(StandardCharsets.UTF_8).isEmpty());
    }
}
