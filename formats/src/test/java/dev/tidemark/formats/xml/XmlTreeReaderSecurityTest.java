// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.formats.xml;

import static dev.tidemark.formats.xml.XmlTestSupport.liquibase;
import static dev.tidemark.formats.xml.XmlTestSupport.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.tidemark.formats.xml.XmlTestSupport.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** DOCTYPE and entity attacks, malformed documents and size limits. */
class XmlTreeReaderSecurityTest {
    private static final String SECRET = "s3cr3t-token-from-disk";
    private static final String FORBIDDEN = "error TM112: DOCTYPE declarations are not allowed in a changelog (they can"
            + " define entities that read files or URLs); remove the <!DOCTYPE ...> declaration";

    private static void assertNothingLeaks(Result r) {
        String printed = r.printed();
        assertFalse(printed.contains(SECRET), printed);
        assertFalse(printed.contains("Exception") || printed.contains("org.xml") || printed.contains("java."), printed);
        assertFalse(r.tree().isPresent());
        assertEquals(1, r.diagnostics().size(), printed);
    }

    @Test
    void externalEntity_isRefusedAtTheDoctype_withoutReadingTheFile(@TempDir Path dir) throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, SECRET);
        String xml = "<?xml version=\"1.0\"?>\n"
                + "<!-- a comment first -->\n"
                + "  <!DOCTYPE databaseChangeLog [ <!ENTITY leak SYSTEM \"" + secret.toUri() + "\"> ]>\n"
                + "<databaseChangeLog xmlns=\"http://www.liquibase.org/xml/ns/dbchangelog\">\n"
                + "  <changeSet id=\"&leak;\" author=\"a\"><sql>SELECT '&leak;'</sql></changeSet>\n"
                + "</databaseChangeLog>\n";
        Result r = read("x.xml", xml);
        assertEquals("x.xml:3:3: " + FORBIDDEN, r.printed());
        assertNothingLeaks(r);
    }

    @Test
    void parameterEntity_andExternalDtd_areRefused() {
        Result parameter = read("p.xml", "<!DOCTYPE databaseChangeLog [ <!ENTITY % remote SYSTEM"
                + " \"http://127.0.0.1:1/evil.dtd\"> %remote; ]>\n<databaseChangeLog/>\n");
        assertEquals("p.xml:1:1: " + FORBIDDEN, parameter.printed());
        assertNothingLeaks(parameter);
        Result external = read("e.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE databaseChangeLog SYSTEM"
                + " \"http://127.0.0.1:1/evil.dtd\">\n<databaseChangeLog/>\n");
        assertEquals("e.xml:2:1: " + FORBIDDEN, external.printed());
        assertNothingLeaks(external);
    }

    @Test
    void entityExpansionBomb_isRefusedBeforeExpansion() {
        StringBuilder xml = new StringBuilder("<!DOCTYPE databaseChangeLog [\n <!ENTITY a \"aaaaaaaaaa\">\n");
        for (int i = 1; i < 10; i++) {
            xml.append(" <!ENTITY a").append(i).append(" \"").append(("&a" + (i == 1 ? "" : i - 1) + ";").repeat(10))
                    .append("\">\n");
        }
        xml.append("]>\n<databaseChangeLog><property name=\"p\" value=\"&a9;\"/></databaseChangeLog>\n");
        Result r = read("b.xml", xml.toString());
        assertEquals("b.xml:1:1: " + FORBIDDEN, r.printed());
        assertNothingLeaks(r);
    }

    @Test
    void malformedXml_isASyntaxErrorAtItsLineAndColumn_withoutTree() {
        Result r = read("m.xml", liquibase("  <changeSet id=\"1\" author=\"a\">\n    <sql>SELECT 1</sq>\n  </changeSet>\n"));
        assertEquals("m.xml:4:20: error TM100: malformed XML: The element type \"sql\" must be terminated by the"
                + " matching end-tag \"</sql>\".", r.printed());
        assertFalse(r.tree().isPresent());
    }

    @Test
    void undeclaredEntity_isASyntaxError() {
        Result r = read("m.xml", liquibase("  <property name=\"p\" value=\"&nbsp;\"/>\n"));
        assertEquals("m.xml:3:35: error TM100: malformed XML: The entity \"nbsp\" was referenced, but not declared.",
                r.printed());
    }

    @Test
    void emptyDocument_isASyntaxError() {
        Result r = read("e.xml", "");
        assertEquals("e.xml:1:1: error TM100: malformed XML: Premature end of file.", r.printed());
        assertFalse(r.tree().isPresent());
    }

    @Test
    void schemaErrorsBeforeAFatalError_areKeptWithIt() {
        Result r = read("m.xml", liquibase("  <changeSet id=\"1\" author=\"a\" runAlways=\"often\"/>\n  <oops\n"));
        assertEquals(String.join("\n",
                "m.xml:3:32: error TM111: invalid value 'often' for attribute 'runAlways' on <changeSet>;"
                        + " expected true or false (or a ${property})",
                "m.xml:5:1: error TM100: malformed XML: Element type \"oops\" must be followed by either attribute"
                        + " specifications, \">\" or \"/>\"."), r.printed());
        assertFalse(r.tree().isPresent());
    }

    @Test
    void documentOverTheSizeLimit_isRefusedUnread() {
        String xml = liquibase("  <changeSet id=\"1\" author=\"a\"/>\n");
        XmlTreeReader small = new XmlTreeReader(xml.length() - 1);
        Result r = XmlTestSupport.read(small, "big.xml", xml);
        assertEquals("big.xml: error TM117: the file is larger than " + (xml.length() - 1) + " bytes", r.printed());
        assertFalse(r.tree().isPresent());
        assertEquals("", XmlTestSupport.read(new XmlTreeReader(xml.length()), "ok.xml", xml).printed());
    }

    @Test
    void sizeLimit_countsUtf8Bytes() {
        String xml = liquibase("  <property name=\"p\" value=\"" + "\u00e9".repeat(40) + "\"/>\n");
        int bytes = xml.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        assertEquals("big.xml: error TM117: the file is larger than " + (bytes - 1) + " bytes",
                XmlTestSupport.read(new XmlTreeReader(bytes - 1), "big.xml", xml).printed());
        assertEquals("", XmlTestSupport.read(new XmlTreeReader(bytes), "ok.xml", xml).printed());
    }
}
