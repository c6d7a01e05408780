// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.sql;

import static dev.tidemark.sql.DataSqlTest.AT;
import static dev.tidemark.sql.DataSqlTest.failure;
import static dev.tidemark.sql.DataSqlTest.record;
import static dev.tidemark.sql.DataSqlTest.resources;
import static dev.tidemark.sql.DataSqlTest.render;
import static dev.tidemark.sql.DataSqlTest.script;
import static dev.tidemark.sql.DataSqlTest.sql;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tidemark.dialect.QuotingStrategy;
import dev.tidemark.error.ErrorCode;
import dev.tidemark.error.TidemarkException;
import dev.tidemark.model.CommandArg;
import dev.tidemark.model.change.CustomChange;
import dev.tidemark.model.change.Empty;
import dev.tidemark.model.change.ExecuteCommand;
import dev.tidemark.model.change.Output;
import dev.tidemark.model.change.Sql;
import dev.tidemark.model.change.SqlFile;
import dev.tidemark.model.change.Stop;
import dev.tidemark.model.change.TagDatabase;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The base ScriptSql (shown on H2, whose syntax adds only $$ and // to the standard one). */
class ScriptSqlTest {

    @Test
    void sql_splitsByDefaultAndKeepsComments() {
        Sql s = record(Sql.class, "sql", "-- two rows\nINSERT INTO t VALUES (1);\nINSERT INTO t VALUES (2);");
        assertEquals(List.of("-- two rows\nINSERT INTO t VALUES (1)", "INSERT INTO t VALUES (2)"), sql(s, script("h2")));
    }

    @Test
    void sql_followsItsSplitStripAndDelimiterAttributes() {
        assertEquals(List.of("INSERT INTO t VALUES (1)", "INSERT INTO t VALUES (2)"), sql(record(Sql.class, "sql",
                "-- two rows\nINSERT INTO t VALUES (1);\nINSERT INTO t VALUES (2);", "stripComments", Boolean.TRUE), script("h2")));
        assertEquals(List.of("INSERT INTO t VALUES (6, 'semi;colon'); SELECT 1"), sql(record(Sql.class, "sql",
                "INSERT INTO t VALUES (6, 'semi;colon'); SELECT 1", "splitStatements", Boolean.FALSE), script("h2")));
        assertEquals(List.of("INSERT INTO t VALUES (4)", "INSERT INTO t VALUES (5)"), sql(record(Sql.class, "sql",
                "INSERT INTO t VALUES (4)\nGO\nINSERT INTO t VALUES (5)\nGO", "endDelimiter", "GO"), script("h2")));
    }

    @Test
    void sql_blankHasNoStatement() {
        assertEquals(List.of(), sql(record(Sql.class, "sql", "  \n"), script("h2")));
    }

    @Test
    void sqlFile_isReadInItsEncodingWithPropertiesExpanded() {
        RenderContext ctx = new RenderContext(DataSqlTest.dialect("h2"), null, QuotingStrategy.LEGACY, resources(),
                text -> text.replace("${who}", "'me'"), false);
        SqlFile f = record(SqlFile.class, "path", "rows-latin1.sql", "encoding", "ISO-8859-1", "stripComments", Boolean.TRUE);
        assertEquals(List.of("INSERT INTO t VALUES (1, 'me')", "INSERT INTO t VALUES (2, 'café')"), sql(f, ctx));
    }

    @Test
    void sqlFile_inAnotherEncodingIsRefused() {
        TidemarkException e = failure(record(SqlFile.class, "path", "rows-latin1.sql"), script("h2"));
        assertEquals(ErrorCode.INVALID_VALUE, e.code());
        assertEquals("the file is not valid UTF-8 text; set its encoding", e.getMessage());
    }

    @Test
    void sqlFile_missingIsFileNotFoundAtTheChange() {
        TidemarkException e = failure(record(SqlFile.class, "path", "nope.sql", "relativeToChangelogFile", Boolean.TRUE), script("h2"));
        assertEquals(ErrorCode.FILE_NOT_FOUND, e.code());
        assertEquals(AT, e.location());
    }

    @Test
    void changesThatRunNoSqlRenderNothing() {
        assertEquals(List.of(), render(record(TagDatabase.class, "tag", "v1"), script("h2")));
        assertEquals(List.of(), render(record(Output.class, "message", "hello"), script("h2")));
        assertEquals(List.of(), render(record(Empty.class), script("h2")));
        assertEquals(List.of(), render(record(Stop.class, "message", "halt"), script("h2")));
        assertEquals(List.of(), render(record(ExecuteCommand.class, "executable", "ls",
                "args", List.of(record(CommandArg.class, "value", "-l"))), script("h2")));
    }

    @Test
    void customChange_isUnsupported() {
        TidemarkException e = failure(record(CustomChange.class, "className", "com.example.Up"), script("postgresql"));
        assertEquals(ErrorCode.UNSUPPORTED, e.code());
        assertEquals(AT, e.location());
        assertEquals("customChange (class com.example.Up) is not supported: Tidemark does not run Java classes named in changelogs",
                e.getMessage());
    }
}
