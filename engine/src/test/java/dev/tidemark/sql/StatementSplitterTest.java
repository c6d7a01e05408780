// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tidemark.sql.StatementSyntax.Feature;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Splitting. The first group of cases are ones where Liquibase 4.33's
 * {@code StringUtil.processMultiLineSQL} was run on the same text and gave the same statements.
 */
class StatementSplitterTest {
    private static final StatementSyntax POSTGRES = StatementSyntax.of(Feature.DOLLAR_QUOTES, Feature.ESCAPE_STRINGS,
            Feature.NESTED_BLOCK_COMMENTS);
    private static final StatementSyntax MYSQL = StatementSyntax.of(Feature.BACKSLASH_ESCAPES, Feature.DOUBLE_QUOTED_STRINGS,
            Feature.BACKTICK_IDENTIFIERS, Feature.HASH_COMMENTS, Feature.DASH_DASH_NEEDS_SPACE);
    private static final StatementSyntax ORACLE = StatementSyntax.of(Feature.Q_QUOTES, Feature.PLSQL_BLOCKS);

    private static List<String> split(String sql) {
        return split(StatementSyntax.ANSI, sql, true, false, null);
    }

    private static List<String> split(StatementSyntax syntax, String sql, boolean split, boolean strip, String delimiter) {
        List<String> out = new ArrayList<>();
        for (SqlStatement s : new StatementSplitter(syntax).split(sql, split, strip, delimiter)) {
            out.add(s.block() ? "BLOCK:" + s.sql() : s.sql());
        }
        return out;
    }

    // ---- as Liquibase 4.33

    @Test
    void semicolonsEndStatements() {
        assertEquals(List.of("SELECT 1", "SELECT 2"), split("SELECT 1; SELECT 2;"));
        assertEquals(List.of("SELECT 1", "SELECT 2"), split("SELECT 1;;; SELECT 2;"));
    }

    @Test
    void quotedTextAndCommentsAreNeverSplit() {
        assertEquals(List.of("SELECT 'a;b'", "SELECT \"c;d\""), split("SELECT 'a;b'; SELECT \"c;d\""));
        assertEquals(List.of("-- comment ; here\nSELECT 1", "/* block ; */ SELECT 2"),
                split("-- comment ; here\nSELECT 1;\n/* block ; */ SELECT 2;"));
    }

    @Test
    void stripCommentsRemovesThemFirst() {
        assertEquals(List.of("SELECT 1", "SELECT 2"), split(StatementSyntax.ANSI, "-- comment ; here\nSELECT 1;\n/* block ; */ SELECT 2;",
                true, true, null));
        assertEquals(List.of("SELECT 1 \n, 2", "SELECT  3"), split(StatementSyntax.ANSI, "SELECT 1 -- a\n, 2; /* x */ SELECT /* y */ 3;",
                true, true, null));
    }

    @Test
    void goAndSlashAloneOnALineEndStatements() {
        assertEquals(List.of("CREATE TABLE t (a INT)", "INSERT INTO t VALUES (1)", "SELECT 3"),
                split("CREATE TABLE t (a INT)\nGO\nINSERT INTO t VALUES (1)\ngo\nSELECT 3"));
        assertEquals(List.of("INSERT INTO t VALUES (1)", "INSERT INTO t VALUES (2)"),
                split("INSERT INTO t VALUES (1)\n/\nINSERT INTO t VALUES (2)\n/\n"));
    }

    @Test
    void beginEndNestsAreNotSplitExceptTransactions() {
        assertEquals(List.of("BEGIN\n  INSERT INTO t VALUES (1);\n  INSERT INTO t VALUES (2);\nEND", "SELECT 1"),
                split("BEGIN\n  INSERT INTO t VALUES (1);\n  INSERT INTO t VALUES (2);\nEND;\nSELECT 1;"));
        assertEquals(List.of("BEGIN TRANSACTION", "INSERT INTO t VALUES (1)", "COMMIT"),
                split("BEGIN TRANSACTION;\nINSERT INTO t VALUES (1);\nCOMMIT;"));
        assertEquals(List.of("BEGIN TRAN\nINSERT INTO t VALUES (1)", "COMMIT TRAN"), split("BEGIN TRAN\nINSERT INTO t VALUES (1);\nCOMMIT TRAN;"));
        assertEquals(List.of("CREATE TRIGGER trg BEFORE INSERT ON t FOR EACH ROW BEGIN SET NEW.a = 1; END", "INSERT INTO t VALUES (1)"),
                split("CREATE TRIGGER trg BEFORE INSERT ON t FOR EACH ROW BEGIN SET NEW.a = 1; END;\nINSERT INTO t VALUES (1);"));
        assertEquals(List.of("SELECT CASE WHEN 1=1 THEN 'a' END FROM t", "SELECT 2"), split("SELECT CASE WHEN 1=1 THEN 'a' END FROM t; SELECT 2;"));
    }

    @Test
    void customDelimitersMatchIgnoringCase() {
        assertEquals(List.of("INSERT INTO t VALUES (1)", "INSERT INTO t VALUES (2)"),
                split(StatementSyntax.ANSI, "INSERT INTO t VALUES (1) GO INSERT INTO t VALUES (2)\nGO", true, false, "GO"));
        assertEquals(List.of("INSERT INTO t VALUES (1)", "INSERT INTO t VALUES (2)"),
                split(StatementSyntax.ANSI, "INSERT INTO t VALUES (1)\nGO\nINSERT INTO t VALUES (2)", true, false, "go"));
        assertEquals(List.of("CREATE PROCEDURE p() BEGIN SELECT 1; END", "SELECT 2"),
                split(StatementSyntax.ANSI, "CREATE PROCEDURE p() BEGIN SELECT 1; END//\nSELECT 2//", true, false, "//"));
        assertEquals(List.of("SELECT 1", "SELECT 2"), split(StatementSyntax.ANSI, "SELECT 1$ SELECT 2$", true, false, "$"));
        assertEquals(List.of("INSERT INTO t VALUES (1)", "INSERT INTO t VALUES (2)"),
                split(StatementSyntax.ANSI, "INSERT INTO t VALUES (1)\nGO\nINSERT INTO t VALUES (2)", true, false, "\nGO"));
    }

    @Test
    void aSlashDelimiterCountsOnlyAtTheStartOfALine() {
        assertEquals(List.of("CREATE OR REPLACE PROCEDURE p IS\nBEGIN\n  NULL;\nEND;", "SELECT 1 / 2 FROM dual"),
                split(StatementSyntax.ANSI, "CREATE OR REPLACE PROCEDURE p IS\nBEGIN\n  NULL;\nEND;\n/\nSELECT 1 / 2 FROM dual\n/", true, false, "/"));
    }

    @Test
    void splitStatementsFalseKeepsTheWholeText() {
        assertEquals(List.of("SELECT 1; SELECT 2;"), split(StatementSyntax.ANSI, "  SELECT 1; SELECT 2;\n", false, false, null));
    }

    @Test
    void blankTextHasNoStatement() {
        assertEquals(List.of(), split("   \n "));
    }

    // ---- beyond Liquibase

    @Test
    void aCommentAloneIsNotAStatement() {
        assertEquals(List.of("SELECT 1"), split("SELECT 1; -- trailing comment"));
    }

    @Test
    void aSlashContinuingAnExpressionIsNotADelimiter() {
        assertEquals(List.of("SELECT a\n/ b FROM t"), split("SELECT a\n/ b FROM t;"));
    }

    @Test
    void endIfAndLoopCloseNoNest() {
        assertEquals(List.of("CREATE PROCEDURE p() BEGIN IF x THEN SET y = 1; END IF; WHILE z DO SET z = 0; END WHILE; END", "SELECT 1"),
                split("CREATE PROCEDURE p() BEGIN IF x THEN SET y = 1; END IF; WHILE z DO SET z = 0; END WHILE; END; SELECT 1;"));
        assertEquals(List.of("BEGIN CASE WHEN a THEN SET b = 1; END CASE; SELECT CASE WHEN a THEN 1 END; END", "SELECT 2"),
                split("BEGIN CASE WHEN a THEN SET b = 1; END CASE; SELECT CASE WHEN a THEN 1 END; END; SELECT 2;"));
    }

    @Test
    void transactionStartsOpenNoNest() {
        assertEquals(List.of("BEGIN", "INSERT INTO t VALUES (1)", "COMMIT"), split("BEGIN;\nINSERT INTO t VALUES (1);\nCOMMIT;"));
        assertEquals(List.of("BEGIN WORK", "COMMIT WORK"), split("BEGIN WORK; COMMIT WORK;"));
        assertEquals(List.of("BEGIN ISOLATION LEVEL SERIALIZABLE", "COMMIT"), split("BEGIN ISOLATION LEVEL SERIALIZABLE; COMMIT;"));
    }

    @Test
    void hintsAndExecutableCommentsSurviveStripping() {
        assertEquals(List.of("SELECT /*+ INDEX(t i) */ a FROM t", "/*!40101 SET NAMES utf8 */"),
                split(StatementSyntax.ANSI, "SELECT /*+ INDEX(t i) */ a FROM t; /*!40101 SET NAMES utf8 */;", true, true, null));
    }

    @Test
    void postgresDollarQuotesAndEscapeStringsAreNeverSplit() {
        String function = "CREATE FUNCTION f() RETURNS trigger AS $body$\nBEGIN\n  NEW.a := 'x;y';\n  RETURN NEW;\nEND;\n$body$ LANGUAGE plpgsql";
        assertEquals(List.of(function, "DO $$ BEGIN PERFORM 1; END $$", "SELECT E'it\\'s;'", "SELECT 2"),
                split(POSTGRES, function + ";\nDO $$ BEGIN PERFORM 1; END $$;\nSELECT E'it\\'s;';\nSELECT 2;", true, false, null));
        assertEquals(List.of("SELECT $1 + a$b", "SELECT 2"), split(POSTGRES, "SELECT $1 + a$b; SELECT 2;", true, false, null));
        assertEquals(List.of("/* outer /* inner; */ still; */ SELECT 1"), split(POSTGRES, "/* outer /* inner; */ still; */ SELECT 1;", true, false, null));
    }

    @Test
    void mysqlBackslashEscapesHashCommentsAndBackticks() {
        assertEquals(List.of("INSERT INTO t VALUES ('it\\'s; here', \"a\\\";b\")", "# note; here\nSELECT `a;b` FROM t", "SELECT 1--1"),
                split(MYSQL, "INSERT INTO t VALUES ('it\\'s; here', \"a\\\";b\"); # note; here\nSELECT `a;b` FROM t; SELECT 1--1;",
                        true, false, null));
        assertEquals(List.of("SELECT 1", "SELECT 2"), split(MYSQL, "SELECT 1; # x;\n-- y;\nSELECT 2;", true, true, null));
    }

    @Test
    void oracleQQuotes() {
        assertEquals(List.of("SELECT q'[it's; here]' FROM dual", "SELECT Q'{a;b}', nq'!x;!' FROM dual"),
                split(ORACLE, "SELECT q'[it's; here]' FROM dual; SELECT Q'{a;b}', nq'!x;!' FROM dual;", true, false, null));
    }

    @Test
    void oraclePlsqlUnitsRunToTheSlashAndAreBlocks() {
        String procedure = "CREATE OR REPLACE PROCEDURE p IS\nBEGIN\n  IF 1 = 1 THEN\n    NULL;\n  END IF;\n  INSERT INTO x VALUES (1);\nEND;";
        String declare = "DECLARE\n  v NUMBER;\nBEGIN\n  v := 1;\nEND;";
        assertEquals(List.of("BLOCK:" + procedure, "BLOCK:BEGIN\n  NULL;\nEND;", "SELECT 1 FROM dual", "BLOCK:" + declare),
                split(ORACLE, procedure + "\n/\nBEGIN\n  NULL;\nEND;\n/\nSELECT 1 FROM dual;\n" + declare + "\n", true, false, null));
        assertEquals(List.of("BLOCK:CREATE OR REPLACE EDITIONABLE PACKAGE pk AS\n  PROCEDURE a;\nEND pk;", "CREATE TABLE t (a INT)"),
                split(ORACLE, "CREATE OR REPLACE EDITIONABLE PACKAGE pk AS\n  PROCEDURE a;\nEND pk;\n/\nCREATE TABLE t (a INT);", true, false, null));
        assertEquals(List.of("BLOCK:CREATE TYPE BODY t AS MEMBER FUNCTION f RETURN NUMBER IS BEGIN RETURN 1; END; END;"),
                split(ORACLE, "CREATE TYPE BODY t AS MEMBER FUNCTION f RETURN NUMBER IS BEGIN RETURN 1; END; END;\n/", true, false, null));
    }

    @Test
    void oracleUnitsWithSplittingOffLoseOnlyTheirFinalSlash() {
        assertEquals(List.of("BLOCK:BEGIN\n  NULL;\nEND;"), split(ORACLE, "BEGIN\n  NULL;\nEND;\n/\n", false, false, null));
    }

    @Test
    void oracleUnitsEndAtACustomDelimiterButNeverAtASemicolon() {
        assertEquals(List.of("BLOCK:CREATE TRIGGER trg BEFORE INSERT ON t FOR EACH ROW\nBEGIN\n  :new.a := 1;\nEND;", "INSERT INTO t VALUES (1);"),
                split(ORACLE, "CREATE TRIGGER trg BEFORE INSERT ON t FOR EACH ROW\nBEGIN\n  :new.a := 1;\nEND;\n/\nINSERT INTO t VALUES (1);\n/",
                        true, false, "/"));
        assertEquals(List.of("BLOCK:BEGIN NULL; END;\nSELECT 1 FROM dual;"), split(ORACLE, "BEGIN NULL; END;\nSELECT 1 FROM dual;", true, false, ";"));
    }

    @Test
    void aFormattedSqlSlashDelimiterWorksAsARegularExpression() {
        assertEquals(List.of("BEGIN NULL; END;"), split(StatementSyntax.ANSI, "BEGIN NULL; END;\n/", true, false, "\n/$"));
    }
}
