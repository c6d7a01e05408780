package dev.tidemark.cli.commands;

import static dev.tidemark.cli.commands.PreconditionChangeLogs.FOOTER;
import static dev.tidemark.cli.commands.PreconditionChangeLogs.HEADER;
import static dev.tidemark.cli.commands.PreconditionChangeLogs.guarded;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tidemark.cli.db.TestDatabases;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What update does when preconditions fail (onFail) or cannot be evaluated (onError): HALT, CONTINUE,
 * MARK_RAN and WARN, on changesets and at changelog level, with the history rows they leave.
 */
class PreconditionModesTest {
    @TempDir
    Path dir;

    private static final String MARKER = "    <changeSet id=\"marker\" author=\"t\">\n"
            + "        <createTable tableName=\"marker\"><column name=\"name\" type=\"varchar(100)\"/></createTable>\n"
            + "    </changeSet>\n";

    private static String last() {
        return "    <changeSet id=\"last\" author=\"t\">\n"
                + "        <insert tableName=\"marker\"><column name=\"name\" value=\"last\"/></insert>\n"
                + "    </changeSet>\n";
    }

    /** The 1-based line of the first line holding {@code text}. */
    private static int line(String xml, String text) {
        return (int) xml.substring(0, xml.indexOf(text)).chars().filter(ch -> ch == '\n').count() + 1;
    }

    private static List<List<String>> history(TestDatabases.Scratch db) throws Exception {
        return Cli.query(db, "SELECT ID, EXECTYPE FROM DATABASECHANGELOG ORDER BY ORDEREXECUTED");
    }

    private static List<List<String>> markers(TestDatabases.Scratch db) throws Exception {
        return Cli.query(db, "SELECT name FROM marker ORDER BY name");
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql", "mariadb"})
    void onFailHalt_stopsNamingTheChangeSetAndThePrecondition_andKeepsWhatRanBefore(String dbms) throws Exception {
        try (TestDatabases.Scratch db = TestDatabases.scratch(dbms)) {
            String xml = HEADER + MARKER + guarded("guard", "onFailMessage=\"run the seed first\"",
                    "<tableExists tableName=\"ghost\"/>") + last() + FOOTER;
            Cli cli = new Cli(dir, db.url()).write("changelog.xml", xml);
            Cli.Result r = cli.run("update", "--changelog-file", "changelog.xml");
            assertEquals(6, r.code(), r.toString());
            String expected = "error changelog.xml:" + line(xml, "<changeSet id=\"guard\"") + ":5: TM402 changeset "
                    + "changelog.xml::guard::t: preconditions failed (onFail=HALT): run the seed first (tableExists at changelog.xml:"
                    + line(xml, "<tableExists tableName=\"ghost\"") + ":13: table " + (dbms.equals("h2") ? "GHOST" : "ghost")
                    + " does not exist in ";
            assertTrue(r.err().startsWith(expected), r.err() + "\nexpected: " + expected);
            assertEquals(List.of(List.of("marker", "EXECUTED")), history(db));
            assertEquals(List.of(), markers(db));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql", "mariadb"})
    void onErrorHalt_stopsWithTheDatabaseError(String dbms) throws Exception {
        try (TestDatabases.Scratch db = TestDatabases.scratch(dbms)) {
            String xml = HEADER + MARKER + guarded("guard", "onFail=\"MARK_RAN\"",
                    "<sqlCheck expectedResult=\"0\">select count(*) from ghost</sqlCheck>") + last() + FOOTER;
            Cli cli = new Cli(dir, db.url()).write("changelog.xml", xml);
            Cli.Result r = cli.run("update", "--changelog-file", "changelog.xml");
            assertEquals(6, r.code(), r.toString());
            assertTrue(r.err().startsWith("error changelog.xml:" + line(xml, "<changeSet id=\"guard\"") + ":5: TM403 changeset "
                    + "changelog.xml::guard::t: preconditions could not be evaluated (onError=HALT): sqlCheck at changelog.xml:"
                    + line(xml, "<sqlCheck") + ":13: the database failed: "), r.err());
            assertEquals(List.of(List.of("marker", "EXECUTED")), history(db));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql", "mariadb"})
    void continue_skipsAndRecordsNothing_andAsksAgainNextRun(String dbms) throws Exception {
        try (TestDatabases.Scratch db = TestDatabases.scratch(dbms)) {
            String xml = HEADER + MARKER
                    + guarded("on-fail", "onFail=\"CONTINUE\"", "<tableExists tableName=\"ghost\"/>")
                    + guarded("on-error", "onError=\"CONTINUE\"", "<sqlCheck expectedResult=\"0\">select count(*) from ghost</sqlCheck>")
                    + last() + FOOTER;
            Cli cli = new Cli(dir, db.url()).write("changelog.xml", xml);
            Cli.Result first = cli.run("update", "--changelog-file", "changelog.xml");
            assertEquals(0, first.code(), first.toString());
            assertTrue(first.out().contains("0 marked ran and 2 skipped by preconditions"), first.out());
            assertTrue(first.err().contains("warning: changelog.xml:" + line(xml, "<preConditions onFail=\"CONTINUE\"")
                    + ":9: preconditions of changeset changelog.xml::on-fail::t failed (onFail=CONTINUE, skipped; asked again on the"
                    + " next update): tableExists at "), first.err());
            assertTrue(first.err().contains("preconditions of changeset changelog.xml::on-error::t could not be evaluated (onError=CONTINUE"),
                    first.err());
            assertEquals(List.of(List.of("marker", "EXECUTED"), List.of("last", "EXECUTED")), history(db));

            Cli.execute(db, "CREATE TABLE ghost (id INT)");
            Cli.Result second = cli.run("update", "--changelog-file", "changelog.xml");
            assertEquals(0, second.code(), second.toString());
            assertTrue(second.out().contains(": 2 changesets applied, 2 already ran"), second.out());
            assertEquals(List.of(List.of("marker", "EXECUTED"), List.of("last", "EXECUTED"), List.of("on-fail", "EXECUTED"),
                    List.of("on-error", "EXECUTED")), history(db));
            assertEquals(List.of(List.of("last"), List.of("on-error"), List.of("on-fail")), markers(db));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql", "mariadb"})
    void markRan_recordsMarkRanRows_forFailuresAndErrors(String dbms) throws Exception {
        try (TestDatabases.Scratch db = TestDatabases.scratch(dbms)) {
            String xml = HEADER + MARKER
                    + guarded("on-fail", "onFail=\"MARK_RAN\"", "<tableExists tableName=\"ghost\"/>")
                    + guarded("on-error", "onError=\"MARK_RAN\"", "<sqlCheck expectedResult=\"0\">select count(*) from ghost</sqlCheck>")
                    + last() + FOOTER;
            Cli cli = new Cli(dir, db.url()).write("changelog.xml", xml);
            Cli.Result r = cli.run("update", "--changelog-file", "changelog.xml");
            assertEquals(0, r.code(), r.toString());
            assertTrue(r.out().contains(": 2 changesets applied, 0 already ran, 0 filtered out, 2 marked ran and 0 skipped"), r.out());
            assertEquals(List.of(List.of("marker", "EXECUTED"), List.of("on-fail", "MARK_RAN"), List.of("on-error", "MARK_RAN"),
                    List.of("last", "EXECUTED")), history(db));
            assertEquals(List.of(List.of("last")), markers(db));
            assertEquals(List.of(List.of("1"), List.of("2"), List.of("3"), List.of("4")),
                    Cli.query(db, "SELECT ORDEREXECUTED FROM DATABASECHANGELOG ORDER BY ORDEREXECUTED"));

            Cli.execute(db, "CREATE TABLE ghost (id INT)");
            Cli.Result again = cli.run("update", "--changelog-file", "changelog.xml");
            assertTrue(again.out().contains(": 0 changesets applied, 4 already ran"), "MARK_RAN counts as ran: " + again.out());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql", "mariadb"})
    void warn_runsAnyway_andSaysWhy(String dbms) throws Exception {
        try (TestDatabases.Scratch db = TestDatabases.scratch(dbms)) {
            String xml = HEADER + MARKER
                    + guarded("on-fail", "onFail=\"WARN\"", "<tableExists tableName=\"ghost\"/>")
                    + guarded("on-error", "onError=\"WARN\" onErrorMessage=\"ghost is optional\"",
                            "<sqlCheck expectedResult=\"0\">select count(*) from ghost</sqlCheck>")
                    + FOOTER;
            Cli cli = new Cli(dir, db.url()).write("changelog.xml", xml);
            Cli.Result r = cli.run("update", "--changelog-file", "changelog.xml");
            assertEquals(0, r.code(), r.toString());
            assertTrue(r.err().contains("preconditions of changeset changelog.xml::on-fail::t failed (onFail=WARN, it runs anyway):"
                    + " tableExists at changelog.xml:"), r.err());
            assertTrue(r.err().contains("preconditions of changeset changelog.xml::on-error::t could not be evaluated (onError=WARN,"
                    + " it runs anyway): ghost is optional (sqlCheck at changelog.xml:"), r.err());
            assertEquals(List.of(List.of("marker", "EXECUTED"), List.of("on-fail", "EXECUTED"), List.of("on-error", "EXECUTED")),
                    history(db));
            assertEquals(List.of(List.of("on-error"), List.of("on-fail")), markers(db));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql", "mariadb"})
    void changeLogHalt_runsNothing(String dbms) throws Exception {
        try (TestDatabases.Scratch db = TestDatabases.scratch(dbms)) {
            String xml = HEADER + "    <preConditions onFailMessage=\"wrong database\">\n        <dbms type=\"oracle\"/>\n"
                    + "    </preConditions>\n" + MARKER + FOOTER;
            Cli cli = new Cli(dir, db.url()).write("changelog.xml", xml);
            Cli.Result r = cli.run("update", "--changelog-file", "changelog.xml");
            assertEquals(6, r.code(), r.toString());
            assertEquals("error changelog.xml:" + line(xml, "<preConditions") + ":5: TM402 changelog preconditions failed"
                    + " (onFail=HALT): wrong database (dbms at changelog.xml:" + line(xml, "<dbms") + ":9: the database is "
                    + dbms + ", not oracle)", r.err().strip());
            assertEquals(List.of(), history(db));
            assertFalse(Cli.tables(db).contains("MARKER"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql", "mariadb"})
    void changeLogWarn_warnsAndRuns(String dbms) throws Exception {
        try (TestDatabases.Scratch db = TestDatabases.scratch(dbms)) {
            String xml = HEADER + "    <preConditions onFail=\"WARN\">\n        <runningAs username=\"nobody\"/>\n"
                    + "    </preConditions>\n" + MARKER + FOOTER;
            Cli cli = new Cli(dir, db.url()).write("changelog.xml", xml);
            Cli.Result r = cli.run("update", "--changelog-file", "changelog.xml");
            assertEquals(0, r.code(), r.toString());
            assertTrue(r.err().contains("warning: changelog.xml:" + line(xml, "<preConditions") + ":5: changelog preconditions failed"
                    + " (onFail=WARN, the update goes on): runningAs at changelog.xml:"), r.err());
            assertEquals(List.of(List.of("marker", "EXECUTED")), history(db));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql", "mariadb"})
    void haltWithFailOnErrorFalse_failsOnlyThatChangeSet(String dbms) throws Exception {
        try (TestDatabases.Scratch db = TestDatabases.scratch(dbms)) {
            String xml = HEADER + MARKER
                    + guarded("guard", "", "<tableExists tableName=\"ghost\"/>").replace("author=\"t\">", "author=\"t\" failOnError=\"false\">")
                    + last() + FOOTER;
            Cli cli = new Cli(dir, db.url()).write("changelog.xml", xml);
            Cli.Result r = cli.run("update", "--changelog-file", "changelog.xml");
            assertEquals(0, r.code(), r.toString());
            assertTrue(r.err().contains("TM402") || r.err().contains("preconditions failed (onFail=HALT)"), r.err());
            assertEquals(List.of(List.of("marker", "EXECUTED"), List.of("last", "EXECUTED")), history(db));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql", "mariadb"})
    void answersFollowTheSchemaAsChangeSetsChangeIt(String dbms) throws Exception {
        try (TestDatabases.Scratch db = TestDatabases.scratch(dbms)) {
            // "first" makes the cache look ahead at "later"'s question before "create" has created the table.
            String xml = HEADER + MARKER
                    + guarded("first", "", "<tableExists tableName=\"marker\"/>")
                    + "    <changeSet id=\"create\" author=\"t\">\n"
                    + "        <createTable tableName=\"made\"><column name=\"id\" type=\"int\"/></createTable>\n"
                    + "    </changeSet>\n"
                    + guarded("later", "onFail=\"MARK_RAN\"", "<and><tableExists tableName=\"made\"/>"
                            + "<columnExists tableName=\"made\" columnName=\"id\"/>"
                            + "<changeSetExecuted id=\"create\" author=\"t\" changeLogFile=\"changelog.xml\"/></and>")
                    + guarded("gone", "onFail=\"MARK_RAN\"", "<not><tableExists tableName=\"made\"/></not>")
                    + FOOTER;
            Cli cli = new Cli(dir, db.url()).write("changelog.xml", xml);
            Cli.Result r = cli.run("update", "--changelog-file", "changelog.xml");
            assertEquals(0, r.code(), r.toString());
            assertEquals(List.of(List.of("marker", "EXECUTED"), List.of("first", "EXECUTED"), List.of("create", "EXECUTED"),
                    List.of("later", "EXECUTED"), List.of("gone", "MARK_RAN")), history(db));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql", "mariadb"})
    void markRanOfARunAlwaysChangeSet_rewritesItsRow(String dbms) throws Exception {
        try (TestDatabases.Scratch db = TestDatabases.scratch(dbms)) {
            String xml = HEADER + MARKER
                    + guarded("always", "onFail=\"MARK_RAN\"", "<tableIsEmpty tableName=\"marker\"/>")
                            .replace("author=\"t\">", "author=\"t\" runAlways=\"true\">")
                    + FOOTER;
            Cli cli = new Cli(dir, db.url()).write("changelog.xml", xml);
            assertEquals(0, cli.run("update", "--changelog-file", "changelog.xml").code());
            assertEquals(List.of(List.of("marker", "EXECUTED"), List.of("always", "EXECUTED")), history(db));
            assertEquals(0, cli.run("update", "--changelog-file", "changelog.xml").code());
            assertEquals(List.of(List.of("marker", "EXECUTED"), List.of("always", "MARK_RAN")), history(db),
                    "one row per changeset: the runAlways row now says MARK_RAN");
            assertEquals(List.of(List.of("always")), markers(db));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql", "mariadb"})
    void validate_evaluatesChangeLogPreconditions(String dbms) throws Exception {
        try (TestDatabases.Scratch db = TestDatabases.scratch(dbms)) {
            String xml = HEADER + "    <preConditions>\n        <tableExists tableName=\"ghost\"/>\n    </preConditions>\n"
                    + MARKER + "    <include file=\"child.xml\"/>\n" + FOOTER;
            String child = HEADER + "    <preConditions onFail=\"WARN\">\n        <dbms type=\"oracle\"/>\n    </preConditions>\n" + FOOTER;
            Cli cli = new Cli(dir, db.url()).write("changelog.xml", xml).write("child.xml", child);
            Cli.Result r = cli.run("validate", "--changelog-file", "changelog.xml");
            assertEquals(1, r.code(), r.toString());
            assertTrue(r.err().contains("changelog.xml:" + line(xml, "<preConditions>") + ":5: error TM402: changelog preconditions failed"
                    + " (onFail=HALT): tableExists at changelog.xml:"), r.err());
            assertTrue(r.err().contains("child.xml:" + line(child, "<preConditions onFail") + ":5: warning TM402: changelog preconditions"
                    + " failed (onFail=WARN): dbms at child.xml:"), r.err());

            Cli.execute(db, "CREATE TABLE ghost (id INT)");
            Cli.Result valid = cli.run("validate", "--changelog-file", "changelog.xml");
            assertEquals(0, valid.code(), valid.toString());
            assertEquals(List.of("GHOST"), Cli.tables(db), "validate creates nothing");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql", "mariadb"})
    void jsonOutput_listsThePreconditionsNotMet(String dbms) throws Exception {
        try (TestDatabases.Scratch db = TestDatabases.scratch(dbms)) {
            String xml = HEADER + MARKER + guarded("guard", "onFail=\"MARK_RAN\" onFailMessage=\"no ghost\"",
                    "<tableExists tableName=\"ghost\"/>") + FOOTER;
            Cli cli = new Cli(dir, db.url()).write("changelog.xml", xml);
            Cli.Result r = cli.run("update", "--changelog-file", "changelog.xml", "--output-format", "json");
            assertEquals(0, r.code(), r.toString());
            assertTrue(r.out().contains("\"markedRan\":1,\"skippedByPreconditions\":0,\"preconditions\":[{\"location\":\"changelog.xml:"
                    + line(xml, "<preConditions") + ":9\",\"changeSet\":\"changelog.xml::guard::t\",\"outcome\":\"failed\","
                    + "\"action\":\"MARK_RAN\",\"message\":\"no ghost (tableExists at changelog.xml:"), r.out());
        }
    }
}
