package dev.tidemark.cli.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tidemark.cli.db.TestDatabases;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StatusCommandTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql", "mariadb"})
    void status_countsPendingChangeSetsInWords_andVerboseListsThemAsLiquibaseDoes(String dbms) throws Exception {
        try (TestDatabases.Scratch db = TestDatabases.scratch(dbms)) {
            Cli cli = new Cli(dir, db.url()).write("changelog.yaml", Cli.CHANGELOG);
            Cli.Result fresh = cli.run("status", "--changelog-file", "changelog.yaml");
            assertEquals(0, fresh.code(), fresh.toString());
            assertTrue(fresh.out().matches("4 changesets have not been applied to \\S*" + java.util.regex.Pattern.quote(db.url()) + "\n"),
                    fresh.toString());
            assertEquals(List.of(), Cli.tables(db), "status creates nothing, not even the tracking tables");

            assertEquals(0, cli.run("update-count", "--changelog-file", "changelog.yaml", "--count", "3").code());
            Cli.Result one = cli.run("status", "--changelog-file", "changelog.yaml", "--verbose");
            assertEquals(0, one.code(), one.toString());
            List<String> lines = one.out().lines().toList();
            assertTrue(lines.get(0).startsWith("1 changeset has not been applied to "), one.toString());
            assertEquals(List.of("     changelog.yaml::4::b"), lines.subList(1, lines.size()));

            Cli.Result json = cli.run("status", "--changelog-file", "changelog.yaml", "--output-format", "json");
            assertEquals("{\"command\":\"status\",\"database\":\"" + db.url() + "\",\"upToDate\":false,\"pendingCount\":1,"
                    + "\"pending\":[{\"path\":\"changelog.yaml\",\"id\":\"4\",\"author\":\"b\"}]}\n", json.out());

            assertEquals(0, cli.run("update", "--changelog-file", "changelog.yaml").code());
            Cli.Result done = cli.run("status", "--changelog-file", "changelog.yaml", "--verbose");
            assertTrue(done.out().endsWith(db.url() + " is up to date\n"), done.toString());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void status_countsARunAlwaysChangeSetAsPending_evenAfterItRan(String dbms) throws Exception {
        try (TestDatabases.Scratch db = TestDatabases.scratch(dbms)) {
            Cli cli = new Cli(dir, db.url()).write("always.yaml", "databaseChangeLog:\n  - changeSet:\n      id: a\n      author: x\n"
                    + "      runAlways: true\n      changes:\n        - sql:\n            sql: select 1\n");
            assertEquals(0, cli.run("update", "--changelog-file", "always.yaml").code());
            Cli.Result r = cli.run("status", "--changelog-file", "always.yaml", "--verbose=true");
            assertEquals(List.of("     always.yaml::a::x"), r.out().lines().skip(1).toList(), r.toString());
        }
    }
}
