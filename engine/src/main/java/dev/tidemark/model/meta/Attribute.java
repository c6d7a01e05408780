// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.model.meta;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.List;

/** One attribute of a model record: its changelog name, Java type and how it is spelled in each format. */
public final class Attribute {

    /** What kind of value an attribute holds. */
    public enum Kind { STRING, BOOLEAN, INTEGER, LONG, BIG_INTEGER, RECORD, RECORD_LIST, STRING_LIST, OTHER }

    private final RecordComponent component;
    private final int index;
    private final String name;
    private final List<String> aliases;
    private final Kind kind;
    private final Class<?> elementType;

    Attribute(RecordComponent component, int index) {
        this.component = component;
        this.index = index;
        AttributeName rename = component.getAnnotation(AttributeName.class);
        this.name = rename != null ? rename.value() : component.getName();
        Aliases a = component.getAnnotation(Aliases.class);
        this.aliases = a == null ? List.of() : List.of(a.value());
        Class<?> t = component.getType();
        if (t == List.class) {
            Class<?> item = (Class<?>) ((ParameterizedType) component.getGenericType()).getActualTypeArguments()[0];
            this.elementType = item;
            this.kind = item == String.class ? Kind.STRING_LIST : item.isRecord() ? Kind.RECORD_LIST : Kind.OTHER;
        } else {
            this.elementType = t;
            this.kind = t == String.class ? Kind.STRING
                    : t == Boolean.class ? Kind.BOOLEAN
                    : t == Integer.class ? Kind.INTEGER
                    : t == Long.class ? Kind.LONG
                    : t == java.math.BigInteger.class ? Kind.BIG_INTEGER
                    : t.isRecord() ? Kind.RECORD : Kind.OTHER;
        }
    }

    /** The name in changelogs ({@code tableName}, {@code class}). */
    public String name() {
        return name;
    }

    /** The record component's name (differs from {@link #name()} only with {@code @AttributeName}). */
    public String componentName() {
        return component.getName();
    }

    public List<String> aliases() {
        return aliases;
    }

    public Kind kind() {
        return kind;
    }

    /** The Java type of the value, or of one list item. */
    public Class<?> elementType() {
        return elementType;
    }

    public boolean isRequired() {
        return component.isAnnotationPresent(Required.class);
    }

    public boolean isBody() {
        return component.isAnnotationPresent(Body.class);
    }

    /** A body that XML may also give as an attribute. */
    public boolean bodyAlsoAttribute() {
        Body b = component.getAnnotation(Body.class);
        return b != null && b.alsoAttribute();
    }

    public boolean isChildElement() {
        return component.isAnnotationPresent(ChildElement.class);
    }

    /** The element name of one list item ({@code column}), or null. */
    public String itemName() {
        ItemName n = component.getAnnotation(ItemName.class);
        return n == null ? null : n.value();
    }

    /** The XML wrapper element of a list ({@code whereParams}), or null. */
    public String wrapper() {
        Wrapper w = component.getAnnotation(Wrapper.class);
        return w == null ? null : w.value();
    }

    /** Whether the value is written as an XML attribute (a plain scalar). */
    public boolean isXmlAttribute() {
        return (kind == Kind.STRING || kind == Kind.BOOLEAN || kind == Kind.INTEGER || kind == Kind.LONG
                || kind == Kind.BIG_INTEGER) && (!isBody() || bodyAlsoAttribute()) && !isChildElement();
    }

    /** This attribute's value in a record of its type. */
    public Object read(Object record) {
        return RecordShape.read(component, record);
    }

    int index() {
        return index;
    }

    @Override
    public String toString() {
        return name;
    }
}
