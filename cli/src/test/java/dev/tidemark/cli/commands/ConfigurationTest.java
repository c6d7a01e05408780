package dev.tidemark.cli.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tidemark.cli.db.TestDatabases;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Settings from flags, then TIDEMARK_* / LIQUIBASE_COMMAND_* variables, then tidemark.properties or liquibase.properties. */
class ConfigurationTest {
    @TempDir
    Path dir;

    /** The URL `history` reports it read: which source won. */
    private static String usedUrl(Cli.Result r) {
        String first = r.out().lines().findFirst().orElse("");
        return first.substring(first.indexOf("jdbc:"));
    }

    @Test
    void precedence_flagThenTidemarkVariableThenLiquibaseVariableThenFile() throws Exception {
        try (TestDatabases.Scratch a = TestDatabases.scratch("h2"); TestDatabases.Scratch b = TestDatabases.scratch("h2");
                TestDatabases.Scratch c = TestDatabases.scratch("h2"); TestDatabases.Scratch d = TestDatabases.scratch("h2")) {
            Cli cli = new Cli(dir, null).write("liquibase.properties", "url: " + a.url() + "\n");
            assertEquals(a.url(), usedUrl(cli.run("history")));
            cli.env("LIQUIBASE_COMMAND_URL", b.url());
            assertEquals(b.url(), usedUrl(cli.run("history")));
            cli.env("TIDEMARK_URL", c.url());
            assertEquals(c.url(), usedUrl(cli.run("history")));
            assertEquals(d.url(), usedUrl(cli.run("history", "--url", d.url())));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void propertiesFile_givesUrlChangelogAndParameters_inAnyKeyForm(String dbms) throws Exception {
        try (TestDatabases.Scratch db = TestDatabases.scratch(dbms)) {
            Cli cli = new Cli(dir, null)
                    .write("db/changelog.yaml", Cli.CHANGELOG.replace("tableName: person", "tableName: ${people}"))
                    .write("tidemark.properties", String.join("\n",
                            "# the database",
                            "liquibase.command.url=" + db.url(),
                            "changeLogFile = changelog.yaml",
                            "SEARCH.PATH: db",
                            "parameter.people=staff",
                            "liquibase.command.updateCount.count=2",
                            "tag=ignored-by-commands-without-tag",
                            ""));
            Cli.Result update = cli.run("update-count");
            assertEquals(0, update.code(), update.toString());
            assertTrue(update.out().contains(": 2 changesets applied"), update.toString());
            assertEquals(List.of("ID", "NAME"), Cli.columns(db, "staff"), "parameter.people reached the changelog");
            Cli.Result status = cli.run("status", "--verbose");
            assertEquals(List.of("     changelog.yaml::3::b", "     changelog.yaml::4::b"), status.out().lines().skip(1).toList(),
                    status.toString());
        }
    }

    @Test
    void commandScopedLiquibaseVariable_appliesToItsCommandOnly() throws Exception {
        try (TestDatabases.Scratch db = TestDatabases.scratch("h2")) {
            Cli cli = new Cli(dir, db.url()).write("changelog.yaml", Cli.CHANGELOG)
                    .env("LIQUIBASE_COMMAND_UPDATE_COUNT_COUNT", "1")
                    .env("LIQUIBASE_COMMAND_CHANGELOG_FILE", "changelog.yaml");
            assertTrue(cli.run("update-count").out().contains(": 1 changeset applied"));
            assertEquals(List.of(List.of("1")), Cli.query(db, "SELECT COUNT(*) FROM DATABASECHANGELOG"));
            assertTrue(cli.run("update").out().contains(": 3 changesets applied"));
        }
    }

    @Test
    void defaultsFile_isReadInsteadOfTheDefaultNames_andMustExist() throws Exception {
        try (TestDatabases.Scratch db = TestDatabases.scratch("h2")) {
            Cli cli = new Cli(dir, null).write("conf/ci.properties", "url=" + db.url() + "\n")
                    .write("liquibase.properties", "url=jdbc:h2:mem:not_this_one\n");
            assertEquals(db.url(), usedUrl(cli.run("history", "--defaults-file", "conf/ci.properties")));
            Cli.Result missing = cli.run("history", "--defaults-file", "conf/none.properties");
            assertEquals(2, missing.code());
            assertEquals("error TM200 the defaults file conf/none.properties (from --defaults-file) does not exist\n", missing.err());
            cli.env("TIDEMARK_DEFAULTS_FILE", "conf/ci.properties");
            assertEquals(db.url(), usedUrl(cli.run("history")));
        }
    }

    @Test
    void unknownKeyInTheFile_isAnErrorNamingFileAndLine() {
        Cli cli = new Cli(dir, null).write("liquibase.properties", "url=jdbc:h2:mem:x\n\nchangelog-fiel=a.yaml\n");
        Cli.Result r = cli.run("status");
        assertEquals(2, r.code());
        assertEquals("error liquibase.properties:3:1: TM200 unknown setting 'changelog-fiel'; did you mean 'changelog-file'? (settings"
                + " are the long command-line options without '--', and parameter.<name> for changelog parameters)\n", r.err());
    }

    @Test
    void keySetTwice_isAnError() {
        Cli.Result r = new Cli(dir, null).write("tidemark.properties", "url=a\nURL=b\n").run("history");
        assertEquals(2, r.code());
        assertEquals("error tidemark.properties:2:1: TM200 'URL' is set twice (first on line 1)\n", r.err());
    }

    @Test
    void liquibaseOnlyKey_isAWarning_andTheCommandRuns() throws Exception {
        try (TestDatabases.Scratch db = TestDatabases.scratch("h2")) {
            Cli.Result r = new Cli(dir, null).write("liquibase.properties", "classpath=lib/ojdbc.jar\nurl=" + db.url() + "\n").run("history");
            assertEquals(0, r.code(), r.toString());
            assertEquals("warning: liquibase.properties:1:1: 'classpath' has no effect in Tidemark (Tidemark bundles the JDBC drivers"
                    + " it supports); ignored\n", r.err());
        }
    }

    @Test
    void unknownTidemarkVariable_isAnError_unknownLiquibaseVariableAWarning() throws Exception {
        try (TestDatabases.Scratch db = TestDatabases.scratch("h2")) {
            Cli.Result error = new Cli(dir, db.url()).env("TIDEMARK_URLL", "x").run("history");
            assertEquals(2, error.code());
            assertEquals("error TM200 environment variable TIDEMARK_URLL is not a Tidemark setting; did you mean TIDEMARK_URL?\n",
                    error.err());
            Cli.Result warned = new Cli(dir, db.url()).env("LIQUIBASE_LOG_LEVEL", "FINE").env("LIQUIBASE_HOME", "/opt/lb")
                    .env("TIDEMARK_DEBUG", "1").env("TIDEMARK_TEST_POSTGRES_URL", "jdbc:x").run("history");
            assertEquals(0, warned.code(), warned.toString());
            assertEquals("warning: environment variable LIQUIBASE_LOG_LEVEL is not a setting Tidemark knows; ignored\n", warned.err());
        }
    }

    @Test
    void password_isNeverPrinted_fromTheFileOrTheUrl() {
        String secret = "hunter2-secret";
        String name = "tm_pw_" + System.nanoTime();
        Cli fromFile = new Cli(dir, null).write("changelog.yaml", Cli.CHANGELOG).write("tidemark.properties",
                "url=jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1\nusername=sa\npassword=" + secret + "\nchangelog-file=changelog.yaml\n");
        Cli.Result r = fromFile.run("status");
        assertEquals(0, r.code(), r.toString());
        assertEquals("4 changesets have not been applied to sa@jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1\n", r.out());
        Cli.Result inUrl = new Cli(dir, "jdbc:h2:mem:" + name + ";USER=sa;PASSWORD=" + secret).env("TIDEMARK_PASSWORD", secret)
                .run("history");
        assertEquals(0, inUrl.code(), inUrl.toString());
        assertEquals("History of sa@jdbc:h2:mem:" + name + ";USER=sa;PASSWORD=***", inUrl.out().lines().findFirst().orElse(""));
        assertFalse((r.out() + r.err() + inUrl.out() + inUrl.err()).contains(secret));
    }

    @Test
    void flagValues_areChecked_andNameTheirSource() throws Exception {
        try (TestDatabases.Scratch db = TestDatabases.scratch("h2")) {
            Cli cli = new Cli(dir, db.url()).write("changelog.yaml", Cli.CHANGELOG).env("TIDEMARK_VERBOSE", "sometimes");
            Cli.Result r = cli.run("status", "--changelog-file", "changelog.yaml");
            assertEquals(2, r.code());
            assertEquals("error TM200 --verbose takes true or false, not 'sometimes' (from TIDEMARK_VERBOSE)\n", r.err());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql", "mariadb"})
    void trackingTableNames_applyToEveryCommand(String dbms) throws Exception {
        try (TestDatabases.Scratch db = TestDatabases.scratch(dbms)) {
            Cli cli = new Cli(dir, db.url()).write("changelog.yaml", Cli.CHANGELOG)
                    .env("TIDEMARK_DATABASE_CHANGELOG_TABLE_NAME", "app_history")
                    .write("liquibase.properties", "databaseChangelogLockTableName=app_lock\n");
            assertEquals(0, cli.run("update-count", "--changelog-file", "changelog.yaml", "--count", "2").code());
            assertEquals(List.of("APP_HISTORY", "APP_LOCK", "PERSON"), Cli.tables(db));
            assertTrue(cli.run("status", "--changelog-file", "changelog.yaml").out().startsWith("2 changesets have not been applied"));
            assertEquals(0, cli.run("tag", "--tag", "t1").code());
            assertEquals(List.of(List.of("2", "t1")), Cli.query(db, "SELECT ID, TAG FROM app_history WHERE TAG IS NOT NULL"));
            assertTrue(cli.run("history").out().contains("| t1  |"));
            assertTrue(cli.run("list-locks").out().endsWith(" - No locks\n"));
            assertEquals(0, cli.run("changelog-sync", "--changelog-file", "changelog.yaml").code());
            assertEquals(0, cli.run("clear-checksums").code());
            assertEquals(0, cli.run("validate", "--changelog-file", "changelog.yaml").code());
            String script = cli.run("update-sql", "--changelog-file", "changelog.yaml").out();
            assertTrue(script.contains("app_lock") || script.contains("APP_LOCK"), script);
            assertEquals(List.of("APP_HISTORY", "APP_LOCK", "PERSON"), Cli.tables(db), "no default-named table appeared");
            assertEquals(0, cli.run("drop-all", "--force").code());
            assertEquals(List.of(), Cli.tables(db));
        }
    }
}
