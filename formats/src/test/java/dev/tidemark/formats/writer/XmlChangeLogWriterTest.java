// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.formats.writer;

import static dev.tidemark.formats.writer.ModelFactory.changeSet;
import static dev.tidemark.formats.writer.ModelFactory.file;
import static dev.tidemark.formats.writer.ModelFactory.make;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tidemark.error.ErrorCode;
import dev.tidemark.error.TidemarkException;
import dev.tidemark.model.ChangeLogFile;
import dev.tidemark.model.ColumnConfig;
import dev.tidemark.model.Property;
import dev.tidemark.model.RemoveChangeSetProperty;
import dev.tidemark.model.change.CreateView;
import dev.tidemark.model.change.Insert;
import dev.tidemark.model.change.Output;
import dev.tidemark.model.change.Sql;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class XmlChangeLogWriterTest {
    private static final String HEADER = String.join("\n",
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
            "<databaseChangeLog",
            "    xmlns=\"http://www.liquibase.org/xml/ns/dbchangelog\"",
            "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"",
            "    xsi:schemaLocation=\"http://www.liquibase.org/xml/ns/dbchangelog "
                    + "http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-4.33.xsd\">",
            "");

    private static String write(ChangeLogFile file) {
        return new XmlChangeLogWriter().write(file, n -> n);
    }

    @Test
    void write_matchesTheGoldenFileForTheRepresentativeChangeLog() {
        assertEquals(Golden.read("representative.xml"), write(Representative.changeLog()));
    }

    @Test
    void write_usesPlainTextCdataOrCharacterReferencesAsTheBodyNeeds() {
        String xml = write(file(changeSet("1", "a", "changes", List.of(
                make(Sql.class, "sql", "SELECT 1"),
                make(Sql.class, "sql", "SELECT 1 > 0"),
                make(Sql.class, "sql", "SELECT '<' || '&'"),
                make(Sql.class, "sql", "SELECT ']]>'"),
                make(Sql.class, "sql", "A\r\nB < C")))));
        assertEquals(HEADER + String.join("\n",
                "    <changeSet id=\"1\" author=\"a\">",
                "        <sql>SELECT 1</sql>",
                "        <sql>SELECT 1 > 0</sql>",
                "        <sql><![CDATA[SELECT '<' || '&']]></sql>",
                "        <sql><![CDATA[SELECT ']]]]><![CDATA[>']]></sql>",
                "        <sql>A&#13;\nB &lt; C</sql>",
                "    </changeSet>",
                "</databaseChangeLog>",
                ""), xml);
    }

    @Test
    void write_escapesAttributeValuesSoReadersKeepLineBreaksAndTabs() {
        String xml = write(file(changeSet("1", "a", "changes", List.of(make(Insert.class, "tableName", "t",
                "columns", List.of(make(ColumnConfig.class, "name", "c",
                        "value", "say \"hi\" & <bye>\n\tnext\r ${x} 日本")))))));
        assertEquals(HEADER + String.join("\n",
                "    <changeSet id=\"1\" author=\"a\">",
                "        <insert tableName=\"t\">",
                "            <column name=\"c\" value=\"say &quot;hi&quot; &amp; &lt;bye&gt;&#10;&#9;next&#13; ${x} 日本\"/>",
                "        </insert>",
                "    </changeSet>",
                "</databaseChangeLog>",
                ""), xml);
    }

    @Test
    void write_producesXmlWhoseValuesAParserReadsBackExactly() throws Exception {
        String value = "say \"hi\" & <bye>\n\tnext\r\n]]> ${x} 日本 ";
        String xml = write(file(changeSet("1", "a", "changes", List.of(
                make(Insert.class, "tableName", "t", "columns", List.of(make(ColumnConfig.class, "name", "c",
                        "value", value))),
                make(Output.class, "message", value)))));
        Element root = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))).getDocumentElement();
        assertEquals(value, ((Element) root.getElementsByTagName("column").item(0)).getAttribute("value"));
        assertEquals(value, root.getElementsByTagName("output").item(0).getTextContent());
    }

    @Test
    void write_putsPropertiesFirstAsTheSchemaRequires() {
        ChangeLogFile file = file(changeSet("1", "a", "changes", List.of(make(CreateView.class, "viewName", "v",
                        "selectQuery", "SELECT 1"))),
                make(Property.class, "name", "p", "value", "v"));
        assertEquals(HEADER + String.join("\n",
                "    <property name=\"p\" value=\"v\"/>",
                "    <changeSet id=\"1\" author=\"a\">",
                "        <createView viewName=\"v\">SELECT 1</createView>",
                "    </changeSet>",
                "</databaseChangeLog>",
                ""), write(file));
    }

    @Test
    void write_refusesARemoveChangeSetPropertyAfterChangeSets() {
        ChangeLogFile file = file(changeSet("1", "a"),
                make(RemoveChangeSetProperty.class, "change", "addColumn", "remove", "afterColumn"));
        TidemarkException e = assertThrows(TidemarkException.class, () -> write(file));
        assertEquals(ErrorCode.UNSUPPORTED, e.code());
        assertEquals("db/changelog.yaml: TM109 the file holds a removeChangeSetProperty after changesets or includes,"
                + " which XML only allows at the start", e.toString());
    }

    @Test
    void write_refusesCharactersXmlCannotCarry() {
        ChangeLogFile file = file(changeSet("1", "a", "changes", List.of(make(Output.class, "message", "bell\u0007"))));
        TidemarkException e = assertThrows(TidemarkException.class, () -> write(file));
        assertEquals("db/changelog.yaml: TM109 the file holds a message value with U+0007, which XML 1.0 cannot carry",
                e.toString());
    }
}
