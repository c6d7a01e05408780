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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Preconditions in update-sql: onSqlOutput IGNORE (the default: taken as passed), TEST (evaluated
 * against the database the script is for; offline only what needs no database) and FAIL (counted
 * as failed, so onFail decides).
 */
class PreconditionScriptTest {
    @TempDir
    Path dir;

    private static final String MARKER = "    <changeSet id=\"marker\" author=\"t\">\n"
            + "        <createTable tableName=\"marker\"><column name=\"name\" type=\"varchar(100)\"/></createTable>\n"
            + "    </changeSet>\n";

    /** The script lines from the guard changeset's header to the next changeset header (or the lock release). */
    private static List<String> guardSection(String script) {
        List<String> lines = script.lines().toList();
        int from = lines.indexOf("-- Changeset changelog.xml::guard::t");
        int to = from + 1;
        while (to < lines.size() && !lines.get(to).startsWith("-- Changeset ") && !lines.get(to).startsWith("-- Release")) {
            to++;
        }
        return from < 0 ? List.of() : lines.subList(from, to).stream().filter(l -> !l.isBlank()).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql", "mariadb"})
    void live_ignoreRunsTheChangeSet_testEvaluates_failCountsAsFailed(String dbms) throws Exception {
        try (TestDatabases.Scratch db = TestDatabases.scratch(dbms)) {
            Cli cli = new Cli(dir, db.url());
            String ghost = "<tableExists tableName=\"ghost\"/>";

            cli.write("changelog.xml", HEADER + MARKER + guarded("guard", "onFail=\"MARK_RAN\"", ghost) + FOOTER);
            Cli.Result ignored = cli.run("update-sql", "--changelog-file", "changelog.xml");
            assertEquals(0, ignored.code(), ignored.toString());
            List<String> section = guardSection(ignored.out());
            assertTrue(section.stream().anyMatch(l -> l.startsWith("INSERT INTO marker") || l.startsWith("INSERT INTO MARKER")
                    || l.startsWith("INSERT INTO `marker`")), "IGNORE: the preconditions count as passed\n" + section);
            assertTrue(section.stream().anyMatch(l -> l.contains("'EXECUTED'")), section.toString());

            cli.write("changelog.xml", HEADER + MARKER + guarded("guard", "onFail=\"MARK_RAN\" onSqlOutput=\"TEST\"", ghost) + FOOTER);
            Cli.Result tested = cli.run("update-sql", "--changelog-file", "changelog.xml");
            assertEquals(0, tested.code(), tested.toString());
            section = guardSection(tested.out());
            assertEquals(2, section.size(), "only the header and the MARK_RAN row: " + section);
            assertTrue(section.get(1).startsWith("INSERT INTO ") && section.get(1).contains("'MARK_RAN'"), section.toString());
            assertTrue(tested.err().contains("preconditions of changeset changelog.xml::guard::t failed (onFail=MARK_RAN"),
                    tested.err());

            cli.write("changelog.xml", HEADER + MARKER + guarded("guard", "onFail=\"CONTINUE\" onUpdateSQL=\"FAIL\"",
                    "<tableExists tableName=\"marker\"/>") + FOOTER);
            Cli.Result failed = cli.run("update-sql", "--changelog-file", "changelog.xml");
            assertEquals(0, failed.code(), failed.toString());
            assertEquals(List.of("-- Changeset changelog.xml::guard::t", "-- not run, preconditions not met (onFail/onError=CONTINUE):"
                    + " preconditions are not evaluated for a script (onSqlOutput=FAIL)"), guardSection(failed.out()));

            cli.write("changelog.xml", HEADER + MARKER + guarded("guard", "onSqlOutput=\"FAIL\"",
                    "<tableExists tableName=\"marker\"/>") + FOOTER);
            Cli.Result halted = cli.run("update-sql", "--changelog-file", "changelog.xml");
            assertEquals(6, halted.code(), halted.toString());
            assertEquals("", halted.out(), "no half script");
            assertTrue(halted.err().contains("TM402 changeset changelog.xml::guard::t: preconditions failed (onFail=HALT):"
                    + " preconditions are not evaluated for a script (onSqlOutput=FAIL)"), halted.err());
            assertEquals(List.of(), Cli.tables(db), "update-sql changes nothing");
        }
    }

    @Test
    void offline_evaluatesWhatNeedsNoDatabase_andCallsTheRestAnError() {
        Cli cli = new Cli(dir, "offline:postgresql");
        cli.write("changelog.xml", HEADER + MARKER
                + guarded("guard", "onFail=\"MARK_RAN\" onSqlOutput=\"TEST\"", "<dbms type=\"mysql\"/>")
                + guarded("runs", "onFail=\"MARK_RAN\" onSqlOutput=\"TEST\"", "<and><dbms type=\"postgresql\"/>"
                        + "<changeSetExecuted id=\"marker\" author=\"t\" changeLogFile=\"changelog.xml\"/></and>")
                + guarded("unknown", "onError=\"CONTINUE\" onSqlOutput=\"TEST\"", "<tableExists tableName=\"marker\"/>")
                + FOOTER);
        Cli.Result r = cli.run("update-sql", "--changelog-file", "changelog.xml");
        assertEquals(0, r.code(), r.toString());
        List<String> guard = guardSection(r.out());
        assertEquals(2, guard.size(), guard.toString());
        assertTrue(guard.get(1).contains("'MARK_RAN'"), guard.toString());
        assertTrue(r.out().contains("INSERT INTO marker (name) VALUES ('runs');"), r.out());
        assertTrue(r.out().contains("-- Changeset changelog.xml::unknown::t\n-- not run, preconditions not met (onFail/onError=CONTINUE):"
                + " tableExists at changelog.xml:"), r.out());
        assertTrue(r.out().contains(": needs a database connection; an offline script cannot evaluate it"), r.out());
        assertFalse(r.out().contains("VALUES ('unknown')"), r.out());

        cli.write("changelog.xml", HEADER + guarded("guard", "onSqlOutput=\"TEST\"", "<rowCount tableName=\"marker\" expectedRows=\"0\"/>")
                + FOOTER);
        Cli.Result halted = cli.run("update-sql", "--changelog-file", "changelog.xml");
        assertEquals(6, halted.code(), halted.toString());
        assertTrue(halted.err().contains("TM403 changeset changelog.xml::guard::t: preconditions could not be evaluated (onError=HALT):"
                + " rowCount at changelog.xml:"), halted.err());
    }
}
