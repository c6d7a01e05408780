// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.formats.xml;

import dev.tidemark.error.Diagnostic;
import dev.tidemark.error.ErrorCode;
import dev.tidemark.model.SourceLocation;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.AttributesImpl;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * Sits between the parser and the tree builder. It renames the accepted namespaces (Liquibase's,
 * Tidemark's, none) to the one the bundled XSD targets, reports and drops elements and attributes
 * of other namespaces (a foreign element's whole subtree is skipped, so it causes no follow-on
 * schema errors), drops {@code xsi:schemaLocation} hints so nothing is ever fetched, refuses a
 * root other than {@code databaseChangeLog}, and bounds the nesting depth.
 */
final class XmlNamespaceFilter extends XMLFilterImpl {
    static final int MAX_DEPTH = 100;

    /** Stops the parse after a diagnostic that leaves no usable tree. */
    static final class Stop extends SAXException {
        private static final long serialVersionUID = 1L;

        Stop() {
            super("parse stopped");
        }
    }

    private final XmlSourcePositions positions;
    private final List<Diagnostic> diagnostics;
    private Locator locator;
    private int depth;
    private int skipFrom = -1;
    private boolean rootSeen;

    XmlNamespaceFilter(XMLReader parent, XmlSourcePositions positions, List<Diagnostic> diagnostics) {
        super(parent);
        this.positions = positions;
        this.diagnostics = diagnostics;
    }

    static boolean isChangelogNamespace(String uri) {
        return uri.isEmpty() || uri.equals(XmlVocabulary.LIQUIBASE_NAMESPACE)
                || uri.equals(XmlVocabulary.TIDEMARK_NAMESPACE);
    }

    @Override
    public void setDocumentLocator(Locator locator) {
        this.locator = locator;
        super.setDocumentLocator(locator);
    }

    // Prefix mappings are not passed on: the canonical names carry the namespace, and the
    // vocabulary has no QName-valued attributes that would need them.
    @Override
    public void startPrefixMapping(String prefix, String uri) {
    }

    @Override
    public void endPrefixMapping(String prefix) {
    }

    @Override
    public void processingInstruction(String target, String data) {
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        depth++;
        if (depth > MAX_DEPTH) {
            diagnostics.add(Diagnostic.error(ErrorCode.LIMIT_EXCEEDED, elementStart(),
                    "elements are nested deeper than " + MAX_DEPTH + " levels"));
            throw new Stop();
        }
        if (skipFrom >= 0) {
            return;
        }
        if (!isChangelogNamespace(uri)) {
            diagnostics.add(Diagnostic.error(ErrorCode.UNKNOWN_ELEMENT, elementStart(),
                    "element <" + qName + "> of namespace '" + uri + "' is not part of the changelog vocabulary"
                            + " (Liquibase extensions are not supported)"));
            if (!rootSeen) {
                throw new Stop();
            }
            skipFrom = depth;
            return;
        }
        if (!rootSeen) {
            rootSeen = true;
            if (!localName.equals(XmlVocabulary.ROOT_ELEMENT)) {
                diagnostics.add(Diagnostic.error(ErrorCode.INVALID_STRUCTURE, elementStart(),
                        "the root element must be <" + XmlVocabulary.ROOT_ELEMENT + ">, found <" + localName + ">"));
                throw new Stop();
            }
        }
        Attributes kept = changelogAttributes(localName, atts);
        super.startElement(XmlVocabulary.TIDEMARK_NAMESPACE, localName, localName, kept);
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        if (skipFrom >= 0) {
            if (skipFrom == depth) {
                skipFrom = -1;
            }
            depth--;
            return;
        }
        depth--;
        super.endElement(XmlVocabulary.TIDEMARK_NAMESPACE, localName, localName);
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (skipFrom < 0) {
            super.characters(ch, start, length);
        }
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        if (skipFrom < 0) {
            super.ignorableWhitespace(ch, start, length);
        }
    }

    /** The unqualified attributes; schema hints dropped, anything else qualified reported. */
    private Attributes changelogAttributes(String elementName, Attributes atts) {
        AttributesImpl kept = new AttributesImpl();
        Map<String, SourceLocation> where = null;
        for (int i = 0; i < atts.getLength(); i++) {
            String uri = atts.getURI(i);
            String local = atts.getLocalName(i);
            if (uri.isEmpty()) {
                kept.addAttribute("", local, local, atts.getType(i), atts.getValue(i));
                continue;
            }
            if (uri.equals(XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI)
                    && (local.equals("schemaLocation") || local.equals("noNamespaceSchemaLocation"))) {
                continue; // the bundled XSD is always used; hints are never fetched
            }
            if (where == null) {
                where = positions.attributeLocations(positions.startTagOffset(tagEnd()));
            }
            String qName = atts.getQName(i);
            String why = isChangelogNamespace(uri) ? "; changelog attributes are written without a namespace prefix"
                    : uri.equals(XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI)
                    ? "; of the xsi attributes only the (ignored) schema locations are allowed"
                    : " (Liquibase extensions are not supported)";
            diagnostics.add(Diagnostic.error(ErrorCode.UNKNOWN_ATTRIBUTE, where.getOrDefault(qName, elementStart()),
                    "attribute '" + qName + "' of namespace '" + uri + "' is not allowed on <" + elementName + ">"
                            + why));
        }
        return kept;
    }

    private int tagEnd() {
        return positions.offset(locator.getLineNumber(), locator.getColumnNumber());
    }

    private SourceLocation elementStart() {
        return positions.location(positions.startTagOffset(tagEnd()));
    }
}
