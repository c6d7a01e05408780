// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.formats.xml;

import dev.tidemark.error.Diagnostic;
import dev.tidemark.error.ErrorCode;
import dev.tidemark.error.TidemarkException;
import dev.tidemark.formats.tree.Flavor;
import dev.tidemark.formats.tree.ParsedTree;
import dev.tidemark.formats.tree.SourceText;
import dev.tidemark.formats.tree.TreeReader;
import dev.tidemark.model.SourceLocation;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.ValidatorHandler;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/**
 * Reads an XML changelog into the XML flavor of the changelog tree, validating it against the
 * bundled XSD ({@code dev/tidemark/schemas/dbchangelog.xsd}) in the same pass.
 *
 * <p>The pipeline is parser → {@link XmlNamespaceFilter} → {@link XmlTreeBuilder} → validator.
 * Liquibase's namespace, Tidemark's namespace and no namespace are the same vocabulary: the filter
 * renames all three to Tidemark's namespace, which the XSD targets. Renaming before the validator
 * (rather than publishing the XSD twice, once per namespace) keeps one schema to generate, test
 * and cache, and lets a document mix the spellings as Liquibase allows. Every validation error is
 * collected, not just the first; the tree is still returned when the document is well formed, so
 * that the caller can report schema errors and mapping errors together.
 *
 * <p>Security: DOCTYPE declarations are refused (so no entity, internal or external, is ever
 * expanded), external entities and DTDs are off, secure processing is on, and schema location
 * hints are dropped unread: the bundled XSD is the only schema used. Documents over 64 MiB or
 * nested deeper than 100 elements are refused.
 */
public final class XmlTreeReader implements TreeReader {
    /** The bundled XSD on the class path (module tidemark-schemas). */
    static final String SCHEMA_RESOURCE = "/dev/tidemark/schemas/dbchangelog.xsd";
    static final long MAX_BYTES = 64L * 1024 * 1024;
    private static final Pattern JAVA_CLASS_PREFIX =
            Pattern.compile("(?:[a-z_][\\w$]*\\.)+[A-Z][\\w$]*(?:Exception|Error):\\s*");

    private final long maxBytes;
    private Schema schema;

    /** A reader that compiles the bundled XSD on first use and keeps it. */
    public XmlTreeReader() {
        this(MAX_BYTES);
    }

    /** A reader with another size limit, for tests. */
    XmlTreeReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public Optional<ParsedTree> read(SourceText source, List<Diagnostic> diagnostics) {
        String content = source.content();
        if (!content.isEmpty() && content.charAt(0) == '\uFEFF') {
            content = content.substring(1);
        }
        if (exceedsSizeLimit(content, maxBytes)) {
            diagnostics.add(Diagnostic.error(ErrorCode.LIMIT_EXCEEDED, SourceLocation.ofFile(source.path()),
                    "the file is larger than " + describeSize(maxBytes)));
            return Optional.empty();
        }
        XmlSourcePositions positions = new XmlSourcePositions(source.path(), content);
        List<Diagnostic> found = new ArrayList<>();
        ValidatorHandler validator = newValidator();
        XmlTreeBuilder builder = new XmlTreeBuilder(positions, validator);
        XmlSchemaErrors schemaErrors = new XmlSchemaErrors(builder::context, found);
        validator.setErrorHandler(schemaErrors);
        XmlNamespaceFilter filter = new XmlNamespaceFilter(newParser(), positions, found);
        filter.setContentHandler(builder);
        filter.setErrorHandler(new SyntaxErrors(positions, found));
        // Unreachable while DOCTYPE is refused; should that ever change, no entity is resolved.
        filter.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
        boolean usable;
        try {
            filter.parse(new InputSource(new StringReader(content)));
            schemaErrors.flush();
            usable = builder.root() != null;
        } catch (XmlNamespaceFilter.Stop e) {
            usable = false;
        } catch (SAXParseException e) {
            schemaErrors.flush();
            found.add(malformed(e, positions));
            usable = false;
        } catch (SAXException e) {
            schemaErrors.flush();
            found.add(Diagnostic.error(ErrorCode.SYNTAX, SourceLocation.ofFile(source.path()),
                    "malformed XML: " + clean(e.getMessage())));
            usable = false;
        } catch (IOException e) {
            found.add(Diagnostic.error(ErrorCode.READ_FAILED, SourceLocation.ofFile(source.path()),
                    "cannot read the XML: " + clean(e.getMessage())));
            usable = false;
        }
        diagnostics.addAll(found);
        return usable ? Optional.of(new ParsedTree(builder.root(), Flavor.XML)) : Optional.empty();
    }

    private static boolean exceedsSizeLimit(String content, long limit) {
        if ((long) content.length() * 3 <= limit) {
            return false; // a char is at most three UTF-8 bytes
        }
        return content.length() > limit || content.getBytes(StandardCharsets.UTF_8).length > limit;
    }

    private static String describeSize(long bytes) {
        return bytes % (1 << 20) == 0 ? (bytes >> 20) + " MiB" : bytes + " bytes";
    }

    /** A fatal parse error: a refused DOCTYPE, or malformed XML. */
    private static Diagnostic malformed(SAXParseException e, XmlSourcePositions positions) {
        String message = clean(e.getMessage());
        SourceLocation reported = positions.reported(e.getLineNumber(), e.getColumnNumber());
        int offset = positions.offset(e.getLineNumber(), e.getColumnNumber());
        int doctype = positions.doctypeBefore(offset);
        boolean atDoctype = doctype >= 0 && offset - doctype <= "<!DOCTYPE".length() + 1;
        if (atDoctype || message.contains("disallow-doctype-decl")) {
            SourceLocation where = doctype >= 0 ? positions.location(doctype) : reported;
            return Diagnostic.error(ErrorCode.FORBIDDEN_CONSTRUCT, where,
                    "DOCTYPE declarations are not allowed in a changelog (they can define entities that read"
                            + " files or URLs); remove the <!DOCTYPE ...> declaration");
        }
        return Diagnostic.error(ErrorCode.SYNTAX, reported, "malformed XML: " + message);
    }

    /** The parser's message without Java class names. */
    static String clean(String message) {
        if (message == null || message.isBlank()) {
            return "the document could not be parsed";
        }
        return JAVA_CLASS_PREFIX.matcher(message).replaceAll("").trim();
    }

    private static XMLReader newParser() {
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setValidating(false);
            factory.setXIncludeAware(false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            XMLReader reader = factory.newSAXParser().getXMLReader();
            reader.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            reader.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            reader.setProperty("http://apache.org/xml/properties/locale", Locale.ROOT);
            return reader;
        } catch (ParserConfigurationException | SAXException e) {
            throw new TidemarkException(ErrorCode.INTERNAL, null,
                    "the JDK's XML parser cannot be configured securely", e);
        }
    }

    private ValidatorHandler newValidator() {
        ValidatorHandler validator = schema().newValidatorHandler();
        try {
            validator.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            // The base (English) messages, whatever the default locale: XmlSchemaErrors rewrites them by their
            // wording. Locale.ROOT, not ENGLISH: a missing _en bundle would fall back to the default locale.
            validator.setProperty("http://apache.org/xml/properties/locale", Locale.ROOT);
        } catch (SAXException e) {
            throw new TidemarkException(ErrorCode.INTERNAL, null, "the JDK's XML validator cannot be configured", e);
        }
        // No resource resolver: the bundled XSD imports nothing, schema location hints never reach
        // the validator (XmlNamespaceFilter drops them), and external schema access is off anyway.
        return validator;
    }

    /** The compiled bundled XSD, compiled once per reader. */
    private synchronized Schema schema() {
        if (schema == null) {
            schema = compileBundledSchema();
        }
        return schema;
    }

    static Schema compileBundledSchema() {
        try (InputStream in = XmlTreeReader.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new TidemarkException(ErrorCode.INTERNAL, "the changelog XSD " + SCHEMA_RESOURCE
                        + " is not on the class path (module tidemark-schemas)");
            }
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return factory.newSchema(new StreamSource(in, SCHEMA_RESOURCE));
        } catch (IOException | SAXException e) {
            throw new TidemarkException(ErrorCode.INTERNAL, null, "the changelog XSD cannot be compiled", e);
        }
    }

    /** Parser errors: fatal ones stop the parse (reported by the caller), recoverable ones are kept. */
    private static final class SyntaxErrors implements ErrorHandler {
        private final XmlSourcePositions positions;
        private final List<Diagnostic> found;

        SyntaxErrors(XmlSourcePositions positions, List<Diagnostic> found) {
            this.positions = positions;
            this.found = found;
        }

        @Override
        public void warning(SAXParseException e) {
            // Parser warnings concern DTD details, and DTDs are refused.
        }

        @Override
        public void error(SAXParseException e) {
            found.add(Diagnostic.error(ErrorCode.SYNTAX, positions.reported(e.getLineNumber(), e.getColumnNumber()),
                    "malformed XML: " + clean(e.getMessage())));
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXParseException {
            throw e;
        }
    }
}
