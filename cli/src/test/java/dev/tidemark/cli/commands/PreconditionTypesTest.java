package dev.tidemark.cli.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tidemark.cli.db.TestDatabases;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every precondition type evaluated against a live database, once where it holds and once where
 * it does not: what holds runs (EXECUTED, its marker row written), what does not is marked
 * (onFail=MARK_RAN: a MARK_RAN row, no marker).
 */
class PreconditionTypesTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql", "mariadb"})
    void everyType_runsWhenItHolds_andIsMarkedRanWhenItDoesNot(String dbms) throws Exception {
        try (TestDatabases.Scratch db = TestDatabases.scratch(dbms)) {
            List<PreconditionChangeLogs.Case> cases = PreconditionChangeLogs.everyType(db, PreconditionChangeLogs.user(db));
            StringBuilder xml = new StringBuilder(PreconditionChangeLogs.HEADER)
                    .append("    <property name=\"env\" value=\"test\"/>\n")
                    .append(PreconditionChangeLogs.setup(true));
            Map<String, String> expected = new TreeMap<>();
            expected.put("setup", "EXECUTED");
            for (PreconditionChangeLogs.Case c : cases) {
                xml.append(PreconditionChangeLogs.guarded("t-" + c.name(), "onFail=\"MARK_RAN\"", c.holds()));
                xml.append(PreconditionChangeLogs.guarded("f-" + c.name(), "onFail=\"MARK_RAN\"", c.fails()));
                expected.put("t-" + c.name(), "EXECUTED");
                expected.put("f-" + c.name(), "MARK_RAN");
            }
            xml.append(PreconditionChangeLogs.FOOTER);
            Cli cli = new Cli(dir, db.url()).write("changelog.xml", xml.toString());

            Cli.Result r = cli.run("update", "--changelog-file", "changelog.xml");
            assertEquals(0, r.code(), r.toString());
            assertTrue(r.out().contains(cases.size() + " marked ran and 0 skipped by preconditions"), r.out());

            Map<String, String> history = new TreeMap<>();
            for (List<String> row : Cli.query(db, "SELECT ID, EXECTYPE FROM DATABASECHANGELOG")) {
                history.put(row.get(0), row.get(1));
            }
            assertEquals(expected, history);
            List<String> markers = new ArrayList<>();
            Cli.query(db, "SELECT name FROM marker ORDER BY name").forEach(row -> markers.add(row.get(0)));
            assertEquals(expected.entrySet().stream().filter(e -> e.getKey().startsWith("t-")).map(Map.Entry::getKey).sorted().toList(),
                    markers, "exactly the changesets whose preconditions hold ran");
        }
    }
}
