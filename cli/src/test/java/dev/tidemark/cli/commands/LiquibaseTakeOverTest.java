package dev.tidemark.cli.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tidemark.cli.db.TestDatabases;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Tidemark taking over databases that Liquibase 4.33.0 manages, and handing them back, on a
 * changelog of many change types in four formats (src/test/resources/interop): sql with
 * dbms-filtered changes, sqlFile with a property, createView from text and from a file,
 * createProcedure, loadData and loadUpdateData from CSV, modifySql, runOnChange, validCheckSum.
 * Where both tools take the same steps on two databases, their history rows must be equal; the
 * columns that say who wrote a row and when (LIQUIBASE, DATEEXECUTED, DEPLOYMENT_ID) aside.
 */
class LiquibaseTakeOverTest {
    static final Path FIXTURE = Path.of("src", "test", "resources", "interop").toAbsolutePath();
    static final String CHANGELOG = "changelog.yaml";
    /** History rows as both tools must write them. */
    static final String HISTORY = "SELECT ID, AUTHOR, FILENAME, ORDEREXECUTED, EXECTYPE, MD5SUM, DESCRIPTION, COALESCE(COMMENTS, ''),"
            + " TAG, CONTEXTS, LABELS FROM DATABASECHANGELOG ORDER BY ORDEREXECUTED";
    /** Every column: a run that does nothing leaves all of them alone. */
    static final String ALL_COLUMNS = "SELECT * FROM DATABASECHANGELOG ORDER BY ORDEREXECUTED";
    static final String CHECKSUMS = "SELECT FILENAME, ID, AUTHOR, MD5SUM FROM DATABASECHANGELOG ORDER BY ORDEREXECUTED";
    /** 21 changesets in base, less two of the createProcedure changesets 40 to 42 (one per database). */
    static final int ROWS = 19;
    /** What the changesets leave in the tables, for comparing two databases of a kind. */
    static final List<String> DATA = List.of(
            "SELECT code, name FROM im_country ORDER BY code",
            "SELECT id, name, country, active FROM im_customer ORDER BY id",
            "SELECT id, total FROM im_report ORDER BY id",
            "SELECT * FROM im_customer_names ORDER BY id",
            "SELECT country, customers FROM im_customer_summary ORDER BY country");

    @TempDir
    Path dir;
    /** Liquibase's own files (its offline databases' history). */
    @TempDir
    Path scratch;

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "mariadb", "h2"})
    void takeOver_tidemarkFindsNothingToDo_thenAppliesNewChangeSetsAsLiquibaseWould(String dbms) throws Exception {
        try (TestDatabases.Scratch reference = TestDatabases.scratch(dbms); TestDatabases.Scratch db = TestDatabases.scratch(dbms)) {
            lay("base");
            Cli cli = new Cli(dir, db.url());
            liquibase("update", reference);
            liquibase("update", db);
            assertEquals(ROWS, Cli.query(db, HISTORY).size(), "rows Liquibase wrote");
            List<List<String>> before = Cli.query(db, ALL_COLUMNS);

            Cli.Result status = cli.run("status", "--changelog-file", CHANGELOG, "--verbose");
            assertEquals(0, status.code(), status.toString());
            assertTrue(status.out().endsWith(" is up to date\n"), status.toString());
            Cli.Result validate = cli.run("validate", "--changelog-file", CHANGELOG);
            assertEquals(0, validate.code(), validate.toString());
            Cli.Result update = cli.run("update", "--changelog-file", CHANGELOG);
            assertEquals(0, update.code(), update.toString());
            assertTrue(update.out().contains(": 0 changesets applied, "), update.toString());
            assertEquals(before, Cli.query(db, ALL_COLUMNS), "Tidemark's update changed no history row");

            lay("next");
            List<String> pending = List.of("     parts/customers.xml::15::lb", "     parts/reports.sql::31::lb",
                    "     parts/reports.sql::33::lb", "     changelog.yaml::50::tm", "     changelog.yaml::51::tm");
            assertEquals(pending, pendingByLiquibase(db), "Liquibase's own view of what is pending");
            assertEquals(pending, cli.run("status", "--changelog-file", CHANGELOG, "--verbose").out().lines().skip(1).toList());
            Cli.Result next = cli.run("update", "--changelog-file", CHANGELOG);
            assertEquals(0, next.code(), next.toString());
            assertTrue(next.out().contains(": 5 changesets applied, "), next.toString());
            liquibase("update", reference);

            assertEquals(Cli.query(reference, HISTORY), Cli.query(db, HISTORY),
                    "the rows Liquibase would have written (ORDEREXECUTED, RERAN, checksums) after runOnChange, validCheckSum and appends");
            int lastOfLiquibase = before.size();
            assertEquals(List.of(List.of("50", "EXECUTED", String.valueOf(lastOfLiquibase + 4)),
                    List.of("51", "EXECUTED", String.valueOf(lastOfLiquibase + 5))),
                    Cli.query(db, "SELECT ID, EXECTYPE, ORDEREXECUTED FROM DATABASECHANGELOG WHERE AUTHOR = 'tm' ORDER BY ID"));
            assertEquals(List.of(List.of("15", "RERAN"), List.of("31", "RERAN")),
                    Cli.query(db, "SELECT ID, EXECTYPE FROM DATABASECHANGELOG WHERE EXECTYPE = 'RERAN' ORDER BY ID"));
            assertSameData(reference, db);
            assertEquals(List.of(List.of("DEU")), Cli.query(db, "SELECT iso3 FROM im_country WHERE code = 'DE'"));

            assertLiquibaseFindsNothingToDo(db);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "mariadb", "h2"})
    void handBack_liquibaseFindsNothingToDo_afterTidemarkApplied(String dbms) throws Exception {
        try (TestDatabases.Scratch reference = TestDatabases.scratch(dbms); TestDatabases.Scratch db = TestDatabases.scratch(dbms)) {
            lay("base");
            liquibase("update", reference);
            Cli.Result update = new Cli(dir, db.url()).run("update", "--changelog-file", CHANGELOG);
            assertEquals(0, update.code(), update.toString());
            assertEquals(Cli.query(reference, HISTORY), Cli.query(db, HISTORY), "Tidemark wrote the rows Liquibase writes");
            assertSameData(reference, db);
            assertLiquibaseFindsNothingToDo(db);

            lay("next");
            liquibase("update", reference);
            liquibase("update", db);
            assertEquals(Cli.query(reference, HISTORY), Cli.query(db, HISTORY), "Liquibase went on from Tidemark's history");
            assertSameData(reference, db);
        }
    }

    /**
     * A history an older Liquibase (3.5 to 4.21) wrote holds 8: checksums: Tidemark verifies them
     * with that algorithm, rewrites them as 9:, and Liquibase 4.33 accepts the result. Cleared
     * (NULL) checksums are filled, whichever tool cleared them.
     */
    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "mariadb", "h2"})
    void olderChecksums_areUpgraded_andNullOnesFilled_inAWayLiquibaseAccepts(String dbms) throws Exception {
        try (TestDatabases.Scratch reference = TestDatabases.scratch(dbms); TestDatabases.Scratch db = TestDatabases.scratch(dbms)) {
            lay("base");
            Cli cli = new Cli(dir, db.url());
            liquibase("update", db);
            liquibase("update", reference);
            List<List<String>> current = Cli.query(db, CHECKSUMS);
            Map<String, LiquibaseOracle.Sums> liquibaseSums = LiquibaseOracle.checkSums(dir, CHANGELOG, dbms, scratch);
            writeVersion8CheckSums(db, liquibaseSums);
            writeVersion8CheckSums(reference, liquibaseSums);
            liquibase("update", reference);
            assertEquals(current, Cli.query(reference, CHECKSUMS), "Liquibase 4.33 itself upgrades every row");

            Cli.Result validate = cli.run("validate", "--changelog-file", CHANGELOG);
            assertEquals(0, validate.code(), "8: checksums are checked with the older algorithm: " + validate);
            Cli.Result update = cli.run("update", "--changelog-file", CHANGELOG);
            assertEquals(0, update.code(), update.toString());
            assertTrue(update.out().contains(": 0 changesets applied, "), update.toString());
            assertEquals(current, Cli.query(db, CHECKSUMS), "every row upgraded to Liquibase 4.33's 9: checksum");
            assertLiquibaseFindsNothingToDo(db);

            liquibase("clearChecksums", db);
            assertEquals(List.of(List.of(String.valueOf(current.size()))),
                    Cli.query(db, "SELECT COUNT(*) FROM DATABASECHANGELOG WHERE MD5SUM IS NULL"));
            assertEquals(0, cli.run("update", "--changelog-file", CHANGELOG).code());
            assertEquals(current, Cli.query(db, CHECKSUMS), "Tidemark filled the checksums Liquibase cleared");
            assertLiquibaseFindsNothingToDo(db);

            assertEquals(0, cli.run("clear-checksums").code());
            liquibase("update", db);
            assertEquals(current, Cli.query(db, CHECKSUMS), "Liquibase filled the checksums Tidemark cleared");
        }
    }

    /**
     * calculate-checksum prints what Liquibase's update stored, and what Liquibase's calculateChecksum
     * prints, except where that command disagrees with Liquibase's own update: it evaluates dbms
     * attributes without a database (every sql, sqlFile, createProcedure or insert with a dbms is
     * left out) and keeps modifySql blocks of other databases. Tidemark prints the value update
     * stores and validate compares (docs/coming-from-liquibase.md).
     */
    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "mariadb", "h2"})
    void calculateChecksum_printsWhatLiquibaseStored_andWhatItsCalculateChecksumPrints(String dbms) throws Exception {
        String procedure = "parts/more.json::4" + (dbms.equals("postgresql") ? "0" : dbms.equals("mariadb") ? "1" : "2") + "::lb";
        // formatted SQL, loadData, loadUpdateData, sqlFile, createView from a file, createProcedure, modifySql, dbms-filtered changes
        List<String> identifiers = List.of("parts/reports.sql::31::lb", CHANGELOG + "::2::lb", CHANGELOG + "::3::lb",
                "parts/customers.xml::12::lb", "parts/customers.xml::16::lb", procedure, "parts/customers.xml::10::lb",
                "parts/customers.xml::11::lb", "parts/more.json::44::lb");
        List<String> liquibaseDisagreesWithItself = new ArrayList<>(List.of("parts/customers.xml::11::lb", "parts/more.json::44::lb"));
        if (!dbms.equals("mariadb")) {
            liquibaseDisagreesWithItself.add("parts/customers.xml::10::lb"); // its modifySql block is MariaDB's
        }
        try (TestDatabases.Scratch db = TestDatabases.scratch(dbms)) {
            lay("base");
            Cli cli = new Cli(dir, db.url());
            liquibase("update", db);
            Map<String, String> stored = new java.util.HashMap<>();
            for (List<String> row : Cli.query(db, CHECKSUMS)) {
                stored.put(row.get(0) + "::" + row.get(1) + "::" + row.get(2), row.get(3));
            }
            List<String> differences = new ArrayList<>();
            for (String identifier : identifiers) {
                String theirs = LiquibaseOracle.result(dir, "calculateChecksum", db.url(),
                        Map.of("changelogFile", CHANGELOG, "changesetIdentifier", identifier), "checksumResult");
                Cli.Result ours = cli.run("calculate-checksum", "--changelog-file", CHANGELOG, "--changeset-identifier", identifier);
                if (!ours.out().equals(stored.get(identifier) + "\n")) {
                    differences.add(identifier + ": stored " + stored.get(identifier) + ", Tidemark " + ours);
                }
                if (liquibaseDisagreesWithItself.contains(identifier) == theirs.equals(stored.get(identifier))) {
                    differences.add(identifier + ": stored " + stored.get(identifier) + ", Liquibase's calculateChecksum " + theirs);
                }
            }
            assertEquals("", String.join("\n", differences));
        }
    }

    /** An edit without runOnChange or validCheckSum: both tools refuse; Tidemark names the place and both checksums. */
    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "h2"})
    void editedChangeSet_isAValidationErrorForBoth(String dbms) throws Exception {
        try (TestDatabases.Scratch db = TestDatabases.scratch(dbms)) {
            lay("base");
            liquibase("update", db);
            String stored = Cli.query(db, "SELECT MD5SUM FROM DATABASECHANGELOG WHERE ID = '30'").get(0).get(0);
            Path reports = dir.resolve("parts/reports.sql");
            Files.writeString(reports, Files.readString(reports).replace("total DECIMAL(10,2)", "total DECIMAL(12,2)"));
            String now = LiquibaseOracle.checkSums(dir, CHANGELOG, dbms, scratch).get("parts/reports.sql::30::lb").v9();

            Cli.Result validate = new Cli(dir, db.url()).run("validate", "--changelog-file", CHANGELOG);
            assertEquals(1, validate.code(), validate.toString());
            assertTrue(validate.err().startsWith("parts/reports.sql:3:1: error TM119: checksum changed for parts/reports.sql::30::lb:"
                    + " was " + stored + " but is now " + now + " "), validate.toString());
            Exception theirs = org.junit.jupiter.api.Assertions.assertThrows(Exception.class, () -> liquibase("validate", db));
            assertTrue(String.valueOf(theirs.getMessage()).contains("parts/reports.sql::30::lb was: " + stored + " but is now: " + now),
                    String.valueOf(theirs.getMessage()));
        }
    }

    /** A runAlways changeset runs on every update, by either tool, and is recorded as Liquibase records it. */
    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "mariadb", "h2"})
    void runAlways_rerunsAfterLiquibase_asLiquibaseWould(String dbms) throws Exception {
        try (TestDatabases.Scratch reference = TestDatabases.scratch(dbms); TestDatabases.Scratch db = TestDatabases.scratch(dbms)) {
            new Cli(dir, null).write("always.yaml", String.join("\n",
                    "databaseChangeLog:",
                    "  - changeSet:",
                    "      id: counter",
                    "      author: lb",
                    "      changes:",
                    "        - createTable: {tableName: im_runs, columns: [{column: {name: n, type: int}}]}",
                    "  - changeSet:",
                    "      id: count",
                    "      author: lb",
                    "      runAlways: true",
                    "      changes:",
                    "        - sql: insert into im_runs (n) values (1)",
                    ""));
            Cli cli = new Cli(dir, db.url());
            LiquibaseOracle.run(dir, "update", reference.url(), Map.of("changelogFile", "always.yaml"));
            LiquibaseOracle.run(dir, "update", db.url(), Map.of("changelogFile", "always.yaml"));
            String theirs = LiquibaseOracle.run(dir, "status", db.url(), Map.of("changelogFile", "always.yaml", "verbose", Boolean.TRUE));
            Cli.Result ours = cli.run("status", "--changelog-file", "always.yaml", "--verbose");
            assertEquals(List.of("     always.yaml::count::lb"), ours.out().lines().skip(1).toList(), ours.toString());
            assertEquals(ours.out().lines().skip(1).toList(), theirs.lines().skip(1).filter(l -> !l.isBlank()).toList(), theirs);

            LiquibaseOracle.run(dir, "update", reference.url(), Map.of("changelogFile", "always.yaml"));
            assertEquals(0, cli.run("update", "--changelog-file", "always.yaml").code());
            assertEquals(Cli.query(reference, HISTORY), Cli.query(db, HISTORY));
            assertEquals(List.of(List.of("count", "RERAN", "3")),
                    Cli.query(db, "SELECT ID, EXECTYPE, ORDEREXECUTED FROM DATABASECHANGELOG WHERE ID = 'count'"));
            assertEquals(List.of(List.of("2")), Cli.query(db, "SELECT COUNT(*) FROM im_runs"));
        }
    }

    /** Rewrites every history row as Liquibase 3.5 to 4.21 would have written it: the 8: checksum Liquibase computes. */
    private static void writeVersion8CheckSums(TestDatabases.Scratch db, Map<String, LiquibaseOracle.Sums> sums) throws SQLException {
        List<List<String>> rows = Cli.query(db, CHECKSUMS);
        int rewritten = 0;
        try (Connection c = db.connect(); PreparedStatement st = c.prepareStatement(
                "UPDATE DATABASECHANGELOG SET MD5SUM = ?, LIQUIBASE = '4.21.1' WHERE FILENAME = ? AND ID = ? AND AUTHOR = ?")) {
            for (List<String> row : rows) {
                st.setString(1, sums.get(row.get(0) + "::" + row.get(1) + "::" + row.get(2)).v8());
                st.setString(2, row.get(0));
                st.setString(3, row.get(1));
                st.setString(4, row.get(2));
                rewritten += st.executeUpdate();
            }
        }
        assertEquals(rows.size(), rewritten);
        assertEquals(List.of(List.of(String.valueOf(rows.size()))),
                Cli.query(db, "SELECT COUNT(*) FROM DATABASECHANGELOG WHERE MD5SUM LIKE '8:%'"));
    }

    /** Copies the fixture's {@code base} or {@code next} files over the test's folder. */
    private void lay(String version) {
        Path from = FIXTURE.resolve(version);
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path to = dir.resolve(from.relativize(file).toString());
                Files.createDirectories(to.getParent());
                Files.copy(file, to, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void liquibase(String command, TestDatabases.Scratch db) throws Exception {
        LiquibaseOracle.run(dir, command, db.url(), Map.of("changelogFile", CHANGELOG));
    }

    /** The changesets Liquibase's status lists, as its verbose lines. */
    private List<String> pendingByLiquibase(TestDatabases.Scratch db) throws Exception {
        String status = LiquibaseOracle.run(dir, "status", db.url(), Map.of("changelogFile", CHANGELOG, "verbose", Boolean.TRUE));
        return status.lines().skip(1).filter(l -> !l.isBlank()).toList();
    }

    /** Liquibase's status, validate and update on the database: nothing pending, valid, and no row touched. */
    private void assertLiquibaseFindsNothingToDo(TestDatabases.Scratch db) throws Exception {
        String status = LiquibaseOracle.run(dir, "status", db.url(), Map.of("changelogFile", CHANGELOG, "verbose", Boolean.TRUE));
        assertTrue(status.trim().endsWith("is up to date"), db + ": " + status);
        liquibase("validate", db);
        List<List<String>> before = Cli.query(db, ALL_COLUMNS);
        liquibase("update", db);
        assertEquals(before, Cli.query(db, ALL_COLUMNS), "Liquibase's update ran nothing and rewrote no checksum");
    }

    private static void assertSameData(TestDatabases.Scratch reference, TestDatabases.Scratch db) throws SQLException {
        for (String query : DATA) {
            assertEquals(Cli.query(reference, query), Cli.query(db, query), query);
        }
        assertEquals(80, nameLength(db), "modifySql widened im_customer.name");
        assertEquals(nameLength(reference), nameLength(db));
    }

    private static int nameLength(TestDatabases.Scratch db) throws SQLException {
        try (Connection c = db.connect()) {
            for (String table : List.of("im_customer", "IM_CUSTOMER")) {
                try (ResultSet rs = c.getMetaData().getColumns(db.catalogForMetadata(), db.schemaForMetadata(), table, null)) {
                    while (rs.next()) {
                        if (rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT).equals("name")) {
                            return rs.getInt("COLUMN_SIZE");
                        }
                    }
                }
            }
        }
        throw new AssertionError("no im_customer.name in " + db);
    }
}
