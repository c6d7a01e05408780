// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.formats.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.tidemark.formats.xml.XmlVocabulary;
import dev.tidemark.model.change.ChangeType;
import dev.tidemark.model.precondition.PreconditionType;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class XsdGeneratorTest {
    private static final String REGENERATE = "tidemark.regenerate";
    private static final String XSD = XMLConstants.W3C_XML_SCHEMA_NS_URI;

    private final String generated = new XsdGenerator().generate();
    private final Document schema = parse(generated);

    private static Document parse(String xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !(Files.isDirectory(dir.resolve("schemas")) && Files.isRegularFile(dir.resolve("pom.xml")))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("no repository root above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }

    /** Children of {@code parent} in the XSD namespace with the given local name. */
    private static List<Element> children(Element parent, String localName) {
        List<Element> out = new ArrayList<>();
        NodeList all = parent.getChildNodes();
        for (int i = 0; i < all.getLength(); i++) {
            if (all.item(i) instanceof Element && localName.equals(all.item(i).getLocalName())) {
                out.add((Element) all.item(i));
            }
        }
        return out;
    }

    private Element top(String kind, String name) {
        for (Element e : children(schema.getDocumentElement(), kind)) {
            if (name.equals(e.getAttribute("name"))) {
                return e;
            }
        }
        throw new AssertionError("no top-level " + kind + " " + name);
    }

    private Element attribute(String complexType, String name) {
        for (Element a : children(top("complexType", complexType), "attribute")) {
            if (a.getAttribute("name").equals(name)) {
                return a;
            }
        }
        throw new AssertionError(complexType + " has no attribute " + name);
    }

    private List<String> attributeNames(String complexType) {
        List<String> names = new ArrayList<>();
        children(top("complexType", complexType), "attribute").forEach(a -> names.add(a.getAttribute("name")));
        return names;
    }

    /** The published XSD is the generated one; run with -Dtidemark.regenerate=true to rewrite it. */
    @Test
    void committedXsd_equalsGeneratedXsd() throws IOException {
        Path committed = repositoryRoot().resolve(XsdGenerator.COMMITTED_PATH);
        if (Boolean.getBoolean(REGENERATE)) {
            Files.createDirectories(committed.getParent());
            Files.writeString(committed, generated, StandardCharsets.UTF_8);
        }
        String onDisk = Files.exists(committed) ? Files.readString(committed, StandardCharsets.UTF_8) : "";
        if (!onDisk.equals(generated)) {
            fail(committed + " is not the generated XSD (" + firstDifference(onDisk, generated) + ").\n"
                    + "Regenerate it: mvn -B test -pl formats -am -Dtest=XsdGeneratorTest"
                    + " -Dsurefire.failIfNoSpecifiedTests=false -D" + REGENERATE + "=true");
        }
    }

    private static String firstDifference(String committed, String generated) {
        String[] a = committed.split("\n", -1);
        String[] b = generated.split("\n", -1);
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            String left = i < a.length ? a[i] : "<end>";
            String right = i < b.length ? b[i] : "<end>";
            if (!left.equals(right)) {
                return "line " + (i + 1) + ": committed '" + left.trim() + "', generated '" + right.trim() + "'";
            }
        }
        return "no line differs";
    }

    @Test
    void generate_givesTheSameTextEachTime_andSaysItIsGenerated() {
        assertEquals(generated, new XsdGenerator().generate());
        assertTrue(generated.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!--\n  Tidemark changelog schema,"
                + " GENERATED by dev.tidemark.formats.schema.XsdGenerator"), generated.substring(0, 200));
        assertTrue(generated.contains("-Dtidemark.regenerate=true"));
    }

    @Test
    void generatedXsd_compiles() throws Exception {
        SchemaFactory factory = SchemaFactory.newInstance(XSD);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.newSchema(new StreamSource(new StringReader(generated)));
        assertEquals(XmlVocabulary.TIDEMARK_NAMESPACE, schema.getDocumentElement().getAttribute("targetNamespace"));
    }

    @Test
    void everyChangeAndPreconditionType_isAGlobalElementOfItsRecordType() {
        List<String> globals = new ArrayList<>();
        children(schema.getDocumentElement(), "element").forEach(e -> globals.add(e.getAttribute("name")));
        List<String> expected = new ArrayList<>(List.of(XmlVocabulary.ROOT_ELEMENT));
        ChangeType.ALL.forEach(t -> expected.add(t.name()));
        PreconditionType.ALL.forEach(t -> expected.add(t.name()));
        assertEquals(expected, globals);
        assertEquals("CreateTable", top("element", "createTable").getAttribute("type"));
        assertEquals("DbmsPrecondition", top("element", "dbms").getAttribute("type"));
        // tagDatabase stands alone in a changeSet, outside the group, as in Liquibase's XSD.
        assertEquals(ChangeType.ALL.size() - 1,
                children(children(top("group", "changes"), "choice").get(0), "element").size());
    }

    @Test
    void requiredComponents_areRequiredAttributes_andOthersOptional() {
        assertEquals("required", attribute("CreateTable", "tableName").getAttribute("use"));
        assertEquals("", attribute("CreateTable", "schemaName").getAttribute("use"));
        assertEquals("required", attribute("ChangeSet", "id").getAttribute("use"));
        assertEquals("required", attribute("CustomChange", "class").getAttribute("use"));
        assertEquals("required", attribute("ColumnConfig", "name").getAttribute("use"));
    }

    @Test
    void booleansAndIntegers_acceptPropertyPlaceholders_andEnumerationsAreClosed() {
        assertEquals("booleanExp", attribute("Constraints", "nullable").getAttribute("type"));
        assertEquals("integerExp", attribute("CreateSequence", "startValue").getAttribute("type"));
        assertEquals("integerExp", attribute("IncludeAll", "maxDepth").getAttribute("type"));
        assertEquals("objectQuotingStrategy", attribute("ChangeLogFile", "objectQuotingStrategy").getAttribute("type"));
        assertEquals("runOrder", attribute("ChangeSet", "runOrder").getAttribute("type"));
        assertEquals("onValidationFail", attribute("ChangeSet", "onValidationFail").getAttribute("type"));
        assertEquals("changeLogPreconditionAction", attribute("ChangeLogPreconditions", "onFail").getAttribute("type"));
        assertEquals("changeSetPreconditionAction", attribute("ChangeSetPreconditions", "onError").getAttribute("type"));
        assertEquals("onSqlOutput", attribute("ChangeSetPreconditions", "onSqlOutput").getAttribute("type"));
        List<String> values = new ArrayList<>();
        children(children(top("simpleType", "changeSetPreconditionAction"), "restriction").get(0), "enumeration")
                .forEach(e -> values.add(e.getAttribute("value")));
        assertEquals(List.of("HALT", "CONTINUE", "MARK_RAN", "WARN"), values);
    }

    @Test
    void structureAttributes_comeFromTheirRecords_withAliases() {
        assertEquals(List.of("logicalFilePath", "contextFilter", "context", "changeLogId", "objectQuotingStrategy"),
                attributeNames("ChangeLogFile"));
        assertEquals(List.of("id", "author", "contextFilter", "context", "labels", "dbms", "runOnChange", "runAlways",
                "alwaysRun", "failOnError", "onValidationFail", "runInTransaction", "logicalFilePath",
                "objectQuotingStrategy", "created", "runOrder", "ignore", "runWith", "runWithSpoolFile"),
                attributeNames("ChangeSet"));
        assertEquals(List.of("dbms", "contextFilter", "context", "labels", "applyToRollback"), attributeNames("ModifySql"));
        assertEquals(List.of("changeSetId", "changeSetAuthor", "changeSetPath"), attributeNames("Rollback"));
        assertEquals(List.of("onFail", "onError", "onSqlOutput", "onUpdateSQL", "onFailMessage", "onErrorMessage"),
                attributeNames("ChangeSetPreconditions"));
    }

    @Test
    void changeSetChildren_followLiquibaseOrder() {
        Element sequence = children(top("complexType", "ChangeSet"), "sequence").get(0);
        List<String> order = new ArrayList<>();
        NodeList parts = sequence.getChildNodes();
        for (int i = 0; i < parts.getLength(); i++) {
            if (parts.item(i) instanceof Element) {
                Element e = (Element) parts.item(i);
                order.add(e.getLocalName() + ":" + e.getAttribute("name"));
            }
        }
        assertEquals(List.of("element:validCheckSum", "element:preConditions", "choice:", "element:modifySql"), order);
    }

    @Test
    void bodiesMakeMixedContent_andAlsoAttributeBodiesAreAttributesToo() {
        assertEquals("true", top("complexType", "Sql").getAttribute("mixed"));
        assertEquals("true", top("complexType", "CreateView").getAttribute("mixed"));
        assertEquals("true", top("complexType", "ColumnConfig").getAttribute("mixed"));
        assertEquals("xsd:string", attribute("ColumnConfig", "value").getAttribute("type"));
        assertEquals("", top("complexType", "CreateTable").getAttribute("mixed"));
    }
}
