package dev.tidemark.cli.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tidemark.cli.db.TestDatabases;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** validate against a live database: the changelog's checks plus the stored checksums. */
class ValidateCommandTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql", "mariadb"})
    void liveUrl_reportsEveryEditedChangeSetAtItsPlace_andWritesNothing(String dbms) throws Exception {
        try (TestDatabases.Scratch db = TestDatabases.scratch(dbms)) {
            Cli cli = new Cli(dir, db.url()).write("changelog.yaml", Cli.CHANGELOG);
            Cli.Result fresh = cli.run("validate", "--changelog-file", "changelog.yaml");
            assertEquals(0, fresh.code(), fresh.toString());
            assertEquals("Changelog changelog.yaml is valid: 4 changesets in 1 file; no checksum differs from the 0 history rows in "
                    + db.url() + ".\n", fresh.out());
            assertEquals(List.of(), Cli.tables(db), "validate creates nothing");

            assertEquals(0, cli.run("update", "--changelog-file", "changelog.yaml").code());
            List<List<String>> before = Cli.query(db, "SELECT ID, MD5SUM FROM DATABASECHANGELOG ORDER BY ORDEREXECUTED");
            cli.write("changelog.yaml", Cli.CHANGELOG.replace("varchar(50)", "varchar(80)").replace("tableName: pet", "tableName: pets"));
            Cli.Result edited = cli.run("validate", "--changelog-file", "changelog.yaml");
            assertEquals(1, edited.code(), edited.toString());
            assertEquals("", edited.out());
            List<String> lines = edited.err().lines().toList();
            assertEquals(4, lines.size(), edited.err());
            assertTrue(lines.get(0).startsWith("changelog.yaml:10:5: error TM119: checksum changed for changelog.yaml::2::a: was "
                    + before.get(1).get(1) + " but is now 9:"), lines.get(0));
            assertTrue(lines.get(0).endsWith("[changeset 2::a]"), lines.get(0));
            assertTrue(lines.get(1).startsWith("changelog.yaml:24:5: error TM119: checksum changed for changelog.yaml::4::b"), lines.get(1));
            assertEquals("2 errors, 0 warnings", lines.get(2));
            assertTrue(lines.get(3).startsWith("Changelog changelog.yaml is not valid for "), lines.get(3));
            assertEquals(before, Cli.query(db, "SELECT ID, MD5SUM FROM DATABASECHANGELOG ORDER BY ORDEREXECUTED"), "nothing written");

            Cli.Result json = cli.run("validate", "--changelog-file", "changelog.yaml", "--output-format", "json");
            assertEquals(1, json.code());
            assertTrue(json.out().startsWith("{\"command\":\"validate\",\"changelog\":\"changelog.yaml\",\"database\":\"" + db.url()
                    + "\",\"valid\":false,\"historyRows\":4,\"errors\":2,\"warnings\":0,\"diagnostics\":[{\"file\":\"changelog.yaml\","
                    + "\"line\":10,\"column\":5,\"severity\":\"error\",\"code\":\"TM119\",\"message\":\"checksum changed for"
                    + " changelog.yaml::2::a: was 9:"), json.out());
            assertTrue(json.out().endsWith("\"changeSet\":\"4::b\"}]}\n"), json.out());
            assertEquals("", json.err(), "JSON carries the diagnostics");
        }
    }

    @Test
    void withoutUrl_jsonSaysValidWithCounts() {
        Cli cli = new Cli(dir, null).write("changelog.yaml", Cli.CHANGELOG);
        Cli.Result r = cli.run("validate", "--changelog-file", "changelog.yaml", "--output-format", "json");
        assertEquals(0, r.code(), r.toString());
        assertEquals("{\"command\":\"validate\",\"changelog\":\"changelog.yaml\",\"database\":null,\"valid\":true,\"changeSets\":4,"
                + "\"files\":1,\"errors\":0,\"warnings\":0,\"diagnostics\":[]}\n", r.out());
    }

    @Test
    void outputFormat_mustBeTextOrJson() {
        Cli.Result r = new Cli(dir, null).write("changelog.yaml", Cli.CHANGELOG)
                .run("validate", "--changelog-file", "changelog.yaml", "--output-format", "yaml");
        assertEquals(2, r.code());
        assertEquals("error TM200 --output-format takes text or json, not 'yaml'\n", r.err());
    }
}
