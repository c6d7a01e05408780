package dev.tidemark.cli.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tidemark.cli.db.TestDatabases;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UpdateJsonTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql", "mariadb"})
    void update_outputFormatJson_isOneObjectWithTheAppliedChangeSets(String dbms) throws Exception {
        try (TestDatabases.Scratch db = TestDatabases.scratch(dbms)) {
            Cli cli = new Cli(dir, db.url()).write("changelog.yaml", Cli.CHANGELOG);
            assertEquals(0, cli.run("update-count", "--changelog-file", "changelog.yaml", "--count", "1").code());
            Cli.Result r = cli.run("update", "--changelog-file", "changelog.yaml", "--output-format", "json");
            assertEquals(0, r.code(), r.toString());
            String json = r.out();
            assertTrue(json.startsWith("{\"command\":\"update\",\"database\":\"" + db.url() + "\",\"dbms\":\"" + dbms + "\",\"applied\":3,"
                    + "\"alreadyRan\":1,\"filtered\":0,\"failedSkipped\":0,\"upgradedCheckSums\":0,\"changeSets\":[{\"path\":"
                    + "\"changelog.yaml\",\"id\":\"2\",\"author\":\"a\",\"milliseconds\":"), json);
            assertTrue(json.contains("{\"path\":\"changelog.yaml\",\"id\":\"4\",\"author\":\"b\",\"milliseconds\":"), json);
            assertTrue(json.matches("\\{.*\"seconds\":[0-9.]+}\n"), json);
            assertEquals(1, json.lines().count());
        }
    }
}
