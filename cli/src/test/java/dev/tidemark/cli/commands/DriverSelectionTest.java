package dev.tidemark.cli.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tidemark.cli.db.TestDatabases;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JDBC driver comes from --driver or the URL's prefix, without DriverManager. */
class DriverSelectionTest {
    @TempDir
    Path dir;

    @Test
    void update_withAMysqlUrl_goesThroughMariaDbConnectorJ() throws Exception {
        try (TestDatabases.Scratch db = TestDatabases.scratch("mariadb")) {
            String mysqlUrl = db.url().replaceFirst("^jdbc:mariadb:", "jdbc:mysql:");
            Cli.Result r = new Cli(dir, mysqlUrl).write("changelog.yaml", Cli.CHANGELOG).run("update", "--changelog-file", "changelog.yaml");
            assertEquals(0, r.code(), r.toString());
            assertEquals(List.of(List.of("4")), Cli.query(db, "SELECT COUNT(*) FROM DATABASECHANGELOG"));
        }
    }

    @Test
    void update_withAnExplicitDriverClass_usesIt_andAnUnknownOneIsAConnectionError() throws Exception {
        try (TestDatabases.Scratch db = TestDatabases.scratch("h2")) {
            Cli cli = new Cli(dir, db.url()).write("changelog.yaml", Cli.CHANGELOG);
            Cli.Result ok = cli.run("update", "--changelog-file", "changelog.yaml", "--driver", "org.h2.Driver");
            assertEquals(0, ok.code(), ok.toString());
            Cli.Result bad = cli.run("status", "--changelog-file", "changelog.yaml", "--driver", "com.example.NoSuchDriver");
            assertEquals(5, bad.code(), bad.toString());
            assertTrue(bad.err().contains("error TM500 cannot load the JDBC driver com.example.NoSuchDriver: it is not on the class path"), bad.toString());
        }
    }
}
