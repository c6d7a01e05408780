package dev.tidemark.cli.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tidemark.cli.db.TestDatabases;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExecuteSqlCommandTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql", "mariadb"})
    void sql_runsEveryStatement_printsQueryRows_andRecordsNothing(String dbms) throws Exception {
        try (TestDatabases.Scratch db = TestDatabases.scratch(dbms)) {
            Cli cli = new Cli(dir, db.url());
            Cli.Result r = cli.run("execute-sql", "--sql", "create table note (id int, body varchar(20));\n"
                    + "insert into note values (1, 'a;b');\ninsert into note values (2, null);\nselect id, body from note order by id");
            assertEquals(0, r.code(), r.toString());
            assertEquals(String.join("\n",
                    "Successfully Executed: create table note (id int, body varchar(20))",
                    "Successfully Executed: insert into note values (1, 'a;b')",
                    "Successfully Executed: insert into note values (2, null)",
                    "Output of select id, body from note order by id:",
                    r.out().lines().toList().get(4),
                    "1 | a;b |",
                    "2 | null |", ""), r.out());
            assertTrue(r.out().lines().toList().get(4).equalsIgnoreCase("id | body |"), r.out());
            assertEquals(List.of(List.of("2")), Cli.query(db, "SELECT COUNT(*) FROM note"));
            assertEquals(List.of(List.of("0")), Cli.query(db, "SELECT COUNT(*) FROM DATABASECHANGELOGLOCK WHERE LOCKEDBY IS NOT NULL"),
                    "ran under the lock, released");
            assertEquals(List.of("DATABASECHANGELOGLOCK", "NOTE"), Cli.tables(db), "no history table: nothing is recorded");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql", "mariadb"})
    void sqlFile_withADelimiter_andAFailureNamesTheStatement(String dbms) throws Exception {
        try (TestDatabases.Scratch db = TestDatabases.scratch(dbms)) {
            Cli cli = new Cli(dir, db.url()).write("sql/seed.sql", "create table k (id int)\nGO\ninsert into k values (7)\nGO\n"
                    + "select id from k where id = 8\nGO\n");
            Cli.Result r = cli.run("execute-sql", "--sql-file", "sql/seed.sql", "--delimiter", "GO");
            assertEquals(0, r.code(), r.toString());
            assertTrue(r.out().endsWith("Output of select id from k where id = 8:\n-- Empty Resultset --\n"), r.out());
            assertEquals(List.of(List.of("7")), Cli.query(db, "SELECT id FROM k"));

            Cli.Result bad = cli.run("execute-sql", "--sql", "insert into k values (8); insert into missing_table values (1)");
            assertEquals(5, bad.code(), bad.toString());
            assertTrue(bad.err().startsWith("error TM501 the database failed on `insert into missing_table values (1)`: "), bad.err());
            if (!dbms.equals("mariadb")) {
                assertEquals(List.of(List.of("7")), Cli.query(db, "SELECT id FROM k"), "rolled back as one transaction");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2"})
    void sqlAndSqlFile_areExclusive(String dbms) throws Exception {
        try (TestDatabases.Scratch db = TestDatabases.scratch(dbms)) {
            Cli cli = new Cli(dir, db.url());
            assertEquals("error TM200 give exactly one of --sql and --sql-file\n", cli.run("execute-sql").err());
            assertEquals(2, cli.run("execute-sql", "--sql", "select 1", "--sql-file", "x.sql").code());
        }
    }
}
