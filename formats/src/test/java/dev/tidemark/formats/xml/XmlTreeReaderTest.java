// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.formats.xml;

import static dev.tidemark.formats.xml.XmlTestSupport.assertAt;
import static dev.tidemark.formats.xml.XmlTestSupport.child;
import static dev.tidemark.formats.xml.XmlTestSupport.keys;
import static dev.tidemark.formats.xml.XmlTestSupport.liquibase;
import static dev.tidemark.formats.xml.XmlTestSupport.read;
import static dev.tidemark.formats.xml.XmlTestSupport.resource;
import static dev.tidemark.formats.xml.XmlTestSupport.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tidemark.formats.tree.Flavor;
import dev.tidemark.formats.tree.MapNode;
import dev.tidemark.formats.tree.ScalarNode;
import dev.tidemark.formats.xml.XmlTestSupport.Result;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tree the XML reader builds from realistic Liquibase changelogs. */
class XmlTreeReaderTest {
    private static final String COMPLETE = "db/changelog/shop.xml";

    private final Result complete = read(COMPLETE, resource("liquibase-complete.xml"));
    private final MapNode root = complete.root();

    private MapNode changeSet(int index) {
        return child(root, "changeSet", index);
    }

    @Test
    void liquibaseChangelog_readsWithoutDiagnosticsAsXmlFlavor() {
        assertEquals("", complete.printed());
        assertEquals(Flavor.XML, complete.tree().orElseThrow().flavor());
        assertAt(2, 1, root);
        assertEquals(COMPLETE, root.location().file());
    }

    @Test
    void root_holdsAttributesFirstThenChildrenInDocumentOrder() {
        assertEquals(List.of("logicalFilePath", "property", "property", "property", "preConditions", "include",
                "includeAll", "changeSet", "changeSet", "changeSet", "changeSet", "changeSet", "changeSet", "changeSet"),
                keys(root));
        assertEquals("db/changelog/shop.xml", text(root, "logicalFilePath"));
        assertAt(7, 9, root.get("logicalFilePath").orElseThrow());
        assertEquals(List.of("name", "value", "dbms"), keys(child(root, "property", 1)));
        assertEquals(List.of("file", "relativeToChangelogFile"), keys(child(root, "include")));
        assertEquals("false", text(child(root, "includeAll"), "errorIfMissingOrEmpty"));
    }

    @Test
    void attributes_areStringScalarsLocatedAtTheirName() {
        MapNode first = changeSet(0);
        assertEquals(List.of("id", "author", "labels", "context", "comment", "createTable", "createIndex", "rollback"),
                keys(first));
        ScalarNode context = (ScalarNode) first.get("context").orElseThrow();
        assertEquals("!test", context.text());
        assertEquals(ScalarNode.Kind.STRING, context.kind());
        assertAt(26, 50, context);
        MapNode.Entry contextEntry = first.entries().get(3);
        assertEquals(26, contextEntry.keyLocation().line());
        assertEquals(50, contextEntry.keyLocation().column());
        assertAt(26, 5, first);
    }

    @Test
    void nestedRecords_areChildMapsKeyedByElementName() {
        MapNode createTable = child(changeSet(0), "createTable");
        assertEquals(List.of("tableName", "schemaName", "remarks", "column", "column", "column", "column"),
                keys(createTable));
        assertEquals("${schema}", text(createTable, "schemaName"));
        MapNode id = child(createTable, "column", 0);
        assertEquals(List.of("name", "type", "autoIncrement", "constraints"), keys(id));
        MapNode constraints = child(id, "constraints");
        assertEquals("false", text(constraints, "nullable"));
        assertAt(30, 17, constraints);
        assertEquals("1", text(changeSet(0), "id"));
        assertEquals("Customers and their orders", text(child(changeSet(0), "comment"), MapNode.TEXT));
    }

    @Test
    void sqlWithCdata_keepsTheTextExactlyAndLocatesItsFirstCharacter() {
        MapNode sql = child(changeSet(2), "sql");
        assertEquals(List.of("splitStatements", "endDelimiter", "stripComments", "comment", MapNode.TEXT), keys(sql));
        assertEquals("\n            INSERT INTO customer (email) VALUES ('a@example.com');\n"
                + "            UPDATE customer SET active = FALSE WHERE email LIKE '%<test>%';\n        ",
                text(sql, MapNode.TEXT));
        assertAt(62, 13, sql.get(MapNode.TEXT).orElseThrow());
        assertEquals("seed data", text(child(sql, "comment"), MapNode.TEXT));
    }

    @Test
    void createViewBody_isTheElementText() {
        MapNode view = child(changeSet(1), "createView");
        assertEquals(List.of("viewName", "replaceIfExists", MapNode.TEXT), keys(view));
        assertEquals("\n            SELECT id, email FROM customer WHERE active = TRUE\n        ", text(view, MapNode.TEXT));
        assertAt(48, 13, view.get(MapNode.TEXT).orElseThrow());
        assertEquals("${recreateViews}", text(changeSet(1), "runOnChange"));
    }

    @Test
    void columnValueAsText_andWhereParams_keepTheirXmlShape() {
        MapNode insert = child(changeSet(3), "insert");
        MapNode email = child(insert, "column", 0);
        assertEquals(List.of("name", MapNode.TEXT), keys(email));
        assertEquals("b@example.com", text(email, MapNode.TEXT));
        assertAt(72, 34, email.get(MapNode.TEXT).orElseThrow());

        MapNode update = child(changeSet(3), "update");
        assertEquals(List.of("tableName", "column", "where", "whereParams"), keys(update));
        assertEquals("email = :value", text(child(update, "where"), MapNode.TEXT));
        MapNode param = child(child(update, "whereParams"), "param");
        assertEquals("b@example.com", text(param, "value"));
        assertEquals(List.of("tableName", "where"), keys(child(changeSet(3), "delete")));
    }

    @Test
    void preConditions_nestOrAndNotWithSqlCheckText() {
        MapNode pre = child(changeSet(2), "preConditions");
        assertEquals(List.of("onFail", "onFailMessage", "or"), keys(pre));
        MapNode or = child(pre, "or");
        assertEquals(List.of("tableExists", "not"), keys(or));
        MapNode sqlCheck = child(child(or, "not"), "sqlCheck");
        assertEquals("0", text(sqlCheck, "expectedResult"));
        assertEquals("SELECT COUNT(*) FROM customer", text(sqlCheck, MapNode.TEXT));

        MapNode changelogPre = child(root, "preConditions");
        assertEquals(List.of("onFail", "onError", "or", "not"), keys(changelogPre));
        assertEquals(List.of("dbms", "dbms"), keys(child(changelogPre, "or")));
    }

    @Test
    void rollback_asSqlText_asChanges_andAsReference() {
        MapNode sqlRollback = child(changeSet(2), "rollback");
        assertEquals(List.of(MapNode.TEXT), keys(sqlRollback));
        assertEquals("\n            DELETE FROM customer WHERE email = 'a@example.com';\n        ",
                text(sqlRollback, MapNode.TEXT));

        MapNode changes = child(changeSet(4), "rollback");
        assertEquals(List.of("dropColumn", "sql"), keys(changes));

        MapNode reference = child(changeSet(3), "rollback");
        assertEquals(List.of("changeSetId", "changeSetAuthor", "changeSetPath"), keys(reference));
        assertEquals("db/changelog/shop.xml", text(reference, "changeSetPath"));
    }

    @Test
    void modifySqlValidCheckSumAndLoadData_keepTheirChildren() {
        MapNode five = changeSet(4);
        assertEquals(List.of("id", "author", "runAlways", "runInTransaction", "objectQuotingStrategy", "validCheckSum",
                "validCheckSum", "addColumn", "loadData", "rollback", "modifySql", "modifySql"), keys(five));
        assertEquals("9:10de8cd690aed1d88d837cbe555d1684", text(child(five, "validCheckSum", 0), MapNode.TEXT));
        MapNode modify = child(five, "modifySql", 0);
        assertEquals(List.of("dbms", "replace", "append"), keys(modify));
        assertEquals(" -- generated", text(child(modify, "append"), "value"));
        assertEquals("", text(child(child(five, "modifySql", 1), "regExpReplace"), "with"));
        assertEquals(List.of("name", "index", "type"), keys(child(child(five, "loadData"), "column", 1)));
    }

    @Test
    void customChangeAndExecuteCommand_keepParamsArgsAndClassAttribute() {
        MapNode seven = changeSet(6);
        MapNode custom = child(seven, "customChange");
        assertEquals("com.example.BackfillChange", text(custom, "class"));
        assertEquals("SELECT id FROM customer", text(child(custom, "param", 1), MapNode.TEXT));
        assertEquals("--analyze", text(child(child(seven, "executeCommand"), "arg"), "value"));
        assertEquals("procedures created", text(child(seven, "output"), MapNode.TEXT));
        assertTrue(text(child(seven, "createProcedure"), MapNode.TEXT).contains("RETURNS trigger AS $$"));
    }

    @Test
    void liquibaseDocsHeaderWithLatestXsd_andChangelogLevelElements_areRead() {
        Result r = read("latest.xml", resource("liquibase-latest-header.xml"));
        assertEquals("", r.printed());
        MapNode latest = r.root();
        assertEquals(List.of("context", "objectQuotingStrategy", "changeLogId", "removeChangeSetProperty", "property",
                "property", "preConditions", "include", "includeAll", "modifyChangeSets", "changeSet", "changeSet"),
                keys(latest));
        assertEquals(List.of("runWith", "stripComments", "include", "includeAll"), keys(child(latest, "modifyChangeSets")));
        MapNode audit = child(latest, "changeSet", 0);
        assertEquals(List.of("id", "author", "created", "runOrder", "onValidationFail", "logicalFilePath", "ignore",
                "preConditions", "createSequence", "createTable", "addForeignKeyConstraint", "setColumnRemarks",
                "comment", "rollback"), keys(audit));
        assertEquals(List.of("tableExists", "columnExists"), keys(child(child(child(audit, "preConditions"), "not"), "and")));
        assertEquals("${step}", text(child(audit, "createSequence"), "incrementBy"));
        MapNode emptyRollback = child(child(latest, "changeSet", 1), "rollback");
        assertEquals(List.of(), keys(emptyRollback));
        assertAt(66, 9, emptyRollback);
    }

    @Test
    void changelogWithoutNamespace_isReadLikeLiquibaseDoes() {
        Result r = read("legacy.xml", resource("no-namespace.xml"));
        assertEquals("", r.printed());
        assertEquals(List.of("changeSet", "changeSet"), keys(r.root()));
        assertEquals(List.of("modifyDataType", "renameColumn"), keys(child(child(r.root(), "changeSet", 1), "rollback")));
    }

    @Test
    void blankText_isLeftOut_andEmptyElementIsAnEmptyMap() {
        Result r = read("a.xml", liquibase("  <changeSet id=\"1\" author=\"a\">\n    <empty/>\n  </changeSet>\n"));
        assertEquals("", r.printed());
        MapNode changeSet = child(r.root(), "changeSet");
        assertEquals(List.of("id", "author", "empty"), keys(changeSet));
        assertEquals(List.of(), keys(child(changeSet, "empty")));
        assertFalse(r.root().get(MapNode.TEXT).isPresent());
    }

    @Test
    void textAroundComments_isJoinedAndLocatedAfterTheComment() {
        Result r = read("a.xml", liquibase("  <changeSet id=\"1\" author=\"a\">\n"
                + "    <sql><!-- why -->\n      SELECT 1;<!-- more --> SELECT 2;</sql>\n"
                + "  </changeSet>\n"));
        assertEquals("", r.printed());
        MapNode sql = child(child(r.root(), "changeSet"), "sql");
        assertEquals("\n      SELECT 1; SELECT 2;", text(sql, MapNode.TEXT));
        assertAt(5, 7, sql.get(MapNode.TEXT).orElseThrow());
    }

    @Test
    void propertyPlaceholders_validateInBooleanAndIntegerAttributes() {
        Result r = read("a.xml", liquibase("  <includeAll path=\"x/\" minDepth=\"${min}\" maxDepth=\"2\" relativeToChangelogFile=\"TRUE\"/>\n"
                + "  <changeSet id=\"1\" author=\"a\" runAlways=\"${always}\" failOnError=\"false\">\n"
                + "    <dropTable tableName=\"t\" cascadeConstraints=\"${cascade.on}\"/>\n"
                + "  </changeSet>\n"));
        assertEquals("", r.printed());
        assertEquals("${min}", text(child(r.root(), "includeAll"), "minDepth"));
    }

    @Test
    void byteOrderMark_isSkipped() {
        Result r = read("a.xml", "\uFEFF" + liquibase("  <changeSet id=\"1\" author=\"a\"/>\n"));
        assertEquals("", r.printed());
        assertAt(3, 3, child(r.root(), "changeSet"));
    }

    @Test
    void aReaderIsReusable() {
        XmlTreeReader reader = new XmlTreeReader();
        Result first = XmlTestSupport.read(reader, "a.xml", liquibase("  <changeSet id=\"1\" author=\"a\"/>\n"));
        Result second = XmlTestSupport.read(reader, "b.xml", liquibase("  <changeSet id=\"2\" author=\"b\" foo=\"x\"/>\n"));
        assertEquals("", first.printed());
        assertEquals("b.xml:3:32: error TM111: attribute 'foo' is not allowed on <changeSet>", second.printed());
    }
}
