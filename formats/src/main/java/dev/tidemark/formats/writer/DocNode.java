// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.formats.writer;

import java.util.List;
import java.util.Objects;

/**
 * A changelog file on its way out, independent of the output format: YAML and JSON write it as
 * maps and lists, XML as elements. {@link Field#xml()} says how XML spells each field, so the three
 * emitters stay thin and agree on order and content.
 */
sealed interface DocNode permits DocNode.Scalar, DocNode.Fields, DocNode.Items, DocNode.Repeated {

    /** A string, boolean or integer value. */
    record Scalar(Object value) implements DocNode {
        public Scalar {
            Objects.requireNonNull(value, "value");
        }

        String text() {
            return value.toString();
        }
    }

    /** A map: a record's attributes and nested elements, in order. */
    record Fields(List<Field> fields) implements DocNode {
        public Fields {
            fields = List.copyOf(fields);
        }
    }

    /**
     * A list of one-key items ({@code databaseChangeLog}, {@code changes}, {@code preConditions}, a
     * rollback): in XML, scalar items become attributes and the others child elements.
     */
    record Items(List<Field> items) implements DocNode {
        public Items {
            items = List.copyOf(items);
        }
    }

    /** A list of plain values ({@code validCheckSum}, {@code modifySql}): XML repeats the element. */
    record Repeated(List<DocNode> values) implements DocNode {
        public Repeated {
            values = List.copyOf(values);
        }
    }

    /** One named value; {@code wrapper} is the XML element that wraps a {@code CHILDREN} list, or null. */
    record Field(String name, DocNode value, XmlForm xml, String wrapper) {
        public Field {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(xml, "xml");
        }

        static Field of(String name, DocNode value, XmlForm xml) {
            return new Field(name, value, xml, null);
        }
    }

    /** How XML writes a field. */
    enum XmlForm {
        /** An attribute of the enclosing element. */
        ATTRIBUTE,
        /** The enclosing element's text ({@code <sql>SELECT 1</sql>}). */
        TEXT,
        /** A child element holding the text ({@code <where>id = 1</where>}). */
        CHILD_TEXT,
        /** A child element named as the field (one per value of a {@link Repeated}). */
        ELEMENT,
        /** The {@link Items} as child elements named by each item, inside {@code wrapper} if set. */
        CHILDREN
    }
}
