// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.formats.xml;

import dev.tidemark.formats.tree.MapNode;
import dev.tidemark.formats.tree.ScalarNode;
import dev.tidemark.model.SourceLocation;
import dev.tidemark.model.meta.Attribute;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;

/**
 * Builds the XML flavor of the changelog tree from (namespace-filtered) SAX events and passes each
 * event on to the schema validator. Before passing an event on it records what the event is about
 * ({@link #context()}), so that a validation error raised during the event can name the element,
 * its attribute and their places.
 */
final class XmlTreeBuilder implements ContentHandler {

    /**
     * What a validation error raised now is about: the element, its parent (name, record class,
     * and the names of its children so far), the element's record class, attributes and text.
     */
    record ErrorContext(String element, SourceLocation location, String parent, Class<?> parentRecord,
                        List<String> siblings, Class<?> record, Map<String, SourceLocation> attributes,
                        SourceLocation text) {
    }

    /** An open element. */
    private static final class Frame {
        final String name;
        final Frame parent;
        final SourceLocation location;
        final Class<?> record;
        final Attribute wrapper;
        final Map<String, SourceLocation> attributeLocations;
        final List<MapNode.Entry> attributes = new ArrayList<>();
        final List<MapNode.Entry> children = new ArrayList<>();
        final StringBuilder text = new StringBuilder();
        SourceLocation textLocation;

        Frame(String name, Frame parent, SourceLocation location, Class<?> record, Attribute wrapper,
              Map<String, SourceLocation> attributeLocations) {
            this.name = name;
            this.parent = parent;
            this.location = location;
            this.record = record;
            this.wrapper = wrapper;
            this.attributeLocations = attributeLocations;
        }

        ErrorContext context() {
            if (parent == null) {
                return new ErrorContext(name, location, null, null, List.of(), record, attributeLocations,
                        textLocation);
            }
            List<String> siblings = new ArrayList<>();
            parent.children.forEach(e -> siblings.add(e.key()));
            return new ErrorContext(name, location, parent.name, parent.record, siblings, record, attributeLocations,
                    textLocation);
        }
    }

    private final XmlSourcePositions positions;
    private final ContentHandler validator;
    private final Deque<Frame> open = new ArrayDeque<>();
    private Locator locator;
    private int lastMarkupEnd;
    /** The element the current event is about; its context is built only when an error needs it. */
    private Frame current;
    private MapNode root;

    XmlTreeBuilder(XmlSourcePositions positions, ContentHandler validator) {
        this.positions = positions;
        this.validator = validator;
    }

    /** The root element's map, once the document has been read. */
    MapNode root() {
        return root;
    }

    ErrorContext context() {
        if (current == null) {
            return new ErrorContext(null, SourceLocation.ofFile(positions.file()), null, null, List.of(), null,
                    Map.of(), null);
        }
        return current.context();
    }

    @Override
    public void setDocumentLocator(Locator locator) {
        this.locator = locator;
        validator.setDocumentLocator(locator);
    }

    @Override
    public void startDocument() throws SAXException {
        validator.startDocument();
    }

    @Override
    public void endDocument() throws SAXException {
        validator.endDocument();
    }

    @Override
    public void startPrefixMapping(String prefix, String uri) throws SAXException {
        validator.startPrefixMapping(prefix, uri);
    }

    @Override
    public void endPrefixMapping(String prefix) throws SAXException {
        validator.endPrefixMapping(prefix);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        int tagEnd = here();
        int tagStart = positions.startTagOffset(tagEnd);
        SourceLocation where = positions.location(tagStart);
        Map<String, SourceLocation> attributeLocations =
                atts.getLength() == 0 ? Map.of() : positions.attributeLocations(tagStart);
        Frame parent = open.peek();
        Class<?> record = null;
        Attribute wrapper = null;
        if (parent == null) {
            record = XmlVocabulary.rootRecord();
        } else if (parent.wrapper != null) {
            record = localName.equals(parent.wrapper.itemName()) ? parent.wrapper.elementType() : null;
        } else {
            record = XmlVocabulary.childRecord(parent.record, localName).orElse(null);
            wrapper = XmlVocabulary.wrapper(parent.record, localName).orElse(null);
        }
        Frame frame = new Frame(localName, parent, where, record, wrapper, attributeLocations);
        for (int i = 0; i < atts.getLength(); i++) {
            String name = atts.getLocalName(i);
            SourceLocation at = attributeLocations.getOrDefault(name, where);
            frame.attributes.add(new MapNode.Entry(name, at, ScalarNode.string(at, atts.getValue(i))));
        }
        current = frame;
        lastMarkupEnd = tagEnd;
        open.push(frame);
        validator.startElement(uri, localName, qName, atts);
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        Frame frame = open.pop();
        Frame parent = open.peek();
        current = frame;
        lastMarkupEnd = here();
        validator.endElement(uri, localName, qName);
        List<MapNode.Entry> entries = new ArrayList<>(frame.attributes);
        entries.addAll(frame.children);
        String text = frame.text.toString();
        if (!text.isBlank()) {
            ScalarNode value = ScalarNode.string(frame.textLocation, text);
            entries.add(new MapNode.Entry(MapNode.TEXT, frame.textLocation, value));
        }
        MapNode node = new MapNode(frame.location, entries);
        if (parent == null) {
            root = node;
        } else {
            parent.children.add(new MapNode.Entry(frame.name, frame.location, node));
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        Frame frame = open.peek();
        if (frame != null) {
            frame.text.append(ch, start, length);
            if (frame.textLocation == null && !isBlank(ch, start, length)) {
                frame.textLocation = positions.location(positions.textStart(lastMarkupEnd));
            }
            current = frame;
        }
        validator.characters(ch, start, length);
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        validator.ignorableWhitespace(ch, start, length);
    }

    @Override
    public void processingInstruction(String target, String data) throws SAXException {
        validator.processingInstruction(target, data);
    }

    @Override
    public void skippedEntity(String name) throws SAXException {
        validator.skippedEntity(name);
    }

    private int here() {
        return positions.offset(locator.getLineNumber(), locator.getColumnNumber());
    }

    private static boolean isBlank(char[] ch, int start, int length) {
        for (int i = start; i < start + length; i++) {
            if (!Character.isWhitespace(ch[i])) {
                return false;
            }
        }
        return true;
    }
}
