// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.formats.xml;

import static dev.tidemark.formats.xml.XmlTestSupport.child;
import static dev.tidemark.formats.xml.XmlTestSupport.keys;
import static dev.tidemark.formats.xml.XmlTestSupport.read;
import static dev.tidemark.formats.xml.XmlTestSupport.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.tidemark.formats.tree.MapNode;
import dev.tidemark.formats.xml.XmlTestSupport.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Namespaces, foreign elements, the root element and nesting depth. */
class XmlNamespaceFilterTest {
    private static final String BODY = "  <changeSet id=\"1\" author=\"a\">\n"
            + "    <createTable tableName=\"t\">\n"
            + "      <column name=\"id\" type=\"int\"/>\n"
            + "    </createTable>\n"
            + "  </changeSet>\n"
            + "</databaseChangeLog>\n";

    private static String document(String namespaceDeclaration) {
        return "<?xml version=\"1.0\"?>\n<databaseChangeLog logicalFilePath=\"x\"" + namespaceDeclaration + ">\n" + BODY;
    }

    @Test
    void liquibaseTidemarkAndNoNamespace_giveTheSameTree() {
        Result liquibase = read("a.xml", document(" xmlns=\"http://www.liquibase.org/xml/ns/dbchangelog\""));
        Result tidemark = read("a.xml", document(" xmlns=\"https://tidemark.dev/xml/ns/changelog\""));
        Result none = read("a.xml", document(""));
        assertEquals("", liquibase.printed() + tidemark.printed() + none.printed());
        assertEquals(liquibase.tree(), tidemark.tree());
        assertEquals(liquibase.tree(), none.tree());
    }

    @Test
    void liquibaseDocumentationHeader_withExtensionDeclarationsAndLatestXsd_isAccepted() {
        String header = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<databaseChangeLog\n"
                + "    xmlns=\"http://www.liquibase.org/xml/ns/dbchangelog\"\n"
                + "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
                + "    xmlns:ext=\"http://www.liquibase.org/xml/ns/dbchangelog-ext\"\n"
                + "    xmlns:pro=\"http://www.liquibase.org/xml/ns/pro\"\n"
                + "    xsi:schemaLocation=\"http://www.liquibase.org/xml/ns/dbchangelog\n"
                + "        http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-latest.xsd\n"
                + "        http://www.liquibase.org/xml/ns/dbchangelog-ext"
                + " http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-ext.xsd\n"
                + "        http://www.liquibase.org/xml/ns/pro http://www.liquibase.org/xml/ns/pro/liquibase-pro-latest.xsd\">\n";
        Result r = read("a.xml", header + BODY);
        assertEquals("", r.printed());
        assertEquals(List.of("changeSet"), keys(r.root()));
    }

    @Test
    void prefixedLiquibaseElements_areKeyedByLocalName() {
        Result r = read("a.xml", "<lb:databaseChangeLog xmlns:lb=\"http://www.liquibase.org/xml/ns/dbchangelog\">\n"
                + "  <lb:changeSet id=\"1\" author=\"a\"><lb:sql>SELECT 1</lb:sql></lb:changeSet>\n"
                + "</lb:databaseChangeLog>\n");
        assertEquals("", r.printed());
        assertEquals("SELECT 1", text(child(child(r.root(), "changeSet"), "sql"), MapNode.TEXT));
    }

    @Test
    void schemaLocationHints_areNeverFetched(@TempDir Path dir) throws IOException {
        // A schema that would reject the document, were it loaded.
        Path strict = dir.resolve("strict.xsd");
        Files.writeString(strict, "<xsd:schema xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\">"
                + "<xsd:element name=\"databaseChangeLog\"><xsd:complexType/></xsd:element></xsd:schema>");
        Result r = read("a.xml", "<databaseChangeLog xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
                + " xsi:noNamespaceSchemaLocation=\"" + strict.toUri() + "\">\n" + BODY);
        assertEquals("", r.printed());
    }

    @Test
    void extensionElement_isAnUnknownElement_andItsSubtreeIsSkipped() {
        Result r = read("a.xml", "<databaseChangeLog xmlns=\"http://www.liquibase.org/xml/ns/dbchangelog\"\n"
                + "    xmlns:ext=\"http://www.liquibase.org/xml/ns/dbchangelog-ext\">\n"
                + "  <changeSet id=\"1\" author=\"a\">\n"
                + "    <ext:createSpatialIndex tableName=\"t\">\n"
                + "      <ext:column name=\"geom\">text</ext:column>\n"
                + "    </ext:createSpatialIndex>\n"
                + "    <dropTable tableName=\"t\"/>\n"
                + "  </changeSet>\n"
                + "</databaseChangeLog>\n");
        assertEquals("a.xml:4:5: error TM116: element <ext:createSpatialIndex> of namespace"
                + " 'http://www.liquibase.org/xml/ns/dbchangelog-ext' is not part of the changelog vocabulary"
                + " (Liquibase extensions are not supported)", r.printed());
        assertEquals(List.of("id", "author", "dropTable"), keys(child(r.root(), "changeSet")));
    }

    @Test
    void extensionAttribute_isAnUnknownAttribute() {
        Result r = read("a.xml", "<databaseChangeLog xmlns=\"http://www.liquibase.org/xml/ns/dbchangelog\"\n"
                + "    xmlns:pro=\"http://www.liquibase.org/xml/ns/pro\">\n"
                + "  <changeSet id=\"1\" author=\"a\" pro:flow=\"x\"/>\n"
                + "</databaseChangeLog>\n");
        assertEquals("a.xml:3:32: error TM102: attribute 'pro:flow' of namespace 'http://www.liquibase.org/xml/ns/pro'"
                + " is not allowed on <changeSet> (Liquibase extensions are not supported)", r.printed());
        assertEquals(List.of("id", "author"), keys(child(r.root(), "changeSet")));
    }

    @Test
    void prefixedAttributeOfTheChangelogNamespace_isRefused() {
        Result r = read("a.xml", "<lb:databaseChangeLog xmlns:lb=\"http://www.liquibase.org/xml/ns/dbchangelog\">\n"
                + "  <lb:changeSet lb:id=\"1\" author=\"a\"/>\n"
                + "</lb:databaseChangeLog>\n");
        assertEquals(String.join("\n",
                "a.xml:2:17: error TM102: attribute 'lb:id' of namespace 'http://www.liquibase.org/xml/ns/dbchangelog' is"
                        + " not allowed on <changeSet>; changelog attributes are written without a namespace prefix",
                "a.xml:2:3: error TM111: <changeSet> is missing required attribute 'id'"), r.printed());
    }

    @Test
    void schemaInstanceAttributesOtherThanLocations_areRefused() {
        Result r = read("a.xml", "<databaseChangeLog xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\n"
                + "  <changeSet id=\"1\" author=\"a\" xsi:type=\"Other\"/>\n"
                + "</databaseChangeLog>\n");
        assertEquals("a.xml:2:32: error TM102: attribute 'xsi:type' of namespace"
                + " 'http://www.w3.org/2001/XMLSchema-instance' is not allowed on <changeSet>; of the xsi attributes only"
                + " the (ignored) schema locations are allowed", r.printed());
    }

    @Test
    void foreignRoot_isAnUnknownElementWithoutTree() {
        Result r = read("a.xml", "<x:databaseChangeLog xmlns:x=\"urn:other\"/>");
        assertEquals("a.xml:1:1: error TM116: element <x:databaseChangeLog> of namespace 'urn:other' is not part of"
                + " the changelog vocabulary (Liquibase extensions are not supported)", r.printed());
        assertFalse(r.tree().isPresent());
    }

    @Test
    void rootOtherThanDatabaseChangeLog_isRefused() {
        Result r = read("a.xml", "<?xml version=\"1.0\"?>\n<createTable xmlns=\"http://www.liquibase.org/xml/ns/dbchangelog\""
                + " tableName=\"t\"><column name=\"a\"/></createTable>\n");
        assertEquals("a.xml:2:1: error TM115: the root element must be <databaseChangeLog>, found <createTable>",
                r.printed());
        assertFalse(r.tree().isPresent());
    }

    @Test
    void nesting_ofOneHundredLevelsIsRead_butDeeperIsRefused() {
        assertEquals("", read("a.xml", nested(XmlNamespaceFilter.MAX_DEPTH)).printed());
        Result tooDeep = read("a.xml", nested(XmlNamespaceFilter.MAX_DEPTH + 1));
        assertEquals("a.xml:" + (XmlNamespaceFilter.MAX_DEPTH + 1) + ":1: error TM117: elements are nested deeper than"
                + " 100 levels", tooDeep.printed());
        assertFalse(tooDeep.tree().isPresent());
    }

    /** A changelog whose deepest element is at the given depth: nested and-preconditions, one per line. */
    private static String nested(int depth) {
        StringBuilder b = new StringBuilder("<databaseChangeLog>\n<changeSet id=\"1\" author=\"a\">\n<preConditions>\n");
        int ands = depth - 4;
        b.append("<and>\n".repeat(ands));
        b.append("<tableExists tableName=\"t\"/>\n");
        b.append("</and>\n".repeat(ands));
        return b.append("</preConditions>\n<empty/>\n</changeSet>\n</databaseChangeLog>\n").toString();
    }
}
