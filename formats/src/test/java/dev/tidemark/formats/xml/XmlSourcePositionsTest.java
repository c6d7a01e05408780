// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.formats.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tidemark.model.SourceLocation;
import java.util.Map;
import org.junit.jupiter.api.Test;

class XmlSourcePositionsTest {

    @Test
    void offsetsAndLocations_countCrLfCrAndLfAsOneLineEnd() {
        XmlSourcePositions p = new XmlSourcePositions("f.xml", "ab\r\ncd\ref\ngh");
        assertEquals(new SourceLocation("f.xml", 1, 1), p.location(0));
        assertEquals(new SourceLocation("f.xml", 2, 1), p.location(4));
        assertEquals(new SourceLocation("f.xml", 3, 2), p.location(8));
        assertEquals(new SourceLocation("f.xml", 4, 2), p.location(11));
        assertEquals(11, p.offset(4, 2));
        assertEquals(7, p.offset(3, 1));
    }

    @Test
    void startTag_isFoundBackFromTheLocatorPosition_evenWithGreaterThanInValues() {
        String text = "<a>\n  <b x=\"1 > 0\"\n     y='2'/>";
        XmlSourcePositions p = new XmlSourcePositions("f.xml", text);
        int end = text.length();
        assertEquals(text.indexOf("<b"), p.startTagOffset(end));
        Map<String, SourceLocation> attributes = p.attributeLocations(p.startTagOffset(end));
        assertEquals(Map.of("x", new SourceLocation("f.xml", 2, 6), "y", new SourceLocation("f.xml", 3, 6)), attributes);
    }

    @Test
    void textStart_skipsWhitespaceCommentsAndCdataMarkers() {
        String text = "<a>\n  <!-- c --> <![CDATA[\n   x]]></a>";
        XmlSourcePositions p = new XmlSourcePositions("f.xml", text);
        assertEquals(text.indexOf('x'), p.textStart(3));
    }
}
