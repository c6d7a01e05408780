package dev.tidemark.cli.apply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tidemark.Tidemark;
import dev.tidemark.cli.ApplyTestSupport.Run;
import dev.tidemark.cli.apply.Inspection.Row;
import dev.tidemark.cli.db.TestDatabases;
import dev.tidemark.cli.db.TestDatabases.Scratch;
import dev.tidemark.dialect.Dialect;
import dev.tidemark.dialect.Dialects;
import dev.tidemark.formats.ChangeLogFiles;
import dev.tidemark.formats.ChangeLogParser;
import dev.tidemark.formats.ParseOptions;
import dev.tidemark.formats.ParseResult;
import dev.tidemark.history.TrackingTables;
import dev.tidemark.model.ChangeSet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code tidemark update} on live H2, PostgreSQL and MariaDB databases, in this process: the
 * history it writes, what a failing changeset leaves, failOnError, runInTransaction, invalid
 * changelogs, checksum validation and upgrade.
 */
class UpdateLiveTest {
    @TempDir
    Path dir;

    /** Every changeset of changelogs/examples/changelog.yaml in order: id and file. */
    private static final Map<String, String> EXAMPLES = examples();

    private static Map<String, String> examples() {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 1; i <= 6; i++) {
            m.put("catalog-" + i, "db/001-catalog.yaml");
        }
        for (int i = 1; i <= 7; i++) {
            m.put("orders-" + i, "db/002-customers-orders.xml");
        }
        for (int i = 1; i <= 4; i++) {
            m.put("data-" + i, "db/003-reference-data.json");
        }
        m.put("release-1.0", "changelog.yaml");
        for (int i = 1; i <= 3; i++) {
            m.put("reporting-" + i, "db/004-reporting.sql");
        }
        for (int i = 1; i <= 4; i++) {
            m.put("release-1.1-" + i, "db/005-release-1.1.yaml");
        }
        return m;
    }

    /** The examples changelog parsed for the scratch area's database, and the engine that computes its checksums. */
    private record Parsed(List<ChangeSet> changeSets, Tidemark tidemark) {
        static Parsed examples(Area s) throws Exception {
            try (Connection c = s.connect()) {
                Dialect dialect = Dialects.detect(c.getMetaData());
                ParseOptions options = ParseOptions.isolated(Inspection.examples()).withDbms(dialect.shortName());
                ParseResult result = new ChangeLogParser(options).parse("changelog.yaml");
                Tidemark tidemark = new Tidemark(dialect, TrackingTables.defaults(), ChangeLogFiles.of(result, options),
                        result.properties());
                return new Parsed(result.orThrow().changeSets(), tidemark);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"h2", "postgresql", "mariadb"})
    void update_examples_applies25ChangeSetsWithLiquibaseShapedRows_andSecondRunChangesNothing(String db) throws Exception {
        try (Scratch s = TestDatabases.scratch(db)) {
            Area a = Area.of(s);
            Run first = Updates.inProcess(a, Inspection.examples().toString(), "changelog.yaml");
            assertEquals(0, first.exitCode(), first.all());
            assertTrue(first.out().contains(": 25 changesets applied, 0 already ran, 0 filtered out"), first.all());

            List<Row> rows = Inspection.history(a);
            assertEquals(List.copyOf(EXAMPLES.keySet()), rows.stream().map(Row::id).toList());
            assertEquals(List.copyOf(EXAMPLES.values()), rows.stream().map(Row::filename).toList());
            Parsed parsed = Parsed.examples(a);
            for (int i = 0; i < rows.size(); i++) {
                Row r = rows.get(i);
                assertEquals("tidemark", r.author(), r.toString());
                assertEquals(i + 1, r.orderExecuted(), r.toString());
                assertEquals("EXECUTED", r.execType(), r.toString());
                assertEquals(parsed.tidemark().checkSum(parsed.changeSets().get(i)), r.md5sum(), r.toString());
                assertTrue(r.md5sum().matches("9:[0-9a-f]{32}"), r.toString());
                assertEquals(Tidemark.VERSION_COLUMN, r.liquibase(), r.toString());
                assertTrue(r.dateExecuted() != null, r.toString());
            }
            assertEquals(1, rows.stream().map(Row::deploymentId).distinct().count());
            assertTrue(rows.get(0).deploymentId().matches("\\d{10}"), rows.get(0).deploymentId());
            assertEquals("createTable tableName=publisher", rows.get(0).description());
            assertEquals("createSequence sequenceName=order_number_seq", rows.get(8).description());
            assertEquals("loadData tableName=genre", rows.get(13).description());
            assertEquals("tagDatabase", rows.get(17).description());
            assertEquals("v1.0", rows.get(17).tag());
            assertEquals("sql", rows.get(18).description());
            assertEquals("renameColumn newColumnName=display_name, oldColumnName=full_name, tableName=customer",
                    rows.get(24).description());
            assertEquals("demo", rows.get(16).contexts());
            assertEquals("sample-data", rows.get(20).labels());

            Set<String> tables = Inspection.tables(a);
            assertTrue(tables.containsAll(Set.of("publisher", "author", "genre", "book", "customer", "customer_order",
                    "order_line", "order_totals", "author_book_counts", "book_catalog", "databasechangelog",
                    "databasechangeloglock")), tables.toString());
            assertTrue(Inspection.columns(a, "customer").contains("display_name"));
            assertFalse(Inspection.columns(a, "customer").contains("full_name"));
            assertTrue(Inspection.columns(a, "book").contains("stock"));
            assertFalse(Inspection.lock(a).locked());

            Run second = Updates.inProcess(a, Inspection.examples().toString(), "changelog.yaml");
            assertEquals(0, second.exitCode(), second.all());
            assertTrue(second.out().contains(": 0 changesets applied, 25 already ran, 0 filtered out"), second.all());
            assertEquals(rows, Inspection.history(a));
            assertEquals(tables, Inspection.tables(a));
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"h2", "postgresql", "mariadb"})
    void update_thirdChangeSetFails_exits4NamingIt_andKeepsTheFirstTwo(String db) throws Exception {
        try (Scratch s = TestDatabases.scratch(db)) {
            Area a = Area.of(s);
            Run run = Updates.inProcess(a, Inspection.resources(), "fail-third.yaml");
            assertEquals(4, run.exitCode(), run.all());
            int line = Inspection.changeSetLine(Inspection.resource("fail-third.yaml"), "3");
            String expectedState = db.equals("postgresql") ? "42P01" : "42S02";
            Matcher m = Pattern.compile("error fail-third\\.yaml:" + line + ":5: TM400 changeset fail-third\\.yaml::3::apply failed: "
                    + ".+ \\[SQLState " + expectedState + ", code -?\\d+\\]\n  statement: insert into no_such_table \\(id\\) values \\(3\\)\n")
                    .matcher(run.err());
            assertTrue(m.find(), run.all());

            assertEquals(List.of("1", "2"), Inspection.historyIds(a));
            assertEquals(List.of(1, 2), Inspection.history(a).stream().map(Row::orderExecuted).toList());
            Set<String> tables = Inspection.tables(a);
            assertTrue(tables.containsAll(Set.of("ta", "tb")), tables.toString());
            assertFalse(tables.contains("td") || tables.contains("te"), tables.toString());
            assertFalse(Inspection.lock(a).locked());
            if (db.equals("postgresql")) {
                // Transactional DDL: nothing of changeset 3 remains.
                assertFalse(tables.contains("tc"), tables.toString());
                assertEquals(List.of(), Inspection.ints(a, "SELECT id FROM ta ORDER BY id"));
            } else {
                // H2 and MariaDB commit before each DDL statement: the row inserted before createTable and the
                // table stay; the row inserted after it rolls back with the failure (as in Liquibase).
                assertTrue(tables.contains("tc"), tables.toString());
                assertEquals(List.of(1), Inspection.ints(a, "SELECT id FROM ta ORDER BY id"));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"h2", "postgresql", "mariadb"})
    void update_failOnErrorFalse_skipsTheFailingChangeSet_recordsNothingForIt_andTriesItAgainNextTime(String db) throws Exception {
        try (Scratch s = TestDatabases.scratch(db)) {
            Area a = Area.of(s);
            Run run = Updates.inProcess(a, Inspection.resources(), "fail-on-error-false.yaml");
            assertEquals(0, run.exitCode(), run.all());
            assertTrue(run.out().contains(": 2 changesets applied, 0 already ran, 0 filtered out, 1 failed and skipped (failOnError=false)"),
                    run.all());
            assertTrue(run.err().contains("warning: changeset fail-on-error-false.yaml::2::apply failed: "), run.all());
            List<Row> rows = Inspection.history(a);
            assertEquals(List.of("1", "3"), rows.stream().map(Row::id).toList());
            assertEquals(List.of(1, 2), rows.stream().map(Row::orderExecuted).toList());
            // The changeset's first insert rolled back with it.
            assertEquals(List.of(3), Inspection.ints(a, "SELECT id FROM ta ORDER BY id"));

            Run again = Updates.inProcess(a, Inspection.resources(), "fail-on-error-false.yaml");
            assertEquals(0, again.exitCode(), again.all());
            assertTrue(again.out().contains(": 0 changesets applied, 2 already ran, 0 filtered out, 1 failed and skipped"), again.all());
            assertEquals(rows, Inspection.history(a));
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"h2", "postgresql", "mariadb"})
    void update_runInTransactionFalse_commitsEachStatement_soAFailureKeepsTheEarlierOnes(String db) throws Exception {
        try (Scratch s = TestDatabases.scratch(db)) {
            Area a = Area.of(s);
            Run run = Updates.inProcess(a, Inspection.resources(), "run-in-transaction-false.yaml");
            assertEquals(4, run.exitCode(), run.all());
            assertEquals(List.of("1"), Inspection.historyIds(a));
            assertEquals(List.of(1), Inspection.ints(a, "SELECT id FROM ta ORDER BY id"));
        }
    }

    @Test
    void update_runInTransactionFalse_runsWhatPostgresRefusesInATransaction() throws Exception {
        try (Scratch s = TestDatabases.scratch("postgresql")) {
            Area a = Area.of(s);
            Run refused = Updates.inProcess(a, Inspection.resources(), "concurrent-index-in-transaction.yaml");
            assertEquals(4, refused.exitCode(), refused.all());
            assertTrue(refused.err().contains("[SQLState 25001, code 0]\n  statement: CREATE INDEX CONCURRENTLY ix_ta_id ON ta (id)"),
                    refused.all());
            assertEquals(List.of("1"), Inspection.historyIds(a));
        }
        try (Scratch s = TestDatabases.scratch("postgresql")) {
            Area a = Area.of(s);
            Run run = Updates.inProcess(a, Inspection.resources(), "concurrent-index.yaml");
            assertEquals(0, run.exitCode(), run.all());
            assertEquals(List.of("1", "2"), Inspection.historyIds(a));
            assertEquals(List.of(1), Inspection.ints(a, "SELECT count(*) FROM pg_indexes WHERE schemaname = '" + s.name()
                    + "' AND indexname = 'ix_ta_id'"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"h2", "postgresql", "mariadb"})
    void update_changelogWithSyntaxError_exits1_andCreatesNothing(String db) throws Exception {
        try (Scratch s = TestDatabases.scratch(db)) {
            Area a = Area.of(s);
            Run run = Updates.inProcess(a, Inspection.resources(), "bad-syntax.yaml");
            assertEquals(1, run.exitCode(), run.all());
            assertTrue(Pattern.compile("(?m)^bad-syntax\\.yaml:\\d+:\\d+: error TM100").matcher(run.err()).find(), run.all());
            assertTrue(run.err().contains("Changelog bad-syntax.yaml is not valid; nothing was changed."), run.all());
            assertEquals(Set.of(), Inspection.tables(a));
        }
    }

    private static final String CHECKSUMS = String.join("\n",
            "databaseChangeLog:",
            "  - changeSet:",
            "      id: \"1\"",
            "      author: apply",
            "      changes:",
            "        - createTable:",
            "            tableName: ta",
            "            columns:",
            "              - column: {name: id, type: int}",
            "  - changeSet:",
            "      id: \"2\"",
            "      author: apply",
            "      changes:",
            "        - sql: insert into ta (id) values (1)",
            "  - changeSet:",
            "      id: \"3\"",
            "      author: apply",
            "      runOnChange: true",
            "      changes:",
            "        - sql: insert into ta (id) values (10)",
            "");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"h2", "postgresql", "mariadb"})
    void update_editedChangeSet_runOnChangeRerunsAsReran_otherwiseMismatchExits1AndChangesNothing(String db) throws Exception {
        Path file = dir.resolve("checksums.yaml");
        Files.writeString(file, CHECKSUMS);
        try (Scratch s = TestDatabases.scratch(db)) {
            Area a = Area.of(s);
            Run first = Updates.inProcess(a, dir.toString(), "checksums.yaml");
            assertEquals(0, first.exitCode(), first.all());
            List<Row> before = Inspection.history(a);

            Thread.sleep(5); // a new DEPLOYMENT_ID (milliseconds)
            Files.writeString(file, CHECKSUMS.replace("values (10)", "values (11)"));
            Run rerun = Updates.inProcess(a, dir.toString(), "checksums.yaml");
            assertEquals(0, rerun.exitCode(), rerun.all());
            assertTrue(rerun.out().contains(": 1 changeset applied, 2 already ran"), rerun.all());
            List<Row> after = Inspection.history(a);
            assertEquals(before.subList(0, 2), after.subList(0, 2));
            Row reran = after.get(2);
            assertEquals("3", reran.id());
            assertEquals("RERAN", reran.execType());
            assertEquals(4, reran.orderExecuted());
            assertNotEquals(before.get(2).md5sum(), reran.md5sum());
            assertNotEquals(before.get(2).deploymentId(), reran.deploymentId());
            assertEquals(3, after.size());
            assertEquals(List.of(1, 10, 11), Inspection.ints(a, "SELECT id FROM ta ORDER BY id"));

            Files.writeString(file, CHECKSUMS.replace("values (10)", "values (11)").replace("values (1)", "values (2)"));
            Run mismatch = Updates.inProcess(a, dir.toString(), "checksums.yaml");
            assertEquals(1, mismatch.exitCode(), mismatch.all());
            int line = Inspection.changeSetLine(file, "2");
            Matcher m = Pattern.compile("checksums\\.yaml:" + line + ":5: error TM119: checksum changed for checksums\\.yaml::2::apply: "
                    + "was (9:[0-9a-f]{32}) but is now (9:[0-9a-f]{32})").matcher(mismatch.err());
            assertTrue(m.find(), mismatch.all());
            assertEquals(before.get(1).md5sum(), m.group(1));
            assertNotEquals(m.group(1), m.group(2));
            assertEquals(after, Inspection.history(a));
            assertEquals(List.of(1, 10, 11), Inspection.ints(a, "SELECT id FROM ta ORDER BY id"));
            assertFalse(Inspection.lock(a).locked());
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"h2", "postgresql", "mariadb"})
    void update_upgradesVersion8CheckSumsTo9(String db) throws Exception {
        try (Scratch s = TestDatabases.scratch(db)) {
            Area a = Area.of(s);
            Run first = Updates.inProcess(a, Inspection.examples().toString(), "changelog.yaml");
            assertEquals(0, first.exitCode(), first.all());
            List<Row> latest = Inspection.history(a);
            Parsed parsed = Parsed.examples(a);
            Map<String, String> v8 = parsed.changeSets().stream()
                    .collect(Collectors.toMap(ChangeSet::id, cs -> parsed.tidemark().checkSum(cs, 8)));
            try (Connection c = a.connect();
                    PreparedStatement ps = c.prepareStatement("UPDATE DATABASECHANGELOG SET MD5SUM = ? WHERE ID = ?")) {
                for (Map.Entry<String, String> e : v8.entrySet()) {
                    assertTrue(e.getValue().startsWith("8:"), e.toString());
                    ps.setString(1, e.getValue());
                    ps.setString(2, e.getKey());
                    assertEquals(1, ps.executeUpdate());
                }
            }

            Run upgrade = Updates.inProcess(a, Inspection.examples().toString(), "changelog.yaml");
            assertEquals(0, upgrade.exitCode(), upgrade.all());
            assertTrue(upgrade.out().contains(": 0 changesets applied, 25 already ran, 0 filtered out, 25 checksums upgraded"),
                    upgrade.all());
            assertEquals(latest, Inspection.history(a));
        }
    }
}
