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
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new Main(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                Map.of()).run(args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void help_listsTheCommands() {
        assertEquals(0, run("--help"));
        assertTrue(out().contains("validate"), out());
        assertTrue(out().contains("--changelog-file"), out());
    }

    @Test
    void validate_validChangelogPrintsSummaryAndExitsZero() throws IOException {
        Files.writeString(dir.resolve("ok.yaml"), "databaseChangeLog:\n  - changeSet:\n      id: 1\n      author: a\n"
                + "      changes:\n        - sql:\n            sql: select 1\n");
        assertEquals(0, run("validate", "--changelog-file", "ok.yaml", "--search-path", dir.toString()));
        assertEquals("Changelog ok.yaml is valid: 1 changeset in 1 file.\n", out());
        assertEquals("", err());
    }

    @Test
    void validate_commandMayFollowTheOptions_andReportsEveryErrorWithoutStackTraces() throws IOException {
        Files.writeString(dir.resolve("bad.yaml"), "databaseChangeLog:\n  - changeSet:\n      id: 1\n      author: a\n"
                + "      changes:\n        - createTabel:\n            tableName: t\n        - dropTable: {}\n");
        assertEquals(1, run("--changelog-file=bad.yaml", "--search-path=" + dir, "validate"));
        assertEquals(String.join("\n",
                "bad.yaml:6:11: error TM101: unknown change type 'createTabel'; did you mean 'createTable'? [changeset 1::a]",
                "bad.yaml:8:11: error TM104: dropTable needs 'tableName' [changeset 1::a]",
                "2 errors, 0 warnings",
                "Changelog bad.yaml is not valid.", ""), err());
        assertFalse(err().contains("Exception"));
    }

    @Test
    void strict_turnsWarningsIntoErrors() throws IOException {
        Files.writeString(dir.resolve("w.yaml"), "databaseChangeLog:\n  - changeSet:\n      id: 1\n      author: a\n"
                + "      changes:\n        - dropTable:\n            tableName: t\n            cascade: true\n");
        assertEquals(0, run("validate", "--changelog-file", "w.yaml", "--search-path", dir.toString()));
        assertTrue(err().contains("warning TM102: unknown attribute 'cascade' of dropTable; did you mean 'cascadeConstraints'?"), err());
        assertEquals(1, run("validate", "--changelog-file", "w.yaml", "--search-path", dir.toString(), "--strict"));
    }

    @Test
    void usageErrors_exitTwo() {
        assertEquals(2, run("validate"));
        assertTrue(err().contains("error TM200 --changelog-file is required"), err());
        assertEquals(2, run("frobnicate"));
        assertEquals(2, run("validate", "--no-such-flag"));
    }

    @Test
    void parameters_reachTheChangelog() throws IOException {
        Files.writeString(dir.resolve("p.yaml"), "databaseChangeLog:\n  - changeSet:\n      id: 1\n      author: a\n"
                + "      changes:\n        - dropTable:\n            tableName: ${t}\n");
        assertEquals(0, run("validate", "--changelog-file", "p.yaml", "--search-path", dir.toString(), "-Dt=person"));
        assertEquals("", err());
    }

    @Test
    void convert_writesEveryIncludedFileInTheNewFormat_andTheResultValidates() throws IOException {
        Files.createDirectories(dir.resolve("db"));
        Files.writeString(dir.resolve("db/main.yaml"), "databaseChangeLog:\n  - include:\n      file: tables.json\n"
                + "      relativeToChangelogFile: true\n");
        Files.writeString(dir.resolve("db/tables.json"), "{\"databaseChangeLog\": [ {\"changeSet\": {\"id\": \"1\", \"author\": \"a\","
                + " \"changes\": [ {\"createTable\": {\"tableName\": \"t\", \"columns\": [ {\"column\": {\"name\": \"id\", \"type\": \"int\"}} ]}} ]}} ]}");
        Path out = dir.resolve("out/main.xml");
        assertEquals(0, run("convert", "--changelog-file", "db/main.yaml", "--search-path", dir.toString(), "--format", "xml",
                "--output-file", out.toString()));
        assertTrue(Files.exists(dir.resolve("out/tables.xml")), out());
        assertTrue(Files.readString(out).contains("<include file=\"tables.xml\""), Files.readString(out));
        this.out.reset();
        assertEquals(0, run("validate", "--changelog-file", "main.xml", "--search-path", dir.resolve("out").toString()));
        assertEquals("Changelog main.xml is valid: 1 changeset in 2 files.\n", out());
    }

    @Test
    void convert_refusesUnknownFormat() {
        assertEquals(2, run("convert", "--changelog-file", "x.yaml", "--format", "toml", "--output-file", "o"));
        assertTrue(err().contains("--format must be yaml, json, xml or sql, not 'toml'"), err());
    }

    /** Scripts written for Liquibase 3 and early 4 use camel-case command and option names; they run unchanged. */
    @Test
    void liquibaseCamelCaseSpellings_meanTheSameCommandsAndOptions() throws IOException {
        Files.writeString(dir.resolve("p.yaml"), "databaseChangeLog:\n  - changeSet:\n      id: 1\n      author: a\n"
                + "      changes:\n        - dropTable:\n            tableName: person\n");
        assertEquals(0, run("calculate-checksum", "--changelog-file", "p.yaml", "--search-path", dir.toString(), "--url",
                "offline:postgresql", "--changeset-identifier", "p.yaml::1::a"));
        String kebab = out();
        assertTrue(kebab.startsWith("9:"), kebab);
        out.reset();
        assertEquals(0, run("--changeLogFile=p.yaml", "calculateCheckSum", "--searchPath", dir.toString(), "--URL",
                "offline:postgresql", "--changesetIdentifier", "p.yaml::1::a"), err());
        assertEquals(kebab, out());
        out.reset();
        assertEquals(0, run("updateSQL", "--changeLogFile", "p.yaml", "--searchPath", dir.toString(), "--url", "offline:postgresql"),
                err());
        assertTrue(out().contains("DROP TABLE person"), out());
        assertEquals(2, run("updateSQL", "--changeLogFiles", "p.yaml"));
        assertTrue(err().contains("Unrecognized option: --changeLogFiles"), err());
    }
}
