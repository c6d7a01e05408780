package dev.tidemark.cli.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tidemark.cli.db.TestDatabases;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HistoryCommandTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql", "mariadb"})
    void history_groupsTheDeployedChangeSetsByDeploymentId(String dbms) throws Exception {
        try (TestDatabases.Scratch db = TestDatabases.scratch(dbms)) {
            Cli cli = new Cli(dir, db.url()).write("changelog.yaml", Cli.CHANGELOG);
            Cli.Result empty = cli.run("history");
            assertEquals(0, empty.code(), empty.toString());
            assertTrue(empty.out().endsWith("No changesets deployed\n"), empty.toString());

            assertEquals(0, cli.run("update-count", "--changelog-file", "changelog.yaml", "--count", "1").code());
            Thread.sleep(5); // DEPLOYMENT_ID is the clock in milliseconds
            assertEquals(0, cli.run("update", "--changelog-file", "changelog.yaml").code());
            List<List<String>> ids = Cli.query(db, "SELECT DISTINCT DEPLOYMENT_ID FROM DATABASECHANGELOG ORDER BY DEPLOYMENT_ID");
            assertEquals(2, ids.size());
            String first = ids.get(0).get(0);
            String second = ids.get(1).get(0);

            Cli.Result r = cli.run("history");
            assertEquals(0, r.code(), r.toString());
            List<String> lines = r.out().lines().toList();
            assertTrue(lines.get(0).startsWith("History of "), r.toString());
            String rule = "+------------+---------------------+----------------+------------------+--------------+-----+"
                    .replace("+------------+", "+---------------+");
            assertEquals(List.of("", rule, "| Deployment ID | Update Date         | Changelog Path | Changeset Author | Changeset ID | Tag |", rule),
                    lines.subList(1, 5));
            assertRow(lines.get(5), first, "changelog.yaml", "a", "1", "");
            assertEquals(rule, lines.get(6), "a rule closes each deployment");
            assertRow(lines.get(7), second, "changelog.yaml", "a", "2", "");
            assertRow(lines.get(8), second, "changelog.yaml", "b", "3", "v1");
            assertRow(lines.get(9), second, "changelog.yaml", "b", "4", "");
            assertEquals(rule, lines.get(10));
            assertEquals(List.of("", "2 deployments, 4 changesets."), lines.subList(11, 13));

            String json = cli.run("history", "--output-format", "json").out();
            assertTrue(json.startsWith("{\"command\":\"history\",\"database\":\"" + db.url() + "\",\"deployments\":[{\"deploymentId\":\""
                    + first + "\",\"changeSets\":[{\"path\":\"changelog.yaml\",\"id\":\"1\",\"author\":\"a\",\"dateExecuted\":\""), json);
            assertTrue(json.contains("\"orderExecuted\":3,\"execType\":\"EXECUTED\",\"checkSum\":\"9:"), json);
            assertTrue(json.contains("\"tag\":\"v1\",\"deploymentId\":\"" + second + "\"}"), json);
            assertEquals(2, json.split("\"deploymentId\":\"" + second + "\",\"changeSets\"", -1).length, json);
        }
    }

    private static void assertRow(String line, String deployment, String path, String author, String id, String tag) {
        Matcher m = Pattern.compile("\\| (\\d{10}) +\\| (\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d) \\| (\\S+) +\\| (\\S+) +\\| (\\S+) +\\| (\\S*) *\\|")
                .matcher(line);
        assertTrue(m.matches(), line);
        assertEquals(List.of(deployment, path, author, id, tag), List.of(m.group(1), m.group(3), m.group(4), m.group(5), m.group(6)));
    }
}
