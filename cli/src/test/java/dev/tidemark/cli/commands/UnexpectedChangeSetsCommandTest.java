package dev.tidemark.cli.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tidemark.cli.db.TestDatabases;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UnexpectedChangeSetsCommandTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql", "mariadb"})
    void rowsWithoutAChangeSet_areCounted_andListedWhenVerbose(String dbms) throws Exception {
        try (TestDatabases.Scratch db = TestDatabases.scratch(dbms)) {
            Cli cli = new Cli(dir, db.url()).write("changelog.yaml", Cli.CHANGELOG);
            assertEquals(0, cli.run("update", "--changelog-file", "changelog.yaml").code());
            Cli.Result none = cli.run("unexpected-changesets", "--changelog-file", "changelog.yaml");
            assertEquals(0, none.code(), none.toString());
            assertTrue(none.out().endsWith(db.url() + " contains no unexpected changes!\n"), none.toString());

            // Changesets 3 and 4 removed from the changelog (another branch ran them).
            cli.write("changelog.yaml", Cli.CHANGELOG.substring(0, Cli.CHANGELOG.indexOf("  - changeSet:\n      id: 3")));
            Cli.Result some = cli.run("unexpected-changesets", "--changelog-file", "changelog.yaml", "--verbose");
            assertEquals(0, some.code(), some.toString());
            List<String> lines = some.out().lines().toList();
            assertTrue(lines.get(0).startsWith("2 unexpected changes were found in ") && lines.get(0).endsWith(db.url()), some.toString());
            assertEquals(List.of("     changelog.yaml::3::b", "     changelog.yaml::4::b"), lines.subList(1, 3));
            assertEquals(1, cli.run("unexpected-changesets", "--changelog-file", "changelog.yaml").out().lines().count());
        }
    }
}
