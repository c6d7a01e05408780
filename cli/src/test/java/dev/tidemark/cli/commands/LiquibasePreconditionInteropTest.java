package dev.tidemark.cli.commands;

import static dev.tidemark.cli.commands.PreconditionChangeLogs.FOOTER;
import static dev.tidemark.cli.commands.PreconditionChangeLogs.HEADER;
import static dev.tidemark.cli.commands.PreconditionChangeLogs.guarded;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tidemark.cli.db.TestDatabases;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.logging.core.NoOpLogService;
import liquibase.resource.DirectoryResourceAccessor;
import liquibase.ui.LoggerUIService;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Liquibase 4.33.0 (in process, as an oracle) and Tidemark run the same changelogs on two scratch
 * databases of one kind; the history rows they leave must be the same: which changesets ran, were
 * marked ran or were skipped by their preconditions, and which a filter selected.
 */
class LiquibasePreconditionInteropTest {
    @TempDir
    Path dir;

    private static final String COLUMNS = "SELECT ID, AUTHOR, FILENAME, EXECTYPE, ORDEREXECUTED, MD5SUM, DESCRIPTION,"
            + " COALESCE(COMMENTS, ''), TAG, CONTEXTS, LABELS FROM DATABASECHANGELOG ORDER BY ORDEREXECUTED";

    private void liquibase(String command, String url, Map<String, Object> arguments) throws Exception {
        Map<String, Object> scope = new HashMap<>();
        scope.put(Scope.Attr.ui.name(), new LoggerUIService());
        scope.put(Scope.Attr.logService.name(), new NoOpLogService());
        scope.put("liquibase.analytics.enabled", Boolean.FALSE);
        scope.put(Scope.Attr.resourceAccessor.name(), new DirectoryResourceAccessor(dir));
        Scope.child(scope, () -> {
            CommandScope c = new CommandScope(command).addArgumentValue("url", url).setOutput(new ByteArrayOutputStream());
            arguments.forEach(c::addArgumentValue);
            c.execute();
        });
    }

    private void sameHistory(String dbms, Map<String, Object> liquibaseArguments, String... tidemarkArguments) throws Exception {
        try (TestDatabases.Scratch theirs = TestDatabases.scratch(dbms); TestDatabases.Scratch ours = TestDatabases.scratch(dbms)) {
            Map<String, Object> arguments = new HashMap<>(liquibaseArguments);
            arguments.put("changelogFile", "changelog.xml");
            liquibase("update", theirs.url(), arguments);
            Cli.Result r = new Cli(dir, ours.url()).run("update", tidemarkArguments);
            assertEquals(0, r.code(), r.toString());
            List<List<String>> expected = Cli.query(theirs, COLUMNS);
            List<List<String>> actual = Cli.query(ours, COLUMNS);
            // LIQUIBASE differs by design; everything else is the contract.
            assertEquals(expected, actual);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql", "mariadb"})
    void preconditionOutcomes_leaveTheRowsLiquibaseLeaves(String dbms) throws Exception {
        String marker = "    <changeSet id=\"marker\" author=\"t\">\n"
                + "        <comment>the table the others write to</comment>\n"
                + "        <createTable tableName=\"marker\"><column name=\"name\" type=\"varchar(100)\"/></createTable>\n"
                + "        <insert tableName=\"marker\"><column name=\"name\" value=\"first\"/></insert>\n"
                + "    </changeSet>\n";
        new Cli(dir, null)
                .write("changelog.xml", HEADER + marker
                        + guarded("mark-ran", "onFail=\"MARK_RAN\"", "<tableExists tableName=\"ghost\"/>")
                        + guarded("continue", "onFail=\"CONTINUE\"", "<tableExists tableName=\"ghost\"/>")
                        + guarded("warn", "onFail=\"WARN\"", "<tableExists tableName=\"ghost\"/>")
                        + guarded("folded", "onFail=\"MARK_RAN\"", "<columnExists tableName=\"MARKER\" columnName=\"NAME\"/>")
                        + guarded("no-row", "onFail=\"MARK_RAN\" onError=\"CONTINUE\"",
                                "<sqlCheck expectedResult=\"x\">select name from marker where name = 'none'</sqlCheck>")
                        + guarded("null-value", "onFail=\"MARK_RAN\" onError=\"CONTINUE\"",
                                "<sqlCheck expectedResult=\"x\">select max(name) from marker where name = 'none'</sqlCheck>")
                        + guarded("not-any", "onFail=\"MARK_RAN\"",
                                "<not><tableExists tableName=\"ghost\"/><tableExists tableName=\"marker\"/></not>")
                        + guarded("error-mark", "onError=\"MARK_RAN\"", "<sqlCheck expectedResult=\"0\">select count(*) from ghost</sqlCheck>")
                        + "    <include file=\"sub/child.xml\"/>\n"
                        + FOOTER)
                .write("sub/child.xml", HEADER
                        + "    <changeSet id=\"c1\" author=\"t\"><tagDatabase tag=\"t1\"/></changeSet>\n"
                        + guarded("same-file", "onFail=\"MARK_RAN\"", "<changeSetExecuted id=\"c1\" author=\"t\"/>")
                        + guarded("root-file", "onFail=\"MARK_RAN\"", "<changeSetExecuted id=\"marker\" author=\"t\"/>")
                        + FOOTER);
        sameHistory(dbms, Map.of(), "--changelog-file", "changelog.xml");
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql", "mariadb"})
    void contextsAndLabels_selectWhatLiquibaseSelects_andFillTheColumnsAlike(String dbms) throws Exception {
        String change = "<output>x</output>";
        new Cli(dir, null)
                .write("changelog.xml", HEADER
                        + "    <changeSet id=\"plain\" author=\"t\">" + change + "</changeSet>\n"
                        + "    <changeSet id=\"dev\" author=\"t\" context=\"dev\">" + change + "</changeSet>\n"
                        + "    <changeSet id=\"prod\" author=\"t\" context=\"prod\">" + change + "</changeSet>\n"
                        + "    <changeSet id=\"not-prod\" author=\"t\" context=\"!prod\">" + change + "</changeSet>\n"
                        + "    <changeSet id=\"compound\" author=\"t\" context=\"(dev or test) and !prod\">" + change + "</changeSet>\n"
                        + "    <changeSet id=\"labelled-a\" author=\"t\" labels=\"a\">" + change + "</changeSet>\n"
                        + "    <changeSet id=\"labelled-ab\" author=\"t\" labels=\"a, b\">" + change + "</changeSet>\n"
                        + "    <changeSet id=\"labelled-c\" author=\"t\" labels=\"c\">" + change + "</changeSet>\n"
                        + "    <include file=\"inc.xml\" context=\"dev\" labels=\"b\"/>\n"
                        + "    <include file=\"quoted.xml\"/>\n"
                        + FOOTER)
                // Liquibase 4.33 does not give a changeset its changelog's objectQuotingStrategy (quoted-all is marked ran).
                .write("quoted.xml", HEADER.replace("<databaseChangeLog ", "<databaseChangeLog objectQuotingStrategy=\"QUOTE_ALL_OBJECTS\" ")
                        + "    <changeSet id=\"quoted-all\" author=\"t\"><preConditions onFail=\"MARK_RAN\">"
                        + "<expectedQuotingStrategy strategy=\"QUOTE_ALL_OBJECTS\"/></preConditions>" + change + "</changeSet>\n"
                        + "    <changeSet id=\"quoted-legacy\" author=\"t\" objectQuotingStrategy=\"LEGACY\"><preConditions onFail=\"MARK_RAN\">"
                        + "<expectedQuotingStrategy strategy=\"QUOTE_ALL_OBJECTS\"/></preConditions>" + change + "</changeSet>\n"
                        + FOOTER)
                .write("inc.xml", HEADER
                        + "    <changeSet id=\"inc-plain\" author=\"t\">" + change + "</changeSet>\n"
                        + "    <changeSet id=\"inc-ctx\" author=\"t\" context=\"test or prod\" labels=\"a\">" + change + "</changeSet>\n"
                        + "    <include file=\"inc2.xml\" context=\"dev or test\" labels=\"A, c\"/>\n"
                        + FOOTER)
                .write("inc2.xml", HEADER.replace("<databaseChangeLog ", "<databaseChangeLog contextFilter=\"dev,test\" ")
                        + "    <changeSet id=\"nested\" author=\"t\" context=\"dev\" labels=\"a\">" + change + "</changeSet>\n"
                        + "    <changeSet id=\"nested-x\" author=\"t\" labels=\"x\">" + change + "</changeSet>\n"
                        + FOOTER);
        sameHistory(dbms, Map.of("contexts", "dev", "labelFilter", "a or b"),
                "--changelog-file", "changelog.xml", "--contexts", "dev", "--labels", "a or b");
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql", "mariadb"})
    void properties_resolveAsLiquibaseResolvesThem(String dbms) throws Exception {
        String values = "${p_ctx}|${p_lbl}|${p_db}|${p_local}|${p_global}|${p_local2}|${database.typeName}"
                + "|${database.currentDateTimeFunction}|${database.supportsSequences}|${database.lineComment}";
        new Cli(dir, null)
                .write("changelog.xml", HEADER
                        + "    <property name=\"p_ctx\" value=\"prod-value\" context=\"prod\"/>\n"
                        + "    <property name=\"p_ctx\" value=\"dev-value\" context=\"dev\"/>\n"
                        + "    <property name=\"p_lbl\" value=\"b-value\" labels=\"b\"/>\n"
                        + "    <property name=\"p_lbl\" value=\"a-value\" labels=\"a\"/>\n"
                        + "    <property name=\"p_db\" value=\"oracle-value\" dbms=\"oracle\"/>\n"
                        + "    <property name=\"p_db\" value=\"db-value\" dbms=\"" + dbms + "\"/>\n"
                        + "    <property name=\"p_local\" value=\"root-local\" global=\"false\"/>\n"
                        + "    <property name=\"p_global\" value=\"first\"/>\n"
                        + "    <property name=\"p_global\" value=\"second\"/>\n"
                        + "    <property name=\"p_local2\" value=\"one\" global=\"false\"/>\n"
                        + "    <property name=\"p_local2\" value=\"two\" global=\"false\"/>\n"
                        + "    <changeSet id=\"root\" author=\"t\"><comment>" + values + "</comment><output>x</output></changeSet>\n"
                        + "    <include file=\"child.xml\"/>\n"
                        + FOOTER)
                .write("child.xml", HEADER
                        + "    <property name=\"p_child\" value=\"child-local\" global=\"false\"/>\n"
                        + "    <changeSet id=\"child\" author=\"t\"><comment>${p_local}|${p_child}|${p_global}</comment><output>x</output></changeSet>\n"
                        + FOOTER);
        sameHistory(dbms, Map.of("contexts", "dev", "labelFilter", "a"),
                "--changelog-file", "changelog.xml", "--contexts", "dev", "--labels", "a");
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql", "mariadb"})
    void changeLogPropertyDefined_seesWhatLiquibaseSees_localPropertiesAmongThem(String dbms) throws Exception {
        String marker = "    <changeSet id=\"marker\" author=\"t\"><createTable tableName=\"marker\">"
                + "<column name=\"name\" type=\"varchar(100)\"/></createTable></changeSet>\n";
        new Cli(dir, null)
                .write("changelog.xml", HEADER
                        + "    <property name=\"r_local\" value=\"root\" global=\"false\"/>\n"
                        + "    <property name=\"shared\" value=\"root-global\"/>\n"
                        + marker
                        + guarded("root-own-local", "onFail=\"MARK_RAN\"", "<changeLogPropertyDefined property=\"r_local\" value=\"root\"/>")
                        + guarded("root-local-other-value", "onFail=\"MARK_RAN\"",
                                "<changeLogPropertyDefined property=\"r_local\" value=\"other\"/>")
                        + "    <include file=\"sub/child.xml\"/>\n"
                        + guarded("root-child-local", "onFail=\"MARK_RAN\"", "<changeLogPropertyDefined property=\"c_local\"/>")
                        + guarded("root-shared", "onFail=\"MARK_RAN\"",
                                "<changeLogPropertyDefined property=\"shared\" value=\"root-global\"/>")
                        + FOOTER)
                .write("sub/child.xml", HEADER
                        + "    <property name=\"c_local\" value=\"child\" global=\"false\"/>\n"
                        + "    <property name=\"shared\" value=\"child-local\" global=\"false\"/>\n"

                        + guarded("child-own-local", "onFail=\"MARK_RAN\"", "<changeLogPropertyDefined property=\"C_LOCAL\" value=\"child\"/>")
                        + guarded("child-parent-local", "onFail=\"MARK_RAN\"", "<changeLogPropertyDefined property=\"r_local\"/>")
                        + guarded("child-shared-global", "onFail=\"MARK_RAN\"",
                                "<changeLogPropertyDefined property=\"shared\" value=\"root-global\"/>")
                        + guarded("child-shared-local", "onFail=\"MARK_RAN\"",
                                "<changeLogPropertyDefined property=\"shared\" value=\"child-local\"/>")
                        + FOOTER);
        sameHistory(dbms, Map.of(), "--changelog-file", "changelog.xml");
    }

    private static String runModes(String onChangeValue) {
        String insert = "<insert tableName=\"marker\"><column name=\"name\" value=\"%s\"/></insert>";
        return HEADER.replace("<databaseChangeLog ", "<databaseChangeLog logicalFilePath=\"app/root.xml\" ")
                + "    <changeSet id=\"late\" author=\"t\" runOrder=\"last\">" + String.format(insert, "late") + "</changeSet>\n"
                + "    <changeSet id=\"setup\" author=\"t\"><createTable tableName=\"marker\">"
                + "<column name=\"name\" type=\"varchar(50)\"/></createTable></changeSet>\n"
                + "    <changeSet id=\"always\" author=\"t\" runAlways=\"true\">" + String.format(insert, "always") + "</changeSet>\n"
                + "    <changeSet id=\"on-change\" author=\"t\" runOnChange=\"true\">" + String.format(insert, onChangeValue) + "</changeSet>\n"
                + "    <changeSet id=\"ignored\" author=\"t\" ignore=\"true\">" + String.format(insert, "ignored") + "</changeSet>\n"
                + "    <changeSet id=\"failing\" author=\"t\" failOnError=\"false\"><sql>insert into no_such_table values (1)</sql></changeSet>\n"
                + "    <changeSet id=\"created\" author=\"t\" created=\"2024-01-01\">" + String.format(insert, "created") + "</changeSet>\n"
                + "    <changeSet id=\"own-path\" author=\"t\" logicalFilePath=\"/custom\\\\path.xml\">" + String.format(insert, "own") + "</changeSet>\n"
                + "    <changeSet id=\"early\" author=\"t\" runOrder=\"first\"><empty/></changeSet>\n"
                + "    <include file=\"child.xml\"/>\n"
                + "    <include file=\"child2.xml\" logicalFilePath=\"renamed.xml\"/>\n"
                + FOOTER;
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql", "mariadb"})
    void runModesAndIdentities_leaveTheRowsLiquibaseLeaves_overTwoRuns(String dbms) throws Exception {
        Cli files = new Cli(dir, null)
                .write("changelog.xml", runModes("v1"))
                .write("child.xml", HEADER + "    <changeSet id=\"child\" author=\"t\"><empty/></changeSet>\n" + FOOTER)
                .write("child2.xml", HEADER + "    <changeSet id=\"child2\" author=\"t\"><empty/></changeSet>\n"
                        + "    <changeSet id=\"child2-own\" author=\"t\" logicalFilePath=\"mine.xml\"><empty/></changeSet>\n" + FOOTER);
        try (TestDatabases.Scratch theirs = TestDatabases.scratch(dbms); TestDatabases.Scratch ours = TestDatabases.scratch(dbms)) {
            for (String version : List.of("v1", "v2")) {
                files.write("changelog.xml", runModes(version));
                liquibase("update", theirs.url(), Map.of("changelogFile", "changelog.xml"));
                Cli.Result r = new Cli(dir, ours.url()).run("update", "--changelog-file", "changelog.xml");
                assertEquals(0, r.code(), r.toString());
                assertEquals(Cli.query(theirs, COLUMNS), Cli.query(ours, COLUMNS), "after " + version);
                assertEquals(Cli.query(theirs, "SELECT name FROM marker ORDER BY name"), Cli.query(ours, "SELECT name FROM marker ORDER BY name"));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql", "mariadb"})
    void aLogicalFilePathAddedLater_leavesChangeSetsThatRanUnderTheirFilePathAlone(String dbms) throws Exception {
        String child = HEADER + "    <changeSet id=\"old\" author=\"t\"><empty/></changeSet>\n%s" + FOOTER;
        Cli files = new Cli(dir, null)
                .write("changelog.xml", HEADER + "    <include file=\"sub/child.xml\"/>\n" + FOOTER)
                .write("sub/child.xml", String.format(child, ""));
        try (TestDatabases.Scratch theirs = TestDatabases.scratch(dbms); TestDatabases.Scratch ours = TestDatabases.scratch(dbms)) {
            for (TestDatabases.Scratch db : List.of(theirs, ours)) {
                assertEquals(0, new Cli(dir, db.url()).run("update", "--changelog-file", "changelog.xml").code());
            }
            files.write("changelog.xml", HEADER.replace("<databaseChangeLog ", "<databaseChangeLog logicalFilePath=\"app/root.xml\" ")
                    + "    <include file=\"sub/child.xml\"/>\n" + FOOTER)
                    .write("sub/child.xml", String.format(child, "    <changeSet id=\"new\" author=\"t\"><empty/></changeSet>\n"));
            liquibase("update", theirs.url(), Map.of("changelogFile", "changelog.xml"));
            Cli.Result r = new Cli(dir, ours.url()).run("update", "--changelog-file", "changelog.xml");
            assertEquals(0, r.code(), r.toString());
            List<List<String>> expected = Cli.query(theirs, COLUMNS);
            assertEquals(List.of("sub/child.xml", "app/root.xml"), expected.stream().map(row -> row.get(2)).toList(), expected.toString());
            assertEquals(expected, Cli.query(ours, COLUMNS));
        }
    }
}
