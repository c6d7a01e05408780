// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.formats.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tidemark.error.Diagnostic;
import dev.tidemark.formats.tree.Flavor;
import dev.tidemark.formats.tree.ListNode;
import dev.tidemark.formats.tree.MapNode;
import dev.tidemark.formats.tree.Node;
import dev.tidemark.formats.tree.ParsedTree;
import dev.tidemark.formats.tree.ScalarNode;
import dev.tidemark.formats.tree.SourceText;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class FormattedSqlTreeReaderTest {
    private static final String FILE = "db/changes.sql";
    private static final String HEADER = "--liquibase formatted sql";

    private final FormattedSqlTreeReader reader = new FormattedSqlTreeReader();
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    // ---- header and detection -------------------------------------------------------------

    @Test
    void header_isRecognisedIgnoringCaseAndSpacingAfterBlankLines() {
        List<Node> items = items("", "   ", "  -- LiquiBase   Formatted  SQL", "--changeset a:1", "select 1;");
        assertEquals("[{changeSet: {id: \"1\", author: \"a\", changes: [{sql: {sql: \"select 1;\", stripComments: \"true\"}}]}}]",
                TreeText.compact(new ListNode(items.get(0).location(), items)));
        assertEquals("", diagnosticsText());
    }

    @Test
    void isFormatted_looksAtTheFirstNonBlankLineOnly() {
        assertTrue(reader.isFormatted("\n\n--liquibase formatted sql\n"));
        assertTrue(reader.isFormatted("--LIQUIBASE FORMATTED SQL logicalFilePath:x.sql"));
        assertFalse(reader.isFormatted("select 1;\n--liquibase formatted sql\n"));
        assertFalse(reader.isFormatted(""));
    }

    @Test
    void header_logicalFilePath_becomesTheFirstItem() {
        List<Node> items = items("--liquibase formatted sql logicalFilePath:db/logical.sql", "--changeset a:1", "select 1;");
        assertEquals("{logicalFilePath: \"db/logical.sql\"}", TreeText.compact(items.get(0)));
        MapNode.Entry e = ((MapNode) items.get(0)).entries().get(0);
        assertEquals("1:27", TreeText.at(e.keyLocation()));
        assertEquals("1:43", TreeText.at(e.value().location()));
    }

    @Test
    void root_isDatabaseChangeLogListAtTheHeader() {
        ParsedTree tree = read("", HEADER, "--changeset a:1", "select 1;").orElseThrow();
        assertEquals(Flavor.TREE, tree.flavor());
        MapNode root = (MapNode) tree.root();
        assertEquals(List.of("databaseChangeLog"), root.entries().stream().map(MapNode.Entry::key).toList());
        assertEquals("2:1", TreeText.at(root.location()));
        assertEquals("2:1", TreeText.at(root.get("databaseChangeLog").orElseThrow().location()));
    }

    @Test
    void secondHeader_isAnError() {
        items(HEADER, "--changeset a:1", "select 1;", "  --liquibase formatted sql");
        assertEquals(FILE + ":4:3: error TM100: a second '--liquibase formatted sql' header; the file's header is at line 1",
                diagnosticsText());
    }

    // ---- changeset line ---------------------------------------------------------------------

    @Test
    void changeSet_quotedAuthorAndId_areUnquotedAndLocatedAtTheirOpeningQuote() {
        MapNode cs = changeSet(0, HEADER, "--changeset \"n voxland\":\"change 2\"", "select 1;");
        assertEquals("\"change 2\"", TreeText.compact(get(cs, "id")));
        assertEquals("\"n voxland\"", TreeText.compact(get(cs, "author")));
        assertEquals("2:25", TreeText.at(get(cs, "id").location()));
        assertEquals("2:13", TreeText.at(get(cs, "author").location()));
    }

    @Test
    void changeSet_authorMayHoldBlanksAndAQuotedIdMayHoldColons() {
        assertEquals("\"John Doe\"", TreeText.compact(get(changeSet(0, HEADER, "--changeset John Doe:12345", "select 1;"), "author")));
        assertEquals("\"ID:1\"", TreeText.compact(get(changeSet(0, HEADER, "--changeset SteveZ:\"ID:1\" labels:x", "select 1;"), "id")));
        assertEquals("\"CREATE_PROCEDURE_[dbo].[CustOrderHist1]\"", TreeText.compact(get(changeSet(0, HEADER,
                "-- ChangeSet Mike:CREATE_PROCEDURE_[dbo].[CustOrderHist1]", "select 1;"), "id")));
    }

    @Test
    void changeSet_attributes_goToTheChangeSetTheSqlChangeAndTheRollback() {
        MapNode cs = changeSet(0, HEADER,
                "--changeset a:1 runOnChange:true runAlways:true runInTransaction:false failOnError:false context:dev"
                        + " labels:l1,l2 dbms:h2,!postgresql logicalFilePath:lp.sql ignore:false runWith:jdbc"
                        + " runWithSpoolFile:out.spool created:today runOrder:last objectQuotingStrategy:QUOTE_ALL_OBJECTS"
                        + " onValidationFail:MARK_RAN splitStatements:false stripComments:false endDelimiter:GO"
                        + " rollbackSplitStatements:false rollbackEndDelimiter:/",
                "select 1;", "--rollback drop 1;");
        assertEquals("{id: \"1\", author: \"a\", runOnChange: \"true\", runAlways: \"true\", runInTransaction: \"false\","
                + " failOnError: \"false\", context: \"dev\", labels: \"l1,l2\", dbms: \"h2,!postgresql\", logicalFilePath: \"lp.sql\","
                + " ignore: \"false\", runWith: \"jdbc\", runWithSpoolFile: \"out.spool\", created: \"today\", runOrder: \"last\","
                + " objectQuotingStrategy: \"QUOTE_ALL_OBJECTS\", onValidationFail: \"MARK_RAN\","
                + " changes: [{sql: {sql: \"select 1;\", splitStatements: \"false\", stripComments: \"false\", endDelimiter: \"GO\"}}],"
                + " rollback: [{sql: {sql: \"drop 1;\", splitStatements: \"false\", endDelimiter: \"/\"}}]}", TreeText.compact(cs));
        assertEquals("", diagnosticsText());
    }

    @Test
    void changeSet_attributeValuesAreLocatedWhereTheyAreWritten() {
        MapNode cs = changeSet(0, HEADER, "--changeset a:1 context:\"a or b\"  labels:x", "select 1;");
        MapNode.Entry context = cs.entries().get(2);
        assertEquals("context", context.key());
        assertEquals("\"a or b\"", TreeText.compact(context.value()));
        assertEquals("2:17", TreeText.at(context.keyLocation()));
        assertEquals("2:25", TreeText.at(context.value().location()));
        assertEquals("2:35", TreeText.at(entry(cs, "labels").keyLocation()));
        assertEquals("2:42", TreeText.at(get(cs, "labels").location()));
    }

    @Test
    void changeSet_contextFilterKeepsItsOwnKey_andKeysIgnoreCase() {
        MapNode cs = changeSet(0, HEADER, "--changeset a:1 CONTEXTFILTER:\"x and y\" RunOnChange:true", "select 1;");
        assertEquals("{id: \"1\", author: \"a\", contextFilter: \"x and y\", runOnChange: \"true\", changes: [{sql: {sql:"
                + " \"select 1;\", stripComments: \"true\"}}]}", TreeText.compact(cs));
    }

    @Test
    void changeSet_attributesMayBeWrappedInParentheses() {
        MapNode cs = changeSet(0, HEADER, "--changeset eK:12345 (stripComments:false splitStatements:false context:y"
                + " failOnError:false)", "select 1;");
        assertEquals("{id: \"12345\", author: \"eK\", context: \"y\", failOnError: \"false\", changes: [{sql: {sql: \"select 1;\","
                + " splitStatements: \"false\", stripComments: \"false\"}}]}", TreeText.compact(cs));
        assertEquals("", diagnosticsText());
    }

    @Test
    void changeSet_stripCommentsDefaultsToTrue_locatedAtTheChangeSetLine() {
        MapNode cs = changeSet(0, HEADER, "", "  --changeset a:1", "select 1;");
        MapNode sql = (MapNode) get(firstChange(cs), "sql");
        assertEquals("\"true\"", TreeText.compact(get(sql, "stripComments")));
        assertEquals("3:3", TreeText.at(get(sql, "stripComments").location()));
        assertEquals("3:3", TreeText.at(cs.location()));
    }

    @Test
    void changeSet_unknownAttributesAndStrayWordsAreWarnedAbout() {
        MapNode cs = changeSet(0, HEADER, "--changeset a:1 splitStatments:false alwaysRun:true fixes bug 12", "select 1;");
        assertEquals("{id: \"1\", author: \"a\", changes: [{sql: {sql: \"select 1;\", stripComments: \"true\"}}]}",
                TreeText.compact(cs));
        assertEquals(String.join("\n",
                FILE + ":2:17: warning TM102: unknown --changeset attribute 'splitStatments' is ignored; did you mean"
                        + " 'splitStatements'? [changeset 1::a]",
                FILE + ":2:38: warning TM102: unknown --changeset attribute 'alwaysRun' is ignored [changeset 1::a]",
                FILE + ":2:53: warning TM100: text 'fixes bug 12' on the --changeset line is not a key:value attribute and is"
                        + " ignored [changeset 1::a]"), diagnosticsText());
    }

    @Test
    void changeSet_repeatedOrEmptyAttributeAndUnclosedQuote_areErrors() {
        items(HEADER, "--changeset a:1 context:x context:y labels: dbms:h2 created:\"open", "select 1;");
        assertEquals(String.join("\n",
                FILE + ":2:27: error TM110: --changeset attribute 'context' is given twice [changeset 1::a]",
                FILE + ":2:37: error TM114: --changeset attribute 'labels' has no value [changeset 1::a]",
                FILE + ":2:61: error TM100: unclosed \" in --changeset argument 'created:\"open' [changeset 1::a]"),
                diagnosticsText());
    }

    @Test
    void changeSet_malformedLines_areErrors() {
        items(HEADER, "--changeset bob: 1", "select 1;", "--changeset Steve", "select 2;", "-changeset x:1", "select 3;",
                "--changeset bob:\"\"", "select 4;", "--changeset bob::", "select 5;");
        assertEquals(String.join("\n",
                FILE + ":2:1: error TM100: no blank is allowed between the ':' and the id: write --changeset <author>:<id>",
                FILE + ":4:1: error TM100: unexpected formatting: expected --changeset <author>:<id> [attribute:value ...]",
                FILE + ":6:1: error TM100: unexpected formatting: expected --changeset <author>:<id> [attribute:value ...]",
                FILE + ":8:17: error TM114: the changeset id is empty: write --changeset <author>:<id>",
                FILE + ":10:17: error TM114: the changeset id is empty: write --changeset <author>:<id>"), diagnosticsText());
    }

    @Test
    void changeSet_linesBelowABrokenChangeSetLine_areNotReadIntoThePreviousChangeSet() {
        List<Node> items = items(HEADER, "--changeset a:1", "select 1;", "--changeset a: 2", "select 2;");
        assertEquals(1, items.size());
        assertEquals("\"select 1;\"", TreeText.compact(get((MapNode) get(firstChange(changeSetOf(items.get(0))), "sql"), "sql")));
    }

    @Test
    void changeSet_withoutBody_isAnError() {
        List<Node> items = items(HEADER, "--changeset a:1", "--comment: nothing here", "", "--changeset a:2", "select 2;",
                "--changeset a:3", "   ");
        assertEquals(1, items.size());
        assertEquals(String.join("\n",
                FILE + ":2:1: error TM104: changeset 1::a has no SQL; every formatted SQL changeset needs a body [changeset 1::a]",
                FILE + ":7:1: error TM104: changeset 3::a has no SQL; every formatted SQL changeset needs a body [changeset 3::a]"),
                diagnosticsText());
    }

    // ---- body -------------------------------------------------------------------------------

    @Test
    void body_isEveryNonDirectiveLine_joinedAndTrimmedAsAWhole_locatedAtItsFirstCharacter() {
        MapNode cs = changeSet(0, HEADER, "--changeset a:1", "", "   create table t (", "--comment: about t",
                "  id int -- the key", "-- a plain comment", ");", "--rollback drop table t;", "   ", "select 2;  ", "");
        ScalarNode sql = (ScalarNode) get((MapNode) get(firstChange(cs), "sql"), "sql");
        assertEquals("create table t (\n  id int -- the key\n-- a plain comment\n);\n   \nselect 2;", sql.text());
        assertEquals("4:4", TreeText.at(sql.location()));
    }

    @Test
    void body_keepsLinesThatOnlyLookLikeDirectives_asLiquibaseDoes() {
        // Liquibase reads --comment and --validCheckSum only from column 1, and --rollback only with a space after it.
        MapNode cs = changeSet(0, HEADER, "--changeset a:1", "select 1;", "  --comment: indented", "--comment:nospace",
                "--rollback", "--precondition foo", "-- not a changeset here", "- not a rollback here");
        assertEquals("\"select 1;\\n  --comment: indented\\n--comment:nospace\\n--rollback\\n--precondition foo\\n"
                + "-- not a changeset here\\n- not a rollback here\"", TreeText.compact(get((MapNode) get(firstChange(cs), "sql"), "sql")));
        assertEquals("", diagnosticsText());
    }

    @Test
    void body_windowsAndOldMacLineEndingsAndAByteOrderMark() {
        ParsedTree tree = read("\uFEFF--liquibase formatted sql\r\n--changeset a:1\r\nselect 1;\r\n\r\nselect 2;\r--rollback r;\r")
                .orElseThrow();
        MapNode cs = changeSetOf(items(tree).get(0));
        assertEquals("{sql: {sql: \"select 1;\\n\\nselect 2;\", stripComments: \"true\"}}", TreeText.compact(firstChange(cs)));
        assertEquals("\"r;\"", TreeText.compact(get(cs, "rollback")));
        assertEquals("6:12", TreeText.at(get(cs, "rollback").location()));
    }

    @Test
    void columns_countCodePoints() {
        MapNode cs = changeSet(0, HEADER, "--changeset \"\uD83D\uDE00\":1 context:x", "select 1;");
        // UTF-16 would count the emoji twice and give column 28.
        assertEquals("2:27", TreeText.at(get(cs, "context").location()));
    }

    @Test
    void sqlBeforeTheFirstChangeSet_isWarnedAbout_commentsAreNot() {
        items(HEADER, "-- a comment", "/* a", " block */", "set search_path = app;", "select 1;", "", "select 2;",
                "--changeset a:1", "select 3;");
        assertEquals(String.join("\n",
                FILE + ":5:1: warning TM100: SQL before the first --changeset belongs to no changeset and is ignored",
                FILE + ":8:1: warning TM100: SQL before the first --changeset belongs to no changeset and is ignored"),
                diagnosticsText());
    }

    // ---- rollback ---------------------------------------------------------------------------

    @Test
    void rollback_linesAreJoinedIntoOneSqlText_atTheFirstRollbackLine() {
        MapNode cs = changeSet(0, HEADER, "--changeset a:1", "create table t (id int);", "--rollback delete from t;",
                "select 2;", "  -- rollback   drop table t;");
        assertEquals("\"delete from t;\\n  drop table t;\"", TreeText.compact(get(cs, "rollback")));
        assertEquals("4:1", TreeText.at(entry(cs, "rollback").keyLocation()));
        assertEquals("4:12", TreeText.at(get(cs, "rollback").location()));
        assertEquals("\"create table t (id int);\\nselect 2;\"", TreeText.compact(get((MapNode) get(firstChange(cs), "sql"), "sql")));
    }

    @Test
    void rollback_notRequiredAndEmpty_giveAnEmptyList() {
        List<Node> items = items(HEADER, "--changeset a:1", "select 1;", "--rollback not required",
                "--changeset a:2", "select 2;", "--rollback EMPTY", "--changeset a:3", "select 3;", "--rollback Not Required: reads only",
                "--changeset a:4", "select 4;", "--rollback not required", "--rollback drop 4;");
        assertEquals("[]", TreeText.compact(get(changeSetOf(items.get(0)), "rollback")));
        assertEquals("4:1", TreeText.at(get(changeSetOf(items.get(0)), "rollback").location()));
        assertEquals("[]", TreeText.compact(get(changeSetOf(items.get(1)), "rollback")));
        assertEquals("[]", TreeText.compact(get(changeSetOf(items.get(2)), "rollback")));
        // Liquibase applies the rule to one line only; two lines are SQL.
        assertEquals("\"not required\\ndrop 4;\"", TreeText.compact(get(changeSetOf(items.get(3)), "rollback")));
        assertEquals("", diagnosticsText());
    }

    @Test
    void rollback_startingWithEmptyAsPartOfAWord_isNoRollback_withAWarning() {
        MapNode cs = changeSet(0, HEADER, "--changeset a:1", "select 1;", "--rollback empty_audit();");
        assertEquals("[]", TreeText.compact(get(cs, "rollback")));
        assertEquals(FILE + ":4:12: warning TM100: rollback 'empty_audit();' starts with 'empty', so it means no rollback,"
                + " as in Liquibase; write the SQL otherwise [changeset 1::a]", diagnosticsText());
    }

    @Test
    void rollback_reference_becomesAMap() {
        MapNode cs = changeSet(1, HEADER, "--changeset a:1", "select 1;", "--changeset a:2", "select 2;",
                "--rollback changesetId:1 changesetAuthor:a", "--rollback changeSetPath:other.sql");
        assertEquals("{changeSetId: \"1\", changeSetAuthor: \"a\", changeSetPath: \"other.sql\"}", TreeText.compact(get(cs, "rollback")));
        MapNode ref = (MapNode) get(cs, "rollback");
        assertEquals("6:12", TreeText.at(ref.entries().get(0).keyLocation()));
        assertEquals("6:24", TreeText.at(ref.entries().get(0).value().location()));
        assertEquals("7:12", TreeText.at(ref.entries().get(2).keyLocation()));
        assertEquals("", diagnosticsText());
    }

    @Test
    void rollback_referenceWithoutAuthorOrWithOtherText_isAnError() {
        items(HEADER, "--changeset a:1", "select 1;", "--rollback changesetId:0 drop table x;");
        assertEquals(String.join("\n",
                FILE + ":4:1: error TM104: a rollback that refers to another changeset needs changesetAuthor:<author> as well as"
                        + " changesetId:<id> [changeset 1::a]",
                FILE + ":4:26: error TM100: unexpected 'drop' in a rollback that refers to another changeset; it takes only"
                        + " changesetId:, changesetAuthor: and changesetPath: [changeset 1::a]",
                FILE + ":4:31: error TM100: unexpected 'table' in a rollback that refers to another changeset; it takes only"
                        + " changesetId:, changesetAuthor: and changesetPath: [changeset 1::a]",
                FILE + ":4:37: error TM100: unexpected 'x;' in a rollback that refers to another changeset; it takes only"
                        + " changesetId:, changesetAuthor: and changesetPath: [changeset 1::a]"), diagnosticsText());
    }

    @Test
    void rollback_block_takesItsLinesAsTheyAre() {
        MapNode cs = changeSet(0, HEADER, "--changeset a:1", "create table t (id int);", "/* liquibase rollback",
                " delete from t;", "--changeset not:this", " drop table t; */", "select 2;");
        assertEquals("\"delete from t;\\n--changeset not:this\\n drop table t;\"", TreeText.compact(get(cs, "rollback")));
        assertEquals("4:1", TreeText.at(entry(cs, "rollback").keyLocation()));
        assertEquals("5:2", TreeText.at(get(cs, "rollback").location()));
        assertEquals("\"create table t (id int);\\nselect 2;\"", TreeText.compact(get((MapNode) get(firstChange(cs), "sql"), "sql")));
    }

    @Test
    void rollback_unclosedBlock_isAnError() {
        items(HEADER, "--changeset a:1", "select 1;", "  /* liquibase rollback", "drop 1;");
        assertEquals(FILE + ":4:3: error TM100: the /* liquibase rollback block is not closed with */ [changeset 1::a]",
                diagnosticsText());
    }

    // ---- preconditions ------------------------------------------------------------------------

    @Test
    void preconditions_optionsAndEverySupportedCondition() {
        MapNode cs = changeSet(0, HEADER, "--changeset a:1",
                "--preconditions onFail:MARK_RAN onerror:HALT onUpdateSql:FAIL",
                "--precondition-sql-check expectedResult:\"0 table(s)\" select count(*) || ' table(s)' from t",
                "--precondition-sql-check expectedresult:0 select count(*) from c",
                "--precondition-sql-check 'a b' select 'a b'",
                "--precondition-table-exists table:person schema:app",
                "--precondition-view-exists view:v_person",
                "select 1;");
        assertEquals("[{onFail: \"MARK_RAN\"}, {onError: \"HALT\"}, {onSqlOutput: \"FAIL\"},"
                + " {sqlCheck: {expectedResult: \"0 table(s)\", sql: \"select count(*) || ' table(s)' from t\"}},"
                + " {sqlCheck: {expectedResult: \"0\", sql: \"select count(*) from c\"}},"
                + " {sqlCheck: {expectedResult: \"a b\", sql: \"select 'a b'\"}},"
                + " {tableExists: {tableName: \"person\", schemaName: \"app\"}}, {viewExists: {viewName: \"v_person\"}}]",
                TreeText.compact(get(cs, "preConditions")));
        assertEquals("", diagnosticsText());
        ListNode list = (ListNode) get(cs, "preConditions");
        assertEquals("3:1", TreeText.at(list.location()));
        MapNode sqlCheck = (MapNode) get((MapNode) list.items().get(3), "sqlCheck");
        assertEquals("4:41", TreeText.at(get(sqlCheck, "expectedResult").location()));
        assertEquals("4:54", TreeText.at(get(sqlCheck, "sql").location()));
        assertEquals("3:46", TreeText.at(((MapNode) list.items().get(2)).entries().get(0).keyLocation()));
    }

    @Test
    void preconditions_bothOnSqlOutputAndOnUpdateSql_isAnError() {
        MapNode cs = changeSet(0, HEADER, "--changeset a:1", "--preconditions onSqlOutput:TEST onUpdateSQL:FAIL", "select 1;");
        assertEquals("[{onSqlOutput: \"TEST\"}]", TreeText.compact(get(cs, "preConditions")));
        assertEquals(FILE + ":3:34: error TM114: give either onSqlOutput or its older name onUpdateSQL, not both [changeset 1::a]",
                diagnosticsText());
    }

    @Test
    void preconditions_unsupportedOrIncomplete_areErrors() {
        items(HEADER, "--changeset a:1", "--precondition-row-count table:t", "--precondition-sql-check",
                "--precondition-table-exists schema:app", "--precondition-sql-check expectedResult:0", "select 1;");
        assertEquals(String.join("\n",
                FILE + ":3:16: error TM116: precondition 'row-count' is not supported in formatted SQL; use sql-check,"
                        + " table-exists or view-exists [changeset 1::a]",
                FILE + ":4:16: error TM104: --precondition-sql-check needs an expected result and a query:"
                        + " --precondition-sql-check expectedResult:<value> <sql> [changeset 1::a]",
                FILE + ":5:29: error TM104: --precondition-table-exists needs a table: --precondition-table-exists"
                        + " table:<name> [schema:<name>] [changeset 1::a]",
                FILE + ":6:26: error TM100: cannot read --precondition-sql-check 'expectedResult:0': expected"
                        + " expectedResult:<value> <sql>, the value a word, 'quoted' or \"quoted\" [changeset 1::a]"),
                diagnosticsText());
    }

    @Test
    void preconditions_optionsLineAfterConditionsOrTwice_isAnError() {
        items(HEADER, "--changeset a:1", "--precondition-table-exists table:t", "--preconditions onFail:WARN",
                "--preconditions onError:WARN", "select 1;");
        assertEquals(String.join("\n",
                FILE + ":4:1: error TM115: --preconditions must come before the --precondition-* lines; Liquibase would"
                        + " discard the preconditions above it [changeset 1::a]",
                FILE + ":5:1: error TM110: a changeset takes one --preconditions line; the first is at line 4 [changeset 1::a]"),
                diagnosticsText());
    }

    // ---- comment, validCheckSum ---------------------------------------------------------------

    @Test
    void comment_colonIsOptional_andTheTextIsKeptAsWritten() {
        assertEquals("\"This is a test comment\"", TreeText.compact(get(changeSet(0, HEADER, "--changeset a:1",
                "--comment: This is a test comment", "select 1;"), "comment")));
        MapNode cs = changeSet(0, HEADER, "--changeset a:1", "-- comment  spaced ", "select 1;");
        assertEquals("\" spaced \"", TreeText.compact(get(cs, "comment")));
        assertEquals("3:12", TreeText.at(get(cs, "comment").location()));
    }

    @Test
    void comment_theLastOneWins_withAWarning() {
        MapNode cs = changeSet(0, HEADER, "--changeset a:1", "--comment: first", "--comment: second", "select 1;");
        assertEquals("\"second\"", TreeText.compact(get(cs, "comment")));
        assertEquals(FILE + ":4:1: warning TM100: only the last --comment of a changeset is kept, as in Liquibase; this one"
                + " replaces the comment at line 3 [changeset 1::a]", diagnosticsText());
    }

    @Test
    void comment_outsideAChangeSet_isAnError() {
        items(HEADER, "--comment: This is my comment", "--changeset a:1", "select 1;");
        assertEquals(FILE + ":2:1: error TM100: --comment is only allowed inside a changeset", diagnosticsText());
    }

    @Test
    void validCheckSum_severalLinesMakeAList() {
        MapNode cs = changeSet(0, HEADER, "--changeset a:1", "--validCheckSum: 9:0123456789abcdef0123456789abcdef",
                "--validCheckSum ANY", "select 1;");
        assertEquals("[\"9:0123456789abcdef0123456789abcdef\", \"ANY\"]", TreeText.compact(get(cs, "validCheckSum")));
        assertEquals("4:17", TreeText.at(((ListNode) get(cs, "validCheckSum")).items().get(1).location()));
    }

    // ---- ignoreLines ------------------------------------------------------------------------

    @Test
    void ignoreLines_startEndAndCount_skipLinesWhateverTheyHold() {
        List<Node> items = items(HEADER, "--changeset a:1", "select 1;", "--ignoreLines:start", "--changeset x:y",
                "select nope;", "--ignoreLines:end", "--ignoreLines:2", "--changeset z:z", "select nope;", "select 2;");
        assertEquals(1, items.size());
        assertEquals("\"select 1;\\nselect 2;\"", TreeText.compact(get((MapNode) get(firstChange(changeSetOf(items.get(0))), "sql"), "sql")));
        assertEquals("", diagnosticsText());
    }

    @Test
    void ignoreLines_malformed_areErrorsOrWarnings() {
        items(HEADER, "--changeset a:1", "select 1;", "--ignoreLines:START", "--ignoreLines:end", "--ignore:1",
                "-ignoreLines:2", "--ignoreLines:start", "-ignoreLines:end", "select never;");
        assertEquals(String.join("\n",
                FILE + ":4:15: error TM114: --ignoreLines takes start, end or a number of lines, not 'START'",
                FILE + ":5:1: error TM100: --ignoreLines:end without --ignoreLines:start",
                FILE + ":6:1: error TM100: unexpected formatting: expected --ignoreLines:<count|start|end>",
                FILE + ":7:1: error TM100: unexpected formatting: expected --ignoreLines:<count|start|end>",
                FILE + ":8:1: warning TM100: --ignoreLines:start has no --ignoreLines:end; the rest of the file is ignored",
                FILE + ":9:1: error TM100: unexpected formatting: expected --ignoreLines:end"), diagnosticsText());
    }

    // ---- property ---------------------------------------------------------------------------

    @Test
    void property_allAttributes_inLineOrder() {
        List<Node> items = items(HEADER, "--property name:schema value:app context:\"!test and dev\" labels:l dbms:h2 global:false",
                "--property nAmE:table value: person", "--changeset a:1", "select 1;");
        assertEquals("{property: {name: \"schema\", value: \"app\", context: \"!test and dev\", labels: \"l\", dbms: \"h2\","
                + " global: \"false\"}}", TreeText.compact(items.get(0)));
        assertEquals("{property: {name: \"table\", value: \"person\"}}", TreeText.compact(items.get(1)));
        MapNode second = (MapNode) get((MapNode) items.get(1), "property");
        assertEquals("3:30", TreeText.at(get(second, "value").location()));
        assertEquals("3:23", TreeText.at(second.entries().get(1).keyLocation()));
        assertEquals("", diagnosticsText());
    }

    @Test
    void property_insideAChangeSet_isAPropertyItemBeforeThatChangeSet() {
        List<Node> items = items(HEADER, "--changeset a:1", "select ${x};", "--property name:x value:1", "select 2;");
        assertEquals("[{property: {name: \"x\", value: \"1\"}}, {changeSet: {id: \"1\", author: \"a\", changes: [{sql: {sql:"
                + " \"select ${x};\\nselect 2;\", stripComments: \"true\"}}]}}]",
                TreeText.compact(new ListNode(items.get(0).location(), items)));
    }

    @Test
    void property_malformedOrIncomplete_isAnError() {
        items(HEADER, "--property name:x", "-property name=foo value=bar", "--property name:x context:y", "--changeset a:1",
                "select 1;");
        assertEquals(String.join("\n",
                FILE + ":2:1: error TM100: unexpected formatting: expected --property name:<name> value:<value>"
                        + " [context:<expr>] [labels:<expr>] [dbms:<list>] [global:true|false]",
                FILE + ":3:1: error TM100: unexpected formatting: expected --property name:<name> value:<value>"
                        + " [context:<expr>] [labels:<expr>] [dbms:<list>] [global:true|false]",
                FILE + ":4:1: error TM104: --property needs name:<name> and value:<value>"), diagnosticsText());
    }

    // ---- single-dash forms ------------------------------------------------------------------

    @Test
    void singleDashAndPluralForms_areUnexpectedFormatting() {
        items(HEADER, "--changeset a:1", "-rollback drop 1;", "-comment: c", "--comments: c", "-validCheckSum: 9:x",
                "-preconditions onFail:HALT", "-precondition-sql-check expectedResult:0 select 0", "select 1;");
        assertEquals(String.join("\n",
                FILE + ":3:1: error TM100: unexpected formatting: expected --rollback <rollback SQL> [changeset 1::a]",
                FILE + ":4:1: error TM100: unexpected formatting: expected --comment: <text> [changeset 1::a]",
                FILE + ":5:1: error TM100: unexpected formatting: expected --comment: <text> [changeset 1::a]",
                FILE + ":6:1: error TM100: unexpected formatting: expected --validCheckSum: <checksum> [changeset 1::a]",
                FILE + ":7:1: error TM100: unexpected formatting: expected --preconditions onFail:<action> onError:<action>"
                        + " onSqlOutput:<action> [changeset 1::a]",
                FILE + ":8:1: error TM100: unexpected formatting: expected --precondition-sql-check expectedResult:<value> <sql>"
                        + " [changeset 1::a]"), diagnosticsText());
    }

    @Test
    void everyErrorOfAFileIsReported_andTheReadableChangeSetsAreKept() {
        List<Node> items = items(HEADER, "--comment: outside", "--changeset a:1", "-rollback x", "select 1;",
                "--changeset b:", "select 2;", "--changeset c:3", "--precondition-foo x", "select 3;");
        assertEquals(2, items.size());
        assertEquals(String.join("\n",
                FILE + ":2:1: error TM100: --comment is only allowed inside a changeset",
                FILE + ":4:1: error TM100: unexpected formatting: expected --rollback <rollback SQL> [changeset 1::a]",
                FILE + ":6:1: error TM100: unexpected formatting: expected --changeset <author>:<id> [attribute:value ...]",
                FILE + ":9:16: error TM116: precondition 'foo' is not supported in formatted SQL; use sql-check, table-exists"
                        + " or view-exists [changeset 3::c]"), diagnosticsText());
    }

    // ---- raw SQL ----------------------------------------------------------------------------

    @Test
    void rawSql_isOneChangeSetHoldingTheWholeFileTrimmed() {
        ParsedTree tree = read("", "  select 1;", "-- c", "", "select 2;  ", "").orElseThrow();
        assertEquals("{databaseChangeLog: [{changeSet: {id: \"raw\", author: \"includeAll\", changes: [{sql: {sql:"
                + " \"select 1;\\n-- c\\n\\nselect 2;\", splitStatements: \"false\"}}]}}]}", TreeText.compact(tree.root()));
        ScalarNode sql = (ScalarNode) get((MapNode) get(firstChange(changeSetOf(items(tree).get(0))), "sql"), "sql");
        assertEquals("2:3", TreeText.at(sql.location()));
        assertEquals("", diagnosticsText());
    }

    @Test
    void rawSql_keepsLineEndingsAsWritten() {
        ParsedTree tree = reader.read(new SourceText(FILE, "select 1;\r\n\r\nselect 2;\r\n"), diagnostics).orElseThrow();
        assertEquals("\"select 1;\\r\\n\\r\\nselect 2;\"",
                TreeText.compact(get((MapNode) get(firstChange(changeSetOf(items(tree).get(0))), "sql"), "sql")));
    }

    @Test
    void emptyOrBlankFile_givesNoTreeAndAnError() {
        assertTrue(read("").isEmpty());
        assertTrue(read(" ", "\t", "").isEmpty());
        assertEquals(FILE + ": error TM100: the SQL file is empty\n" + FILE + ": error TM100: the SQL file is empty",
                diagnosticsText());
    }

    // ---- a complete changelog, every place checked ------------------------------------------

    @Test
    void completeChangelog_matchesTheGoldenTree() throws IOException {
        ParsedTree tree = new FormattedSqlTreeReader().read(new SourceText("complete.sql", resource("complete.sql")), diagnostics)
                .orElseThrow();
        assertEquals(resource("complete.tree"), TreeText.located(tree.root()));
        assertEquals("", diagnosticsText());
    }

    // ---- helpers ----------------------------------------------------------------------------

    private Optional<ParsedTree> read(String... lines) {
        return reader.read(new SourceText(FILE, String.join("\n", lines)), diagnostics);
    }

    private List<Node> items(String... lines) {
        return items(read(lines).orElseThrow());
    }

    private static List<Node> items(ParsedTree tree) {
        return ((ListNode) get((MapNode) tree.root(), "databaseChangeLog")).items();
    }

    private MapNode changeSet(int index, String... lines) {
        List<Node> changeSets = items(lines).stream()
                .filter(n -> ((MapNode) n).entries().get(0).key().equals("changeSet")).toList();
        return changeSetOf(changeSets.get(index));
    }

    private static MapNode changeSetOf(Node item) {
        return (MapNode) get((MapNode) item, "changeSet");
    }

    private static MapNode firstChange(MapNode changeSet) {
        return (MapNode) ((ListNode) get(changeSet, "changes")).items().get(0);
    }

    private static Node get(MapNode map, String key) {
        return map.get(key).orElseThrow(() -> new AssertionError("no '" + key + "' in " + TreeText.compact(map)));
    }

    private static MapNode.Entry entry(MapNode map, String key) {
        return map.entries().stream().filter(e -> e.key().equals(key)).findFirst().orElseThrow();
    }

    private String diagnosticsText() {
        return diagnostics.stream().sorted(Diagnostic.ORDER).map(Diagnostic::toString).collect(Collectors.joining("\n"));
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = FormattedSqlTreeReaderTest.class.getResourceAsStream("/sql/" + name)) {
            if (in == null) {
                throw new IOException("missing test resource /sql/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
