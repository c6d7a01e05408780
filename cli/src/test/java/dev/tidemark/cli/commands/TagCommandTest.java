package dev.tidemark.cli.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tidemark.cli.db.TestDatabases;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TagCommandTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql", "mariadb"})
    void tag_setsTheTagOnTheNewestRowOnly_andTagExistsFindsIt(String dbms) throws Exception {
        try (TestDatabases.Scratch db = TestDatabases.scratch(dbms)) {
            Cli cli = new Cli(dir, db.url()).write("changelog.yaml", Cli.CHANGELOG);
            assertEquals(0, cli.run("update", "--changelog-file", "changelog.yaml").code());
            Cli.Result missing = cli.run("tag-exists", "--tag", "release-2");
            assertEquals(0, missing.code(), missing.toString());
            assertTrue(missing.out().matches("The tag 'release-2' does NOT exist in '\\S*" + java.util.regex.Pattern.quote(db.url())
                    + "'\\.\n"), missing.toString());

            Cli.Result tagged = cli.run("tag", "--tag", "release-2");
            assertEquals(0, tagged.code(), tagged.toString());
            assertTrue(tagged.out().startsWith("Successfully tagged '") && tagged.out().endsWith(db.url() + "'\n"), tagged.toString());
            assertEquals(List.of(List.of("1", ""), List.of("2", ""), List.of("3", "v1"), List.of("4", "release-2")),
                    Cli.query(db, "SELECT ID, COALESCE(TAG, '') FROM DATABASECHANGELOG ORDER BY ORDEREXECUTED"));
            assertEquals(List.of(List.of("0")), Cli.query(db, "SELECT COUNT(*) FROM DATABASECHANGELOGLOCK WHERE LOCKEDBY IS NOT NULL"),
                    "the lock is released");

            Cli.Result found = cli.run("tag-exists", "--tag", "release-2");
            assertTrue(found.out().startsWith("The tag 'release-2' already exists in '"), found.toString());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql", "mariadb"})
    void tag_onAnEmptyHistory_writesLiquibasesPlaceholderRowWithTheTag(String dbms) throws Exception {
        try (TestDatabases.Scratch db = TestDatabases.scratch(dbms)) {
            Cli cli = new Cli(dir, db.url());
            long before = System.currentTimeMillis();
            Cli.Result r = cli.run("tag", "--tag", "baseline");
            assertEquals(0, r.code(), r.toString());
            List<List<String>> rows = Cli.query(db, "SELECT ID, AUTHOR, FILENAME, ORDEREXECUTED, EXECTYPE, MD5SUM, DESCRIPTION,"
                    + " COMMENTS, TAG, LIQUIBASE FROM DATABASECHANGELOG");
            assertEquals(1, rows.size());
            List<String> row = rows.get(0);
            long id = Long.parseLong(row.get(0));
            assertTrue(id >= before && id <= System.currentTimeMillis(), "ID is the time in milliseconds: " + id);
            assertEquals(List.of("liquibase", "liquibase-internal", "1", "EXECUTED", "9:d41d8cd98f00b204e9800998ecf8427e", "empty",
                    "baseline", "tidemark-0.1.0"), List.of(row.get(1), row.get(2), row.get(3), row.get(4), row.get(5), row.get(6),
                    row.get(8), row.get(9)));
            assertTrue(row.get(7) == null || row.get(7).isEmpty(), "COMMENTS is empty: " + row.get(7));
            assertTrue(cli.run("tag-exists", "--tag", "baseline").out().startsWith("The tag 'baseline' already exists"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2"})
    void tag_withoutATag_isAUsageError(String dbms) throws Exception {
        try (TestDatabases.Scratch db = TestDatabases.scratch(dbms)) {
            Cli.Result r = new Cli(dir, db.url()).run("tag");
            assertEquals(2, r.code());
            assertEquals("error TM200 --tag is required\n", r.err());
        }
    }
}
