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

/** clear-checksums and calculate-checksum. */
class CheckSumCommandsTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql", "mariadb"})
    void clearChecksums_nullsEveryMd5sum_andTheNextUpdateFillsThemAgain(String dbms) throws Exception {
        try (TestDatabases.Scratch db = TestDatabases.scratch(dbms)) {
            Cli cli = new Cli(dir, db.url()).write("changelog.yaml", Cli.CHANGELOG);
            assertEquals(0, cli.run("update", "--changelog-file", "changelog.yaml").code());
            List<List<String>> stored = Cli.query(db, "SELECT ID, MD5SUM FROM DATABASECHANGELOG ORDER BY ORDEREXECUTED");
            Cli.Result r = cli.run("clear-checksums");
            assertEquals(0, r.code(), r.toString());
            assertTrue(r.out().startsWith("Cleared the checksums of 4 history rows in "), r.toString());
            assertEquals(List.of(List.of("4")), Cli.query(db, "SELECT COUNT(*) FROM DATABASECHANGELOG WHERE MD5SUM IS NULL"));

            Cli.Result validate = cli.run("validate", "--changelog-file", "changelog.yaml");
            assertEquals(0, validate.code(), "a NULL checksum matches anything: " + validate);
            Cli.Result update = cli.run("update", "--changelog-file", "changelog.yaml");
            assertTrue(update.out().contains("0 changesets applied, 4 already ran"), update.toString());
            assertEquals(stored, Cli.query(db, "SELECT ID, MD5SUM FROM DATABASECHANGELOG ORDER BY ORDEREXECUTED"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void calculateChecksum_printsWhatUpdateStores(String dbms) throws Exception {
        try (TestDatabases.Scratch db = TestDatabases.scratch(dbms)) {
            Cli cli = new Cli(dir, db.url()).write("changelog.yaml", Cli.CHANGELOG);
            assertEquals(0, cli.run("update", "--changelog-file", "changelog.yaml").code());
            String stored = Cli.query(db, "SELECT MD5SUM FROM DATABASECHANGELOG WHERE ID = '2'").get(0).get(0);
            Cli.Result byIdentifier = cli.run("calculate-checksum", "--changelog-file", "changelog.yaml",
                    "--changeset-identifier", "changelog.yaml::2::a");
            assertEquals(0, byIdentifier.code(), byIdentifier.toString());
            assertEquals(stored + "\n", byIdentifier.out());
            Cli.Result byParts = cli.run("calculate-checksum", "--changelog-file", "changelog.yaml", "--changeset-path",
                    "./changelog.yaml", "--changeset-id", "2", "--changeset-author", "a");
            assertEquals(stored + "\n", byParts.out(), byParts.toString());
        }
    }

    @Test
    void calculateChecksum_offline_needsNoDatabase_andNamesWhatIsWrong() {
        Cli cli = new Cli(dir, "offline:postgresql").write("changelog.yaml", Cli.CHANGELOG);
        Cli.Result ok = cli.run("calculate-checksum", "--changelog-file", "changelog.yaml", "--changeset-identifier", "changelog.yaml::1::a");
        assertEquals(0, ok.code(), ok.toString());
        assertTrue(ok.out().matches("9:[0-9a-f]{32}\n"), ok.out());

        Cli.Result both = cli.run("calculate-checksum", "--changelog-file", "changelog.yaml", "--changeset-identifier",
                "changelog.yaml::1::a", "--changeset-id", "1");
        assertEquals(2, both.code());
        assertEquals("error TM200 --changeset-identifier cannot be given with --changeset-path, --changeset-id or"
                + " --changeset-author\n", both.err());
        Cli.Result partial = cli.run("calculate-checksum", "--changelog-file", "changelog.yaml", "--changeset-id", "1");
        assertEquals(2, partial.code());
        assertTrue(partial.err().endsWith("(missing: --changeset-path)\n"), partial.err());
        Cli.Result malformed = cli.run("calculate-checksum", "--changelog-file", "changelog.yaml", "--changeset-identifier", "1::a");
        assertEquals("error TM200 --changeset-identifier takes path::id::author, not '1::a'\n", malformed.err());
        Cli.Result unknown = cli.run("calculate-checksum", "--changelog-file", "changelog.yaml", "--changeset-identifier",
                "changelog.yaml::9::a");
        assertEquals(2, unknown.code());
        assertEquals("error TM200 no changeset changelog.yaml::9::a in changelog.yaml\n", unknown.err());
    }
}
