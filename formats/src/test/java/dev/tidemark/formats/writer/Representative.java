// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.formats.writer;

import static dev.tidemark.formats.writer.ModelFactory.changeSet;
import static dev.tidemark.formats.writer.ModelFactory.make;

import dev.tidemark.model.ChangeLogFile;
import dev.tidemark.model.ColumnConfig;
import dev.tidemark.model.Constraints;
import dev.tidemark.model.CustomParam;
import dev.tidemark.model.Include;
import dev.tidemark.model.IncludeAll;
import dev.tidemark.model.ModifySql;
import dev.tidemark.model.Preconditions;
import dev.tidemark.model.Property;
import dev.tidemark.model.Rollback;
import dev.tidemark.model.change.AddAutoIncrement;
import dev.tidemark.model.change.CreateTable;
import dev.tidemark.model.change.CustomChange;
import dev.tidemark.model.change.DropTable;
import dev.tidemark.model.change.Insert;
import dev.tidemark.model.change.Output;
import dev.tidemark.model.change.Sql;
import dev.tidemark.model.change.Update;
import dev.tidemark.model.modifysql.Append;
import dev.tidemark.model.modifysql.Replace;
import dev.tidemark.model.precondition.And;
import dev.tidemark.model.precondition.DbmsPrecondition;
import dev.tidemark.model.precondition.Not;
import dev.tidemark.model.precondition.SqlCheck;
import dev.tidemark.model.precondition.TableExists;
import java.math.BigInteger;
import java.util.List;

/** One changelog that exercises every layout rule and the awkward values, for the golden files. */
final class Representative {
    private Representative() {
    }

    static ChangeLogFile changeLog() {
        return new ChangeLogFile(ModelFactory.PATH, ChangeLogFile.Format.YAML, "db/changelog.xml", null, null,
                "QUOTE_ALL_OBJECTS", List.of(
                make(Property.class, "name", "schema", "value", "app"),
                make(Preconditions.class, "onFail", "HALT",
                        "conditions", List.of(make(DbmsPrecondition.class, "type", "postgresql"))),
                make(Include.class, "file", "tables.xml", "relativeToChangelogFile", true),
                make(IncludeAll.class, "path", "migrations/", "endsWithFilter", ".xml"),
                tables(true),
                data(),
                odds(true)));
    }

    /**
     * The same without what the parser refuses or cannot give back in order (includes of missing
     * files, customChange, two edits of one kind in a modifySql block, which are written as two blocks).
     */
    static ChangeLogFile readable() {
        return new ChangeLogFile(ModelFactory.PATH, ChangeLogFile.Format.YAML, null, null, null,
                "QUOTE_ALL_OBJECTS", List.of(
                make(Property.class, "name", "schema", "value", "app"),
                tables(false),
                data(),
                odds(false)));
    }

    private static dev.tidemark.model.ChangeSet tables(boolean interleaved) {
        return changeSet("1", "alice",
                "contextFilter", "dev",
                "runOnChange", true,
                "comment", "creates person",
                "validCheckSums", List.of("9:abc", "1:any"),
                "preconditions", make(Preconditions.class, "onFail", "MARK_RAN", "conditions", List.of(
                        make(And.class, "nested", List.of(
                                make(TableExists.class, "tableName", "audit"),
                                make(Not.class, "nested", List.of(
                                        make(SqlCheck.class, "expectedResult", "0",
                                                "sql", "SELECT COUNT(*) FROM person"))))))),
                "changes", List.of(make(CreateTable.class, "tableName", "person", "columns", List.of(
                        make(ColumnConfig.class, "name", "id", "type", "int",
                                "constraints", make(Constraints.class, "primaryKey", true, "nullable", false)),
                        make(ColumnConfig.class, "name", "code", "type", "varchar(10)", "defaultValue", "007",
                                "remarks", "say \"hi\" & <bye>")))),
                "rollback", make(Rollback.class, "changes", List.of(make(DropTable.class, "tableName", "person"))),
                "modifySql", List.of(make(ModifySql.class, "dbms", "postgresql", "modifiers", List.of(
                        make(Replace.class, "replace", "a", "with", "b"),
                        make(Append.class, "value", " ;"),
                        make(Replace.class, "replace", "c", "with", "d")).subList(0, interleaved ? 3 : 2))));
    }

    private static dev.tidemark.model.ChangeSet data() {
        return changeSet("2", "bob",
                "changes", List.of(
                        make(Insert.class, "tableName", "person", "columns", List.of(
                                make(ColumnConfig.class, "name", "flag", "value", "true"),
                                make(ColumnConfig.class, "name", "nothing", "value", "null"),
                                make(ColumnConfig.class, "name", "code", "value", "007"),
                                make(ColumnConfig.class, "name", "stamp", "value", "9:30"),
                                make(ColumnConfig.class, "name", "padded", "value", " two words "),
                                make(ColumnConfig.class, "name", "note", "value", "line one\nline two\n"),
                                make(ColumnConfig.class, "name", "prop", "value", "${x}"),
                                make(ColumnConfig.class, "name", "age", "valueNumeric", "42"))),
                        make(Update.class, "tableName", "person",
                                "columns", List.of(make(ColumnConfig.class, "name", "age", "valueNumeric", "43")),
                                "where", "id = :value AND name <> 'x'",
                                "whereParams", List.of(make(ColumnConfig.class, "name", "id", "valueNumeric", "1"))),
                        make(Sql.class, "sql", "SELECT 1 < 2 && 'a]]>b';\nSELECT 2;\n", "splitStatements", false,
                                "comment", "two queries"),
                        make(AddAutoIncrement.class, "tableName", "person", "columnName", "id",
                                "startWith", new BigInteger("9007199254740993"))),
                "rollback", make(Rollback.class, "changeSetId", "1", "changeSetAuthor", "alice"));
    }

    private static dev.tidemark.model.ChangeSet odds(boolean custom) {
        Output output = make(Output.class, "message", "héllo 日本 ✓", "target", "STDERR");
        return changeSet("three", "carol",
                "changes", custom ? List.of(output, make(CustomChange.class, "className", "com.example.Fix",
                        "params", List.of(make(CustomParam.class, "name", "level", "value", "1")))) : List.of(output),
                "rollback", make(Rollback.class));
    }
}
