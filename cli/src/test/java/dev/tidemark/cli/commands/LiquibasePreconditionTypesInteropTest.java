package dev.tidemark.cli.commands;

import static dev.tidemark.cli.commands.PreconditionChangeLogs.FOOTER;
import static dev.tidemark.cli.commands.PreconditionChangeLogs.HEADER;
import static dev.tidemark.cli.commands.PreconditionChangeLogs.guarded;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tidemark.cli.db.TestDatabases;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every precondition type, where it holds and where it does not, and the names it looks up
 * written in the other case: Liquibase 4.33.0 (in process) and Tidemark leave the same history
 * rows. On MariaDB (lower_case_table_names=0) table names are case-sensitive, other names not.
 */
class LiquibasePreconditionTypesInteropTest {
    @TempDir
    Path dir;

    private static final String COLUMNS = "SELECT ID, EXECTYPE, ORDEREXECUTED FROM DATABASECHANGELOG ORDER BY ORDEREXECUTED";

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql", "mariadb"})
    void everyType_andNamesInTheOtherCase_leaveTheRowsLiquibaseLeaves(String dbms) throws Exception {
        try (TestDatabases.Scratch theirs = TestDatabases.scratch(dbms); TestDatabases.Scratch ours = TestDatabases.scratch(dbms)) {
            StringBuilder xml = new StringBuilder(HEADER).append("    <property name=\"env\" value=\"test\"/>\n")
                    .append(PreconditionChangeLogs.setup(true));
            for (PreconditionChangeLogs.Case c : PreconditionChangeLogs.everyType(theirs, PreconditionChangeLogs.user(theirs))) {
                if (c.name().startsWith("dbms") || c.name().endsWith("-schema") || c.name().equals("changeSetExecuted")) {
                    continue; // they name the database kind or the scratch schema
                }
                if (dbms.equals("mariadb") && c.name().startsWith("uniqueConstraintExists")) {
                    // Liquibase 4.33 finds no unique constraint on MariaDB (both cases are marked ran); Tidemark finds it.
                    xml.append(guarded("f-" + c.name(), "onFail=\"MARK_RAN\" onError=\"CONTINUE\"", c.fails()));
                    continue;
                }
                xml.append(guarded("t-" + c.name(), "onFail=\"MARK_RAN\" onError=\"CONTINUE\"", c.holds()));
                xml.append(guarded("f-" + c.name(), "onFail=\"MARK_RAN\" onError=\"CONTINUE\"", c.fails()));
            }
            // The names in the other case: an error leaves no row (onError=CONTINUE), a failure a MARK_RAN row.
            List<String> otherCase = List.of("<tableExists tableName=\"PERSON\"/>",
                    "<columnExists tableName=\"PERSON\" columnName=\"NAME\"/>",
                    "<columnExists tableName=\"person\" columnName=\"NAME\"/>",
                    "<viewExists viewName=\"V_PERSON\"/>",
                    "<foreignKeyConstraintExists foreignKeyName=\"FK_PET_OWNER\"/>",
                    "<foreignKeyConstraintExists foreignKeyTableName=\"PET\" foreignKeyName=\"fk_pet_owner\"/>",
                    "<indexExists indexName=\"IX_PET_OWNER\"/>",
                    "<indexExists tableName=\"PET\" columnNames=\"OWNER_ID, ID\"/>",
                    "<sequenceExists sequenceName=\"SEQ_ORDER\"/>",
                    "<primaryKeyExists tableName=\"PERSON\"/>",
                    "<uniqueConstraintExists tableName=\"PERSON\" constraintName=\"uq_person_name\"/>",
                    "<uniqueConstraintExists tableName=\"person\" constraintName=\"UQ_PERSON_NAME\"/>",
                    "<tableIsEmpty tableName=\"PET\"/>",
                    "<rowCount tableName=\"PERSON\" expectedRows=\"1\"/>");
            for (int i = 0; i < otherCase.size(); i++) {
                xml.append(guarded("case-" + i, "onFail=\"MARK_RAN\" onError=\"CONTINUE\"", otherCase.get(i)));
            }
            new Cli(dir, null).write("changelog.xml", xml.append(FOOTER).toString());

            LiquibaseOracle.run(dir, "update", theirs.url(), Map.of("changelogFile", "changelog.xml"));
            Cli.Result r = new Cli(dir, ours.url()).run("update", "--changelog-file", "changelog.xml");
            assertEquals(0, r.code(), r.toString());
            assertEquals(Cli.query(theirs, COLUMNS), Cli.query(ours, COLUMNS));
        }
    }
}
