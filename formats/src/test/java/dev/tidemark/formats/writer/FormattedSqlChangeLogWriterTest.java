// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.formats.writer;

import static dev.tidemark.formats.writer.ModelFactory.changeSet;
import static dev.tidemark.formats.writer.ModelFactory.file;
import static dev.tidemark.formats.writer.ModelFactory.make;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tidemark.error.ErrorCode;
import dev.tidemark.error.TidemarkException;
import dev.tidemark.model.ChangeLogEntry;
import dev.tidemark.model.ChangeLogFile;
import dev.tidemark.model.Include;
import dev.tidemark.model.Preconditions;
import dev.tidemark.model.Property;
import dev.tidemark.model.Rollback;
import dev.tidemark.model.change.CreateTable;
import dev.tidemark.model.change.Sql;
import dev.tidemark.model.precondition.And;
import dev.tidemark.model.precondition.SqlCheck;
import dev.tidemark.model.precondition.TableExists;
import dev.tidemark.model.precondition.ViewExists;
import java.util.List;
import org.junit.jupiter.api.Test;

class FormattedSqlChangeLogWriterTest {

    private static String write(ChangeLogEntry... entries) {
        ChangeLogFile file = new ChangeLogFile(ModelFactory.PATH, ChangeLogFile.Format.YAML, "db/changelog.yaml", null,
                null, null, List.of(entries));
        return new FormattedSqlChangeLogWriter().write(file, n -> n);
    }

    private static String refusal(ChangeLogEntry... entries) {
        return assertThrows(TidemarkException.class, () -> write(entries)).toString();
    }

    @Test
    void write_emitsHeaderPropertiesChangeSetsAndTheirDirectives() {
        String sql = write(
                make(Property.class, "name", "schema", "value", "app", "contextFilter", "dev", "global", false),
                changeSet("1", "alice", "runOnChange", true, "contextFilter", "dev and !test", "labels", "l1",
                        "dbms", "postgresql, h2", "comment", "creates person", "validCheckSums", List.of("9:abc"),
                        "preconditions", make(Preconditions.class, "onFail", "MARK_RAN", "conditions", List.of(
                                make(SqlCheck.class, "expectedResult", "0", "sql", "SELECT COUNT(*) FROM person"),
                                make(SqlCheck.class, "expectedResult", "a b", "sql", "SELECT 'a b'"),
                                make(TableExists.class, "tableName", "audit", "schemaName", "app"),
                                make(ViewExists.class, "viewName", "v"))),
                        "changes", List.of(make(Sql.class, "sql", "CREATE TABLE person (id int);")),
                        "rollback", make(Rollback.class, "changes", List.of(
                                make(Sql.class, "sql", "DROP TABLE person;\nDROP TABLE audit;")))),
                changeSet("two words", "n voxland",
                        "changes", List.of(make(Sql.class, "sql", "-- a comment\nINSERT INTO person VALUES (1)\nGO\n",
                                "splitStatements", false, "stripComments", true, "endDelimiter", "GO")),
                        "rollback", make(Rollback.class, "changeSetId", "1", "changeSetAuthor", "alice")),
                changeSet("3", "a:b", "runWithSpoolFile", "spool file.log",
                        "changes", List.of(make(Sql.class, "sql", "SELECT 1;")), "rollback", make(Rollback.class)));
        assertEquals(String.join("\n",
                "--liquibase formatted sql logicalFilePath:db/changelog.yaml",
                "",
                "--property name:schema value:app context:dev global:false",
                "",
                "--changeset alice:1 runOnChange:true stripComments:false context:\"dev and !test\" labels:l1 "
                        + "dbms:postgresql,h2",
                "--comment: creates person",
                "--validCheckSum: 9:abc",
                "--preconditions onFail:MARK_RAN",
                "--precondition-sql-check expectedResult:0 SELECT COUNT(*) FROM person",
                "--precondition-sql-check expectedResult:'a b' SELECT 'a b'",
                "--precondition-table-exists table:audit schema:app",
                "--precondition-view-exists view:v",
                "CREATE TABLE person (id int);",
                "--rollback DROP TABLE person;",
                "--rollback DROP TABLE audit;",
                "",
                "--changeset \"n voxland\":\"two words\" splitStatements:false stripComments:true endDelimiter:GO",
                "-- a comment",
                "INSERT INTO person VALUES (1)",
                "GO",
                "--rollback changesetId:1 changesetAuthor:alice",
                "",
                "--changeset \"a:b\":3 stripComments:false runWithSpoolFile:spool file.log",
                "SELECT 1;",
                "--rollback empty",
                ""), sql);
    }

    @Test
    void write_refusesChangesOtherThanSql() {
        assertEquals("db/changelog.yaml:3:5: TM109 changeset db/changelog.yaml::1::alice holds a createTable change,"
                + " which formatted SQL cannot express", refusal(changeSet("1", "alice",
                "changes", List.of(make(CreateTable.class, "tableName", "t")))));
    }

    @Test
    void write_refusesAChangeSetWithSeveralSqlChanges() {
        assertEquals("db/changelog.yaml:3:5: TM109 changeset db/changelog.yaml::1::alice holds 2 sql changes, not one,"
                + " which formatted SQL cannot express", refusal(changeSet("1", "alice",
                "changes", List.of(make(Sql.class, "sql", "SELECT 1"), make(Sql.class, "sql", "SELECT 2")))));
    }

    @Test
    void write_refusesSqlLinesThatWouldReadAsDirectives() {
        String message = refusal(changeSet("1", "alice",
                "changes", List.of(make(Sql.class, "sql", "SELECT 1;\n  --rollback DROP x;"))));
        assertEquals("db/changelog.yaml:3:5: TM109 changeset db/changelog.yaml::1::alice has the SQL line"
                + " '--rollback DROP x;', which formatted SQL would read as a directive",
                message);
    }

    @Test
    void write_refusesPreconditionsBeyondTheThreeFormattedSqlKnows() {
        assertEquals("db/changelog.yaml:3:5: TM109 changeset db/changelog.yaml::1::alice has an and precondition,"
                + " which formatted SQL cannot express", refusal(changeSet("1", "alice",
                "preconditions", make(Preconditions.class, "conditions", List.of(make(And.class, "nested", List.of()))),
                "changes", List.of(make(Sql.class, "sql", "SELECT 1")))));
    }

    @Test
    void write_refusesChangeSetAttributesWithoutADirective() {
        assertEquals("db/changelog.yaml:3:5: TM109 changeset db/changelog.yaml::1::alice has a created attribute,"
                + " which formatted SQL cannot express", refusal(changeSet("1", "alice", "created", "today",
                "changes", List.of(make(Sql.class, "sql", "SELECT 1")))));
    }

    @Test
    void write_refusesIncludes() {
        assertEquals("db/changelog.yaml:3:5: TM109 the changelog holds an include entry,"
                + " which formatted SQL cannot express", refusal(make(Include.class, "file", "other.sql")));
    }
}
