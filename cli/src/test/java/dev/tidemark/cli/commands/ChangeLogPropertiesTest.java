package dev.tidemark.cli.commands;

import static dev.tidemark.cli.commands.PreconditionChangeLogs.FOOTER;
import static dev.tidemark.cli.commands.PreconditionChangeLogs.HEADER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tidemark.cli.db.TestDatabases;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Where a {@code ${name}} gets its value, in Liquibase's order: environment variables, then
 * system properties, then global properties in definition order (-D first, then parameter. lines
 * of the properties file, then the changelog's own), then local ones; built-ins such as
 * database.typeName; properties in include paths; context-filtered properties.
 */
class ChangeLogPropertiesTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql", "mariadb"})
    void precedence_builtIns_andPropertiesInPaths(String dbms) throws Exception {
        try (TestDatabases.Scratch db = TestDatabases.scratch(dbms)) {
            Cli cli = new Cli(dir, db.url())
                    .env("TM_FROM_ENV", "env")
                    .write("liquibase.properties", "parameter.p_file=file\nparameter.p_both=file\n")
                    .write("changelog.xml", HEADER
                            + "    <property name=\"TM_FROM_ENV\" value=\"changelog\"/>\n"
                            + "    <property name=\"p_cli\" value=\"changelog\"/>\n"
                            + "    <property name=\"p_file\" value=\"changelog\"/>\n"
                            + "    <property name=\"p_mine\" value=\"changelog\"/>\n"
                            + "    <property name=\"p_dev\" value=\"dev-only\" context=\"dev\"/>\n"
                            + "    <property name=\"p_dev\" value=\"otherwise\"/>\n"
                            + "    <property name=\"child\" value=\"parts/child\"/>\n"
                            + "    <changeSet id=\"values\" author=\"t\"><comment>${TM_FROM_ENV}|${p_cli}|${p_file}|${p_both}|${p_mine}"
                            + "|${database.typeName}|${p_dev}|${p_unknown}</comment><empty/></changeSet>\n"
                            + "    <include file=\"${child}.xml\"/>\n"
                            + FOOTER)
                    .write("parts/child.xml", HEADER + "    <changeSet id=\"child\" author=\"t\"><comment>included</comment><empty/></changeSet>\n"
                            + FOOTER);
            // No --contexts: every context-filtered property applies (as a changeset with a context would run), so the first p_dev wins.
            Cli.Result r = cli.run("update", "--changelog-file", "changelog.xml", "-Dp_cli=cli", "-Dp_both=cli", "-DTM_FROM_ENV=cli");
            assertEquals(0, r.code(), r.toString());
            assertEquals(List.of(List.of("values", "env|cli|file|cli|changelog|" + dbms + "|dev-only|${p_unknown}"),
                    List.of("child", "included")), Cli.query(db, "SELECT ID, COMMENTS FROM DATABASECHANGELOG ORDER BY ORDEREXECUTED"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql", "mariadb"})
    void contextFilteredProperty_appliesOnlyInItsContext(String dbms) throws Exception {
        try (TestDatabases.Scratch db = TestDatabases.scratch(dbms)) {
            Cli cli = new Cli(dir, db.url()).write("changelog.xml", HEADER
                    + "    <property name=\"table\" value=\"dev_table\" context=\"dev\"/>\n"
                    + "    <property name=\"table\" value=\"prod_table\" context=\"prod\"/>\n"
                    + "    <changeSet id=\"t\" author=\"t\"><createTable tableName=\"${table}\"><column name=\"id\" type=\"int\"/></createTable></changeSet>\n"
                    + FOOTER);
            assertEquals(0, cli.run("update", "--changelog-file", "changelog.xml", "--contexts", "prod").code());
            assertEquals(List.of("DATABASECHANGELOG", "DATABASECHANGELOGLOCK", "PROD_TABLE"), Cli.tables(db));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql", "mariadb"})
    void changeLogLevelPropertyDefined_seesTheFilesLocalProperties(String dbms) throws Exception {
        try (TestDatabases.Scratch db = TestDatabases.scratch(dbms)) {
            // Liquibase 4.33 throws a NullPointerException here; Tidemark answers as it does in a changeset.
            Cli cli = new Cli(dir, db.url())
                    .write("changelog.xml", HEADER + "    <property name=\"r_local\" value=\"root\" global=\"false\"/>\n"
                            + "    <include file=\"child.xml\"/>\n" + FOOTER)
                    .write("child.xml", HEADER + "    <property name=\"c_local\" value=\"child\" global=\"false\"/>\n"
                            + "    <preConditions><changeLogPropertyDefined property=\"c_local\" value=\"child\"/>"
                            + "<changeLogPropertyDefined property=\"r_local\" value=\"root\"/></preConditions>\n"
                            + "    <changeSet id=\"c\" author=\"t\"><empty/></changeSet>\n" + FOOTER)
                    .write("other.xml", HEADER + "    <preConditions><changeLogPropertyDefined property=\"c_local\"/></preConditions>\n"
                            + FOOTER);
            Cli.Result r = cli.run("update", "--changelog-file", "changelog.xml");
            assertEquals(0, r.code(), r.toString());
            assertEquals(List.of(List.of("c")), Cli.query(db, "SELECT ID FROM DATABASECHANGELOG"));
            Cli.Result other = cli.run("update", "--changelog-file", "other.xml");
            assertEquals(6, other.code(), "another changelog does not see child.xml's local property: " + other);
            assertTrue(other.err().contains("property 'c_local' is not defined"), other.err());
        }
    }
}
