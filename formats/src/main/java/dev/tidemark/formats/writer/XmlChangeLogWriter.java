// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.formats.writer;

import dev.tidemark.error.ErrorCode;
import dev.tidemark.error.TidemarkException;
import dev.tidemark.formats.writer.DocNode.Field;
import dev.tidemark.formats.writer.DocNode.Fields;
import dev.tidemark.formats.writer.DocNode.Items;
import dev.tidemark.formats.writer.DocNode.Repeated;
import dev.tidemark.formats.writer.DocNode.Scalar;
import dev.tidemark.formats.writer.DocNode.XmlForm;
import dev.tidemark.model.ChangeLogFile;
import dev.tidemark.model.SourceLocation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Writes a changelog as Liquibase XML, with Liquibase's namespace and 4.33 schema location so
 * Liquibase reads the output too. Scalars are attributes, {@code @Body} text is element text (CDATA
 * when it holds markup characters), four-space indentation.
 *
 * <p>The XML is escaped here rather than by {@code XMLStreamWriter}: the JDK's writer drops
 * {@code \r} and leaves tabs and newlines raw in attributes, where every reader turns them into
 * spaces, so values would not survive the trip.
 */
public final class XmlChangeLogWriter implements ChangeLogWriter {
    static final String NAMESPACE = "http://www.liquibase.org/xml/ns/dbchangelog";
    static final String SCHEMA_LOCATION = "http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-4.33.xsd";
    private static final String INDENT = "    ";

    /** The XSD fixes the order of some children; a stable sort by these ranks honours it. */
    private static final Map<String, Map<String, Integer>> CHILD_RANKS = Map.of(
            "databaseChangeLog", Map.of("removeChangeSetProperty", 0, "property", 1, "preConditions", 2),
            "changeSet", Map.of("validCheckSum", 0, "preConditions", 1));
    private static final int RANK_OTHERS = 3;

    @Override
    public String write(ChangeLogFile file, Function<String, String> includeRenamer) {
        Items root = new DocumentBuilder(includeRenamer).changeLog(file);
        return new Emitter(file.path()).document(root);
    }

    /** The state of one write. */
    private static final class Emitter {
        private final String path;
        private final StringBuilder out = new StringBuilder();

        Emitter(String path) {
            this.path = path;
        }

        String document(Items root) {
            List<Field> attributes = new ArrayList<>();
            List<Field> children = new ArrayList<>();
            split(root.items(), attributes, children, new ArrayList<>());
            children = ordered("databaseChangeLog", children);
            out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
            out.append("<databaseChangeLog\n");
            out.append(INDENT).append("xmlns=\"").append(NAMESPACE).append("\"\n");
            out.append(INDENT).append("xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n");
            out.append(INDENT).append("xsi:schemaLocation=\"").append(NAMESPACE).append(' ').append(SCHEMA_LOCATION)
                    .append('"');
            for (Field a : attributes) {
                out.append('\n').append(INDENT);
                attribute(a);
            }
            out.append(">\n");
            for (Field child : children) {
                child(child, 1, false);
            }
            out.append("</databaseChangeLog>\n");
            return out.toString();
        }

        private void child(Field field, int depth, boolean inline) {
            if (field.xml() == XmlForm.CHILDREN) {
                Items items = (Items) field.value();
                if (field.wrapper() != null) {
                    element(field.wrapper(), items, depth, inline);
                } else {
                    for (Field item : items.items()) {
                        child(item, depth, inline);
                    }
                }
            } else if (field.value() instanceof Repeated) {
                for (DocNode value : ((Repeated) field.value()).values()) {
                    element(field.name(), value, depth, inline);
                }
            } else {
                element(field.name(), field.value(), depth, inline);
            }
        }

        private void element(String name, DocNode content, int depth, boolean inline) {
            if (!inline) {
                out.append(INDENT.repeat(depth));
            }
            out.append('<').append(name);
            if (content instanceof Scalar) {
                out.append('>');
                text(name, ((Scalar) content).text());
                close(name, inline);
                return;
            }
            List<Field> attributes = new ArrayList<>();
            List<Field> children = new ArrayList<>();
            List<Field> text = new ArrayList<>();
            split(content instanceof Fields ? ((Fields) content).fields() : ((Items) content).items(),
                    attributes, children, text);
            children = ordered(name, children);
            for (Field a : attributes) {
                out.append(' ');
                attribute(a);
            }
            if (children.isEmpty() && text.isEmpty()) {
                out.append("/>");
                if (!inline) {
                    out.append('\n');
                }
            } else if (!text.isEmpty() || inline) {
                // Whitespace next to element text would become part of it: write the content on one line.
                out.append('>');
                for (Field child : children) {
                    child(child, depth + 1, true);
                }
                for (Field t : text) {
                    text(t.name(), ((Scalar) t.value()).text());
                }
                close(name, inline);
            } else {
                out.append(">\n");
                for (Field child : children) {
                    child(child, depth + 1, false);
                }
                out.append(INDENT.repeat(depth));
                close(name, false);
            }
        }

        private void close(String name, boolean inline) {
            out.append("</").append(name).append('>');
            if (!inline) {
                out.append('\n');
            }
        }

        private static void split(List<Field> fields, List<Field> attributes, List<Field> children, List<Field> text) {
            for (Field f : fields) {
                if (f.xml() == XmlForm.ATTRIBUTE) {
                    attributes.add(f);
                } else if (f.xml() == XmlForm.TEXT) {
                    text.add(f);
                } else {
                    children.add(f);
                }
            }
        }

        private List<Field> ordered(String parent, List<Field> children) {
            Map<String, Integer> ranks = CHILD_RANKS.get(parent);
            if (ranks == null) {
                return children;
            }
            if (parent.equals("databaseChangeLog")) {
                checkRootOrder(children);
            }
            List<Field> sorted = new ArrayList<>(children);
            sorted.sort(Comparator.comparingInt(f -> ranks.getOrDefault(f.name(), RANK_OTHERS)));
            return sorted;
        }

        /**
         * Properties are already substituted, so moving them first changes nothing; a
         * removeChangeSetProperty acts on what follows it, and the XSD allows one preConditions.
         */
        private void checkRootOrder(List<Field> children) {
            boolean pastChangeSets = false;
            int preconditions = 0;
            for (Field f : children) {
                switch (f.name()) {
                    case "removeChangeSetProperty":
                        if (pastChangeSets) {
                            throw unsupported("a removeChangeSetProperty after changesets or includes, "
                                    + "which XML only allows at the start");
                        }
                        break;
                    case "preConditions":
                        preconditions++;
                        break;
                    case "property":
                        break;
                    default:
                        pastChangeSets = true;
                        break;
                }
            }
            if (preconditions > 1) {
                throw unsupported(preconditions + " changelog preConditions blocks, and XML allows one");
            }
        }

        private void attribute(Field field) {
            String value = ((Scalar) field.value()).text();
            check(field.name(), value);
            out.append(field.name()).append("=\"");
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                switch (c) {
                    case '&': out.append("&amp;"); break;
                    case '<': out.append("&lt;"); break;
                    case '>': out.append("&gt;"); break;
                    case '"': out.append("&quot;"); break;
                    // Raw, these would be normalised to spaces by every XML reader.
                    case '\n': out.append("&#10;"); break;
                    case '\r': out.append("&#13;"); break;
                    case '\t': out.append("&#9;"); break;
                    default: out.append(c); break;
                }
            }
            out.append('"');
        }

        /** Plain text when it needs no escaping, CDATA when it holds markup, references when it holds CR. */
        private void text(String name, String value) {
            check(name, value);
            if (value.indexOf('\r') >= 0) {
                // CDATA cannot keep a CR: the parser turns CR LF into LF.
                for (int i = 0; i < value.length(); i++) {
                    char c = value.charAt(i);
                    switch (c) {
                        case '&': out.append("&amp;"); break;
                        case '<': out.append("&lt;"); break;
                        case '>': out.append("&gt;"); break;
                        case '\r': out.append("&#13;"); break;
                        default: out.append(c); break;
                    }
                }
            } else if (value.indexOf('<') >= 0 || value.indexOf('&') >= 0 || value.contains("]]>")) {
                out.append("<![CDATA[").append(value.replace("]]>", "]]]]><![CDATA[>")).append("]]>");
            } else {
                out.append(value);
            }
        }

        /** XML 1.0 has no way to carry most control characters, not even escaped. */
        private void check(String name, String value) {
            for (int i = 0; i < value.length(); ) {
                int cp = value.codePointAt(i);
                boolean legal = cp == 0x9 || cp == 0xA || cp == 0xD || cp >= 0x20 && cp <= 0xD7FF
                        || cp >= 0xE000 && cp <= 0xFFFD || cp >= 0x10000 && cp <= 0x10FFFF;
                if (!legal) {
                    throw unsupported(String.format("a %s value with U+%04X, which XML 1.0 cannot carry", name, cp));
                }
                i += Character.charCount(cp);
            }
        }

        private TidemarkException unsupported(String what) {
            return new TidemarkException(ErrorCode.UNSUPPORTED, SourceLocation.ofFile(path),
                    "the file holds " + what, null);
        }
    }
}
